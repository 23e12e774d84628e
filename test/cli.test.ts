import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonLines, ROOT, runCli, tempDir } from './helpers.js';

const ARTICLE = `---
title: Ministers meet in Vienna
published: 2023-05-12
outlet: Test Wire
---
Ministers meet in Vienna

German Chancellor Olaf Scholz met Russian President Vladimir Putin in Vienna on Thursday. The meeting lasted two hours.

Share this article on Facebook Twitter Email
`;

function fixture(): { dir: string; article: string; batch: string } {
  const dir = tempDir();
  const article = path.join(dir, 'vienna.txt');
  writeFileSync(article, ARTICLE);
  const batch = path.join(dir, 'batch.jsonl');
  writeFileSync(batch, [
    JSON.stringify({ id: 'b1', published: '2021-11-16', text: 'President Joe Biden held a video call with Chinese President Xi Jinping on Monday.' }),
    '{this is not json',
    JSON.stringify({ id: 'b3', date: '20220307', text: 'Emmanuel Macron phoned Vladimir Putin on Sunday.' }),
  ].join('\n'));
  return { dir, article, batch };
}

describe('readout --help', () => {
  it('teaches the commands, with examples and exit codes', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const cmd of ['ingest', 'extract', 'events', 'rejected', 'demo']) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain('Exit codes');
    const sub = runCli(['extract', '--help']);
    expect(sub.stdout).toContain('--published <date>');
    expect(sub.stdout).toContain('Examples:');
  });

  it('rejects an unknown command with exit code 2 and a pointer to help', () => {
    const r = runCli(['frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command');
  });
});

describe('readout extract', () => {
  it('prints only JSON Lines on stdout, in the contract shape, and exits 0', () => {
    const { article } = fixture();
    const r = runCli(['extract', article]);
    expect(r.status).toBe(0);
    const records = jsonLines(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    const c = records.find((x) => x['kind'] === 'contact')!;
    expect(Object.keys(c)).toEqual(['article', 'kind', 'id', 'cameo', 'plover', 'quad', 'goldstein', 'source', 'target', 'date', 'status', 'evidence', 'rule', 'trigger', 'clause', 'contact']);
    expect(c['date']).toEqual({ value: '2023-05-11', precision: 'day', text: 'on Thursday' });
    expect((c['contact'] as { durationMinutes: number; location: string }).durationMinutes).toBe(120);
    expect((c['contact'] as { location: string }).location).toBe('Vienna');
    for (const rec of records) for (const e of rec['evidence'] as Array<{ text: string }>) expect(e.text).not.toMatch(/Share this/);
  });

  it('goes on past a bad batch line, names it on stderr and exits 1', () => {
    const { batch } = fixture();
    const r = runCli(['extract', batch, '--kinds', 'contact']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`rejected ${batch}:2: RD005`);
    const records = jsonLines<{ article: string; cameo: string; contact: { mode: string } }>(r.stdout);
    expect(records.map((x) => [x.article, x.cameo, x.contact.mode])).toEqual([['b1', '040', 'video'], ['b3', '041', 'phone']]);
  });

  it('reads stdin with --published, and prints a table with --format table', () => {
    const r = runCli(['extract', '-', '--published', '2022-03-07', '--format', 'table'], { input: 'Emmanuel Macron phoned Vladimir Putin on Sunday.' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2022-03-06');
    expect(r.stdout).toContain('Emmanuel Macron');
  });

  it('explains each record with the rules behind it', () => {
    const r = runCli(['extract', '-', '--published', '2022-03-07', '--explain'], { input: 'Emmanuel Macron phoned Vladimir Putin on Sunday.' });
    const [rec] = jsonLines<{ explain: Array<{ rule: string }> }>(r.stdout);
    expect(rec!.explain.map((e) => e.rule)).toContain('contact.phone-verb');
  });

  it('refuses a malformed option value with exit code 2', () => {
    const r = runCli(['extract', '-', '--published', 'last tuesday'], { input: 'x' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a date');
  });
});

describe('readout ingest, events and rejected', () => {
  it('ingests, skips what it already has, lists events by actor and keeps rejections', () => {
    const { dir, article, batch } = fixture();
    const db = path.join(dir, 'ledger.db');
    const first = runCli(['ingest', article, batch, '--db', db, '--json']);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ read: 4, inserted: 3, unchanged: 0, rejected: 1 });
    const again = runCli(['ingest', article, batch, '--db', db, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ inserted: 0, unchanged: 3, events: 0 });
    const strict = runCli(['ingest', batch, '--db', db, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('RD005');

    const events = runCli(['events', '--db', db, '--actor', 'putin', '--json']);
    expect(events.status).toBe(0);
    const rows = jsonLines<{ date: { value: string }; articleInfo: { id: string } }>(events.stdout);
    expect(rows.map((e) => e.date.value)).toEqual(['2022-03-06', '2023-05-11']);
    const table = runCli(['events', '--db', db, '--actor', 'Xi', '--with', 'Biden']);
    expect(table.stdout).toContain('Xi Jinping');
    expect(table.stdout).toContain('video');
    const none = runCli(['events', '--db', db, '--since', '2030']);
    expect(none.stderr).toContain('no events match');

    const rejected = runCli(['rejected', '--db', db, '--json']);
    expect(jsonLines<{ code: string }>(rejected.stdout).map((x) => x.code)).toEqual(['RD005', 'RD005', 'RD005']);
  });

  it('explains an unusable --db with an error code and a next step', () => {
    const dir = tempDir();
    const r = runCli(['events', '--db', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/RD04\d/);
    expect(r.stderr).toContain('next:');
  });
});

describe('readout in a pipe', () => {
  it('stops quietly when the reader closes the pipe early (`| head`)', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${path.join(ROOT, 'bin', 'readout.js')}" kb search a --limit 100000 | head -1`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toContain('EPIPE');
  });
});
