import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Third-party test material, read at run time and never copied into the project (READOUT_SHARED overrides). */
export const SHARED = process.env['READOUT_SHARED'] ? path.resolve(process.env['READOUT_SHARED']) : path.resolve(ROOT, '..', 'shared');
export const SEED = path.join(SHARED, 'seeds', '000_014e4383e5f50a03.txt');

/** Whether ../shared is present; when it is not, tests that need it skip and say why. */
export function sharedAvailable(what: string = SHARED): boolean {
  const ok = existsSync(what);
  if (!ok) console.warn(`SKIPPED: ${what} is not present; tests that read third-party material from ../shared cannot run here.`);
  return ok;
}

export function tempDir(prefix = 'readout-test-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs the real CLI binary (bin/readout.js) and returns its output. */
export function runCli(args: string[], options: { input?: string; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(ROOT, 'bin', 'readout.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
}

export function jsonLines<T = Record<string, unknown>>(out: string): T[] {
  return out.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as T);
}
