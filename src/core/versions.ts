import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
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
  for (const f of [['lexicons', 'boilerplate.json'], ['lexicons', 'agents.json'], ['patterns', 'events.json'], ['cameo', 'codebook.json']]) {
    hash.update(f.join('/')).update(readFileSync(dataPath(...f)));
  }
  return `readout-${packageVersion()}+${hash.digest('hex').slice(0, 8)}`;
}
