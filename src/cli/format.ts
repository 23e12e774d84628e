import Table from 'cli-table3';
import type { Actor, ExtractRecord } from '../model/index.js';
import type { IngestSummary } from '../core/ingest.js';
import type { StoredEvent } from '../store/index.js';

function names(actors: readonly Actor[] | undefined): string {
  return (actors ?? []).map((a) => a.name).join(', ') || '—';
}

function dateText(r: ExtractRecord): string {
  const d = r.date;
  if (!d) return '—';
  if (d.value) return d.precision === 'day' ? d.value : `${d.value} (${d.precision})`;
  return d.text ? `? (${d.text})` : '?';
}

function duration(min: number | null | undefined): string {
  if (min === null || min === undefined) return '';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  const m = min % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

function plain(): ConstructorParameters<typeof Table>[0] {
  return {
    chars: { top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '  ' },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
    wordWrap: true,
  };
}

/** The contact ledger as a terminal table: one row per contact, with its details. */
export function contactTable(events: readonly StoredEvent[], width = process.stdout.columns || 120): string {
  const widths = [12, 26, 26, 9, 8, 18, 14];
  const rest = Math.max(16, width - widths.reduce((a, b) => a + b + 2, 0));
  const table = new Table({ ...plain(), head: ['date', 'from', 'to', 'mode', 'length', 'initiator / status', 'place', 'source'], colWidths: [...widths, rest] });
  for (const { record: r, article } of events) {
    const c = r.contact;
    const status = r.status && r.status !== 'past' ? r.status : '';
    table.push([
      dateText(r),
      names(r.source),
      names(r.target),
      `${c?.mode ?? ''} ${r.cameo ?? ''}`.trim(),
      duration(c?.durationMinutes),
      [c?.initiator ? `by ${c.initiator.name}` : '', status].filter(Boolean).join(', '),
      c?.location ?? '',
      [article.outlet, article.published].filter(Boolean).join(' ') || article.id,
    ]);
  }
  return table.toString();
}

/** Events of any kind as a terminal table. */
export function eventTable(events: readonly StoredEvent[], width = process.stdout.columns || 120): string {
  const widths = [12, 8, 8, 26, 26, 10];
  const rest = Math.max(20, width - widths.reduce((a, b) => a + b + 2, 0));
  const table = new Table({ ...plain(), head: ['date', 'kind', 'cameo', 'source', 'target', 'status', 'evidence'], colWidths: [...widths, rest] });
  for (const { record: r } of events) {
    const ev = r.evidence[0]?.text ?? '';
    table.push([dateText(r), r.kind, `${r.cameo ?? ''}${r.plover ? ` ${r.plover}` : ''}`.trim().slice(0, 8), names(r.source), names(r.target), r.status ?? '', ev.length > rest * 2 ? `${ev.slice(0, rest * 2 - 1)}…` : ev]);
  }
  return table.toString();
}

/** Extract records for people: one block per record. */
export function recordTable(records: readonly ExtractRecord[]): string {
  const table = new Table({ ...plain(), head: ['kind', 'cameo', 'date', 'source', 'target', 'details', 'rule'] });
  for (const r of records) {
    const c = r.contact;
    const details = c ? [c.mode, duration(c.durationMinutes), c.initiator ? `by ${c.initiator.name}` : '', c.location ?? '', c.topics.join('; ')].filter(Boolean).join(', ') : r.status ?? '';
    table.push([r.kind, r.cameo ?? '', dateText(r), names(r.source), names(r.target), details, r.rule]);
  }
  return table.toString();
}

export function summaryLine(s: IngestSummary): string {
  const parts = [
    `${s.inserted} new article${s.inserted === 1 ? '' : 's'}`,
    `${s.unchanged} already in the ledger`,
    `${s.events} events (${s.contacts} contacts)`,
    `${s.rejected} rejected`,
  ];
  return parts.join(', ');
}
