// Content boundaries from the PolNeAR train split's error categories (issue 12): where a claim's
// content starts and ends around its cue. Each rule: a sentence it reads and a near miss it leaves
// alone. Sentences written for these tests in the style of US political reporting.
import { describe, expect, it } from 'vitest';
import { claimWith, read } from './read-body';

describe('a sentence interrupted by its source: the content spans both parts', () => {
  it.each([
    ['The levy is so costly, the senator said, that the county would need a loan.', 'The levy is so costly', 'that the county would need a loan', 'the senator'],
    ['Unless the council acts soon, they say, the bridge could close by winter.', 'Unless the council acts soon', 'the bridge could close by winter', 'they'],
    ['Nor does Mr. Alder have any plans, aides say, to leave the race before March.', 'Nor does Mr. Alder have any plans', 'to leave the race before March', 'aides'],
    ['She is leaning toward Ortega, she said in an interview, because he can win in November.', 'She is leaning toward Ortega', 'because he can win in November', 'she'],
  ])('%s', (body, first, second, source) => {
    const c = claimWith(body, first);
    expect(c?.content.text).toContain(second);
    expect(c?.source?.text).toBe(source);
  });

  it.each([
    ['The talks have failed, said Ortega, a senator from Ohio.', 'The talks have failed'],
    ['The talks have failed, Ortega said, adding that a new round was planned.', 'The talks have failed'],
    ['The talks have failed, Ortega said, citing two aides.', 'The talks have failed'],
    ['The talks have failed, Ortega said, as the delegates left the hall.', 'The talks have failed'],
    ['Six trucks were waiting at the border, the hauliers estimated, and two firms had rerouted their fleets.', 'Six trucks were waiting at the border'],
  ])('an appositive, an -ing report, a channel or a clause of the writer\'s after the source is not content: %s', (body, content) => {
    expect(read(body).claims[0]?.content.text).toBe(content);
  });
});

describe('"called X unfair": an object and an adjective judgement', () => {
  it.each([
    ['The campaign called the charges baseless.', 'the charges baseless', 'The campaign'],
    ['Senator Alder called Ortega dishonest.', 'Ortega dishonest', 'Senator Alder'],
    ['The governor called the ruling unconstitutional, vowing an appeal.', 'the ruling unconstitutional', 'The governor'],
  ])('%s', (body, content, source) => {
    const c = claimWith(body, content);
    expect(c?.source?.text).toBe(source);
  });

  it.each([['The chairman called the meeting to order.'], ['Ortega called the new hospital.'], ['They called the police twice.'], ['Ortega called his mother.']])('no judgement: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"called X a Y" with an object that has no determiner', () => {
  it.each([
    ['Senator Alder has called the farm subsidy plan a giveaway, and Ortega called Marsh a coward.', 'Marsh a coward', 'Ortega'],
    ['Governor Pryce has called climate change a hoax cooked up by lobbyists.', 'climate change a hoax', 'Governor Pryce'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([['Marsh called Ortega a week later to apologize.'], ['Neighbors called police a few minutes after the crash.'], ['Ortega called him a day before the vote.']])('a time after the object is no judgement: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"that," before a quotation opens the content', () => {
  it('Marsh tweeted that, "For those who doubt me, the count is on our side."', () => {
    const c = claimWith('Marsh tweeted that, “For those who doubt me, the count is on our side.”', 'For those who doubt me');
    expect(c?.source?.text).toBe('Marsh');
    expect(c?.content.text).toContain('the count is on our side');
  });

  it('"that," before an aside still needs the aside\'s closing comma', () => {
    const c = claimWith('Marsh said that, if elected, she would cut the levy.', 'cut the levy');
    expect(c?.content.text.startsWith('if elected')).toBe(true);
  });
});

describe('"that," and an aside before the clause of a verb that needs "that"', () => {
  it('Marsh joked that, among farm voters, Ortega ranks fourth.', () => {
    const c = claimWith('Marsh joked that, among farm voters, Ortega ranks fourth.', 'Ortega ranks fourth');
    expect(c?.source?.text).toBe('Marsh');
  });

  it('without "that" the verb still reports nothing', () => {
    expect(read('Marsh joked, among friends, about the long count.').claims).toHaveLength(0);
  });
});

describe('"questioned the integrity of X": what is questioned is the content', () => {
  it.each([
    ['Senator Pryce has questioned the accuracy of the county audit in two letters.', 'accuracy of the county audit', 'Senator Pryce'],
    ['Farm groups are questioning the cost of the new levy.', 'the cost of the new levy', 'Farm groups'],
    ['Marsh highlighted her plan to cut the levy on diesel.', 'her plan to cut the levy', 'Marsh'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('"questioned" with a person as its object is an interview, no claim', () => {
    expect(read('Police questioned Marsh for two hours on Monday.').claims).toHaveLength(0);
  });
});

describe('"as X reported": a speaker and a bare reporting verb after "as" frame the sentence', () => {
  it.each([
    ['As the county paper reported, the mill will close by the end of March.', 'the mill will close', 'the county paper'],
    ['The scanner showed no gun in the car, as police have said.', 'The scanner showed no gun', 'police'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('"as" with an object after the verb is a time: no frame', () => {
    expect(read('The crowd cheered as the mayor announced the winners of the fair.').claims.some((c) => c.content.text.startsWith('The crowd'))).toBe(false);
  });
});

describe('", citing X" with no report before it in the sentence is a report of its own', () => {
  it('The union called a strike on Monday, citing unpaid wages.', () => {
    expect(claimWith('The union called a strike on Monday, citing unpaid wages.', 'unpaid wages')?.source?.text).toBe('The union');
  });

  it('after a report it stays that report\'s channel: one claim', () => {
    const r = read('The ferry sank at dawn, the agency said, citing fishermen.');
    expect(r.claims.map((c) => c.content.text)).toEqual(['The ferry sank at dawn']);
  });
});
