import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReadoutError } from './model/index.js';

/** The package's `data/` folder. This file sits at the same depth in src/ and dist/. */
export const DATA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data');

export function dataPath(...parts: string[]): string {
  return path.join(DATA_DIR, ...parts);
}

/** Reads a JSON data file from `data/`, failing with RD030 and the file name when it is malformed. */
export function readDataJson<T>(...parts: string[]): T {
  const file = dataPath(...parts);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ReadoutError('RD030', `cannot read data file ${file}: ${(e as Error).message}`, 'reinstall readout; the data/ folder is part of the package');
  }
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new ReadoutError('RD030', `data file ${file} is not valid JSON: ${(e as Error).message}`, 'fix the file (its README describes the format)');
  }
}
