#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by npm install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('readout: RD000: the compiled CLI is missing (dist/cli/main.js).\n  next: run `npm run build` in the readout folder.\n');
  process.exit(2);
}
await import(main.href);
