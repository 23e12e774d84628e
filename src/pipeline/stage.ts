import type { Doc, Layer } from '../model/index.js';

/**
 * A named Doc → Doc step. It declares the layers it needs and the layers it fills in,
 * so a pipeline can be checked when it is built rather than failing halfway through an article.
 */
export interface Stage {
  /** Numbered like its folder, e.g. "03-segment". */
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  run(doc: Doc): void;
}
