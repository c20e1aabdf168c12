// The first-run page (and the colour key the popup and the card link to): a sample paragraph the
// extension paints with its own painter (entrypoints/welcome/main.tsx), a key to every mark, what is
// stored and where, and the keyboard shortcuts.
import { COMMANDS, COMMAND_NAMES } from '../../lib/shortcuts';

/** Written for this page in the style of a news report; the painter finds its claims itself. */
export const SAMPLE_PARAGRAPH =
  'Ferry services to Lindholm were suspended on Thursday, the operator Sundline said. ' +
  'The coastguard said at least 12 people had been rescued from the water by midday. ' +
  '"Nobody expected the sea to turn so quickly," said harbour master Ines Kaur.';

/** Every mark, in the words the key uses; `swatch` is the CSS class of its sample. */
export const KEY: { swatch: string; name: string; means: string }[] = [
  { swatch: 'key-claim', name: 'Yellow tint', means: 'what someone is reported to have said (the claim)' },
  { swatch: 'key-source', name: 'Blue tint', means: 'who said it (the source)' },
  { swatch: 'key-cue', name: 'Blue underline', means: 'the words that attribute it: said, told, according to' },
  { swatch: 'key-actor', name: 'Dotted blue underline', means: 'other mentions of a named person or organisation' },
  { swatch: 'key-focus', name: 'Orange', means: 'the claim you stepped to with the keyboard or from the popup' },
  { swatch: 'key-contradiction', name: 'Red wavy line', means: 'another report (or this article elsewhere) says something that cannot also be true' },
  { swatch: 'key-update', name: 'Blue dashed line', means: 'a later report gives a newer figure: an update, not a contradiction' },
];

/** "Turn Sourcelight highlights on" after a colon: only the first letter goes lower case, the name keeps its own. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function WelcomeApp({ firstRun }: { firstRun: boolean }) {
  return (
    <main class="welcome">
      <h1>{firstRun ? 'Welcome to Sourcelight' : 'What the colours mean'}</h1>
      <p>Sourcelight marks who said what in news articles, and tells you when other outlets you have read report it differently.</p>
      <section aria-labelledby="sample-title">
        <h2 id="sample-title">A highlighted paragraph</h2>
        <article id="sample" class="sample">
          <p>{SAMPLE_PARAGRAPH}</p>
        </article>
        <p class="muted small">Painted by Sourcelight itself, as on a news page. The first claim is shown as contradicted, the second as updated, and the last as the one you stepped to.</p>
      </section>
      <section id="key" aria-labelledby="key-title">
        <h2 id="key-title">The key</h2>
        <ul class="key">
          {KEY.map((k) => (
            <li key={k.swatch}>
              <span class={`swatch ${k.swatch}`} aria-hidden="true">Abc</span>
              <span><strong>{k.name}</strong>: {k.means}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="stored-title">
        <h2 id="stored-title">What is stored, and where</h2>
        <p>
          The articles you read, their claims and who made them are kept in this browser's own storage (IndexedDB), so that later reports of the same story can be compared with them. Nothing is ever sent anywhere. You can export, import or delete it all, and choose how much to keep, in Settings.
        </p>
      </section>
      <section aria-labelledby="keys-title">
        <h2 id="keys-title">Shortcuts</h2>
        <ul>
          {COMMAND_NAMES.map((n) => (
            <li key={n}>
              <kbd>{COMMANDS[n].suggested}</kbd>: {lowerFirst(COMMANDS[n].description)}
            </li>
          ))}
          <li>
            <kbd>Esc</kbd>: close the card
          </li>
        </ul>
        <p class="muted small">You can change these keys in your browser's extension shortcut settings.</p>
      </section>
    </main>
  );
}
