import type { SectorMap } from '../kb/index.js';
import type { Actor, ContactDetails, Doc, ExtractRecord, RecordKind } from '../model/index.js';

export const ALL_KINDS: readonly RecordKind[] = ['event', 'contact', 'claim', 'quote', 'promise'];

function withSector(sectors: SectorMap | null, a: Actor): Actor {
  return sectors ? { ...a, sector: sectors.of(a) } : a;
}

function contactWithSectors(sectors: SectorMap | null, c: ContactDetails): ContactDetails {
  const s = (a: Actor | null): Actor | null => (a ? withSector(sectors, a) : null);
  return { ...c, participants: c.participants.map((a) => withSector(sectors, a)), initiator: s(c.initiator), visitor: s(c.visitor), mediator: s(c.mediator) };
}

/** The records of one processed article, in the shape of the `readout extract` contract. */
export function recordsOf(doc: Doc, kinds: ReadonlySet<RecordKind> = new Set(ALL_KINDS), sectors: SectorMap | null = null): ExtractRecord[] {
  const article = doc.article.id;
  const out: ExtractRecord[] = [];
  for (const e of doc.events) {
    if (!kinds.has(e.kind)) continue;
    const rec: ExtractRecord = {
      article,
      kind: e.kind,
      id: e.id,
      cameo: e.cameo,
      plover: e.plover,
      quad: e.quad,
      goldstein: e.goldstein,
      source: e.source.map((a) => withSector(sectors, a)),
      target: e.target.map((a) => withSector(sectors, a)),
      date: e.date,
      status: e.status,
      evidence: e.evidence,
      rule: e.rule,
      trigger: e.trigger,
      clause: e.clause ?? 'main',
    };
    if (e.contact) rec.contact = contactWithSectors(sectors, e.contact);
    out.push(rec);
  }
  if (kinds.has('claim')) {
    for (const c of doc.claims) {
      out.push({ article, kind: 'claim', id: c.id, claim: { about: c.about, what: c.what, count: c.count, since: c.since, until: c.until }, evidence: c.evidence, rule: c.rule });
    }
  }
  if (kinds.has('quote')) {
    for (const q of doc.quotes) {
      out.push({ article, kind: 'quote', id: q.id, quote: { speaker: q.speaker, anonymous: q.anonymous, text: q.text, direct: q.direct }, evidence: q.evidence, rule: q.rule });
    }
  }
  if (kinds.has('promise')) {
    for (const p of doc.promises) {
      out.push({ article, kind: 'promise', id: p.id, promise: { by: p.by, text: p.text, to: p.to }, evidence: p.evidence, rule: p.rule });
    }
  }
  return out;
}
