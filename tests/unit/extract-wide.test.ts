// Attribution grammar common in news beyond our fixtures: one short sentence per construction,
// written for these tests (no fixture text), so the engine is checked on general rules.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import type { Claim } from '../../lib/types';

function claimsOf(text: string) {
  const r = extract(text);
  const actorOf = (c: Claim) => r.actors.find((a) => a.id === c.actorId)?.name ?? null;
  return { r, actorOf };
}

/** The claim whose content contains `needle`: its actor, and optionally cue, kind and exact content. */
function expectClaim(text: string, needle: string, actor: string | null, extra: Partial<{ kind: Claim['kind']; cue: string; content: string }> = {}) {
  const { r, actorOf } = claimsOf(text);
  const c = r.claims.find((x) => x.content.text.includes(needle));
  expect(c, `no claim containing "${needle}" in ${JSON.stringify(r.claims.map((x) => x.content.text))}`).toBeDefined();
  expect(actorOf(c!)).toBe(actor);
  if (extra.kind) expect(c!.kind).toBe(extra.kind);
  if (extra.cue) expect(c!.cue?.text).toBe(extra.cue);
  if (extra.content) expect(c!.content.text).toBe(extra.content);
  return c!;
}

function expectNone(text: string) {
  expect(extract(text).claims.map((c) => c.content.text)).toEqual([]);
}

describe('extract, wider grammar: reporting verbs', () => {
  const verbs = ['warned', 'acknowledged', 'conceded', 'argued', 'noted', 'stressed', 'maintained', 'recalled', 'explained', 'admitted', 'alleged', 'claimed', 'hinted', 'cautioned', 'testified', 'estimated', 'promised', 'insisted', 'responded', 'replied'];
  for (const v of verbs) {
    it(`X ${v} that ...`, () => {
      expectClaim(`Lena Ortiz ${v} that the pumps had failed twice.`, 'pumps had failed', 'Lena Ortiz', { cue: v, content: 'the pumps had failed twice' });
    });
  }

  it('British spelling doubles the l: "signalled"', () => {
    expectClaim('Lena Ortiz signalled that she would stand again.', 'stand again', 'Lena Ortiz', { cue: 'signalled' });
  });

  it('"pointed out that", "made (it) clear that"', () => {
    expectClaim('Lena Ortiz pointed out that the law had changed.', 'law had changed', 'Lena Ortiz', { cue: 'pointed out' });
    expectClaim('Lena Ortiz has made it clear that she will not resign.', 'will not resign', 'Lena Ortiz', { cue: 'made it clear', content: 'she will not resign' });
    expectClaim('The mayor made clear that the budget was final.', 'budget was final', 'mayor', { cue: 'made clear' });
  });

  it('commitments take an infinitive: "vowed to", "pledged to"', () => {
    expectClaim('Lena Ortiz vowed to rebuild the school.', 'rebuild the school', 'Lena Ortiz', { cue: 'vowed', content: 'to rebuild the school' });
    expectClaim('The governor pledged on Monday to cut property taxes.', 'cut property taxes', 'governor', { cue: 'pledged', content: 'to cut property taxes' });
  });

  it('denials and rejections keep their object', () => {
    expectClaim('Lena Ortiz denied that she had misled parliament.', 'misled parliament', 'Lena Ortiz', { cue: 'denied' });
    expectClaim('Lena Ortiz rejected claims that she had misled parliament.', 'misled parliament', 'Lena Ortiz', { cue: 'rejected' });
  });

  it('tense and aspect: has said, had said, would say, says, says X', () => {
    expectClaim('Lena Ortiz has said the recovery is fragile.', 'recovery is fragile', 'Lena Ortiz', { cue: 'said' });
    expectClaim('Lena Ortiz had said that the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz');
    expectClaim('Lena Ortiz would later say that the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz', { cue: 'say' });
    expectClaim('The recovery is fragile, Lena Ortiz says.', 'recovery is fragile', 'Lena Ortiz', { cue: 'says' });
    expectClaim('The recovery is fragile, says Lena Ortiz.', 'recovery is fragile', 'Lena Ortiz', { cue: 'says' });
    expectClaim('Marcus Hale went on to say that the party needed new ideas.', 'needed new ideas', 'Marcus Hale', { cue: 'say' });
  });

  it('passive reports: "is quoted as saying", "was reported as saying"', () => {
    expectClaim('Lena Ortiz is quoted as saying that the recovery is fragile.', 'recovery is fragile', 'Lena Ortiz');
    expectClaim('Lena Ortiz was reported as saying that the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz', { cue: 'reported' });
  });

  it('"told reporters", "told the Senate", "told the BBC"', () => {
    expectClaim('Lena Ortiz told reporters that the deal was done.', 'deal was done', 'Lena Ortiz', { cue: 'told' });
    expectClaim('Lena Ortiz told the Senate that the agency had run out of money.', 'run out of money', 'Lena Ortiz');
    expectClaim('The harvest was late, Anke van der Berg told the BBC.', 'harvest was late', 'Anke van der Berg');
  });
});

