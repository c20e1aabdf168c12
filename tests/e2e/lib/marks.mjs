// In-page reading of the fallback painter's <sourcelight-mark> elements (passed to page.evaluate,
// so self-contained).

/**
 * Every mark in the document: counts per layer, marks outside the article or in its furniture,
 * marks nested in marks, the focused text, and the claims' texts (neighbouring claim-layer marks
 * with only whitespace between them are one claim). With `pointAt`, also scrolls the claim whose
 * text that is to the middle of the view and returns a point on its first mark.
 * @param {{ articleSelector: string, pointAt?: string }} arg
 */
export function readMarks({ articleSelector, pointAt }) {
  const TAG = 'sourcelight-mark';
  const FURNITURE = 'nav, aside, footer, form, header nav, [class*="comment" i], [class*="related" i], [class*="newsletter" i], [class*="cookie" i], [class*="promo" i]';
  const article = document.querySelector(articleSelector);
  const marks = Array.from(document.querySelectorAll(TAG));
  const counts = {};
  const outside = [];
  const claims = [];
  let nested = 0;
  let focus = '';
  for (const m of marks) {
    if (m.parentElement?.closest(TAG)) nested++;
    const layers = (m.getAttribute('data-layer') ?? '').split(' ').filter(Boolean);
    for (const l of layers) counts[l] = (counts[l] ?? 0) + 1;
    let furniture = null;
    for (let e = m.parentElement; e && e !== article; e = e.parentElement) if (e.matches(FURNITURE)) { furniture = e.tagName.toLowerCase(); break; }
    if (!article?.contains(m) || furniture) outside.push(`${layers.join('+')} ${furniture ? `in ${furniture}` : 'outside the article'}: "${(m.textContent ?? '').slice(0, 60)}"`);
    if (layers.includes('focus')) focus += m.textContent;
  }
  // Claims: runs of claim-layer text in one block with nothing but whitespace between (no Ranges:
  // thousands of live ones would slow the page down for the rest of the test).
  const BLOCK = 'p, li, blockquote, h1, h2, h3, h4, h5, h6, td, dd, figcaption, div, article, section, body';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let current = null;
  let gap = '';
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const mark = t.parentElement?.closest(TAG);
    const isClaim = !!mark && (mark.getAttribute('data-layer') ?? '').split(' ').includes('claim');
    if (!isClaim) { gap += t.data; continue; }
    const block = mark.parentElement?.closest(BLOCK) ?? null;
    if (current && current.block === block && gap.trim() === '') current.text += gap + t.data;
    else claims.push(current = { text: t.data, block, first: mark });
    gap = '';
  }
  let point = null;
  const target = pointAt ? claims.find((c) => c.text === pointAt) : null;
  if (target) {
    target.first.scrollIntoView({ block: 'center' });
    const rect = Array.from(target.first.getClientRects()).find((r) => r.width > 4 && r.height > 4);
    if (rect) point = { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }
  return { total: marks.length, counts, outside, nested, focus, claims: claims.map((c) => c.text), point };
}

/** Boxes of the article's blocks, to compare with and without marks (a mark must move nothing). */
export function blockBoxes(articleSelector) {
  const article = document.querySelector(articleSelector);
  if (!article) return [];
  return Array.from(article.querySelectorAll('p, li, blockquote, h1, h2, h3')).map((el) => {
    const r = el.getBoundingClientRect();
    return [r.left, r.top + window.scrollY, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(',');
  });
}
