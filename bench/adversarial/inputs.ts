// Adversarial text for the regex budget check (issue 13): what a hostile or broken page can put in
// front of the engine. Deterministic; `scale` 1 gives the sizes of the issue (100,000-character
// words, 50,000 nested quotes), smaller scales the same shapes for quick tests.

export interface AdversarialInput {
  name: string;
  /** What it is, for the table. */
  about: string;
  text: string;
}

/** A small deterministic generator (mulberry32), so every run sees the same junk. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whitespace runs where sentence and figure patterns look: after a full stop, before a figure, inside a quote. */
const runs = (r: string) => `Officials said. ${r}The ferry carried ${r}61 people. ${r}"Yes," he said; ${r}at least 12 died! The toll rose to 14.`;

export function adversarialInputs(scale = 1): AdversarialInput[] {
  const n = (x: number) => Math.max(10, Math.round(x * scale));
  const NBSP = '\u00a0';
  const rnd = random(13);
  const junk = Array.from({ length: n(100_000) }, () => String.fromCharCode(rnd() < 0.1 ? Math.floor(rnd() * 32) : Math.floor(rnd() * 0xffff))).join('').replace(/[\ud800-\udfff]/g, '\ufffd');
  const cap = ['Alder', 'Brook', 'Crane', 'Dunmarra', 'Estuary', 'Ferry', 'Gazette', 'Harbour', "O'Neill", 'al-Mashri', 'Çavuşoğlu'];
  return [
    { name: 'nbsp-run', about: `four runs of ${n(25_000)} no-break spaces between sentences and figures`, text: runs(NBSP.repeat(n(25_000))) },
    { name: 'space-run', about: `the same with runs of ${n(25_000)} spaces and tabs (what plain text can hold)`, text: runs(' \t'.repeat(n(12_500))) },
    { name: 'nbsp-words', about: 'words and figures separated by no-break and narrow spaces', text: Array.from({ length: n(25_000) }, (_, i) => (i % 5 === 0 ? `${i}${NBSP}people` : 'said')).join(`${NBSP}\u202f${NBSP}`) },
    { name: 'long-word', about: `one word of ${n(100_000)} letters`, text: `He said ${'a'.repeat(n(100_000))} was true.` },
    { name: 'long-number', about: `a figure of ${n(100_000)} digits and one of ${n(50_000)} comma groups`, text: `The toll rose to ${'9'.repeat(n(100_000))} and then ${'1,000'.repeat(n(10_000))} people died.` },
    { name: 'capital-chain', about: `${n(20_000)} capitalised names in a row`, text: `${Array.from({ length: n(20_000) }, (_, i) => cap[i % cap.length]).join(' ')} said the talks failed.` },
    { name: 'nested-quotes', about: `${n(50_000)} nested opening quotes, then closings`, text: `He said ${Array.from({ length: n(50_000) }, (_, i) => (i % 2 ? '‘' : '“')).join('')}yes${Array.from({ length: n(50_000) }, (_, i) => (i % 2 ? '’' : '”')).join('')}, she added.` },
    { name: 'quote-chain', about: `${n(25_000)} short quoted sentences with "said"`, text: Array.from({ length: n(25_000) }, (_, i) => `"No${i}," said A.`).join(' ') },
    { name: 'binary', about: `${n(100_000)} characters of binary junk`, text: junk },
  ];
}
