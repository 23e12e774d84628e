import { ReadoutError, type PloverType } from '../model/index.js';

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: PloverType | null;
  readonly ploverMode?: string;
}

export interface CodebookFile {
  readonly version: string;
  readonly codes: readonly CameoCode[];
}

/** QuadClass from the CAMEO root: 01–05 verbal cooperation … 14–20 material conflict. */
export function quadOfRoot(root: number): 1 | 2 | 3 | 4 {
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

/** The CAMEO codebook with Goldstein values, QuadClass and the PLOVER mapping. */
export class Codebook {
  readonly version: string;
  private readonly byCode = new Map<string, CameoCode>();

  constructor(file: CodebookFile) {
    this.version = file.version;
    for (const c of file.codes) this.byCode.set(c.code, c);
    if (this.byCode.size === 0) throw new ReadoutError('RD030', 'the CAMEO codebook is empty', 'restore data/cameo/codebook.json');
  }

  get(code: string): CameoCode | undefined {
    return this.byCode.get(code);
  }

  /** The code's entry, or its nearest ancestor's ("0411" → "041" → "04"). */
  resolve(code: string): CameoCode | undefined {
    for (let c = code; c.length >= 2; c = c.length === 4 ? c.slice(0, 3) : c.slice(0, 2)) {
      const hit = this.byCode.get(c);
      if (hit) return hit;
      if (c.length === 2) break;
    }
    return undefined;
  }

  rootOf(code: string): string {
    return code.slice(0, 2);
  }

  get size(): number {
    return this.byCode.size;
  }

  all(): CameoCode[] {
    return [...this.byCode.values()];
  }
}
