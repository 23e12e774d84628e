/** A half-open range [start, end) of character offsets into a document's cleaned text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function spanLength(s: Span): number {
  return s.end - s.start;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
