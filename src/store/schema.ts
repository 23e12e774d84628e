/** Database tables, as kysely sees them. Rows are mapped to model types in kysely-store.ts only. */
export interface ArticlesTable {
  hash: string;
  id: string;
  origin: string;
  format: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
  language: string | null;
  raw: string;
  text: string;
  flags: string;
  extractor_version: string;
  kb_version: string;
  ingested_at: string;
}

export interface EventsTable {
  id: string;
  article_hash: string;
  article_id: string;
  kind: string;
  cameo: string;
  plover: string | null;
  quad: number | null;
  goldstein: number | null;
  date_value: string | null;
  date_precision: string;
  /** First day of the dated period, for range filters ("2022-03" → "2022-03-01"). */
  date_start: string | null;
  /** Last day of the dated period ("2022-03" → "2022-03-31"). */
  date_end: string | null;
  status: string;
  rule: string;
  record: string;
}

export interface EventActorsTable {
  event_id: string;
  role: string;
  position: number;
  actor_key: string;
  name: string;
  kb_id: string | null;
  kind: string;
  country: string | null;
  code: string | null;
}

export interface ContactsTable {
  event_id: string;
  mode: string;
  duration_minutes: number | null;
  location: string | null;
  initiator_key: string | null;
  visitor_key: string | null;
  mediator_key: string | null;
  topics: string;
}

export interface RejectionsTable {
  id: string;
  origin: string;
  code: string;
  reason: string;
  hint: string | null;
  rejected_at: string;
}

export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  contacts: ContactsTable;
  rejections: RejectionsTable;
}
