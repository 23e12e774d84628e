import { describe, expect, it } from 'vitest';
import type { Mention } from '../../model/index.js';
import { processText } from '../../testing/engine.js';

function mentions(text: string, published: string | null = '2022-03-07'): Array<[string, string, string[]]> {
  return processText(text, published).mentions.map((m: Mention) => [m.text, m.type, m.actors.map((a) => `${a.name}|${a.code}`)]);
}

function actorOf(text: string, phrase: string, published: string | null = '2022-03-07'): string[] {
  const m = processText(text, published).mentions.find((x) => x.text === phrase);
  return m ? m.actors.map((a) => a.name) : [];
}

describe('actor recognition', () => {
  it('resolves an office to whoever held it on the publication date', () => {
    expect(actorOf('The French president spoke.', 'The French president', '2022-03-07')).toEqual(['Emmanuel Macron']);
    expect(actorOf('The French president spoke.', 'The French president', '2016-01-10')).toEqual(['François Hollande']);
    expect(actorOf("Britain's prime minister spoke.", "Britain's prime minister", '2020-01-10')).toEqual(['Boris Johnson']);
  });

  it('recognises a person the KB does not know from a title and a demonym, and their later surname', () => {
    const got = mentions('Icelandic Foreign Minister Jane Example arrived. Example then spoke.');
    expect(got).toContainEqual(['Icelandic Foreign Minister Jane Example', 'person', ['Jane Example|ISLGOV']]);
    expect(got).toContainEqual(['Example', 'person', ['Jane Example|ISLGOV']]);
  });

  it('resolves a surname after a title through the KB office on the date', () => {
    expect(actorOf('US Secretary of State Anthony Blinken flew in.', 'US Secretary of State Anthony Blinken')).toEqual(['Antony Blinken']);
  });

  it('reads states, seats of government, capitals and organisations', () => {
    const got = mentions('The Kremlin said Russia and the European Union would talk in Paris.');
    expect(got).toEqual([
      ['The Kremlin', 'seat', ['Russia (government)|RUSGOV']],
      ['Russia', 'state', ['Russia|RUS']],
      ['the European Union', 'org', ['European Union|IGOEUREEC']],
      ['Paris', 'capital', ['France (government)|FRAGOV']],
    ]);
  });

  it('reads groups and anonymous officials with their CAMEO role', () => {
    const got = mentions('Russian forces advanced, a French presidential official said, and officials from Japan agreed.');
    expect(got.map((g) => g[2][0])).toEqual(['Russia (military)|RUSMIL', 'France (government)|FRAGOV', 'Japan (government)|JPNGOV']);
  });

  it('does not trust a surname shared with a common word until the article names the person in full', () => {
    expect(actorOf('May said the talks went well.', 'May', '2017-01-05')).toEqual([]);
    expect(actorOf('Prime Minister Theresa May arrived. Later, May said the talks went well.', 'May', '2017-01-05')).toEqual(['Theresa May']);
  });

  it('reads a family-name-first name and its later bare family name', () => {
    expect(actorOf("Taiwan's President Tsai Ing-wen spoke. Trump congratulated Tsai.", 'Tsai', '2016-12-03')).toEqual(['Tsai Ing-wen']);
  });

  it('fills an office the KB cannot resolve with the holder the article names', () => {
    expect(actorOf("Trump spoke with Taiwan's leader.\n\nTaiwan's President Tsai Ing-wen thanked him.", "Taiwan's leader", '2016-12-03')).toEqual(['Tsai Ing-wen']);
  });

  it('treats an indefinite office as no one in particular', () => {
    expect(mentions('It was the first time a sitting American president had met them.', '2018-06-12').filter((m) => m[1] === 'role')).toEqual([]);
  });
});

describe('coreference', () => {
  it('links a pronoun to the nearest person of its gender', () => {
    expect(actorOf('Putin met Scholz. He said little.', 'He')).toEqual(['Olaf Scholz']);
    expect(actorOf('Putin met Baerbock. She said little.', 'She')).toEqual(['Annalena Baerbock']);
  });

  it('does not let an object pronoun refer to the subject of its own clause', () => {
    expect(actorOf('Macron praised Putin. Scholz called him.', 'him')).toEqual(['Vladimir Putin']);
  });

  it('reads "the two leaders" and a "they" that does something together as the last two people', () => {
    expect(actorOf('Macron called Putin on Monday. The two leaders spoke about grain.', 'The two leaders')).toEqual(['Emmanuel Macron', 'Vladimir Putin']);
    expect(actorOf('Putin phoned. Later Macron answered and they spoke for an hour.', 'they')).toEqual(['Vladimir Putin', 'Emmanuel Macron']);
    expect(actorOf('Macron met Putin. They said the officials had resigned.', 'They')).toEqual([]);
  });

  it('reads a pronoun in a fronted phrase forward to the main subject', () => {
    expect(actorOf('After his call with Macron, Putin said the plan stood.', 'his')).toEqual(['Vladimir Putin']);
  });
});