describe('extract, wider grammar: frames and channels', () => {
  it('"In the words of X, ..." and "As X put it, ..."', () => {
    expectClaim('In the words of Lena Ortiz, the recovery is fragile.', 'recovery is fragile', 'Lena Ortiz', { cue: 'In the words of' });
    expectClaim('As one resident put it, the town has been forgotten.', 'town has been forgotten', 'one resident', { cue: 'put it' });
    expectClaim('The town has been forgotten, as one resident put it.', 'town has been forgotten', 'one resident');
    expectClaim('As the mayor put it: "We are on our own."', 'on our own', 'mayor', { kind: 'direct' });
  });

  it('channels between cue and content: in an interview, in a post, formerly Twitter', () => {
    for (const ch of ['in an interview', 'in an email', 'in a statement', 'on Tuesday, in a rare interview,', 'in a statement posted on its website', 'in a video posted to Telegram']) {
      expectClaim(`Priya Nair said ${ch} that the budget was too small.`, 'budget was too small', 'Priya Nair', { content: 'the budget was too small' });
    }
    expectClaim('Marcus Hale wrote on X, formerly Twitter, that the party needed new ideas.', 'needed new ideas', 'Marcus Hale', { content: 'the party needed new ideas' });
    expectClaim('In a post on X, Tomas Berg wrote that the vote had been rigged.', 'vote had been rigged', 'Tomas Berg', { cue: 'wrote' });
  });

  it('anonymous and described sources', () => {
    expectClaim('The factory will close next year, according to a person familiar with the matter.', 'factory will close', 'person familiar with the matter');
    expectClaim('Daniel Okoro, who spoke on condition of anonymity, said the talks had stalled.', 'talks had stalled', 'Daniel Okoro');
    expectClaim('The cuts will hit rural routes first, officials said on condition of anonymity.', 'rural routes', 'officials');
    expectClaim('A No 10 spokesperson said the prime minister had full confidence in the team.', 'full confidence', 'No 10 spokesperson');
  });

  it('documents and studies as sources', () => {
    expectClaim('The study found that children who slept less did worse in tests.', 'slept less', 'study', { cue: 'found' });
    expectClaim('Researchers wrote that the effect was small but consistent.', 'effect was small', 'Researchers');
    expectClaim('The report concluded that the dam had been poorly maintained.', 'poorly maintained', 'report', { cue: 'concluded' });
  });

  it('spokespeople and offices', () => {
    expectClaim('A spokesperson for Lena Ortiz said the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz');
    expectClaim('Lena Ortiz, 54, said the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz');
    expectClaim('Lena Ortiz, a former senator who now runs a charity, said the recovery was fragile.', 'recovery was fragile', 'Lena Ortiz');
    expectClaim("Hale's spokesman, Tim Roy, said the party was not going anywhere.", 'not going anywhere', 'Tim Roy');
  });

  it('not claims: declining to comment, not responding', () => {
    expectNone('Marta Kovacs declined to comment on the allegations.');
    expectNone('The ministry did not respond to a request for comment.');
    expectNone('A spokesman for the club did not immediately respond to requests for comment on Friday.');
  });
});

