import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dataPath } from '../resources.js';

/** The package version, read from package.json next to data/. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(dataPath('..', 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/**
 * The extractor version: the package version plus a digest of the lexicons and patterns, so a
 * lexicon edit changes the version recorded with every result.
 */
export function extractorVersion(): string {
  const hash = createHash('sha256');
  const files = [
    ...readdirSync(dataPath('lexicons')).filter((f) => f.endsWith('.json')).map((f) => ['lexicons', f]),
    ...readdirSync(dataPath('patterns')).filter((f) => f.endsWith('.json')).map((f) => ['patterns', f]),
    ['cameo', 'codebook.json'],
  ].sort((a, b) => a.join('/').localeCompare(b.join('/')));
  for (const f of files) hash.update(f.join('/')).update(readFileSync(dataPath(...f)));
  return `readout-${packageVersion()}+${hash.digest('hex').slice(0, 8)}`;
}
