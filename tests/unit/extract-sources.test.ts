// Which words name a claim's source, and whom they stand for (issue 12, PolNeAR errors "wrong
// source"). Sentences written for these tests in the style of US political reporting.
import { describe, expect, it } from 'vitest';
import { read, sourceAndActor } from './read-body';

describe('relative pronoun as subject: "X, who said ..."', () => {
  it.each([
    ['The bill was drafted by Senator Dana Whitcomb, who said the audit would be finished by March.', 'audit would be finished', 'Dana Whitcomb'],
    ['Treasury officials met an architect who said he was never paid for the clubhouse.', 'he was never paid', 'architect'],
    ['The panel heard from Mr. Okafor, who has repeatedly argued that the tariffs hurt farmers.', 'tariffs hurt farmers', 'Okafor'],
    ['The plan came from Senator Ruth Alder, who in 2010 said the main goal was to win the House.', 'main goal was', 'Ruth Alder'],
  ])('%s', (body, content, actor) => {
    const c = sourceAndActor(body, content);
    expect(c.source).toBe('who');
    expect(c.actor).toContain(actor);
  });

  it.each([
    ['Both men were sharply critical of Republicans who say the tariffs will pay for themselves.', 'tariffs will pay', 'Republicans'],
    ['Her staff cited Paul Grady, a Republican who said the plan was fair to small towns.', 'plan was fair', 'Paul Grady'],
  ])('the antecedent is the speaker, not the phrase around it: %s', (body, content, actor) => {
    expect(sourceAndActor(body, content).actor).toBe(actor);
  });

  it('a relative clause before the main verb leaves the subject as it is', () => {
    expect(sourceAndActor('Senator Dana Whitcomb, who chairs the panel, said the audit would be finished by March.', 'audit would be finished').source).toBe('Senator Dana Whitcomb');
  });
});

