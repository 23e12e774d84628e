import { createDoc, ReadoutError, type Doc, type Layer, type RawInput } from '../model/index.js';
import type { Stage } from './stage.js';

export interface StagePlan {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
}

/**
 * Checks that each stage's requirements are assigned by the input or an earlier stage,
 * and that stage names are unique. Throws RD020/RD021 naming the offending stage.
 */
export function validateStageOrder(stages: readonly StagePlan[], initial: readonly Layer[] = ['input']): void {
  const available = new Set<Layer>(initial);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) {
      throw new ReadoutError('RD021', `stage "${stage.name}" appears twice in the pipeline`, 'remove the duplicate from the preset');
    }
    names.add(stage.name);
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new ReadoutError(
        'RD020',
        `stage "${stage.name}" requires ${missing.map((m) => `"${m}"`).join(', ')}, which no earlier stage assigns`,
        'add a stage that assigns it before this one, or reorder the preset',
      );
    }
    for (const layer of stage.assigns) available.add(layer);
  }
}

export interface RunOptions {
  /** Record per-stage timings on the doc (cheap; on by default). */
  readonly timings?: boolean;
}

export class Pipeline {
  private constructor(readonly stages: readonly Stage[]) {}

  /** Builds a pipeline after checking the stage order. */
  static build(stages: readonly Stage[]): Pipeline {
    validateStageOrder(stages);
    return new Pipeline(stages);
  }

  /** Runs every stage over one input. A stage that throws is reported as RD022 with the stage name. */
  run(input: RawInput, options: RunOptions = {}): Doc {
    const doc = createDoc(input);
    const timed = options.timings !== false;
    for (const stage of this.stages) {
      const t0 = timed ? performance.now() : 0;
      try {
        stage.run(doc);
      } catch (e) {
        if (e instanceof ReadoutError) throw e;
        const message = e instanceof Error ? e.message : String(e);
        throw new ReadoutError('RD022', `stage ${stage.name} failed on ${input.origin}: ${message}`, 'report this with the input that caused it', { cause: e });
      }
      for (const layer of stage.assigns) doc.layers.add(layer);
      if (timed) doc.timings.push({ stage: stage.name, ms: performance.now() - t0 });
    }
    return doc;
  }
}
