// The popup app: finds the page it is about (see parseTarget for ?tab= and ?url=), asks the
// background for its PageView, and shows one clear screen per state.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Claim, Conflict, PageView } from '../../lib/types';
import { StateScreen } from '../shared/StateScreen';
import { hostOf } from '../shared/text';
import { siteIsOff, siteName } from '../../lib/sites';
import { ClaimsByActor } from './ClaimsByActor';
import type { PopupClient } from './client';
import { ComparisonView } from './ComparisonView';
import { ConflictList } from './ConflictList';
import { PageHeader } from './PageHeader';
import { isReadableUrl, normalizeView, type Target } from './viewModel';

type Phase =
  | { kind: 'loading' }
  | { kind: 'unsupported'; url?: string }
  | { kind: 'error'; reason: string }
  | { kind: 'view'; url: string; tabId?: number; view: PageView };

interface Props {
  client: PopupClient;
  target: Target;
  /** How often and how many times to ask again while the page is still being read. */
  pollMs?: number;
  maxPolls?: number;
}

/** A longer list of claims is folded under its heading. */
const FOLD_CLAIMS = 30;

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e)) || 'unknown error';

export function PopupApp({ client, target, pollMs = 700, maxPolls = 20 }: Props) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [undo, setUndo] = useState<readonly Conflict[] | null>(null);
  const [polls, setPolls] = useState(0);

  const load = useCallback(async (): Promise<Phase> => {
    if (target.mode === 'invalid') return { kind: 'error', reason: target.reason };
    let url: string;
    let tabId: number | undefined;
    if (target.mode === 'compare') {
      url = target.url;
    } else {
      const tab = await client.tab(target.tabId);
      if (!tab) return { kind: 'error', reason: target.tabId === undefined ? 'No active tab was found.' : `Tab ${target.tabId} does not exist (any more).` };
      if (!isReadableUrl(tab.url)) return { kind: 'unsupported', url: tab.url };
      url = tab.url as string;
      tabId = tab.id;
    }
    const view = normalizeView(await client.view(url, tabId));
    if (!view) return { kind: 'error', reason: 'The background sent an answer Sourcelight does not understand.' };
    return { kind: 'view', url, tabId, view };
  }, [client, target]);

  const refresh = useCallback(() => {
    load().then(setPhase, (e) => setPhase({ kind: 'error', reason: reasonOf(e) }));
  }, [load]);

  useEffect(refresh, [refresh]);

  // While the content script is still reading (or has not reported yet), ask again a few times.
  const waiting = phase.kind === 'view' && (phase.view.state === 'reading' || phase.view.state === 'unknown');
  useEffect(() => {
    if (!waiting || polls >= maxPolls) return;
    const t = setTimeout(() => {
      setPolls((n) => n + 1);
      refresh();
    }, pollMs);
    return () => clearTimeout(t);
  }, [waiting, polls, maxPolls, pollMs, refresh, phase]);

  const setConflictsDismissed = (ids: ReadonlySet<string>, dismissed: boolean) =>
    setPhase((p) => (p.kind === 'view' ? { ...p, view: { ...p.view, conflicts: p.view.conflicts.map((c) => (ids.has(c.id) ? { ...c, dismissed } : c)) } } : p));

  /** Dismiss or restore one disagreement: all the pairs of reports it groups. */
  const onDismiss = async (conflicts: readonly Conflict[], dismissed: boolean) => {
    const ids = new Set(conflicts.map((c) => c.id));
    setConflictsDismissed(ids, dismissed);
    const what = conflicts[0]?.topic || 'this match';
    try {
      const rs = await Promise.all([...ids].map((id) => client.dismiss(id, dismissed)));
      if (!rs.every((r) => r?.ok)) throw new Error('the background did not accept it');
      setStatus(dismissed ? `Marked “${what}” as not the same thing.` : `Restored “${what}”.`);
      setUndo(dismissed ? conflicts : null);
    } catch (e) {
      setConflictsDismissed(ids, !dismissed);
      setStatus(`Could not save that: ${reasonOf(e)}.`);
      setUndo(null);
    }
  };

  const onFocus = async (tabId: number, claimId: string) => {
    try {
      const r = await client.focusClaim(tabId, claimId);
      setStatus(r?.ok ? 'Scrolled the page to that claim.' : 'That claim is no longer on the page; reload the page to read it again.');
    } catch (e) {
      setStatus(`Could not reach the page (${reasonOf(e)}); reload the page and try again.`);
    }
  };

  /** Turn Sourcelight on or off for the page's site, then reload the page so it takes effect. Off
   *  shows at once: nothing of the page's stays on screen while it reloads. */
  const setSite = async (on: boolean, url: string, tabId?: number) => {
    const site = siteName(new URL(url).hostname);
    try {
      const s = await client.getSettings();
      if (on) await client.setSettings({ enabled: true, disabledSites: s.disabledSites.filter((h) => siteName(h) !== site) });
      else if (!siteIsOff(s, site)) await client.setSettings({ disabledSites: [...s.disabledSites, site] });
      if (!on) setPhase({ kind: 'view', url, tabId, view: { state: 'disabled', claims: [], actors: [], conflicts: [], stories: [], otherArticles: 0 } });
      setStatus(`Sourcelight is ${on ? 'on' : 'off'} for ${site}.${tabId !== undefined ? ' Reloading the page…' : ''}`);
      if (tabId !== undefined) await client.reloadTab(tabId);
      setPolls(0);
      refresh();
    } catch (e) {
      setStatus(`Could not turn Sourcelight ${on ? 'on' : 'off'}: ${reasonOf(e)}.`);
    }
  };
  const turnOn = (url: string, tabId?: number) => setSite(true, url, tabId);
  const turnOff = (url: string, tabId?: number) => setSite(false, url, tabId);

  return (
    <>
      <main class="app" aria-busy={phase.kind === 'loading' || waiting}>
        <Screen phase={phase} target={target} polling={waiting && polls < maxPolls} onDismiss={onDismiss} onFocus={onFocus} onTurnOn={turnOn} onTurnOff={turnOff} onRetry={() => { setPolls(0); refresh(); }} client={client} />
      </main>
      <footer class="app-footer">
        <div class="status-row">
          <p role="status" aria-live="polite" class="status">{status}</p>
          {undo ? (
            <button type="button" class="link" onClick={() => onDismiss(undo, false)}>
              Undo
            </button>
          ) : null}
        </div>
        <p class="muted small">
          Everything stays on this computer.{' '}
          <button type="button" class="link" onClick={() => void client.openKey()}>
            What do the colours mean?
          </button>{' '}
          <button type="button" class="link" onClick={() => void client.openOptions()}>
            Settings
          </button>
        </p>
      </footer>
    </>
  );
}

