// The full-page comparison view (popup.html?url=…): the article's stories with their grouping
// evidence, every outlet's report over time, the conflicts, and the article's claims.
import { LIMITS } from '../../lib/protocol';
import type { Conflict, PageView } from '../../lib/types';
import { formatDate, safeHttpUrl, shownValue } from '../shared/text';
import { ClaimsByActor } from './ClaimsByActor';
import { ConflictList } from './ConflictList';
import { describeArticle, isThisPage, reportsOverTime, type Report } from './viewModel';

interface Props {
  view: PageView;
  url: string;
  onDismiss(conflicts: readonly Conflict[], dismissed: boolean): void;
}

function ArticleLink({ url, label, thisPage }: { url: string; label: string; thisPage: boolean }) {
  const href = safeHttpUrl(url);
  if (thisPage || !href) return <span>{label}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span class="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function Timeline({ reports }: { reports: Report[] }) {
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Every outlet's report over time</h2>
      <ol class="timeline-list">
        {reports.map((r) => (
          <li key={r.url} class={r.thisPage ? 'this-report' : undefined}>
            <p>
              <time dateTime={r.published}>{formatDate(r.published)}</time>
              {' · '}
              <strong>{r.outlet}</strong>
              {r.thisPage ? <span class="tag">this page</span> : null}
            </p>
            <p class="report-title">
              <ArticleLink url={r.url} label={r.title || r.url} thisPage={r.thisPage} />
            </p>
            {r.sides.length > 0 ? (
              <ul class="report-values">
                {r.sides.map(({ conflict, side }, i) => (
                  <li key={`${conflict.id}-${i}`} class={conflict.dismissed ? 'muted' : undefined}>
                    {conflict.topic || 'Claim'}: <mark>{shownValue(side) || '—'}</mark>
                    {side.actor ? ` (${side.actor})` : ''}
                    {conflict.dismissed ? ' · dismissed' : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function ComparisonView({ view, url, onDismiss }: Props) {
  const reports = reportsOverTime(view, url);
  return (
    <>
      <section class="stories" aria-labelledby="stories-title">
        <h2 id="stories-title">{view.stories.length === 1 ? 'The story' : `Stories (${view.stories.length})`}</h2>
        {view.stories.length === 0 ? <p class="muted">No other outlet's report of this story has been read yet.</p> : null}
        {view.stories.map((s, i) => (
          <div class="story" key={s.id}>
            {view.stories.length > 1 ? <h3>Story {i + 1}</h3> : null}
            <ul>
              {s.articles.map((a) => {
                const thisPage = isThisPage(a, view.meta, url);
                const d = describeArticle(a, reports, thisPage);
                return (
                  <li key={a}>
                    <strong>{d.outlet}</strong> · <time dateTime={d.published}>{formatDate(d.published)}</time>
                    {' · '}
                    <ArticleLink url={a} label={d.title || a} thisPage={thisPage} />
                  </li>
                );
              })}
            </ul>
            {s.evidence.length > 0 ? (
              <>
                <p class="evidence-title">
                  <strong>Why these are grouped</strong>
                </p>
                <ul class="evidence">
                  {s.evidence.map((e, j) => (
                    <li key={j}>{e}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ))}
      </section>
      <Timeline reports={reports} />
      {view.conflicts.length > 0 ? (
        <ConflictList conflicts={view.conflicts} meta={view.meta} pageUrl={url} onDismiss={onDismiss} />
      ) : (
        <section aria-labelledby="conflicts-title">
          <h2 id="conflicts-title">Conflicts</h2>
          <p class="muted">No disagreements found between the reports read so far.</p>
        </section>
      )}
      <ClaimsByActor claims={view.claims} actors={view.actors} heading="Who said what in this article" clipAt={LIMITS.maxSpanChars} />
    </>
  );
}
