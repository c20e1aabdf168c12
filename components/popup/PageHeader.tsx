// The article the view is about: outlet, title and date.
import type { ArticleMeta } from '../../lib/types';
import { formatDate, hostOf } from '../shared/text';
import { isThisPage } from './viewModel';

export function PageHeader({ meta, url }: { meta?: ArticleMeta; url: string }) {
  // The tab's page is no article but a frame in it is: say where the article comes from.
  const framed = !!meta?.url && !isThisPage(url, meta);
  return (
    <header class="page-header">
      <p class="outlet">{meta?.outlet?.name || hostOf(url)}</p>
      {framed ? <p class="muted small">From a frame on this page ({hostOf(meta!.url)})</p> : null}
      <h1 class="title">{meta?.title || hostOf(url)}</h1>
      <p class="muted">
        <time dateTime={meta?.published}>{formatDate(meta?.published)}</time>
        {meta?.authors?.length ? ` · ${meta.authors.join(', ')}` : ''}
      </p>
    </header>
  );
}
