// One test per construction, on short sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { actorKey } from '../../lib/extract/keys';
import type { Claim, ExtractResult } from '../../lib/types';

function run(text: string) {
  const r = extract(text);
  const actorOf = (c: Claim) => r.actors.find((a) => a.id === c.actorId)?.name ?? null;
  const find = (needle: string) => r.claims.find((c) => c.content.text.includes(needle));
  return { r, actorOf, find };
}

function expectClaim(text: string, needle: string, actor: string | null, extra: Partial<{ kind: Claim['kind']; cue: string; via: string; source: string }> = {}) {
  const { r, actorOf, find } = run(text);
  const c = find(needle);
  expect(c, `no claim containing "${needle}" in ${JSON.stringify(r.claims.map((x) => x.content.text))}`).toBeDefined();
  expect(actorOf(c!)).toBe(actor);
  if (extra.kind) expect(c!.kind).toBe(extra.kind);
  if (extra.cue) expect(c!.cue?.text).toBe(extra.cue);
  if (extra.via) expect(c!.via?.text).toBe(extra.via);
  if (extra.source) expect(c!.source?.text).toBe(extra.source);
  return c!;
}

function validSpans(text: string, r: ExtractResult) {
  for (const c of r.claims) {
    for (const s of [c.source, c.cue, c.content, c.via]) {
      if (!s) continue;
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  }
}

describe('extract: constructions', () => {
  it('X said (that) ...', () => {
    const c = expectClaim('Harbour master Ines Valdr said that the quay would reopen on Friday.', 'quay would reopen', 'Ines Valdr', { kind: 'indirect', cue: 'said' });
    expect(c.content.text.startsWith('the quay')).toBe(true);
  });

  it('..., X said.', () => {
    expectClaim('The bridge will stay closed until spring, the county council said.', 'bridge will stay closed', 'county council', { cue: 'said' });
  });

  it('"...," X said / "...," said X', () => {
    const text = '"We saw the smoke from the hill," Oskar Brand said.\n\n"Nobody was hurt," said the fire chief, Lena Holt.';
    expectClaim(text, 'saw the smoke', 'Oskar Brand', { kind: 'direct' });
    expectClaim(text, 'Nobody was hurt', 'Lena Holt', { kind: 'direct' });
  });

  it('split quote: "A," said X, "B."', () => {
    const c = expectClaim('"The engine stopped," said Jonas Ruud, "and then the lights went out."', 'engine stopped', 'Jonas Ruud', { kind: 'direct' });
    expect(c.content.text).toContain('lights went out');
  });

  it('multi-sentence quote and a following quoted paragraph continue the speaker', () => {
    const text = '"We were ready. The crew had trained for this," captain Mara Lind said.\n\n"I would do it again."';
    expectClaim(text, 'We were ready', 'Mara Lind', { kind: 'direct' });
    const c = expectClaim(text, 'I would do it again', 'Mara Lind', { kind: 'direct' });
    expect(c.cue).toBeNull();
  });

  it('quote running over paragraphs', () => {
    const text = 'The mayor spoke after the vote.\n\n"This is a good day for the town.\n\n"It took us ten years," said Mayor Petra Salo.';
    expectClaim(text, 'ten years', 'Petra Salo');
    expectClaim(text, 'good day for the town', 'Petra Salo');
  });

  it('according to X (end and start)', () => {
    expectClaim('Four people were injured, according to the regional hospital.', 'Four people were injured', 'regional hospital', { kind: 'according_to', cue: 'according to' });
    expectClaim('According to the Weather Office, the storm will peak overnight.', 'storm will peak', 'Weather Office', { kind: 'according_to' });
  });

  it('X told Y (that) ...: Y is the channel', () => {
    expectClaim('Union leader Arno Vesk told Radio Kestrel that the strike would go on.', 'strike would go on', 'Arno Vesk', { via: 'Radio Kestrel', cue: 'told' });
    expectClaim('The pilot, Dana Orr, told reporters the runway was icy.', 'runway was icy', 'Dana Orr', { via: 'reporters' });
  });

  it('X quoted Y as saying ...: source Y, channel X', () => {
    const c = expectClaim('The Valley Herald quoted a police officer as saying the road had been cleared.', 'road had been cleared', 'police officer', { cue: 'quoted' });
    expect(c.via?.text).toContain('Valley Herald');
  });

  it('passive "was quoted (by Y) as saying": the subject speaks, Y is the channel', () => {
    expectClaim('Foreign Minister Ana Vidal was quoted as saying the border would stay closed.', 'border would stay closed', 'Ana Vidal', { cue: 'quoted' });
    expectClaim('The mayor was quoted by the Valley Post as saying the dam was safe.', 'dam was safe', 'mayor', { via: 'the Valley Post' });
  });

  it('colon before a quotation, and ", adding that" after one', () => {
    const text = 'Lavrov said: "The talks are over." "We tried," he said, adding that Moscow would not give up.';
    expectClaim(text, 'talks are over', 'Lavrov', { kind: 'direct' });
    expectClaim(text, 'would not give up', 'Lavrov', { cue: 'adding' });
  });

  it('wire conventions: titles with "of", "the official" again, a tally as a source, a written statement', () => {
    const text = [
      '"There has been no progress," a senior U.N. official told Northwire, speaking on condition of anonymity.',
      'The official, who declined to be named, said the next round could begin on Friday.',
      'At least 14 civilians were killed, according to a Northwire tally based on hospital figures.',
      'The rebel command said in a written statement it had fired only at military targets.',
      'U.S. Secretary of State Mark Halloran urged both sides to step back.',
    ].join('\n\n');
    expectClaim(text, 'next round could begin', 'senior U.N. official');
    expectClaim(text, '14 civilians were killed', 'Northwire', { kind: 'according_to' });
    const c = expectClaim(text, 'fired only at military targets', 'rebel command');
    expect(c.content.text.startsWith('it had fired')).toBe(true);
    expectClaim(text, 'step back', 'Mark Halloran');
  });

  it('a name, a colon and a quotation', () => {
    expectClaim('Mayor Petra Salo: "We will rebuild every house."', 'rebuild every house', 'Petra Salo', { kind: 'direct', cue: ':' });
  });

  it('..., X reported, citing Y', () => {
    expectClaim('Two trains collided near Orsk, the Daily Lantern reported, citing railway workers.', 'Two trains collided', 'Daily Lantern', { via: 'railway workers', cue: 'reported' });
  });

  it('nested: X said ..., the Z website said', () => {
    expectClaim('The rebels said they had taken the airport, the group\'s official website said on Sunday.', 'taken the airport', 'rebels', { via: "the group's official website" });
  });

  it('a clause between subject and cue', () => {
    expectClaim('The Harbour Workers Union, which represents most of the dockers, said its members would walk out.', 'members would walk out', 'Harbour Workers Union');
  });

  it('appositive between name and cue', () => {
    const c = expectClaim("Tomas Ekdal, Baltline's chief executive, said the ferry was insured.", 'ferry was insured', 'Tomas Ekdal');
    const a = run("Tomas Ekdal, Baltline's chief executive, said the ferry was insured.").r.actors.find((x) => x.name === 'Tomas Ekdal');
    expect(a).toBeDefined();
    expect(c.source?.text).toContain('Tomas Ekdal');
  });

  it('pronouns and titles resolve to the most recent fitting speaker', () => {
    const text = [
      'Finance Minister Oleg Brandt said the budget was balanced.',
      'Opposition leader Sven Tarr said the figures were wrong.',
      '"We have done our homework," the minister said.',
      '"The numbers add up," he added.',
    ].join('\n\n');
    expectClaim(text, 'done our homework', 'Oleg Brandt');
    expectClaim(text, 'numbers add up', 'Oleg Brandt');
  });

  it('"she" skips a more recent speaker known to be "he"', () => {
    const text = 'Anna Berg said she was tired. Tom Lind said he was not.\n\n"It was a long night," she said.';
    expectClaim(text, 'long night', 'Anna Berg');
  });

  it('a role given in a relative clause, and "the company" never meaning a described group', () => {
    const text = 'Brendan Kearney, who has been coxswain of the lifeboat for twelve years, arrived first. The coxswain said the sea was calm.\n\nAbout 300 dockers walked out, according to their union. The Harbour Company said it had offered a rise.\n\nThe company says the offer is fair.';
    expectClaim(text, 'sea was calm', 'Brendan Kearney');
    expectClaim(text, 'offer is fair', 'Harbour Company');
  });

  it('he said after a named speaker', () => {
    const text = 'Coach Emil Varga said the team was tired. He said he expected a better result next week.';
    expectClaim(text, 'expected a better result', 'Emil Varga', { source: 'He' });
  });

  it('unnamed sources: "It was reported that", "are reported to be"', () => {
    const text = 'It was reported on Monday that the factory would close.\n\nSeveral workers are reported to be missing.';
    const a = expectClaim(text, 'factory would close', null, { kind: 'unnamed' });
    expect(a.source).toBeNull();
    const b = expectClaim(text, 'workers are reported to be missing', null, { cue: 'are reported' });
    expect(b.source).toBeNull();
  });

  it('"It has been reported that", "It is understood that"', () => {
    const text = 'It has been reported that the factory will close. It is understood that talks failed.';
    expectClaim(text, 'factory will close', null, { kind: 'unnamed' });
    expectClaim(text, 'talks failed', null, { kind: 'unnamed' });
  });

  it('officials said: a named-ish group', () => {
    expectClaim('Officials said the water was safe to drink.', 'water was safe', 'Officials');
  });

  it('in a statement / adding that / wrote on social media', () => {
    const text = 'The Port Authority said in a statement that the crane had failed, adding that repairs would take a week.';
    expectClaim(text, 'crane had failed', 'Port Authority');
    expectClaim(text, 'repairs would take a week', 'Port Authority', { cue: 'adding' });
    expectClaim('Senator Ruth Calder wrote on social media that the bill was dead.', 'bill was dead', 'Ruth Calder');
  });

  it('denied that / speech acts', () => {
    expectClaim('The Kovar Group denied that it had paid the inspectors.', 'had paid the inspectors', 'Kovar Group', { cue: 'denied' });
    expectClaim('The Teachers Federation urged the government to reopen talks.', 'reopen talks', 'Teachers Federation', { cue: 'urged' });
    expectClaim('Mayor Ilse Rom called for calm after the riots.', 'calm after the riots', 'Ilse Rom', { cue: 'called for' });
    expectClaim('Councillor Jan Ostrow accused the contractor of cutting corners.', 'cutting corners', 'Jan Ostrow', { cue: 'accused' });
    expectClaim('The Met Office warned that the river could burst its banks.', 'river could burst', 'Met Office', { cue: 'warned' });
    expectClaim('Police confirmed that two men had been arrested.', 'two men had been arrested', 'Police', { cue: 'confirmed' });
  });

  it('a second reporting verb shares the subject: "and warned that"', () => {
    const text = 'Ms Ida Brask said the plan was "sound and fair" and warned that delays would cost millions.';
    expectClaim(text, 'sound and fair', 'Ida Brask');
    expectClaim(text, 'delays would cost millions', 'Ida Brask', { cue: 'warned' });
  });

  it('parenthetical adverb between cue and content', () => {
    expectClaim('The operator acknowledged, however, that the ramp had been faulty.', 'ramp had been faulty', 'operator');
  });

  it('", warning of ..." after a sentence with no other claim: the subject speaks', () => {
    const text = 'The Weather Office kept its alert in place overnight, warning of "severe gales" along the coast.';
    expectClaim(text, 'severe gales', 'Weather Office', { cue: 'warning' });
  });

  it('"emailed to say", bracketed acronyms, ages and clauses after a name', () => {
    expectClaim('Nina Holm emailed to say the school had closed early.', 'school had closed early', 'Nina Holm');
    expectClaim('The Port Workers\' Union (PWU) said about 200 members had joined the strike.', '200 members', "Port Workers' Union");
    expectClaim('Ali bin Omar, 34, who has fished here for years, said the nets were empty.', 'nets were empty', 'Ali bin Omar');
    expectClaim('Jon Vik, master of the tug Brisk, which reached the wreck first, said the hull had split.', 'hull had split', 'Jon Vik');
  });

  it('two attributions in one sentence split at a semicolon', () => {
    const text = 'The airline says it has offered a refund; the union says the offer is too small.';
    expectClaim(text, 'offered a refund', 'airline');
    expectClaim(text, 'offer is too small', 'union');
  });

  it('a relative clause without commas between subject and cue', () => {
    expectClaim('Diplomats who spoke on condition of anonymity said the summit would be delayed.', 'summit would be delayed', 'Diplomats');
  });

  it('according to figures without a determiner, and the owner of a document', () => {
    expectClaim('The town lost 300 jobs last year, according to council payroll data.', 'lost 300 jobs', 'council payroll');
    expectClaim("Ten trains were cancelled, according to the operator's daily bulletin.", 'Ten trains were cancelled', 'operator');
  });

  it('the channel between cue and content: "reported, citing X, that"', () => {
    expectClaim('The Valley Post reported on Monday, citing two officials, that the mine would close.', 'mine would close', 'Valley Post', { via: 'two officials' });
  });

  it('verbs of thinking without "that", and speech verbs of the popular press', () => {
    expectClaim('Therapist Mia Lund reckons the couple will reunite by summer.', 'couple will reunite', 'Mia Lund');
    expectClaim('"It is a disgrace," Rob Kerr fumed.', 'It is a disgrace', 'Rob Kerr', { cue: 'fumed' });
    expectClaim('But the insider scoffed: "That is news to us."', 'news to us', 'insider');
  });

  it('a quotation opened mid-paragraph that runs on into the next paragraph', () => {
    const text = '"We were not told," a neighbour told the Gazette. "Nobody came to the door.\n\n"We found out from the radio," she said.';
    expectClaim(text, 'Nobody came to the door', 'neighbour');
  });

  it('datelines are not content; "a statement saying"; "his office" speaks for him', () => {
    const text = 'OSLO (Nordic Wire) — The fjord ferry will stop running in May, operators said.\n\nTransport Minister Erik Dahl called the decision hasty. His office released a statement saying the ministry "was not consulted."';
    const a = expectClaim(text, 'fjord ferry will stop', 'operators');
    expect(a.content.text.startsWith('The fjord ferry')).toBe(true);
    expectClaim(text, 'not consulted', 'Erik Dahl', { via: 'a statement' });
  });

  it('an attribution inside its content: "The cuts, X told analysts, would fall on ..."', () => {
    const c = expectClaim('The cuts, chief executive Helga Strand told analysts, would fall mostly on one plant.', 'fall mostly on one plant', 'Helga Strand', { via: 'analysts' });
    expect(c.content.text).toContain('The cuts');
  });

  it('split quotation around "she said,"', () => {
    const c = expectClaim('"These are painful decisions," she said, "but they are necessary."', 'painful decisions', null, { kind: 'direct' });
    expect(c.content.text).toContain('necessary');
  });

  it('"called X \"Y\"" names a judgement', () => {
    expectClaim('Union chairman Ole Brekke called the cuts "a betrayal" of the workforce.', 'betrayal', 'Ole Brekke', { cue: 'called' });
  });

  it('a participle phrase between subject and cue; a trailing "as" clause stays out of the content', () => {
    expectClaim('Taxi drivers waiting outside the station said the queue had not moved for hours.', 'queue had not moved', 'Taxi drivers');
    const c = expectClaim('The toll rose to 12, the county office said, as rescuers searched the river.', 'toll rose to 12', 'county office');
    expect(c.content.text).not.toContain('rescuers');
  });

  it('a spokesman speaks for the organisation named before him, and "he" then means it', () => {
    const text = 'Nordgrid restored power to 5,000 homes overnight, a spokesman told reporters. He said the rest would be reconnected by noon.';
    expectClaim(text, 'restored power', 'Nordgrid');
    expectClaim(text, 'rest would be reconnected', 'Nordgrid');
  });

  it('"the rail operator" prefers the organisation whose name says rail', () => {
    const text = 'Nordrail cancelled all trains. The Weather Service said winds would peak at noon. The rail operator said buses would replace trains.';
    expectClaim(text, 'buses would replace', 'Nordrail');
  });

  it('noun-or-verb cue forms count when they agree with their subject', () => {
    const text = 'The figures, published on Friday by the Office for National Statistics, show 212,000 homes were completed. The report claims the market is weak. His claims were denied. Police say the road is shut.';
    expectClaim(text, '212,000 homes were completed', 'Office for National Statistics');
    expect(run(text).find('market is weak')).toBeDefined();
    expectClaim(text, 'road is shut', 'Police');
    expect(run(text).r.claims.some((c) => c.content.text.includes('were denied'))).toBe(false);
    expect(run(text).r.actors.map((a) => a.name)).toContain('Office for National Statistics');
  });

  it('capitalised cue words inside names are not cues; documents "published by" X belong to X', () => {
    const text = 'The newsletter Berth Notes reported on Monday that the port would expand. The crossing carries 300,000 passengers a year, according to figures published by the Harbour Authority.';
    expectClaim(text, 'port would expand', 'Berth Notes');
    expectClaim(text, '300,000 passengers', 'Harbour Authority');
  });

  it('"and" inside an organisation name', () => {
    const { r } = run('The Dock and Harbour Workers Union called the vote.');
    expect(r.actors.map((a) => a.name)).toContain('Dock and Harbour Workers Union');
  });

  it('curly quotes and names beyond Latin-1', () => {
    const text = '“We will not give up,” Mevlüt Çavuşoğlu said.\n\nPresident Recep Tayyip Erdoğan said the talks had failed.';
    expectClaim(text, 'We will not give up', 'Mevlüt Çavuşoğlu', { kind: 'direct' });
    expectClaim(text, 'talks had failed', 'Recep Tayyip Erdoğan');
  });

  it('mixed quote and paraphrase', () => {
    expectClaim('The army said it was "ready and able" to hold the line.', 'ready and able', 'army', { kind: 'mixed' });
  });

  it('particles: al-Mashri, al-Sarraj = Sarraj', () => {
    const { r } = run('Officials met Fayez al-Sarraj on Monday. Sarraj said the talks were useful. Khaled al-Mashri told Libya al-Ahrar TV that he agreed.');
    const sarraj = r.actors.find((a) => a.name === 'Fayez al-Sarraj');
    expect(sarraj?.aliases).toContain('Sarraj');
    expect(sarraj?.key).toBe('fayez sarraj');
    expect(r.actors.find((a) => a.name === 'Khaled al-Mashri')).toBeDefined();
    expect(r.actors.find((a) => a.name === 'Libya al-Ahrar TV')?.type).toBe('outlet');
  });
});

describe('extract: non-cues stay out', () => {
  it('"That said," is not an attribution', () => {
    expect(run('That said, the harbour is busier than ever.').r.claims).toHaveLength(0);
  });

  it('"state news agency" is not a cue', () => {
    const { r } = run('The state news agency KNA showed pictures of the parade.');
    expect(r.claims).toHaveLength(0);
  });

  it('"said to" in a headline, and bylines', () => {
    const { r } = run('Minister said to be planning exit\n\nBy Jane Doe\n\nThe ministry was quiet on Monday.');
    expect(r.claims).toHaveLength(0);
  });

  it('so-called and nouns after determiners', () => {
    expect(run('The so-called peace plan collapsed. His claims were never tested. The report was late.').r.claims).toHaveLength(0);
  });

  it('passive with an agent ("denounced by") is not read as the subject speaking', () => {
    expect(run('The deal, denounced by France, was signed in May.').r.claims).toHaveLength(0);
  });
});

describe('extract: actors', () => {
  it('one identity per actor, with role and a cross-outlet key', () => {
    const text = 'Russian Foreign Minister Sergei Lavrov said the talks went well. Lavrov later left Moscow. "We will return," the minister said.';
    const { r } = run(text);
    const lav = r.actors.filter((a) => a.key === 'sergei lavrov');
    expect(lav).toHaveLength(1);
    expect(lav[0].name).toBe('Sergei Lavrov');
    expect(lav[0].role).toBe('Russian Foreign Minister');
    expect(lav[0].aliases).toEqual(expect.arrayContaining(['Lavrov', 'the minister']));
    expect(lav[0].mentions.length).toBeGreaterThanOrEqual(3);
    validSpans(text, r);
  });

  it('keys fold diacritics, particles, possessives and demonyms', () => {
    expect(actorKey('Mevlüt Çavuşoğlu')).toBe('mevlut cavusoglu');
    expect(actorKey('al-Mashri')).toBe('mashri');
    expect(actorKey("Russia's Defence Ministry")).toBe(actorKey('the Russian Defense Ministry'));
    expect(actorKey("Russia's Ministry of Defence")).toBe('russian defense ministry');
    expect(actorKey('the Ministry of Foreign Affairs')).toBe(actorKey('Foreign Ministry'));
    expect(actorKey('Ruairí Ó Ceallaigh')).toBe('ruairi o ceallaigh');
  });

  it('acronyms and possessive organisations merge', () => {
    const { r } = run('The Government of National Accord (GNA) met. The GNA said it would sign. The United Nations welcomed it, U.N. staff said.');
    const gna = r.actors.filter((a) => a.name === 'Government of National Accord');
    expect(gna).toHaveLength(1);
    expect(gna[0].aliases).toContain('GNA');
    expect(r.actors.find((a) => a.name === 'United Nations')?.aliases).toContain('U.N.');
  });

  it('names every person and organisation, not only speakers', () => {
    const { r } = run('Angela Merkel met Emmanuel Macron in Berlin. The European Commission sent an envoy.');
    const names = r.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'European Commission']));
  });
});

