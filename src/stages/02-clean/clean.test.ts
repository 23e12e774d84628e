import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDataJson } from '../../resources.js';
import { processText } from '../../testing/engine.js';
import { blockText, extractArticleText } from './html-text.js';
import { compileLineRules, filterLines, type LineRuleSpec } from './line-filter.js';

const rules = compileLineRules(readDataJson<{ rules: LineRuleSpec[] }>('lexicons', 'boilerplate.json').rules);

describe('boilerplate line filter', () => {
  const source = [
    'Leaders meet in Geneva',
    '',
    'The two presidents met on Wednesday.',
    'Share this article on Facebook Twitter Email',
    'They talked for three hours.',
    '',
    'Read more',
    'We use cookies to personalise content. By continuing to browse you agree to our use of cookies. Accept',
  ].join('\n');

  it('drops share prompts, "Read more" and cookie banners, keeping the article lines', () => {
    const r = filterLines(source, 0, rules);
    expect(r.text).toBe('Leaders meet in Geneva\n\nThe two presidents met on Wednesday.\n\nThey talked for three hours.');
    expect(r.removed.map((x) => x.rule)).toEqual(['clean.share-prompt', 'clean.read-more', 'clean.cookie-banner']);
  });

  it('maps every cleaned offset back to the same character in the source', () => {
    const r = filterLines(source, 0, rules);
    expect(r.segments).toHaveLength(3);
    for (const seg of r.segments) {
      expect(r.text.slice(seg.clean, seg.clean + seg.length)).toBe(source.slice(seg.source, seg.source + seg.length));
    }
  });

  it('keeps a long article line that merely mentions cookies', () => {
    const line = `The bakery association said it would accept the new rules on cookies and bread labelling, ${'and the ministry agreed to review them. '.repeat(20)}`;
    expect(filterLines(line, 0, rules).text).toBe(line.trim());
  });

  it('removes an embedded tweet attribution, keeps the text after it, and records the post with its date', () => {
    const src = 'We spoke this morning. Talks go on.\n\n– Jane Example (@janeexample) March 3, 2022 Since then the talks have continued.';
    const r = filterLines(src, 0, rules);
    expect(r.text).toBe('We spoke this morning. Talks go on.\n\nSince then the talks have continued.');
    expect(r.embeds).toEqual([{ kind: 'tweet', author: 'Jane Example', handle: 'janeexample', date: '2022-03-03', start: 0, end: 35 }]);
  });

  it('flags a paragraph whose quote was lost in scraping', () => {
    const r = filterLines('The minister spoke.\n\nsaid Jane Example, a senior analyst.', 0, rules);
    expect(r.flags).toEqual([{ code: 'quote-missing', message: expect.stringContaining('quote is missing'), start: 21, end: 57, rule: 'clean.quote-missing' }]);
  });

  it('starts after front matter and keeps offsets relative to the whole file', () => {
    const src = '---\ntitle: x\n---\nBody line.';
    const r = filterLines(src, 17, rules);
    expect(r.text).toBe('Body line.');
    expect(r.segments[0]).toEqual({ clean: 0, source: 17, length: 10 });
  });
});

describe('HTML article text', () => {
  it('renders block elements as paragraphs and skips scripts', () => {
    const { document } = parseHTML('<div><h1>Title</h1><p>One <b>bold</b>\n word.</p><script>var x;</script><ul><li>a</li><li>b</li></ul></div>');
    expect(blockText(document)).toBe('Title\n\nOne bold word.\n\na\n\nb');
  });

  it('extracts the article with Readability, drops the page furniture, and puts the headline first', () => {
    const para = 'The foreign ministers of both countries met in the capital on Tuesday and agreed to restore regular flights between them. ';
    const html = `<html><head><title>Ministers meet</title></head><body>
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><p>${para.repeat(3)}</p><p>${para.repeat(2)}</p></article>
      <aside class="related">Related stories: other things</aside>
      <footer>Copyright Example Wire</footer></body></html>`;
    const out = extractArticleText(parseHTML(html).document, 'Ministers meet');
    expect(out.rule).toBe('clean.readability');
    expect(out.text.startsWith('Ministers meet\n\nThe foreign ministers')).toBe(true);
    expect(out.text).not.toContain('Home');
    expect(out.text).not.toContain('Copyright');
  });

  it('rejects a page with no text at all (RD008)', () => {
    expect(() => processText('<html><body><script>1</script></body></html>', '2022-01-01', 'html')).toThrowError(/RD008/);
  });
});

describe('clean stage on a document', () => {
  it('keeps evidence offsets pointing into the cleaned text', () => {
    const doc = processText('Ministers met on Monday.\nRead more\nThey met again on Tuesday.');
    expect(doc.text).toBe('Ministers met on Monday.\n\nThey met again on Tuesday.');
    const idx = doc.text.indexOf('They');
    expect(doc.article.raw.slice(doc.offsets.toSource(idx), doc.offsets.toSource(idx) + 4)).toBe('They');
  });
});
