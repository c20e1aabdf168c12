// Cue families and constructions added from the PolNeAR train split's error categories (issue 12).
// Each rule: a sentence that it reads and a near miss that it must leave alone. Sentences written
// for these tests in the style of US political reporting.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

/** The engine skips a first line that looks like a headline: give every body one. */
const read = (body: string) => extract(`Capitol notes\n\n${body}`);
const claimWith = (body: string, needle: string) => read(body).claims.find((c) => c.content.text.includes(needle));

describe('refusals: decline/refuse + infinitive', () => {
  it.each([
    ['A spokeswoman for the senator declined to comment on the audit.', 'to comment on the audit', 'A spokeswoman for the senator'],
    ['Governor Pryce refused to say whether she would sign the bill.', 'to say whether she would sign', 'Governor Pryce'],
  ])('%s', (body, content, source) => {
    const c = claimWith(body, content);
    expect(c?.source?.text).toBe(source);
  });

  it.each([
    ['Turnout declined to its lowest level in a decade.'],
    ["Marsh's decline in the polls worried donors."],
  ])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});
