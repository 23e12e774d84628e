import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheckTravel, loadKnowledgeBase, type TravelRecord } from '../src/kb/index.js';
import { dataPath } from '../src/resources.js';
import { jsonLines, runCli, SHARED, sharedAvailable } from './helpers.js';

describe('readout kb', () => {
  it('resolves an office on a date, with the reason, as JSON', () => {
    const r = runCli(['kb', 'resolve', 'the French president', '--date', '2016-05-01', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'François Hollande', id: 'francois-hollande', country: 'FRA', role: 'head-of-state', kind: 'person', code: 'FRAGOV', sector: 'Government', reason: expect.stringContaining('held head-of-state of FRA on 2016-05-01') });
  });

  it('takes a bare office in the country given with --country', () => {
    const r = runCli(['kb', 'resolve', 'the prime minister', '--country', 'GBR', '--date', '2019-08-01', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'Boris Johnson', country: 'GBR', role: 'head-of-government' });
    const byName = runCli(['kb', 'resolve', 'the prime minister', '--country', 'United Kingdom', '--date', '2017-01-01', '--json']);
    expect(JSON.parse(byName.stdout)).toMatchObject({ name: 'Theresa May' });
  });

  it('says plainly when nothing is recognised, with exit code 1', () => {
    const r = runCli(['kb', 'resolve', 'the weather', '--date', '2020-01-01']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('not resolved');
  });

  it('searches names and aliases, ignoring accents and case', () => {
    const r = runCli(['kb', 'search', 'hollande', '--json']);
    expect(jsonLines<{ id: string; type: string }>(r.stdout)[0]).toMatchObject({ id: 'francois-hollande', type: 'person' });
  });

  it('finds no errors in the knowledge base', () => {
    const r = runCli(['kb', 'check', '--json']);
    const errors = jsonLines<{ level: string; message: string }>(r.stdout).filter((i) => i.level === 'error');
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(r.status).toBe(0);
  });
});

const TRAVEL = path.join(SHARED, 'data', 'state_dept_leader_travel', 'state_dept_leader_travel.jsonl');

describe.skipIf(!sharedAvailable(TRAVEL))('cross-check against official leader-travel records since 1980', () => {
  it('agrees on who held each office named in the records (target ≥ 97%)', () => {
    const records = readFileSync(TRAVEL, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as TravelRecord);
    const report = crossCheckTravel(loadKnowledgeBase(dataPath('kb')), records, '1980-01-01');
    console.log(`KB cross-check: ${report.agreed}/${report.total} = ${(report.rate * 100).toFixed(1)}%`);
    expect(report.total).toBeGreaterThan(4000);
    expect(report.rate).toBeGreaterThanOrEqual(0.97);
  });
});