describe('extract: invariants on awkward input', () => {
  it('claims come in text order with ids c0, c1, ...', () => {
    const text = 'A said the sky was grey. "It rained," Bo Lund said. The river rose, officials said.';
    const { r } = run(text);
    for (let i = 1; i < r.claims.length; i++) expect(r.claims[i].content.start).toBeGreaterThanOrEqual(r.claims[i - 1].content.start);
    r.claims.forEach((c, i) => expect(c.id).toBe(`c${i}`));
    validSpans(text, r);
  });

  it('empty, whitespace, binary, RTL, HTML', () => {
    for (const t of ['', '   \n\n ', '\u0000\u0001\uffff\ud800', 'قال المتحدث إن الوضع هادئ.', '<script>alert("x")</script> said the <b>mayor</b>.', '"'.repeat(1000), '“'.repeat(500) + ' said ' + '”'.repeat(500)]) {
      const r = extract(t);
      validSpans(t, r);
    }
  });

  it('a 50,000-character sentence with no punctuation runs in linear time', () => {
    const text = Array.from({ length: 8000 }, (_, i) => ['the', 'minister', 'said', 'Lavrov', 'that'][i % 5]).join(' ');
    expect(text.length).toBeGreaterThan(40_000);
    const t0 = performance.now();
    const r = extract(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    validSpans(text, r);
  });
});
