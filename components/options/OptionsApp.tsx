// The options page: global on/off, sites where Sourcelight is off, retention, and the reader's data
// (how much is stored, export as a file, import from a file with progress, clear all with a confirmation).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/types';
import { downloadBlob } from '../shared/download';
import { siteName } from '../../lib/sites';
import type { OptionsClient } from './client';
import { exportFileName, normalizeHost, parseRetention } from './settingsModel';
import { exportBlob, importFile, type Progress } from './transfer';

interface Props {
  client: OptionsClient;
  /** Saves the export; replaced in tests. */
  download?: (fileName: string, blob: Blob) => void;
}

interface DataStats {
  articles: number;
  claims: number;
  /** On disk as the browser estimates it, else our own estimate of the records. */
  bytes: number;
  estimated: boolean;
}

/** A running import or export, shown with a progress bar (and, for an import, a cancel button). */
interface Transfer {
  kind: 'import' | 'export';
  progress: Progress;
}

const sizeText = (bytes: number) => (bytes < 2 ** 20 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)) || 'unknown error';

export function OptionsApp({ client, download = downloadBlob }: Props) {
  const [settings, setSettingsState] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const [status, setStatus] = useState('');
  const [newSite, setNewSite] = useState('');
  const [articles, setArticles] = useState('');
  const [days, setDays] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [stats, setStats] = useState<DataStats | null>(null);
  const [transfer, setTransfer] = useState<Transfer | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const cancelImport = useRef(false);

  const loadStats = async () => {
    try {
      const [r, usage] = await Promise.all([client.stats(), client.storageUsage().catch(() => null)]);
      if (r.ok) setStats({ articles: r.articles, claims: r.claims, bytes: usage ?? r.approxBytes, estimated: usage === null });
    } catch {
      setStats(null);
    }
  };
  useEffect(() => void loadStats(), [client]);

  const adopt = (s: Settings) => {
    setSettingsState(s);
    setArticles(String(s.retention.maxArticles));
    setDays(String(s.retention.maxAgeDays));
  };

  const loadSettings = () => {
    setLoadError('');
    client.getSettings().then(adopt, (e) => setLoadError(reasonOf(e)));
  };
  useEffect(loadSettings, [client]);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const save = async (patch: Partial<Settings>, done: string) => {
    try {
      const s = await client.setSettings(patch);
      setSettingsState(s);
      setStatus(done);
    } catch (e) {
      setStatus(`Could not save: ${reasonOf(e)}.`);
    }
  };

  if (loadError)
    return (
      <main>
        <h1>Sourcelight settings</h1>
        <p role="alert">Could not load the settings: {loadError}</p>
        <button type="button" onClick={loadSettings}>Try again</button>
      </main>
    );
  if (!settings)
    return (
      <main aria-busy="true">
        <h1>Sourcelight settings</h1>
        <p role="status">Loading…</p>
      </main>
    );

  const addSite = (e: Event) => {
    e.preventDefault();
    const host = normalizeHost(newSite);
    if (!host) return setStatus(`“${newSite.slice(0, 80)}” is not a site name; type something like news.example.`);
    if (settings.disabledSites.some((h) => siteName(h) === host)) return setStatus(`Sourcelight is already off on ${host}.`);
    setNewSite('');
    void save({ disabledSites: [...settings.disabledSites, host] }, `Sourcelight is now off on ${host}.`);
  };

  const saveRetention = (e: Event) => {
    e.preventDefault();
    const r = parseRetention(articles, days);
    if (!r.ok) return setStatus(r.reason);
    void save({ retention: r.value }, `Keeping up to ${r.value.maxArticles} articles for ${r.value.maxAgeDays} days.`);
  };

  const exportAll = async () => {
    setBusy(true);
    const show = (progress: Progress) => setTransfer({ kind: 'export', progress });
    show({ done: 0, articles: 0 });
    try {
      download(exportFileName(new Date()), await exportBlob(client, stats?.articles ?? 0, show));
      setStatus('Export ready: check your downloads.');
    } catch (e) {
      setStatus(`Export failed: ${reasonOf(e)}.`);
    } finally {
      setTransfer(null);
      setBusy(false);
    }
  };

  const importChosen = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    cancelImport.current = false;
    setStatus(`Importing ${file.name}…`);
    setTransfer({ kind: 'import', progress: { done: 0, articles: 0 } });
    try {
      const r = await importFile(file, client, (progress) => setTransfer({ kind: 'import', progress }), () => cancelImport.current);
      const pruned = r.ok && r.pruned ? ` ${r.pruned.toLocaleString('en')} of the oldest were not kept (the retention setting).` : '';
      setStatus(r.ok ? `Imported ${file.name}: ${r.articles.toLocaleString('en')} articles read.${pruned}` : r.message);
    } catch (err) {
      setStatus(`Import failed: ${reasonOf(err)}. Nothing was changed.`);
    } finally {
      input.value = '';
      setTransfer(null);
      setBusy(false);
      void loadStats();
    }
  };

  const clearAll = async () => {
    setBusy(true);
    try {
      const r = await client.clearData();
      setStatus(r.ok ? 'All stored articles, claims and dismissals were deleted.' : 'Could not delete the stored data.');
    } catch (e) {
      setStatus(`Could not delete the stored data: ${reasonOf(e)}.`);
    } finally {
      setConfirming(false);
      setBusy(false);
      void loadStats();
    }
  };

  return (
    <main>
      <h1>Sourcelight settings</h1>
      <p class="muted">Everything Sourcelight reads and stores stays in this browser. Nothing is ever sent anywhere.</p>

      <section aria-labelledby="on-title">
        <h2 id="on-title">Highlighting</h2>
        <label class="check">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ enabled: (e.currentTarget as HTMLInputElement).checked }, (e.currentTarget as HTMLInputElement).checked ? 'Sourcelight is on.' : 'Sourcelight is off everywhere.')} />
          Highlight who said what on news sites
        </label>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites where Sourcelight is off</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None: Sourcelight reads articles on every site.</p>
        ) : (
          <ul class="sites">
            {settings.disabledSites.map((h) => (
              <li key={h}>
                <span>{siteName(h)}</span>
                <button type="button" class="secondary" onClick={() => void save({ disabledSites: settings.disabledSites.filter((x) => x !== h) }, `Sourcelight is on again on ${siteName(h)}.`)}>
                  Remove<span class="visually-hidden"> {siteName(h)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="row" onSubmit={addSite}>
          <label for="new-site">Turn off on a site</label>
          <input id="new-site" type="text" inputMode="url" placeholder="news.example" value={newSite} onInput={(e) => setNewSite((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Add</button>
        </form>
      </section>

      <section aria-labelledby="retention-title">
        <h2 id="retention-title">How much to keep</h2>
        <form class="retention" onSubmit={saveRetention}>
          <label for="max-articles">Keep at most this many articles</label>
          <input id="max-articles" type="number" min={1} step={1} value={articles} onInput={(e) => setArticles((e.currentTarget as HTMLInputElement).value)} />
          <label for="max-days">Forget articles older than (days)</label>
          <input id="max-days" type="number" min={1} step={1} value={days} onInput={(e) => setDays((e.currentTarget as HTMLInputElement).value)} />
          <button type="submit">Save</button>
        </form>
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p id="data-stats">
          {stats
            ? `${stats.articles.toLocaleString('en')} articles stored (${stats.claims.toLocaleString('en')} claims), taking ${stats.estimated ? 'about ' : ''}${sizeText(stats.bytes)} on this device.`
            : 'How much is stored could not be read.'}
        </p>
        {transfer && (
          <div class="row transfer">
            <label id="transfer-label" for="transfer-progress">{transfer.kind === 'import' ? 'Importing' : 'Exporting'}: {transfer.progress.articles.toLocaleString('en')} articles</label>
            <progress id="transfer-progress" aria-labelledby="transfer-label" max={100} value={Math.round(transfer.progress.done * 100)}>
              {Math.round(transfer.progress.done * 100)}%
            </progress>
            {transfer.kind === 'import' && (
              <button type="button" class="secondary" onClick={() => (cancelImport.current = true)}>Cancel import</button>
            )}
          </div>
        )}
        <div class="row">
          <button type="button" onClick={exportAll} disabled={busy}>Export to a file</button>
        </div>
        <div class="row">
          <label for="import-file">Import from an exported file</label>
          <input id="import-file" type="file" accept="application/json,application/gzip,.json,.gz" onChange={importChosen} disabled={busy} />
        </div>
        <div class="row">
          {confirming ? (
            <div class="confirm" role="group" aria-labelledby="confirm-text">
              <p id="confirm-text"><strong>Delete every stored article, claim and dismissal?</strong> This cannot be undone.</p>
              <button type="button" class="danger" onClick={clearAll} disabled={busy}>Delete everything</button>{' '}
              <button type="button" class="secondary" ref={cancelRef} onClick={() => setConfirming(false)}>Cancel</button>
            </div>
          ) : (
            <button type="button" class="secondary" onClick={() => setConfirming(true)}>Clear all stored data…</button>
          )}
        </div>
      </section>

      <p role="status" aria-live="polite" class="status">{status}</p>
    </main>
  );
}
