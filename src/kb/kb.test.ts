import { describe, expect, it } from 'vitest';
import { dataPath } from '../resources.js';
import { fold, lowerSameLength } from './fold.js';
import { Gazetteer } from './gazetteer.js';
import { loadKnowledgeBase, validOn } from './knowledge-base.js';

const kb = loadKnowledgeBase(dataPath('kb'));

describe('folding', () => {
  it('folds accents and typographic quotes without changing the length', () => {
    expect(fold('Élysée’s “Zürich”')).toBe('Elysee\'s "Zurich"');
    expect(fold('Élysée’s “Zürich”')).toHaveLength('Élysée’s “Zürich”'.length);
    expect(fold('😀 ok')).toBe('😀 ok');
    expect(lowerSameLength('İstanbul')).toHaveLength('İstanbul'.length);
  });
});

describe('gazetteer', () => {
  it('finds the longest name that ends on a token end', () => {
    const g = new Gazetteer<string>();
    g.add('New', 'a');
    g.add('New Zealand', 'b');
    g.add('Iran', 'c');
    const text = 'New Zealand and Iranian';
    const ends = new Set([3, 11, 15, 23]);
    expect(g.longestAt(text, 0, (o) => ends.has(o))?.values).toEqual(['b']);
    expect(g.longestAt(text, 16, (o) => ends.has(o))).toBeNull();
  });
});

describe('knowledge base', () => {
  it('holds every UN member state with ISO-3, CAMEO code, demonym and capital', () => {
    expect(kb.country('FRA')).toMatchObject({ name: 'France', cameo: 'FRA', capital: 'Paris' });
    expect(kb.countryOfDemonym('Ukrainian')).toBe('UKR');
    expect(kb.country('ROU')?.cameo).toBe('ROM');
  });

  it('resolves an office to its holder on a date', () => {
    expect(kb.holderOn('FRA', 'head-of-state', '2022-03-06')?.name).toBe('Emmanuel Macron');
    expect(kb.holderOn('FRA', 'head-of-state', '2016-03-06')?.name).toBe('François Hollande');
    expect(kb.holderOn('GBR', 'head-of-government', '2017-01-01')?.name).toBe('Theresa May');
    expect(kb.holderOn('GBR', 'head-of-government', '2020-01-01')?.name).toBe('Boris Johnson');
    expect(kb.holderOn('USA', 'foreign-minister', '2022-03-07')?.name).toBe('Antony Blinken');
    expect(kb.holderOn('DEU', 'head-of-government', '2022-12-02')?.name).toBe('Olaf Scholz');
    expect(kb.holderOn('DEU', 'head-of-government', '2021-06-01')?.name).toBe('Angela Merkel');
  });

  it('treats a term as running up to, not including, its end date', () => {
    expect(validOn({ from: '2017-05-14', until: '2022-05-14' }, '2022-05-13')).toBe(true);
    expect(validOn({ from: '2017-05-14', until: '2022-05-14' }, '2022-05-14')).toBe(false);
    expect(validOn({ from: '2017-05-14', until: null }, '2017')).toBe(true);
  });

  it('gives each person a CAMEO code from the country they serve on the date', () => {
    expect(kb.personActor('vladimir-putin', '2022-03-06')).toEqual({ name: 'Vladimir Putin', id: 'vladimir-putin', kind: 'person', country: 'RUS', code: 'RUSGOV' });
  });

  it('has a version that changes with the data', () => {
    expect(kb.version).toMatch(/^kb-[0-9a-f]{12}$/);
  });
});