interface ScreenProps {
  phase: Phase;
  target: Target;
  polling: boolean;
  client: PopupClient;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
  onFocus(tabId: number, claimId: string): void;
  onTurnOn(url: string, tabId?: number): void;
  onTurnOff(url: string, tabId?: number): void;
  onRetry(): void;
}

function Screen({ phase, target, polling, onDismiss, onFocus, onTurnOn, onTurnOff, onRetry, client }: ScreenProps) {
  if (phase.kind === 'loading') return <StateScreen title="Reading this page…"><p>Looking up what Sourcelight found on this page.</p></StateScreen>;
  if (phase.kind === 'error')
    return (
      <StateScreen title="Something went wrong" tone="error">
        <p>{phase.reason}</p>
        <button type="button" onClick={onRetry}>Try again</button>
      </StateScreen>
    );
  if (phase.kind === 'unsupported')
    return (
      <StateScreen title="Sourcelight can't read this page">
        <p>Browser pages, extension pages, the PDF viewer and local files can't be read. Open a news article on the web to see who said what.</p>
      </StateScreen>
    );

  const { view, url, tabId } = phase;
  const compare = target.mode === 'compare';
  switch (view.state) {
    case 'reading':
      return (
        <StateScreen title="Reading this page…">
          <p>Sourcelight is still finding the claims on this page.</p>
          {!polling ? <button type="button" onClick={onRetry}>Check again</button> : null}
        </StateScreen>
      );
    case 'unknown':
      return (
        <StateScreen title={compare ? 'Sourcelight has not read this article' : 'Sourcelight has not read this page yet'}>
          <p>{compare ? 'Open the article in a tab first; Sourcelight compares only what you have read.' : 'If the page has just opened, wait a moment. Otherwise reload the page so Sourcelight can read it.'}</p>
          {view.message ? <p class="muted">{view.message}</p> : null}
          {!polling && tabId !== undefined ? (
            <button type="button" onClick={() => { void client.reloadTab(tabId).then(onRetry); }}>Reload the page</button>
          ) : null}
        </StateScreen>
      );
    case 'not-article':
      return (
        <StateScreen title="This is not a news article">
          <p>Sourcelight highlights who said what in news articles. Open an article to see its claims and how other outlets reported the same story.</p>
        </StateScreen>
      );
    case 'disabled':
      return (
        <StateScreen title={`Sourcelight is off on ${hostOf(url)}`}>
          <p>Nothing on this site is highlighted or stored.</p>
          {view.message ? <p class="muted">{view.message}</p> : null}
          <button type="button" onClick={() => onTurnOn(url, tabId)}>Turn on for {hostOf(url)}</button>
        </StateScreen>
      );
    case 'unsupported':
      return (
        <StateScreen title="Sourcelight can't read this page">
          <p>{view.message || 'This kind of page cannot be read. Open a news article on the web.'}</p>
        </StateScreen>
      );
  }

  const focus = tabId !== undefined && !compare ? (c: Claim) => onFocus(tabId, c.id) : undefined;
  const showClaim = tabId !== undefined && !compare ? (claimId: string) => onFocus(tabId, claimId) : undefined;
  return (
    <>
      <PageHeader meta={view.meta} url={url} />
      {view.state === 'storage-off' ? (
        <p class="notice notice-warn" role="note">
          <strong>Storage is unavailable</strong> (a private window, or the browser refused it). Highlights still work, but this page is not
          remembered and can't be compared with other outlets.
        </p>
      ) : null}
      {compare ? (
        <ComparisonView view={view} url={url} onDismiss={onDismiss} />
      ) : (
        <>
          <ConflictList conflicts={view.conflicts} meta={view.meta} pageUrl={url} onDismiss={onDismiss} onShowClaim={showClaim} />
          {view.state === 'ok' && view.conflicts.length === 0 ? (
            <p class="notice">
              {view.otherArticles === 0
                ? "No other outlets read yet. Read another outlet's report of this story to compare."
                : `${view.otherArticles} other ${view.otherArticles === 1 ? 'report' : 'reports'} of this story read; no disagreements found.`}
            </p>
          ) : null}
          {view.state === 'ok' && (view.otherArticles > 0 || view.conflicts.length > 0) ? (
            <p>
              <a href={`popup.html?url=${encodeURIComponent(url)}`} target="_blank" rel="noopener">
                Compare all reports of this story<span class="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
          ) : null}
          {/* one screen of summary first: the claims fold when disagreements lead or when they are many */}
          <ClaimsByActor claims={view.claims} actors={view.actors} onFocus={focus} folded={view.conflicts.length > 0 || view.claims.length > FOLD_CLAIMS} />
          <p>
            <button type="button" class="link" onClick={() => onTurnOff(url, tabId)}>Turn Sourcelight off on {hostOf(url)}</button>
          </p>
        </>
      )}
    </>
  );
}