describe('the subject before the verb', () => {
  it.each([
    ['Lena Markovic, the trade minister of Croatia, a member of the bloc since 2013, said the deal was fair.', 'deal was fair', 'Lena Markovic'],
    ['"The deal is fair," Lena Markovic, the trade minister of Croatia, a member of the bloc since 2013, said.', 'deal is fair', 'Lena Markovic'],
    ['Dean Pruitt, a retired salesman from Sumter, South Carolina, said the plant should stay open.', 'plant should stay open', 'Dean Pruitt'],
  ])('a second appositive leaves the name as the source: %s', (body, content, actor) => {
    const c = sourceAndActor(body, content);
    expect(c.source?.startsWith(actor)).toBe(true);
    expect(c.actor).toBe(actor);
  });

  it('a bracketed party tag between the name and its appositive', () => {
    const c = sourceAndActor('Rep. Gregory Ames (D-N.Y.), chairman of the caucus fund, said members would raise cash for the race.', 'raise cash');
    expect(c.source?.startsWith('Rep. Gregory Ames')).toBe(true);
    expect(c.actor).toBe('Gregory Ames');
  });

  it('"Republican presidential nominee X ..., saying": the whole phrase opening the sentence is its subject', () => {
    const c = sourceAndActor('Republican presidential nominee Dale Harmon took to Twitter on Friday, saying the debate was rigged.', 'debate was rigged');
    expect(c.source).toBe('Republican presidential nominee Dale Harmon');
    expect(c.actor).toBe('Dale Harmon');
  });

  it.each([
    ['The state Supreme Court this month rejected a request to restore a week of early voting.', 'a request to restore', 'The state Supreme Court'],
    ['Harlow Bank just this week announced it would end the sales bonuses in January.', 'end the sales bonuses', 'Harlow Bank'],
    ["The senator's friends have in the past said he was staying quiet to help the nominee.", 'staying quiet', "The senator's friends"],
  ])('a time phrase between subject and verb is no source: %s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });
});

describe('a participle phrase between the subject and its verb', () => {
  it('"A poll released Friday shows": the document and when it came out are the source', () => {
    expect(sourceAndActor('A Marist poll released Friday shows the governor trailing in three counties.', 'governor trailing').source).toBe('A Marist poll released Friday');
  });

  it('a document after a preposition is no subject', () => {
    expect(sourceAndActor('Support for the levy in a poll released Friday shows signs of slipping among renters.', 'signs of slipping').source).toBeUndefined();
  });
});

describe('a town and its state inside an appositive', () => {
  it.each([
    ['Johnnie Wilson, of Springfield, Va., said the plan was fine.', 'plan was fine', 'Johnnie Wilson'],
    ['Carole Bower, 75, a retiree in Carthage, Ill., said she voted early.', 'voted early', 'Carole Bower'],
  ])('"Name, of Town, ST., said": the name speaks: %s', (body, content, actor) => {
    const c = sourceAndActor(body, content);
    expect(c.source?.startsWith(actor)).toBe(true);
    expect(c.actor).toBe(actor);
  });

  it('"Officials in Dover, Del., said": the state closes the town, it is not who speaks', () => {
    expect(sourceAndActor('Officials in Dover, Del., said the road would reopen on Monday.', 'road would reopen').actor).toBe('Officials');
    // a name in apposition after a comma still names the speaker
    expect(sourceAndActor('The captain of the ferry, Rashid Saleh, said the crossing was calm.', 'crossing was calm').actor).toBe('Rashid Saleh');
  });

  it('"The mayor of Millbrook, Oregon, said": a spelled-out state closes the town too', () => {
    expect(sourceAndActor('The mayor of Millbrook, Oregon, said the levy would pass.', 'levy would pass').actor).toBe('mayor of Millbrook, Oregon');
    expect(sourceAndActor('The sheriff of Carver County, New Mexico, said the road was shut.', 'road was shut').actor).not.toBe('New Mexico');
    // a person named after the comma still speaks
    expect(sourceAndActor('The mayor of Millbrook, Dana Whitcomb, said the levy would pass.', 'levy would pass').actor).toBe('Dana Whitcomb');
  });

  it('a period before a comma ends no sentence, one before a capital still does', () => {
    expect(sourceAndActor('The talks were held in Washington, D.C. Officials said the talks went well.', 'talks went well').source).toBe('Officials');
  });
});

describe('a possessive name before the head', () => {
  it('"Connecticut\'s tax commissioner says": the possessive determines the phrase like "the"', () => {
    expect(sourceAndActor("Connecticut's tax commissioner says an internal review found no overcharges.", 'internal review').source).toBe("Connecticut's tax commissioner");
  });

  it('the phrase stops at the owner\'s name', () => {
    expect(sourceAndActor("He met Connecticut's tax commissioner, who says the audit is done.", 'audit is done').actor).toBe("Connecticut's tax commissioner");
  });

  it('a possessive thing that is no speaker stays silent', () => {
    expect(sourceAndActor("Connecticut's budget shows a deficit of two billion dollars.", 'deficit').source).toBeUndefined();
  });
});

describe('an aside between typed double hyphens', () => {
  it('"Kall -- co-editor of ... -- said": the name before the aside speaks', () => {
    expect(sourceAndActor('Kall -- co-editor of a book on the primary debates -- said the candidate tended to make announcements.', 'tended to make').source).toBe('Kall');
  });

  it('a thing before the aside is no speaker', () => {
    expect(sourceAndActor('The memo -- drafted in secret last spring -- said the tax would rise.', 'tax would rise').source).toBeUndefined();
  });
});

describe('a second verb sharing the sentence subject', () => {
  it('"X toured the plant and repeatedly said": an adverb between "and" and the cue', () => {
    expect(sourceAndActor('Senator Dana Whitcomb toured the plant on Monday and repeatedly said the jobs would stay in Ohio.', 'jobs would stay').actor).toBe('Dana Whitcomb');
  });

  it('a subject of its own after "and" keeps its clause', () => {
    expect(sourceAndActor('Senator Dana Whitcomb toured the plant on Monday and the mayor repeatedly said the jobs would stay in Ohio.', 'jobs would stay').source).toBe('the mayor');
  });
});

describe('a quoted question, then its speaker in a sentence of its own', () => {
  it('"How many times ...?" Clinton said.', () => {
    const body = 'On the radio the nominee said she wanted to speak to voters directly. “How many times do we have to see this in our towns?” Clinton said. “This is just unbearable.”';
    const c = sourceAndActor(body, 'How many times');
    expect(c.actor).toBe('Clinton');
    expect(sourceAndActor(body, 'speak to voters directly').actor).not.toBe('Clinton');
  });

  it('a question that does not fill its sentence is not the next speaker\'s', () => {
    const r = read('Voters had one question: “Is it over?” Clinton said the count would go on.');
    const c = r.claims.find((x) => x.content.text.includes('count would go on'));
    expect(c?.content.text).not.toContain('Is it over');
  });
});

describe('a manner adverb in -ly between the subject and the verb', () => {
  it.each([
    ['The tax experts generally praised the proposals for small shops.', 'proposals for small shops', 'The tax experts'],
    ['Senator Ruth Alder has sharply criticized the trade deals with Ottawa.', 'trade deals with Ottawa', 'Senator Ruth Alder'],
    ['Marsh boldly suggested that the count in Dover had been rigged.', 'count in Dover', 'Marsh'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('a noun in -ly after a determiner is the subject itself', () => {
    expect(sourceAndActor('The family said the boy was safe at a neighbor\'s house.', 'boy was safe').source).toBe('The family');
  });

  it('a passive with an adverb makes no claim', () => {
    expect(read('The mayor has been harshly criticized for the cuts to the bus routes.').claims).toHaveLength(0);
  });
});

describe('"continues to" before the cue: the subject goes on saying it', () => {
  it.each([
    ['The Republican nominee continues to insist that he will release his returns after the audit.', 'release his returns', 'The Republican nominee'],
    ['Small groups of protesters continued to call for the release of the video.', 'release of the video', 'Small groups of protesters'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('any other verb before "to" still makes the cue an infinitive', () => {
    expect(read('The county needs to report the figures to the state by May.').claims).toHaveLength(0);
  });
});

describe('"has long said", "has since argued": a time adverb after a perfect auxiliary', () => {
  it.each([
    ['Senator Pryce has long said that the levy hurts small farms.', 'levy hurts small farms', 'Senator Pryce'],
    ['The mayor has since argued that the audit was rushed.', 'audit was rushed', 'The mayor'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('"since" opening a clause leaves that clause its own subject', () => {
    expect(sourceAndActor('Rain has fallen every day since Marsh said the port would close.', 'port would close').source).toBe('Marsh');
  });
});

describe('"in which X said ...": after a preposition "which" leaves the words after the cue their content', () => {
  it.each([
    ['Critics seized on the radio interview, in which he said he doubted the audit.', 'he doubted the audit', 'he'],
    ['The suit, in which Democrats argued that the map was drawn by race, went to trial.', 'the map was drawn by race', 'Democrats'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('a bare "which" is the object of the cue: no content after it', () => {
    expect(read('The levy, which Marsh says is unfair, passed in May.').claims.some((c) => c.content.text.startsWith('is unfair'))).toBe(false);
  });
});

describe('"by saying ...": a report given as the means of the subject\'s act', () => {
  it.each([
    ['Governor Pryce answered the critics on Monday by saying the audit was complete.', 'the audit was complete', 'Governor Pryce'],
    ['The senator opened the hearing by promising to release the full report.', 'to release the full report', 'The senator'],
    ['Marsh courted farm voters by telling them that the levy would go.', 'the levy would go', 'Marsh'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('after a passive the subject is not the speaker', () => {
    expect(read('The levy is often defended by arguing that roads need repairs.').claims.some((c) => c.source?.text === 'The levy')).toBe(false);
  });

  it('"by" before a plain -ing verb reports nothing', () => {
    expect(read('The town raised the money by selling cakes at the fair.').claims).toHaveLength(0);
  });
});

describe('"and vowed to ...": a commitment after "and" shares the sentence subject', () => {
  it.each([
    ['The Security Council met on Friday and pledged to tighten the sanctions on the regime.', 'to tighten the sanctions', 'The Security Council'],
    ['The mayor toured the flooded school and vowed to rebuild it by the fall.', 'to rebuild it by the fall', 'The mayor'],
  ])('%s', (body, content, source) => {
    expect(sourceAndActor(body, content).source).toBe(source);
  });

  it('a verb that commits to nothing stays out', () => {
    expect(read('The mayor toured the flooded school and went to lunch with the staff.').claims).toHaveLength(0);
  });
});
