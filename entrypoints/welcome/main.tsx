// First-run page (welcome.html?first=1, opened once on install) and colour key (welcome.html#key,
// from the popup and the card). The sample paragraph is read and painted by the extension's own
// engine and painter, with one claim marked contradicted, one updated and one focused.
import { render } from 'preact';
import { extract } from '../../lib/extract';
import { buildTextModel } from '../../lib/textmodel/build';
import { WelcomeApp } from '../../components/welcome/WelcomeApp';
import { Painter, highlightApi } from '../content/paint';
import { styleDocument } from '../content/shadow';
import { ConflictMarks, MARKS_CSS, type MarkKind } from '../content/conflict-marks';
import '../../components/shared/theme.css';
import '../../components/welcome/welcome.css';

const firstRun = new URLSearchParams(location.search).has('first');
if (!firstRun) document.title = 'Sourcelight: what the colours mean';
render(<WelcomeApp firstRun={firstRun} />, document.getElementById('app')!);

function paintSample() {
  const article = document.getElementById('sample');
  if (!article || !highlightApi()) return;
  const model = buildTextModel([...article.querySelectorAll('p')]);
  const result = extract(model.text, { url: location.href, title: 'Sample', outlet: { name: 'Sample', domain: 'sample.example' }, authors: [] });
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  styleDocument(document, 'highlights');
  const painter = new Painter(dark);
  const painted = painter.paint(model, result);
  // the marks the page would draw in its closed UI, here in a layer of this page
  const style = document.createElement('style');
  style.textContent = MARKS_CSS;
  document.head.append(style);
  const layer = document.createElement('div');
  layer.className = 'marks';
  article.append(layer);
  const kinds: MarkKind[] = ['contradiction', 'update'];
  const marks = kinds.flatMap((kind, i) => {
    const range = painted.claimRange(i);
    return range ? [{ range, kind }] : [];
  });
  new ConflictMarks(layer, article).set(marks, dark, [article]);
  painter.focus(painted.claimRange(result.claims.length - 1));
}
paintSample();
if (location.hash === '#key') document.getElementById('key')?.scrollIntoView();
