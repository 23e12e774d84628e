/**
 * Maps offsets in a cleaned text back to offsets in the text it was cleaned from.
 * The cleaned text is a concatenation of pieces copied from the source (kept lines)
 * and separators the cleaner inserted; each copied piece is one segment.
 */
export interface OffsetSegment {
  /** Start in the cleaned text. */
  readonly clean: number;
  /** Start in the source text. */
  readonly source: number;
  readonly length: number;
}

export class OffsetMap {
  private constructor(readonly segments: readonly OffsetSegment[]) {}

  static identity(length: number): OffsetMap {
    return new OffsetMap(length > 0 ? [{ clean: 0, source: 0, length }] : []);
  }

  static fromSegments(segments: OffsetSegment[]): OffsetMap {
    const sorted = [...segments].sort((a, b) => a.clean - b.clean);
    return new OffsetMap(sorted);
  }

  /**
   * The source offset of a cleaned-text offset. Offsets that fall on an inserted separator
   * map to the end of the preceding segment.
   */
  toSource(clean: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid]!.clean <= clean) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return segs.length > 0 ? segs[0]!.source : clean;
    const seg = segs[found]!;
    const delta = Math.min(clean - seg.clean, seg.length);
    return seg.source + delta;
  }
}
