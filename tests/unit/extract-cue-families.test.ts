// Cue families and constructions added from the PolNeAR train split's error categories (issue 12).
// Each rule: a sentence that it reads and a near miss that it must leave alone. Sentences written
// for these tests in the style of US political reporting.
import { describe, expect, it } from 'vitest';
import { claimWith, read } from './read-body';

describe('refusals: decline/refuse + infinitive', () => {
  it.each([
    ['A spokeswoman for the senator declined to endorse the audit.', 'to endorse the audit', 'A spokeswoman for the senator'],
    ['Governor Pryce refused to sign the bill without a tax cut.', 'to sign the bill', 'Governor Pryce'],
  ])('%s', (body, content, source) => {
    const c = claimWith(body, content);
    expect(c?.source?.text).toBe(source);
  });

  it.each([['A spokeswoman for the senator declined to comment on the audit.'], ['Governor Pryce refused to say whether she would run.']])('a refusal to speak reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });

  it.each([
    ['Turnout declined to its lowest level in a decade.'],
    ["Marsh's decline in the polls worried donors."],
  ])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('seek, defend, attack: speech acts with an object', () => {
  it.each([
    ['The governor is seeking federal aid for the flooded counties.', 'federal aid for the flooded counties', 'The governor'],
    ['Senator Alder defended the vote as a matter of principle.', 'the vote as a matter of principle', 'Senator Alder'],
    ['Marsh attacked the plan as a giveaway to insurers.', 'the plan as a giveaway', 'Marsh'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([['The attack on the embassy killed four guards.'], ['Two attacks on the pipeline were reported overnight.']])('a noun, no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('a fronted phrase before the source is not its content', () => {
  it.each([
    ['During his years in the Senate, Ortega said the program worked.', 'the program worked'],
    ['Though the count was close, the clerk said the result would stand.', 'the result would stand'],
  ])('%s', (body, content) => {
    const r = read(body);
    expect(r.claims.map((c) => c.content.text)).toEqual([content]);
  });

  it('a clause with its own comma before the source still is: "During the storm, the roof gave way, Ortega said."', () => {
    expect(claimWith('During the storm, the roof gave way, Ortega said.', 'the roof gave way')?.source?.text).toBe('Ortega');
  });
});

describe('an inverted source followed by more words', () => {
  it.each([
    ['"The sanctions worked," said Rep. Dana Whitcomb (D-Ore.), a leading advocate of the bill.', 'Rep. Dana Whitcomb'],
    ['"Republicans are in a frenzy," said one Democratic aide on the committee.', 'one Democratic aide'],
  ])('%s', (body, source) => {
    expect(claimWith(body, 'frenzy')?.source?.text ?? claimWith(body, 'sanctions worked')?.source?.text).toBe(source);
  });

  it('an object after the cue is no inverted source: "Higher rates, said nothing about the plan."', () => {
    expect(read('Higher rates hurt savers, said nothing about the plan on the panel.').claims).toEqual([]);
  });
});

describe('"that" followed by an aside', () => {
  it('"He said that, if elected, he would ..." keeps the aside in the content', () => {
    const c = claimWith('Mr. Garner said that, if elected, he would cut the gas tax.', 'would cut the gas tax');
    expect(c?.source?.text).toBe('Mr. Garner');
    expect(c?.content.text.startsWith('if elected')).toBe(true);
  });

  it('"that" as a determiner before a comma is not opened: "He denied that, and more."', () => {
    expect(claimWith('Mr. Garner denied that, and nothing more.', 'nothing more')).toBeUndefined();
  });
});

describe('a fronted phrase ending in a quoted title', () => {
  it('"In an interview on "Meet the Press," X said Y": Y is the content', () => {
    const r = read('In an interview on NBC\'s "Meet the Press," Senator Pryce said the bill would pass.');
    expect(r.claims.map((c) => c.content.text)).toEqual(['the bill would pass']);
  });

  it('a sentence ending in a quotation still is: "The road is "closed for good," Pryce said."', () => {
    expect(claimWith('The road is "closed for good," Pryce said.', 'closed for good')?.source?.text).toBe('Pryce');
  });
});

describe('an aside between the subject and the cue', () => {
  it('"X, at a later press gaggle, said, "..."": X is the source', () => {
    expect(claimWith('Senator Pryce, at a later press gaggle, said, "We have been briefed."', 'We have been briefed')?.source?.text).toBe('Senator Pryce');
  });

  it('an aside with a verb is not skipped as a venue', () => {
    const c = claimWith('Senator Pryce, at a rally that was cancelled, said the bill would pass.', 'bill would pass');
    expect(c?.source?.text ?? null).not.toBe('Senator Pryce, at a rally that was cancelled');
  });
});

describe('"called X a Y": an unquoted judgement', () => {
  it.each([
    ['Senator Pryce called her vote in favor of the war a mistake.', 'her vote in favor of the war a mistake', 'Senator Pryce'],
    ['Rendell called it a common ailment of long campaigns.', 'it a common ailment', 'Rendell'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([['The governor called a special session for Monday.'], ['The governor called the police after the break-in.']])('no judgement: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('agree/hope + infinitive', () => {
  it.each([
    ['The two parties agreed to share the cost of the recount.', 'to share the cost of the recount', 'The two parties'],
    ['Mayor Quill hopes to reopen the library by spring.', 'to reopen the library by spring', 'Mayor Quill'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('a preposition is no infinitive: "The council agreed to the plan."', () => {
    expect(read('The council agreed to the plan on Tuesday.').claims).toEqual([]);
  });
});

describe('a year between subject and cue', () => {
  it('"McKee, who in 2010 said ...": the relative clause reports', () => {
    expect(claimWith('The deal was opposed by Senator McKee, who in 2010 said the party should block it.', 'the party should block it')).toBeDefined();
  });

  it('a year that is no time phrase ("the 2010 said") is not skipped: "Class of 2010 said"', () => {
    const c = claimWith('The class of 2010 said the school had changed.', 'the school had changed');
    expect(c?.source?.text).not.toBe('The class of');
  });
});

describe('a dash ends a speech act\'s object', () => {
  it('"likened the rules to "burning the Constitution" - a charge that stung": the aside after the dash is not content', () => {
    expect(claimWith('Professor Tull likened the rules to "burning the Constitution" - a charge that stung.', 'the rules to')?.content.text).toBe('the rules to "burning the Constitution"');
  });

  it('a hyphen inside a word is no dash: "praised the well-run re-election campaign"', () => {
    expect(claimWith('Mayor Quill praised the well-run re-election campaign.', 'campaign')?.content.text).toBe('the well-run re-election campaign');
  });
});

describe('titles with a period', () => {
  it('"Del. Stacey Plaskett said": the title does not end the sentence', () => {
    expect(claimWith('"This is a waste of time," Del. Dana Whitcomb said.', 'waste of time')?.source?.text).toBe('Del. Dana Whitcomb');
  });

  it('a state after a party tag still reads: "Sen. Tom Carper (D-Del.) said"', () => {
    expect(claimWith('Sen. Tom Carper (D-Del.) said the bill would pass.', 'the bill would pass')?.source?.text).toContain('Carper');
  });
});

describe('"According to" a long source opening the sentence', () => {
  it('everything up to the comma names the source', () => {
    const c = claimWith('According to early results of exit polls conducted for the wire service and three networks, turnout rose.', 'turnout rose');
    expect(c?.source?.text).toBe('early results of exit polls conducted for the wire service and three networks');
  });

  it('a quotation before the comma is not taken into the source', () => {
    const c = claimWith('According to the "final tally" of the clerk, turnout rose.', 'turnout rose');
    expect(c?.source?.text ?? '').not.toContain('"');
  });
});

describe('"told" with its content before the source', () => {
  it('any audience may follow: "\\"...,\\" Pryce told a cheering crowd of supporters in Tampa."', () => {
    expect(claimWith('"He does not speak for us," Pryce told a cheering crowd of supporters in Tampa.', 'does not speak for us')?.source?.text).toBe('Pryce');
  });

  it('without content on the left, "told" still needs a recipient: "Pryce told a cheering crowd in Tampa."', () => {
    expect(read('Pryce told a cheering crowd in Tampa.').claims).toEqual([]);
  });
});

describe('encourage, identify', () => {
  it.each([
    ['The governor encouraged voters to back the bond measure.', 'voters to back the bond measure', 'The governor'],
    ['Prosecutors identified the donor as a former aide.', 'the donor as a former aide', 'Prosecutors'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('an -ing form as a noun is no report: "The encouraging numbers lifted the campaign."', () => {
    expect(read('The encouraging numbers lifted the campaign.').claims).toEqual([]);
  });
});

describe('a second speaker after a comma ends the first report', () => {
  it('"When the firm signaled that it would sell, Mr. Barrett said, \\"we were floored.\\""', () => {
    const r = read('When the firm signaled that it would sell, Mr. Barrett said, "we were floored."');
    expect(r.claims.find((c) => c.content.text.includes('floored'))?.source?.text).toBe('Mr. Barrett');
    expect(r.claims.find((c) => c.content.text.includes('it would sell'))?.content.text).toBe('it would sell');
  });

  it('a second cue with no comma or quotation after it does not cut the first content', () => {
    expect(claimWith('Hale said that prices rose, the mayor said so too and nothing changed.', 'prices rose')?.content.text).toContain('nothing changed');
  });
});

describe('armed attacks are not reports', () => {
  it('"Rebel forces have been attacking the capital since April."', () => {
    expect(read('Rebel forces have been attacking the capital since April.').claims).toEqual([]);
  });

  it('a person attacking a plan still reports: "Marsh has been attacking the plan as a giveaway."', () => {
    expect(claimWith('Marsh has been attacking the plan as a giveaway.', 'the plan as a giveaway')?.source?.text).toBe('Marsh');
  });
});

describe('a quotation opening the next sentence goes on with its speaker', () => {
  it('"A," said X, a description. "B." is one claim', () => {
    const body = '“The lines were out the door,” said Dana Whitlow, a precinct captain in Polk County. “We ran out of ballots by noon.”';
    const claims = read(body).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].content.text).toContain('We ran out of ballots by noon.');
    expect(claims[0].source?.text).toBe('Dana Whitlow');
  });

  it('the claim before may be partly quoted: The water "came up in minutes," X said from Y. "B."', () => {
    const body = 'The water “came up in minutes,” Alder said from the shelter in Polk County. “We lost everything on Main Street.”';
    const claims = read(body).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0].content.text).toContain('We lost everything');
  });

  it('a quotation in the next paragraph stays its own claim', () => {
    const body = '“The lines were out the door,” said Dana Whitlow, a precinct captain.\n\n“We ran out of ballots by noon.”';
    expect(read(body).claims).toHaveLength(2);
  });

  it('a report in between ends the run: the quotation does not jump over another sentence', () => {
    const body = '“The lines were out the door,” said Dana Whitlow. Turnout was the highest in years. “We ran out of ballots by noon.”';
    expect(claimWith(body, 'ballots')?.content.text).not.toContain('lines were out');
  });
});

describe('content ends where a linked clause of its own begins', () => {
  it('an object ends before "and" + a second reporting verb', () => {
    const body = 'Senator Alder criticized the plan and accused the governor of hiding its costs.';
    expect(claimWith(body, 'the plan')?.content.text).toBe('the plan');
  });

  it('an object joined by "and" stays whole', () => {
    const body = 'Senator Alder criticized the plan and the budget behind it.';
    expect(claimWith(body, 'the plan')?.content.text).toBe('the plan and the budget behind it');
  });

  it('a clause ends before ", but he ..." (the writer goes on)', () => {
    const body = 'Reid said both candidates were weak in the Senate, but he gave the Texan a grudging compliment.';
    expect(claimWith(body, 'both candidates')?.content.text).toBe('both candidates were weak in the Senate');
  });

  it('", but it ..." may still be the report', () => {
    const body = 'Reid said the bill would pass, but it would take weeks.';
    expect(claimWith(body, 'the bill')?.content.text).toBe('the bill would pass, but it would take weeks');
  });
});

describe('", saying ..." after the sentence subject', () => {
  it('the comma may sit inside a closing quotation mark', () => {
    const body = 'Governor Pryce gave a spirited defense of “Ohio values,” saying the state had carried the country.';
    expect(claimWith(body, 'the state had carried')?.source?.text).toBe('Governor Pryce');
  });

  it('the subject may follow a fronted phrase with commas of its own', () => {
    const body = 'At a town hall in Ames, Iowa, on Sunday, Senator Alder tried to clarify her remarks, saying the tariff would be temporary.';
    expect(claimWith(body, 'the tariff would be temporary')?.source?.text).toBe('Senator Alder');
  });

  it('a quoted word followed by a non-cue -ing word is no report', () => {
    const body = 'Voters in “swing counties,” living far from the capital, stayed home.';
    expect(read(body).claims).toEqual([]);
  });
});

describe('speech-act families from the train misses (CUE_FAMILIES)', () => {
  it.each([
    ['Marsh bemoaned the cuts to rural clinics.', 'the cuts to rural clinics', 'Marsh'],
    ['Ortega railed against the tariffs on Canadian steel.', 'the tariffs on Canadian steel', 'Ortega'],
    ['The campaign touted its fundraising haul.', 'its fundraising haul', 'The campaign'],
    ['She referenced a 2012 audit of the agency.', 'a 2012 audit of the agency', 'She'],
    ['Pryce retweeted a poll showing her ahead.', 'a poll showing her ahead', 'Pryce'],
    ['Marsh doubled down on his pledge to cut the levy.', 'his pledge to cut the levy', 'Marsh'],
    ['Senator Alder expressed her support for the farm bill.', 'her support for the farm bill', 'Senator Alder'],
    ['Marsh took issue with the audit of the port authority.', 'the audit of the port authority', 'Marsh'],
    ['Pryce took aim at the governor\'s budget.', 'the governor\'s budget', 'Pryce'],
    ['"We shall overcome," the marchers sang outside the statehouse.', 'We shall overcome', 'the marchers'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([
    ['The rail operator cut two lines.'],
    ['The rail against the wall gave way.'],
    ['A promoted officer led the unit.'],
    ['The reference to the audit was cut from the bill.'],
    ['Her retweeted poll was fake.'],
    ['The county doubled its budget for roads.'],
    ['The express lane to the airport was closed.'],
    ['Her expressed wish was ignored.'],
    ['Marsh took the issue to the voters.'],
    ['Marsh took aim and fired at the target.'],
    ['Pryce sings in the church choir on Sundays.'],
    ['Marsh sang the praises of the new budget.'],
  ])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('noun cues: a speech noun with a "that" clause', () => {
  it.each([
    ['Hale repeated his claim that the vote was rigged.', 'the vote was rigged', 'his'],
    ["Senator Pryce's promise that taxes would fall has not been kept.", 'taxes would fall', "Senator Pryce's"],
    ["The senator's assertion that the audit was rigged was never tested.", 'the audit was rigged', "The senator's"],
  ])('%s', (body, content, source) => {
    const c = read(body).claims.find((x) => x.rule === 'noun cue + that');
    expect(c?.content.text).toBe(content);
    expect(c?.source?.text).toBe(source);
  });

  it('"allegations that" reports with no source', () => {
    const c = claimWith('There were new allegations that the count was late.', 'the count was late');
    expect(c?.kind).toBe('unnamed');
    expect(c?.source).toBeNull();
  });

  it.each([
    ['The claim that he made in May was false.'],
    ['Their claims were dismissed by the court.'],
    ['It was the warning that everyone ignored.'],
  ])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"In a poll, ...": the poll is the source', () => {
  it('In a Harbor Gazette poll released Monday, Pryce led Marsh by nine points.', () => {
    const c = claimWith('In a Harbor Gazette poll released Monday, Pryce led Marsh by nine points.', 'Pryce led Marsh by nine points');
    expect(c?.source?.text).toBe('a Harbor Gazette poll released Monday');
  });

  it('a report of its own inside is read by its verb: "In the poll, 52 percent said ..."', () => {
    const c = claimWith('In the Gazette poll, 52 percent of voters said the levy was fair.', 'the levy was fair');
    expect(c?.source?.text).toBe('52 percent of voters');
  });

  it.each([
    ['In a memo released as polls closed, the campaign paid its volunteers.'],
    ['In the weeks before the vote, turnout fell in every county.'],
  ])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"as X put it" with an appositive, an adverb or a place phrase between', () => {
  it.each([
    ['As Ms. Lind put it in a statement to donors in July, the fund is a lifeline.', 'the fund is a lifeline', 'Ms. Lind'],
    ['As Ortega, a senior fellow at the institute, recently put it, "Did the levy work?"', 'Did the levy work?', 'Ortega'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([['As the storm hit the coast, the crew put it in the harbour.'], ['As she put it down, the phone rang.']])('no report: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('a cue that needs a particle', () => {
  it('"and took issue with X" is a second report of the same speaker', () => {
    const claims = read('Marsh said the levy would rise and took issue with the audit.').claims;
    expect(claims.map((c) => c.content.text)).toEqual(['the levy would rise', 'the audit']);
  });

  it('without its particle it does not end the content before it: "... and takes two days to study it"', () => {
    const c = claimWith('The ministry said the general was open to the truce and takes two days to study it.', 'open to the truce');
    expect(c?.content.text).toBe('the general was open to the truce and takes two days to study it');
  });
});


describe('"advocate" is a noun as often as a verb', () => {
  it.each([
    ['Voting rights advocates have raised concerns about the new rolls.'],
    ['She has long been a tireless advocate for rural clinics.'],
  ])('the noun reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });

  it('the verb after a named speaker still reports: "Senator Alder advocates a cap on fees."', () => {
    expect(claimWith('Senator Alder advocates a cap on fees for rural clinics.', 'a cap on fees')?.source?.text).toBe('Senator Alder');
  });
});

describe('rulings: "ruled that" reports a court\'s finding', () => {
  it('"A federal judge ruled that the maps were drawn unfairly."', () => {
    expect(claimWith('A federal judge ruled that the maps were drawn unfairly.', 'the maps were drawn unfairly')?.source?.text).toBe('A federal judge');
  });

  it.each([
    ['The council adopted new rules that could limit ferry traffic on weekends.'],
    ['Turnout fell in several Rust Belt states that have lost factory jobs.'],
    ['Governor Pryce ruled out a run for the Senate next year.'],
  ])('a plural noun with a relative clause, or "ruled out", reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"laid out" a plan', () => {
  it('"In a speech in Dover, Marsh laid out her plan for the port."', () => {
    expect(claimWith('In a speech in Dover, Marsh laid out her plan for the port.', 'her plan for the port')?.source?.text).toBe('Marsh');
  });

  it.each([['Workers laid the new cables along the pier last week.'], ['The shipyard laid off 200 workers in March.']])('"lay" without "out" reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('implore, exhort: urging hard', () => {
  it('"Two former aides implored the senator to drop out of the race."', () => {
    expect(claimWith('Two former aides implored the senator to drop out of the race.', 'to drop out of the race')?.cue?.text).toBe('implored');
  });

  it('an imploring tone reports nothing', () => {
    expect(read('Despite the imploring tone of the letter, the board voted no.').claims).toEqual([]);
  });
});

describe('thanks', () => {
  it('"On Wednesday, Alder thanked the mayor for backing the bill."', () => {
    expect(claimWith('On Wednesday, Alder thanked the mayor for backing the bill.', 'the mayor for backing the bill')?.source?.text).toBe('Alder');
  });

  it.each([['The levy passed easily thanks to votes from the harbor towns.'], ['Pryce kept a narrow lead in the polls thanks in part to her ads.']])('"thanks to" is a preposition: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('scolding', () => {
  it.each([
    ['The inspector general scolded the agency for its slow replies.', 'the agency for its slow replies', 'The inspector general'],
    ['Senator Alder chastised the board for hiding the audit.', 'the board for hiding the audit', 'Senator Alder'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('a passive with its agent reports nothing of its subject: "The agency, scolded by auditors, hired a new chief."', () => {
    expect(read('The agency, scolded by auditors last year, hired a new chief.').claims).toEqual([]);
  });
});

describe('disputing', () => {
  it('"A campaign spokeswoman disputed their account of the meeting."', () => {
    expect(claimWith('A campaign spokeswoman disputed their account of the meeting.', 'their account of the meeting')?.source?.text).toBe('A campaign spokeswoman');
  });

  it.each([['The latest dispute has flared again over water rights.'], ["The county's long border disputes with its neighbors cost millions."]])('the noun reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('an object that opens with a preposition is no report', () => {
  it.each([
    ['Alder said as much in an interview on Monday.'],
    ['Hundreds of farmers showed up at the hearing in Dover.'],
    ['Many older voters identified with the strikers at the plant.'],
  ])('%s', (body) => {
    expect(read(body).claims).toEqual([]);
  });

  it.each([
    ['Alder said as governor she would cut the levy.', 'as governor she would cut the levy'],
    ['The mayor proposed a cap on fees during the debate.', 'a cap on fees during the debate'],
  ])('a clause or an object before the phrase still reports: %s', (body, content) => {
    expect(claimWith(body, content)).toBeDefined();
  });
});

describe('"back" as an adverb', () => {
  it('"By Monday he was back to his old slogans." reports nothing', () => {
    expect(read('By Monday he was back to his old slogans, and the firm gave it back.').claims).toEqual([]);
  });

  it('the verb still reports: "Most dock unions back the levy on freight."', () => {
    expect(claimWith('Most dock unions back the levy on freight.', 'the levy on freight')?.cue?.text).toBe('back');
  });
});

describe('"pointed to" evidence', () => {
  it('"Alder pointed to the audit as proof of waste."', () => {
    expect(claimWith('Alder pointed to the audit as proof of waste.', 'the audit as proof of waste')?.cue?.text).toBe('pointed to');
  });

  it.each([['All the signs point to a long, cold winter.'], ['The road sign points to the ferry terminal.']])('a thing pointing reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"spoke of", "spoke out against"', () => {
  it.each([
    ['At the rally, Alder spoke of the need for a new pier.', 'the need for a new pier', 'spoke of'],
    ['Alder spoke out against the levy on Monday.', 'the levy on Monday', 'spoke out against'],
  ])('%s', (body, content, cue) => {
    expect(claimWith(body, content)?.cue?.text).toBe(cue);
  });

  it.each([['Alder spoke against the backdrop of the old harbor.'], ['Alder spoke for an hour.']])('where, or how long, someone spoke reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('"went after" a person', () => {
  it.each([
    ['In recent weeks, Reid has gone after Marsh as a friend of the insurers.', 'Marsh as a friend of the insurers', 'Reid'],
    ['At the debate, Alder went after him for the audit.', 'him for the audit', 'Alder'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it.each([['The senators went after dinner to the town hall.'], ['Detectives went after the driver who fled the scene.']])('going after no person reports nothing: %s', (body) => {
    expect(read(body).claims).toEqual([]);
  });
});

describe('a noun-or-verb cue after two subjects joined by "and"', () => {
  it.each([
    ['China and Russia support the government in the north.', 'the government in the north', 'China and Russia'],
    ['Alder and Marsh back the levy on freight.', 'the levy on freight', 'Alder and Marsh'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('things joined by "and" still report nothing: "Higher rates and new fees support the harbor budget."', () => {
    expect(read('Higher rates and new fees support the harbor budget.').claims).toEqual([]);
  });
});

describe('"a number of" people take a plural verb', () => {
  it.each([
    ['A number of other members of Congress echo her concerns about the pier.', 'her concerns about the pier', 'A number of other members of Congress'],
    ['A majority of voters support the levy on freight.', 'the levy on freight', 'A majority of voters'],
  ])('%s', (body, content, source) => {
    expect(claimWith(body, content)?.source?.text).toBe(source);
  });

  it('a number of things still reports nothing: "A number of new fees support the harbor budget."', () => {
    expect(read('A number of new fees support the harbor budget.').claims).toEqual([]);
  });
});

describe('"state" as a noun', () => {
  it('"state Del. Ana Price" is a title, not a report', () => {
    const r = read('"We will win this seat!" Her niece, state Del. Ana Price, told the crowd.');
    expect(r.claims.filter((c) => c.cue?.text === 'state')).toEqual([]);
  });

  it('the verb still reports: "The two senators state that the pier is unsafe."', () => {
    expect(claimWith('The two senators state that the pier is unsafe.', 'the pier is unsafe')?.cue?.text).toBe('state');
  });
});

describe('a document or an average as the subject of a noun-or-verb cue', () => {
  it('"Polling averages show Alder with a lead of four points."', () => {
    expect(claimWith('Polling averages show Alder with a lead of four points.', 'Alder with a lead of four points')?.source?.text).toBe('Polling averages');
  });

  it('other things still report nothing: "Higher rates show up in the harbor budget."', () => {
    expect(read('Higher rates show up in the harbor budget.').claims).toEqual([]);
  });
});