describe('extract, wider grammar: quotation styles', () => {
  it('UK single quotes with straight apostrophes', () => {
    expectClaim("'We will win,' he said.", 'We will win', null, { kind: 'direct', cue: 'said' });
    expectClaim("'We will win,' Lena Ortiz said. 'Nobody doubts it.'", 'We will win', 'Lena Ortiz', { kind: 'direct' });
    expectClaim("‘We will win,’ Lena Ortiz said.", 'We will win', 'Lena Ortiz', { kind: 'direct' });
  });

  it("apostrophes inside words stay words: O'Brien, don't, the Smiths' house", () => {
    expectClaim("Siobhan O'Brien said she didn't know the Smiths' address.", "didn't know", "Siobhan O'Brien");
  });

  it('nested quotes, em dashes and ellipses stay inside the quotation', () => {
    expectClaim('"He told me \'we will win\' and I believed him," Lena Ortiz said.', "'we will win'", 'Lena Ortiz', { kind: 'direct' });
    expectClaim('"The recovery is fragile — and it could stall," Lena Ortiz said.', 'could stall', 'Lena Ortiz', { kind: 'direct' });
    expectClaim('"The recovery is fragile … we must be careful," Lena Ortiz said.', 'must be careful', 'Lena Ortiz', { kind: 'direct' });
  });

  it('a name, a colon and a quotation', () => {
    expectClaim('Lena Ortiz: "The recovery is fragile."', 'recovery is fragile', 'Lena Ortiz', { kind: 'direct' });
    expectClaim('Lena Ortiz told reporters: "We are not finished."', 'not finished', 'Lena Ortiz', { kind: 'direct' });
  });
});

describe('extract, wider grammar: names', () => {
  it('hyphenated modifiers are still no names: "Tripoli-based", "Anti-war", "Heart-throb"', () => {
    expectClaim('Tripoli-based officials said the port was shut.', 'port was shut', 'Tripoli-based officials');
    const { r } = claimsOf('Heart-throb Dariusz Nowak said the port was shut.');
    expect(r.actors.map((a) => a.name)).toEqual(['Dariusz Nowak']);
  });

  const names = ['Nguyễn Văn An', 'Øyvind Lie', 'Abdel-Rahman al-Khatib', 'Olena Zelenska', "Siobhan O'Brien", 'Fiona McAllister', 'Pieter de Villiers', 'Anke van der Berg',
    'Lee Jae-myung', 'Kim Ji-hoon', 'Martin Luther King Jr.', 'Mohammed bin Salman', 'Luiz Inácio Lula da Silva', 'Ngozi Okonjo-Iweala', 'Seán Ó Fearghail', 'Łukasz Żak', 'Đặng Thị Ngọc'];
  for (const n of names) {
    it(`${n} said ...`, () => {
      expectClaim(`${n} said the harvest was late.`, 'harvest was late', n, { content: 'the harvest was late' });
      expectClaim(`"The harvest was late," said ${n}${n.endsWith('.') ? '' : '.'}`, 'harvest was late', n, { kind: 'direct' });
    });
  }
});

describe('extract, wider grammar: what follows the cue', () => {
  it('after a quotation, words after the cue are not its content ("she said of the ruling")', () => {
    expectClaim('"It was a disgrace," she said of the ruling.', 'disgrace', null, { kind: 'direct', content: 'It was a disgrace,' });
    expectClaim('"It was a disgrace," Hale said when asked about the ruling.', 'disgrace', 'Hale', { kind: 'direct' });
    expectClaim('"It was a disgrace," Hale told reporters that night.', 'disgrace', 'Hale', { kind: 'direct' });
  });

  it('venues with links and names stay out of the content', () => {
    expectClaim('Hale wrote in a letter to shareholders that the company would recover.', 'company would recover', 'Hale', { content: 'the company would recover' });
    expectClaim('Sales have slowed, Hale said Tuesday in a filing with the Securities and Exchange Commission.', 'Sales have slowed', 'Hale', { content: 'Sales have slowed' });
  });

  it('a capitalised word only seen opening a sentence (or lower case elsewhere) is no organisation', () => {
    expectClaim('Shares in Nordrail fell. Nordrail cancelled all trains, the company said.', 'cancelled all trains', 'Nordrail');
    expectClaim('Revenue fell 3%, the company said.', 'Revenue fell', 'company');
    expectClaim('Sales have slowed, the company said. It expects sales to recover.', 'Sales have slowed', 'company');
    expectClaim('Sales have slowed, a spokesman said. He expects sales to recover.', 'Sales have slowed', null);
  });

  it('"the company" is not a capitalised word inside a quotation', () => {
    expectClaim('"Sales have slowed," the company said in a statement on Tuesday.', 'Sales have slowed', 'company');
  });

  it('asides between subject and verb: parentheses, dashes, "in a statement"', () => {
    expectClaim('Hale (pictured) said the water was brown.', 'water was brown', 'Hale');
    expectClaim('Hale — who lives in Leeds — said the water was brown.', 'water was brown', 'Hale');
    expectClaim('Hale, in a statement, said aid was blocked.', 'aid was blocked', 'Hale');
    expectClaim('Hale, however, said aid was blocked.', 'aid was blocked', 'Hale');
  });

  it('reduced relative clauses with a participle: "people briefed on the talks"', () => {
    expectClaim('Two people briefed on the talks said a deal was close.', 'deal was close', 'people briefed on the talks');
    expectClaim('A deal is close, two people briefed on the talks told Reuters.', 'deal is close', 'two people briefed on the talks');
    expectClaim('Residents interviewed by the newspaper said the water was brown.', 'water was brown', 'Residents');
    expectClaim('Officials involved in the negotiations said a deal was close.', 'deal was close', 'Officials');
  });

  it('"according to X" inside its sentence keeps the whole sentence', () => {
    expectClaim('The water, according to Ruiz, was brown.', 'was brown', 'Ruiz', { content: 'The water, according to Ruiz, was brown' });
    expectClaim('The water was brown, according to Ruiz, who lives nearby.', 'water was brown', 'Ruiz', { content: 'The water was brown' });
  });

  it('a text that reads: "The statement read:", "the banner read \\"...\\""', () => {
    expectClaim('The statement read: "Aid is blocked at the border."', 'Aid is blocked', 'statement', { kind: 'direct', cue: 'read' });
    expectClaim('The banner read "No to the mine".', 'No to the mine', 'banner', { cue: 'read' });
    expectNone('I read the report twice.');
  });
});

