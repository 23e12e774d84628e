import { OffsetMap, ReadoutError, type Doc } from '../../model/index.js';
import type { Stage } from '../../pipeline/stage.js';
import { extractArticleText } from './html-text.js';
import { compileLineRules, filterLines, type LineRuleSpec } from './line-filter.js';

export { compileLineRules, filterLines, type LineRuleSpec } from './line-filter.js';
export { blockText, extractArticleText } from './html-text.js';

export interface CleanOptions {
  readonly rules: readonly LineRuleSpec[];
}

/**
 * 02-clean: HTML pages go through Readability first; then every text goes through the
 * boilerplate line filter. Offsets into the cleaned text map back to `sourceText`.
 */
export function createCleanStage(options: CleanOptions): Stage {
  const rules = compileLineRules(options.rules);
  return {
    name: '02-clean',
    requires: ['article'],
    assigns: ['text'],
    run(doc: Doc): void {
      let from = 0;
      if (doc.article.format === 'html') {
        const extracted = extractArticleText(doc.scratch.html, doc.article.meta.title);
        doc.scratch.html = null;
        if (extracted.text.trim() === '') {
          throw new ReadoutError('RD008', 'the page has no readable article text', 'check that the file is an article page, not an index or an error page');
        }
        if (doc.article.meta.title === null && extracted.title) doc.article.meta.title = extracted.title;
        doc.sourceText = extracted.text;
      } else {
        doc.sourceText = doc.article.raw;
        from = doc.scratch.bodyStart;
      }
      const result = filterLines(doc.sourceText, from, rules);
      if (result.text.trim() === '') {
        throw new ReadoutError('RD010', 'no article text is left after removing boilerplate', 'the input holds only banners, links or prompts');
      }
      doc.text = result.text;
      doc.offsets = OffsetMap.fromSegments(result.segments);
      doc.removed = result.removed;
      doc.embeds = result.embeds;
      doc.flags.push(...result.flags);
    },
  };
}
