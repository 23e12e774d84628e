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

export interface ModalityFile {
  readonly intent: Readonly<Record<string, string>>;
  readonly threat: Readonly<Record<string, string>>;
  readonly refusal: Readonly<Record<string, string>>;
  readonly demand: Readonly<Record<string, string>>;
}

/**
 * CAMEO's coding of statements about actions (data/cameo/modality.json): a planned cooperative
 * action is an intent (03x), a planned coercive one a threat (13x), a refused one a rejection (12x).
 */
export class Modality {
  constructor(private readonly data: ModalityFile) {}

  private lookup(table: Readonly<Record<string, string>>, code: string): string | null {
    for (let n = Math.min(code.length, 4); n >= 2; n--) {
      const hit = table[code.slice(0, n)];
      if (hit) return hit;
    }
    return null;
  }

  /** The code of a statement that an action is planned: an intent or a threat; null when the code is already a statement. */
  planned(code: string): string | null {
    const root = Number(code.slice(0, 2));
    if (root >= 1 && root <= 3) return null;
    if (root >= 9 && root <= 13) return null;
    return root <= 8 ? this.lookup(this.data.intent, code) : this.lookup(this.data.threat, code);
  }

  /** The code of a refusal to do an action ("will not lift the ban"), for cooperative actions. */
  refused(code: string): string | null {
    return this.lookup(this.data.refusal, code);
  }

  /** The code of a demand that another side take an action ("X must withdraw" → 1056); 100 when the action has no code of its own. */
  demanded(code: string | null): string {
    return (code ? this.lookup(this.data.demand, code) : null) ?? '100';
  }
}