describe('extract, wider grammar: two reports in one sentence', () => {
  it('", but Y claimed ..." ends the first content and starts a second claim', () => {
    const text = 'NHS England said hospitals were "well prepared", but the nurses\' union claimed staff were already stretched.';
    expectClaim(text, 'well prepared', 'NHS England', { content: 'hospitals were "well prepared"' });
    expectClaim(text, 'already stretched', "nurses' union", { cue: 'claimed' });
  });

  it('", and accused ..." is the same speaker', () => {
    const text = 'The Rivers Trust said hosepipe bans could follow, and accused firms of failing to fix leaks.';
    expectClaim(text, 'hosepipe bans', 'Rivers Trust', { content: 'hosepipe bans could follow' });
    expectClaim(text, 'failing to fix leaks', 'Rivers Trust', { cue: 'accused' });
  });

  it('a relative clause verb is no second claim ("who asked not to be named")', () => {
    const { r } = claimsOf('"It\'s a mess," one captain, who asked not to be named, told the paper.');
    expect(r.claims.map((c) => c.cue?.text)).toEqual(['told']);
  });

  it('"A Downing Street spokesman": the named body speaks', () => {
    expectClaim('A Downing Street spokesman said the government was monitoring the situation.', 'monitoring', 'Downing Street');
  });

  it('"Imperial College London" is an organisation, not a place', () => {
    const { r } = claimsOf('Research by Imperial College London found that heatwaves led to excess deaths.');
    expect(r.actors.find((a) => a.name === 'Imperial College London')?.type).toBe('organization');
  });
});

describe('extract, wider grammar: US wire conventions and relative clauses', () => {
  it('party tags after names: "Dana Whitcomb, D-Ore., told", "Carl Mendez, R-Texas, who ..., said"', () => {
    expectClaim('"We got it done," Senate Majority Leader Dana Whitcomb, D-Ore., told reporters after the vote.', 'got it done', 'Dana Whitcomb', { kind: 'direct' });
    expectClaim('Sen. Carl Mendez, R-Texas, who voted against the bill, said he would push for deeper cuts.', 'deeper cuts', 'Carl Mendez');
    expectClaim('Sen. Ann Ode, D-N.Y., said the bill was bad.', 'bill was bad', 'Ann Ode');
    expect(claimsOf('Sen. Carl Mendez, R-Texas, said the bill was bad.').r.actors.map((a) => a.name)).toEqual(['Carl Mendez']);
  });

  it('"Rep. Lisa Tran of Florida" is the person, not the state', () => {
    expectClaim('"This is the same old town," said Rep. Lisa Tran of Florida.', 'same old town', 'Lisa Tran');
  });

  it('anonymity clauses are background; a reported clause ends where the main verb starts', () => {
    const { r } = claimsOf('A senior aide, who requested anonymity to discuss private talks, said a deal would come next week.');
    expect(r.claims.map((c) => c.content.text)).toEqual(['a deal would come next week']);
    const text = 'Hale, who said the vote was rigged, told reporters he would appeal.';
    expectClaim(text, 'vote was rigged', 'Hale', { content: 'the vote was rigged' });
    expectClaim(text, 'would appeal', 'Hale', { cue: 'told' });
  });
});

