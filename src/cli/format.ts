import Table from 'cli-table3';
import type { Actor, ExtractRecord } from '../model/index.js';
import type { IngestSummary } from '../core/ingest.js';
import type { StoredEvent } from '../store/index.js';
import type { ConfliBertResult, EvalError, EvalRejection, MultiRaterResult, PetrarchResult } from '../eval/index.js';

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

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The contact ledger as a terminal table: one row per contact, with its details. */
export function contactTable(events: readonly StoredEvent[]): string {
  const table = new Table({ ...plain(), wordWrap: false, head: ['date', 'from', 'to', 'mode', 'code', 'length', 'initiator', 'status', 'place', 'source'] });
  for (const { record: r, article } of events) {
    const c = r.contact;
    table.push([
      dateText(r),
      clip(names(r.source), 28),
      clip(names(r.target), 28),
      c?.mode ?? '',
      r.cameo ?? '',
      duration(c?.durationMinutes),
      clip(c?.initiator?.name ?? '', 22),
      r.status && r.status !== 'past' ? r.status : '',
      clip(c?.location ?? '', 16),
      clip([article.outlet, article.published].filter(Boolean).join(' ') || article.id, 30),
    ]);
  }
  return table.toString();
}

/** Events of any kind as a terminal table, with the start of the evidence sentence. */
export function eventTable(events: readonly StoredEvent[], width = process.stdout.columns || 140): string {
  const table = new Table({ ...plain(), wordWrap: false, head: ['date', 'kind', 'code', 'plover', 'source', 'target', 'status', 'evidence'] });
  const rows = events.map(({ record: r }) => [dateText(r), r.kind, r.cameo ?? '', r.plover ?? '', clip(names(r.source), 26), clip(names(r.target), 26), r.status && r.status !== 'past' ? r.status : '', r.evidence[0]?.text ?? '']);
  const used = Math.max(0, ...rows.map((row) => row.slice(0, -1).reduce((n, cell) => n + cell.length + 2, 0)));
  for (const row of rows) table.push([...row.slice(0, -1), clip(row[row.length - 1]!, Math.max(30, width - used - 2))]);
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

const pct = (x: number): string => x.toFixed(3);

function errorLines(errors: readonly EvalError[], n: number): string {
  if (n === 0 || errors.length === 0) return '';
  const lines = errors.slice(0, n).map((e) => `  ${e.id}  gold ${e.gold}, got ${e.predicted}${e.rule ? ` (${e.rule}: "${e.trigger}")` : ''}\n    ${e.text.length > 200 ? `${e.text.slice(0, 199)}…` : e.text}`);
  return `\nErrors (${n} of ${errors.length}):\n${lines.join('\n')}\n`;
}

/** The ConfliBERT report for people: per-class scores, the confusion matrix, spans, errors. */
/** Rejected inputs count as "no event"; the note names how many and the first one's code. */
function rejectedNote(rejected: readonly EvalRejection[]): string {
  if (rejected.length === 0) return '';
  const first = rejected[0]!;
  return ` (${rejected.length} rejected by the pipeline and scored as no event; first: ${first.id} ${first.code} ${first.reason})`;
}

export function formatConfliBert(r: ConfliBertResult, showErrors: number): string {
  const t = new Table({ ...plain(), head: ['class', 'precision', 'recall', 'F1', 'support'] });
  for (const c of r.classes.perClass) t.push([c.label, pct(c.precision), pct(c.recall), pct(c.f1), String(c.support)]);
  const cols = [...r.classes.labels, 'none'];
  const m = new Table({ ...plain(), head: ['gold \\ predicted', ...cols.map((c) => c.replace('_', ' '))] });
  for (const g of r.classes.labels) m.push([g, ...cols.map((p) => String(r.classes.confusion[g]?.[p] ?? 0))]);
  return [
    `ConfliBERT CAMEO, split ${r.split}: ${r.sentences} sentences${rejectedNote(r.rejected)}`,
    `five-way class: macro-F1 ${pct(r.classes.macroF1)}, accuracy ${pct(r.classes.accuracy)} (${r.classes.total} labelled)`,
    `source/target spans (overlap): P ${pct(r.spans.precision)} R ${pct(r.spans.recall)} F1 ${pct(r.spans.f1)} (${r.spans.predicted} predicted, ${r.spans.gold} gold)`,
    '',
    t.toString(),
    '',
    m.toString(),
    errorLines(r.errors, showErrors),
  ].join('\n');
}

export function formatMultiRater(r: MultiRaterResult, showErrors: number): string {
  return [
    `multi-rater CAMEO roots, split ${r.split}: ${r.sentences} sentences with a majority root for the first action${rejectedNote(r.rejected)}`,
    `agreement with the majority root: ${pct(r.agreement)}`,
    `human coders' pairwise agreement on the root: ${pct(r.humanPairwise)}`,
    errorLines(r.errors, showErrors),
  ].join('\n');
}

export function formatPetrarch(r: PetrarchResult, show: number): string {
  const cats = Object.entries(r.failuresByCategory).sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(', ');
  const lines = r.failures.slice(0, show).map((f) => `  ${f.id} [${f.category}] expected ${f.expected.join('; ') || 'no events'} | coded ${f.coded.join('; ') || 'no events'}\n    ${f.text.length > 160 ? `${f.text.slice(0, 159)}…` : f.text}`);
  return [`PETRARCH2 suite: ${r.passed} of ${r.active} active records pass`, cats ? `failures by category: ${cats}` : '', ...(lines.length ? ['', ...lines] : []), ''].join('\n');
}
