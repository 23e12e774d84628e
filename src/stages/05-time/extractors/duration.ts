const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
};

const HEDGES = 'nearly|almost|about|around|roughly|approximately|some|more than|over|less than|under|just over|just under|close to|up to|barely';
const NUMBER = '\\d+(?:\\.\\d+)?|forty-five|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety';

/**
 * "nearly two hours", "90 minutes", "a 40-minute call", "an hour and a half", "three and a half hours",
 * "half an hour", "hour-long". Relative times ("two hours later", "90 minutes ago") are not durations.
 */
const DURATION = new RegExp(
  `\\b(?:(?<hedge>${HEDGES})\\s+)?(?:(?<halfan>half an?\\s+hour)|(?<num>${NUMBER})(?<andhalf1>\\s+and\\s+a\\s+half)?[\\s-]+(?<unit>hours?|hrs?|minutes?|mins?)(?<andhalf2>\\s+and\\s+a\\s+half)?|(?<hourlong>hour)(?=-long))\\b(?!\\s+(?:ago|later|earlier|from now|before|after)\\b)`,
  'gi',
);

export interface DurationMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly minutes: number;
  readonly approximate: boolean;
}

export function findDurations(text: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  DURATION.lastIndex = 0;
  for (const m of text.matchAll(DURATION)) {
    const g = m.groups ?? {};
    let minutes: number;
    if (g['halfan']) minutes = 30;
    else if (g['hourlong']) minutes = 60;
    else {
      const raw = (g['num'] ?? '').toLowerCase();
      const n = WORD_NUMBERS[raw] ?? Number(raw);
      if (!Number.isFinite(n) || n <= 0) continue;
      const unit = (g['unit'] ?? '').toLowerCase();
      const perUnit = unit.startsWith('h') ? 60 : 1;
      const half = g['andhalf1'] || g['andhalf2'] ? 0.5 : 0;
      minutes = (n + half) * perUnit;
    }
    // "a 40-minute call" and "an hour" are fine; bare "a minute" in idiom ("wait a minute") is not a call length.
    if (minutes <= 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], minutes: Math.round(minutes), approximate: Boolean(g['hedge']) });
  }
  return out;
}