describe('extract, wider grammar: judgements and affiliations', () => {
  it('"described X as Y", "branded X as Y", "labelled X \\"Y\\""', () => {
    expectClaim('Ruiz described the response as a disgrace.', 'as a disgrace', 'Ruiz', { cue: 'described', content: 'the response as a disgrace' });
    expectClaim('Critics branded the plan as reckless.', 'as reckless', 'Critics');
    expectClaim('The minister labelled the report "fake news".', 'fake news', 'minister', { cue: 'labelled' });
    expectNone('She described her childhood in the valley.');
  });

  it('affiliations after a name: ", of West Midlands Police,", ", from the local council,"', () => {
    expectClaim('Detective Inspector Amira Haddad, of West Midlands Police, said the case was complex.', 'case was complex', 'Amira Haddad');
    expectClaim('Amira Haddad, from the local council, said the road was shut.', 'road was shut', 'Amira Haddad');
  });

  it('"It was, he said, \\"...\\"": the attribution inside its content', () => {
    expectClaim('Joe Banner welcomed the verdict. It was, he said, "a dark chapter" that the town wanted to forget.', 'dark chapter', 'Joe Banner', { content: 'It was, he said, "a dark chapter" that the town wanted to forget' });
  });
});

describe('extract, wider grammar: questions and stances', () => {
  it('reported questions keep their wh-word: "asked whether", "wondered why"', () => {
    expectClaim('Ruiz asked whether the utility had acted in time.', 'utility had acted', 'Ruiz', { cue: 'asked', content: 'whether the utility had acted in time' });
    expectClaim('Ruiz wondered why nobody had warned them.', 'nobody had warned', 'Ruiz', { cue: 'wondered' });
    expectClaim('Ruiz questioned whether the utility had acted in time.', 'utility had acted', 'Ruiz');
    expectNone('Ruiz asked the utility to act.');
    expectNone('Ruiz was asked whether it was fixed.');
  });

  it('stance phrases: "expressed concern that", "raised fears that"', () => {
    expectClaim('Ruiz expressed concern that the utility had acted too late.', 'acted too late', 'Ruiz', { cue: 'expressed concern', content: 'the utility had acted too late' });
    expectClaim('Residents have raised fears that the dam could fail.', 'dam could fail', 'Residents', { cue: 'raised fears' });
    expectNone('Ruiz raised taxes that year.');
  });
});

describe('extract, wider grammar: data and documents', () => {
  it('"Figures from X show ...": the verb agrees with the head before "from"; X owns the figures', () => {
    expectClaim('Figures from the Semiconductor Industry Association show global chip sales rose 2% in August.', 'chip sales rose', 'Semiconductor Industry Association', { cue: 'show' });
    expectClaim('Data from the Office for National Statistics showed prices rose.', 'prices rose', 'Office for National Statistics');
  });

  it('"the company" is never the outlet that reported the news', () => {
    const text = 'The cuts were first reported by Bloomberg News. In a filing, the company said revenue would fall.';
    expectClaim(text, 'revenue would fall', 'company');
  });
});

describe('extract, wider grammar: who "he" and "she" are in features', () => {
  it('a name in apposition to a person word is a person: "His daughter, Aoife, ... She thinks"', () => {
    const text = 'Seamus Kilbride says it is time to stop. His daughter, Aoife, is less sure. She thinks the ferry should be kept.';
    expectClaim(text, 'ferry should be kept', 'Aoife');
  });

  it('a described individual is "he" in the next quotation: "One farmer ... said ... he grumbled"', () => {
    const text = 'Seamus Kilbride says it is time to stop.\n\nOne farmer, who crosses twice a week, said he would be glad of the bridge. "Half an hour each way," he grumbled.';
    expectClaim(text, 'Half an hour', 'farmer', { kind: 'direct' });
  });

  it('an anonymous source is not the next "he": the named speaker before is', () => {
    const text = 'Tom Vale said the wedding was private. A source close to the couple said guests were told late. "We wanted a quiet day," he said.';
    expectClaim(text, 'quiet day', 'Tom Vale');
  });

  it('"I\'d" inside a quotation is no actor', () => {
    const { r } = claimsOf('"I never thought I\'d see the day," Seamus Kilbride said.');
    expect(r.actors.map((a) => a.name)).toEqual(['Seamus Kilbride']);
  });
});

