// Which names become actors (every actor's mentions are painted on the page): sentence-case words,
// dates, streets, places, vessels, platforms and storms are not actors unless they speak.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';

const actorNames = (text: string) => extract(text).actors.map((a) => a.name);
const actor = (text: string, name: string) => extract(text).actors.find((a) => a.name === name);
const speakerOf = (text: string, needle: string) => {
  const r = extract(text);
  const c = r.claims.find((x) => x.content.text.includes(needle));
  return r.actors.find((a) => a.id === c?.actorId) ?? null;
};

describe('actors: capitals that only open a sentence or a quotation', () => {
  it.each([
    ['One fan wrote: “Great news. Imagine the party!”', 'Imagine'],
    ['Another posted: “Leave them alone, they are happy.”', 'Leave'],
    ['The insider laughed: “Invited? Not that I heard.”', 'Invited'],
    ['Mira Holt said the club was calm. “Everyone here is focused on Saturday.”', 'Everyone'],
    ['“Nobody listened to us for years,” Mira Holt said.', 'Nobody'],
    ['“Had I known, I would have called,” the statement from Mira Holt read.', 'Had I'],
    ['Navy divers searched the wreck until dusk, Mira Holt said.', 'Navy'],
    ['Shipping lines rerouted ten vessels, Mira Holt said.', 'Shipping'],
  ])('%s: no actor "%s"', (text, noise) => {
    const names = actorNames(text);
    expect(names).not.toContain(noise);
    expect(names.some((n) => n.includes('Holt'))).toBe(text.includes('Holt'));
  });

  it('a name opening a quotation is still an actor when it is a name elsewhere', () => {
    const text = 'Tova Brandt led the talks. “Brandt is the only one they trust,” a delegate said.';
    expect(actor(text, 'Tova Brandt')?.mentions.length).toBe(2);
  });
});

describe('actors: dates, streets and places', () => {
  it.each([
    ['The pair announced their engagement on Christmas Day, Mira Holt said.', 'Christmas Day'],
    ['They married at Easter, Mira Holt said.', 'Easter'],
    ['Mira Holt, who lives on Quay Street, said the road flooded twice.', 'Quay Street'],
    ['A tug was sent from Port Mellin, Mira Holt said.', 'Port Mellin'],
    ['Climbers were stranded on Mount Arvel overnight, Mira Holt said.', 'Mount Arvel'],
    ['A tree fell on a car near Skarnes, Mira Holt said.', 'Skarnes'],
    ['The gust was measured at the Fjellvik lighthouse, Mira Holt said.', 'Fjellvik'],
    ['Fighters gathered in the town of Berrana, Mira Holt said.', 'Berrana'],
    ['She grieved with the people of Tollan and Inish Vore, Mira Holt said.', 'Inish Vore'],
  ])('%s: no actor "%s"', (text, noise) => {
    const names = actorNames(text);
    expect(names).not.toContain(noise);
    expect(names).toContain('Mira Holt');
  });

  it('a dateline ("OSLO, March 3 (Wire) -") is no actor, and "it" does not mean it', () => {
    const r = extract('VELMAR, March 3 (NorthWire) - The shipyard said it had cooperated fully with investigators.');
    expect(r.actors.map((a) => a.name)).not.toContain('VELMAR');
  });

  it('a place that speaks is an actor (a government)', () => {
    const text = 'Delegates met in Port Arvel. Port Arvel said the quay would reopen.';
    const a = speakerOf(text, 'quay would reopen');
    expect(a?.name).toBe('Port Arvel');
    expect(a?.type).toBe('government');
  });

  it('"A Downing Street spokesman": the place speaks through its own spokesman', () => {
    expect(speakerOf('A Downing Street spokesman said the plan was on track.', 'on track')?.name).toBe('Downing Street');
  });

  it('a person met "in" a sentence is still a person when titled or named elsewhere', () => {
    const text = 'The minister met Ana Ruiz in Tollan. Ruiz said the deal was close.';
    expect(actor(text, 'Ana Ruiz')?.type).toBe('person');
  });
});

describe('actors: vessels, platforms and storms', () => {
  it.each([
    ['Jon Berg, skipper of the trawler Silver Wake, said the sea was calm.', 'Silver Wake', 'Jon Berg'],
    ['The Corrie Light, a 30-year-old passenger ferry, sank at dawn, Jon Berg said.', 'Corrie Light', 'Jon Berg'],
    ['Divers reached the hull of the Corrie Light. The Corrie Light was old, Jon Berg said.', 'Corrie Light', 'Jon Berg'],
    ['Jon Berg wrote on X that the trains had stopped.', 'X', 'Jon Berg'],
    ['Storm Hilde cut power to 50,000 homes, Jon Berg said.', 'Storm Hilde', 'Jon Berg'],
  ])('%s: no actor "%s"', (text, noise, speaker) => {
    const names = actorNames(text);
    expect(names).not.toContain(noise);
    expect(names).toContain(speaker);
  });

  it('a vessel is never typed as a person', () => {
    const r = extract('The ferry Corrie Light left at six. Jon Berg said the Corrie Light was full.');
    expect(r.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Jon Berg']);
  });

  it('"in the journal Sleep Health" names an outlet, not a person', () => {
    const r = extract('Mira Holt said the study, published in the journal Sleep Matters, was small.');
    expect(r.actors.find((a) => a.name === 'Sleep Matters')?.type).toBe('outlet');
  });

  it('"St Brendan\'s Church" is one name, not a saint and a church', () => {
    const names = actorNames("A vigil will be held at St Brendan's Church on Sunday. Fr Ola Vik said the hall was full.");
    expect(names).not.toContain('Church');
    expect(names).not.toContain('St Brendan');
  });
});

describe('actors: name words that are also Object.prototype keys', () => {
  it('"Constructor", "ValueOf", "Hasownproperty" are plain words (tables are Maps, not objects)', () => {
    // "Constructor" used to find Object.prototype.constructor in the spelling table and crash keyWords
    const r = extract('Toronto Constructor Ltd said on Monday that the bridge was safe. "It is fine," said Valueof Hasownproperty.');
    expect(r.actors.map((a) => a.key)).toEqual(expect.arrayContaining(['toronto constructor ltd', 'valueof hasownproperty']));
    expect(r.claims).toHaveLength(2);
  });
});
