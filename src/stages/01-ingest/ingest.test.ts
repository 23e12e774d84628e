import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers.js';
import { createDoc } from '../../model/index.js';
import { parseFrontMatter } from './front-matter.js';
import { extractHtmlMetadata } from './html-metadata.js';
import { contentHash, createIngestStage } from './index.js';
import { normalizePublishedDate } from './published-date.js';
import { countInputs, readInputs, sniffFormat, type InputItem } from './sources.js';

async function collect(it: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('publication dates', () => {
  it.each([
    ['2022-03-07', '2022-03-07'],
    ['20220307', '2022-03-07'],
    ['2022-03-07T23:30:00-05:00', '2022-03-07'],
    ['7 March 2022', '2022-03-07'],
    ['March 7, 2022', '2022-03-07'],
    ['Mon, 7 Mar 2022 10:00:00 GMT', '2022-03-07'],
    ['Sept. 4, 2023', '2023-09-04'],
  ])('reads %s as %s', (input, want) => expect(normalizePublishedDate(input)).toBe(want));

  it.each(['0000-00-00', '2022-02-30', '9999-13-01', 'yesterday', '', '2022-3'])('rejects %s', (input) => {
    expect(normalizePublishedDate(input)).toBeNull();
  });
});

describe('front matter', () => {
  it('reads title, published and outlet, and where the body starts', () => {
    const raw = '---\ntitle: "Leaders meet"\npublished: 2023-06-22\noutlet: Example Wire\nauthor: ignored\n---\nBody text.';
    const fm = parseFrontMatter(raw)!;
    expect(fm.fields).toEqual({ title: 'Leaders meet', published: '2023-06-22', outlet: 'Example Wire' });
    expect(raw.slice(fm.bodyStart)).toBe('Body text.');
  });

  it('is absent when the file does not open with ---', () => {
    expect(parseFrontMatter('Title\n---\nnot front matter')).toBeNull();
  });
});

describe('HTML metadata', () => {
  const page = `<html lang="en-GB"><head><title>Page title | Site</title>
    <meta property="og:title" content="OG title"><meta property="og:site_name" content="Example Wire">
    <meta property="article:published_time" content="2021-06-16T18:00:00Z"><link rel="canonical" href="https://example.org/a">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2021-06-17","publisher":{"@type":"Organization","name":"LD Publisher"}}</script>
    </head><body><p>x</p></body></html>`;

  it('prefers JSON-LD over meta tags, and reads language and canonical URL', () => {
    const meta = extractHtmlMetadata(parseHTML(page).document);
    expect(meta).toEqual({ title: 'LD headline', published: '2021-06-17', publishedTime: '2021-06-17', outlet: 'LD Publisher', url: 'https://example.org/a', language: 'en' });
  });

  it('falls back to meta tags when JSON-LD is malformed', () => {
    const meta = extractHtmlMetadata(parseHTML(page.replace('"NewsArticle",', '"NewsArticle",,')).document);
    expect(meta.title).toBe('OG title');
    expect(meta.published).toBe('2021-06-16');
    expect(meta.outlet).toBe('Example Wire');
  });
});

describe('ingest stage', () => {
  it('identifies an article by the hash of its content and takes its id from the batch', () => {
    const doc = createDoc({ origin: 'b.jsonl:3', format: 'txt', content: 'Some text.', externalId: 'wire:42', fields: { published: '20220307', title: 'T' } });
    createIngestStage().run(doc);
    expect(doc.article.id).toBe('wire:42');
    expect(doc.article.hash).toBe(contentHash('Some text.'));
    expect(doc.article.meta.published).toBe('2022-03-07');
    expect(doc.article.meta.publishedTime).toBe('20220307');
  });

  it('uses command-line defaults only when the input carries no value', () => {
    const stage = createIngestStage({ defaults: { published: '2000-01-01', outlet: 'Default' } });
    const own = createDoc({ origin: 'a', format: 'txt', content: 'x', fields: { published: '2022-03-07' } });
    stage.run(own);
    expect(own.article.meta.published).toBe('2022-03-07');
    expect(own.article.meta.outlet).toBe('Default');
  });

  it('keeps an article with an impossible date, flags it and treats the date as unknown', () => {
    const doc = createDoc({ origin: 'a', format: 'txt', content: 'x', fields: { published: '0000-00-00' } });
    createIngestStage().run(doc);
    expect(doc.article.meta.published).toBeNull();
    expect(doc.flags.map((f) => f.code)).toEqual(['bad-published-date']);
  });
});

describe('reading inputs', () => {
  it('walks folders recursively in name order, reads each format, and rejects what it cannot read', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'b.txt'), 'Second article.');
    writeFileSync(path.join(dir, 'a.html'), '<html><body><p>First.</p></body></html>');
    writeFileSync(path.join(dir, 'sub', 'c.jsonl'), '{"id":"c1","text":"One."}\nnot json\n{"id":"c3"}\n\n{"text":"Four.","date":"20200101"}\n');
    writeFileSync(path.join(dir, 'sub', 'd.txt.gz'), gzipSync('Zipped article.'));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255]));
    writeFileSync(path.join(dir, 'notes.pdf'), 'ignored: not an article type');
    const items = await collect(readInputs([dir, path.join(dir, 'missing.txt')]));
    const summary = items.map((i) => (i.kind === 'input' ? `ok ${path.basename(i.input.origin)} ${i.input.format}` : `rejected ${path.basename(i.rejection.origin)} ${i.rejection.code}`));
    expect(summary).toEqual([
      'ok a.html html',
      'ok b.txt txt',
      'rejected binary.txt RD003',
      'rejected empty.txt RD002',
      'ok c.jsonl:1 txt',
      'rejected c.jsonl:2 RD005',
      'rejected c.jsonl:3 RD006',
      'ok c.jsonl:5 txt',
      'ok d.txt.gz txt',
      'rejected missing.txt RD001',
    ]);
    const four = items[7]!;
    expect(four.kind === 'input' && four.input.fields?.published).toBe('20200101');
    expect(await countInputs([dir])).toBe(3 + 5 + 1 + 1);
  });

  it('reads stdin and sniffs its format', async () => {
    const items = await collect(readInputs(['-'], { stdin: Readable.from(['{"text":"a"}\n{"text":"b"}\n']) }));
    expect(items.map((i) => i.kind === 'input' && i.input.origin)).toEqual(['stdin:1', 'stdin:2']);
    expect(sniffFormat('  <!doctype html><html>')).toBe('html');
    expect(sniffFormat('Plain words.')).toBe('txt');
  });

  it('rejects a compressed file that decompresses past the size limit', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'bomb.txt.gz'), gzipSync(Buffer.alloc(2 * 1024 * 1024, 97)));
    const items = await collect(readInputs([path.join(dir, 'bomb.txt.gz')], { maxArticleBytes: 1024 * 1024 }));
    expect(items).toHaveLength(1);
    expect(items[0]!.kind === 'rejected' && items[0]!.rejection.code).toBe('RD009');
  });
});
