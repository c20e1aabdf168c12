// The article the view is about: outlet, title and date.
import type { ArticleMeta } from '../../lib/types';
import { formatDate, hostOf } from '../shared/text';

export function PageHeader({ meta, url }: { meta?: ArticleMeta; url: string }) {
  return (
    <header class="page-header">
      <p class="outlet">{meta?.outlet?.name || hostOf(url)}</p>
      <h1 class="title">{meta?.title || hostOf(url)}</h1>
      <p class="muted">
        <time dateTime={meta?.published}>{formatDate(meta?.published)}</time>
        {meta?.authors?.length ? ` · ${meta.authors.join(', ')}` : ''}
      </p>
    </header>
  );
}
