import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ArticleMetadata } from '../model/index.js';
import { Codebook, loadKnowledgeBase, Modality, SectorMap, type CodebookFile, type KnowledgeBase, type ModalityFile, type SectorsFile } from '../kb/index.js';
import { dataPath, readDataJson } from '../resources.js';
import { createIngestStage } from '../stages/01-ingest/index.js';
import { createCleanStage, type LineRuleSpec } from '../stages/02-clean/index.js';
import { createSegmentStage, type WinkNlp } from '../stages/03-segment/index.js';
import { createActorsStage, type AgentsFile, type NamesFile } from '../stages/04-actors/index.js';
import { createTimeStage } from '../stages/05-time/index.js';
import { createEventsStage, type PatternsFile } from '../stages/06-events/index.js';
import { createContactsStage } from '../stages/07-contacts/index.js';
import { createClusterStage } from '../stages/09-cluster/index.js';
import { Pipeline } from './pipeline.js';
import type { Stage } from './stage.js';

/** Everything the stages need that is expensive to load: built once, shared by every pipeline. */
export interface Resources {
  readonly kb: KnowledgeBase;
  readonly nlp: WinkNlp;
  readonly boilerplate: readonly LineRuleSpec[];
  readonly agents: AgentsFile;
  readonly names: NamesFile;
  readonly patterns: readonly PatternsFile[];
  readonly codebook: Codebook;
  readonly sectors: SectorMap;
  readonly modality: Modality;
}

export function loadResources(): Resources {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
  const model = require('wink-eng-lite-web-model') as unknown;
  return {
    kb: loadKnowledgeBase(dataPath('kb')),
    nlp: winkNLP(model),
    boilerplate: readDataJson<{ rules: LineRuleSpec[] }>('lexicons', 'boilerplate.json').rules,
    agents: readDataJson<AgentsFile>('lexicons', 'agents.json'),
    names: readDataJson<NamesFile>('lexicons', 'names.json'),
    patterns: readdirSync(dataPath('patterns')).filter((f) => f.endsWith('.json')).sort().map((f) => readDataJson<PatternsFile>('patterns', f)),
    codebook: new Codebook(readDataJson<CodebookFile>('cameo', 'codebook.json')),
    sectors: new SectorMap(readDataJson<SectorsFile>('kb', 'sectors.json')),
    modality: new Modality(readDataJson<ModalityFile>('cameo', 'modality.json')),
  };
}

export interface PipelineOptions {
  /** Metadata for inputs that carry none (`--published`). */
  readonly defaults?: Partial<ArticleMetadata>;
}

/** The standard stage list, in run order. The one place stages are composed. */
export function standardStages(resources: Resources, options: PipelineOptions = {}): Stage[] {
  return [
    createIngestStage({ defaults: options.defaults }),
    createCleanStage({ rules: resources.boilerplate }),
    createSegmentStage(resources.nlp),
    createActorsStage({ kb: resources.kb, agents: resources.agents, names: resources.names }),
    createTimeStage(),
    createEventsStage({ patterns: resources.patterns, codebook: resources.codebook, kb: resources.kb, modality: resources.modality }),
    createContactsStage({ kb: resources.kb, codebook: resources.codebook }),
    createClusterStage({ codebook: resources.codebook, kb: resources.kb }),
  ];
}

export function createPipeline(resources: Resources, options: PipelineOptions = {}): Pipeline {
  return Pipeline.build(standardStages(resources, options));
}
