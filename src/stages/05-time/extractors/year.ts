import type { Parser } from 'chrono-node';

/**
 * Chrono parser time.year: a bare year after a preposition ("in 2017", "since 2014", "by 1990").
 * Chrono's English configuration reads years only as parts of fuller dates.
 */
export const yearParser: Parser = {
  pattern: () => /\b(?:in|since|by|during|until|till|from|before|after|of|early|late|mid-?)\s+((?:1[89]|20)\d{2})\b(?![-\u2013/]\d)/i,
  extract: (context, match) => {
    const year = Number(match[1]);
    const components = context.createParsingComponents({ year });
    components.imply('month', 7);
    components.imply('day', 1);
    components.addTag('readout/year');
    // The preposition stays in the text: chrono drops results that are bare numbers.
    return context.createParsingResult(match.index ?? 0, match[0], components);
  },
};