describe('extract, wider grammar: channels and objects', () => {
  it('"through a spokesperson", "via his lawyer" are channels, not content or source', () => {
    expectClaim('Hale, through a spokesperson, denied the allegations.', 'allegations', 'Hale', { cue: 'denied', content: 'the allegations' });
    expectClaim('Hale said through his lawyer that he had done nothing wrong.', 'nothing wrong', 'Hale', { content: 'he had done nothing wrong' });
    expectClaim('Hale said via a spokesperson that the law was unfair.', 'law was unfair', 'Hale', { content: 'the law was unfair' });
  });

  it('an object after a comma is no inverted speaker; a described or named one is', () => {
    expectClaim('The plant will close, said a person familiar with the matter.', 'plant will close', 'person familiar with the matter');
    expectClaim('The plant will close, reported the local paper.', 'plant will close', 'local paper');
  });

  it('a possessive before a noun-or-verb form makes it a noun ("Hale\'s comments came after ...")', () => {
    const { r, actorOf } = claimsOf("Hale's comments came after the ministry said the law would stay.");
    expect(r.claims.map((c) => [actorOf(c), c.content.text])).toEqual([['ministry', 'the law would stay']]);
  });

  it('"which X says" reports the antecedent: no claim from the words after it', () => {
    expectNone('The law, which Hale says is unfair, was passed in 2019.');
  });
});

describe('extract, wider grammar: participle tails and frames around reports', () => {
  it('", calling it \\"...\\"" continues the speaker of the clause before', () => {
    expectClaim('The union rejected the offer, calling it "an insult to every worker".', 'an insult', 'union', { cue: 'calling' });
    expectClaim('The union rejected the offer, saying it did not go far enough.', 'far enough', 'union', { cue: 'saying' });
  });

  it('"According to a transcript, Hale said ...": the frame is the channel of the report inside it', () => {
    const { r, actorOf } = claimsOf('According to a transcript of the call, Hale said the town was never the same.');
    expect(r.claims.map((c) => [actorOf(c), c.via?.text, c.content.text])).toEqual([['Hale', 'a transcript of the call', 'the town was never the same']]);
  });

  it('"tells the story of ..." tells no one anything', () => {
    expectNone('Hale tells the story of a town that was never the same.');
    expectClaim('Hale tells me the town was never the same.', 'never the same', 'Hale', { cue: 'tells' });
  });
});

describe('extract, wider grammar: sentence ends', () => {
  it('an abbreviation ends a sentence before a sentence opener ("in the U.S. The company said")', () => {
    expectClaim('Nordrail expanded in the U.S. The company said prices would rise.', 'prices would rise', 'Nordrail', { content: 'prices would rise' });
    expectClaim('Sales fell in the U.S. It will be hard, analysts said.', 'will be hard', 'analysts', { content: 'It will be hard' });
    expectClaim('U.S. President Joe Biden said prices would rise.', 'prices would rise', 'Joe Biden');
  });
});

describe('extract, wider grammar: no claims in plain description', () => {
  it('cue-like words in ordinary sentences report nothing', () => {
    for (const t of [
      'The museum, which was described as a jewel of the region, reopened in May.',
      'She read the letter aloud and then put it away.',
      'The sign on the door read "Closed" for most of the winter.',
      'He made clear progress in his second season.',
      'The teams raised concerns about travel costs at the meeting.',
      'The road, calling at every village, winds through the valley.',
      'The company was described by analysts as a takeover target.',
      'He told a joke that nobody laughed at.',
      'Her husband, Tom, runs the bakery on the corner.',
    ]) expectNone(t);
  });

  it('"described how", "recalled how" report what follows', () => {
    expectClaim('Villagers described how the water rose within minutes.', 'water rose', 'Villagers', { content: 'how the water rose within minutes' });
    expectClaim('Hale recalled how the town had flooded twice.', 'flooded twice', 'Hale');
  });
});

describe('extract, wider grammar: people close to someone', () => {
  it('"people close to him", "sources close to her" speak for themselves, not for him or her', () => {
    expectClaim('Maria Lund is under pressure. Sources close to her said she would not resign.', 'would not resign', 'Sources');
    expectClaim('Tom Vale is angry. People close to him say he feels betrayed.', 'feels betrayed', 'People');
  });
});
