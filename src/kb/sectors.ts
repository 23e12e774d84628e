import type { ActorRef } from '../model/index.js';

export interface SectorsFile {
  readonly roles: Readonly<Record<string, string>>;
  readonly prefixes: Readonly<Record<string, string>>;
  readonly state: string;
}

/** The PLOVER sector of an actor, read from its CAMEO code (data/kb/sectors.json). */
export class SectorMap {
  constructor(private readonly data: SectorsFile) {}

  of(actor: Pick<ActorRef, 'code' | 'kind' | 'country'>): string | null {
    const code = actor.code;
    if (!code) return actor.kind === 'state' ? this.data.state : null;
    for (const [prefix, sector] of Object.entries(this.data.prefixes)) if (code.startsWith(prefix)) return sector;
    // Country actors: ISO-3 country, then a three-letter role ("FRAGOV", "RUSMIL").
    const role = code.length >= 6 ? code.slice(3, 6) : '';
    if (role && this.data.roles[role]) return this.data.roles[role]!;
    return code.length === 3 ? this.data.state : null;
  }
}
