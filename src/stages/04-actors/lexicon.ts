import { Gazetteer, type KnowledgeBase, type TitleEntry } from '../../kb/index.js';

export interface AgentSpec {
  readonly nouns: readonly string[];
  readonly code: string;
}

export interface AgentsFile {
  readonly agents: readonly AgentSpec[];
}

/** Labels for the CAMEO role codes used in actor names ("Russia (military)"). */
export const ROLE_LABELS: Record<string, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', LEG: 'legislature', REB: 'rebels', OPP: 'opposition',
  CVL: 'civilians', MED: 'media', BUS: 'business', JUD: 'judiciary',
};

/** Compiled lexicons for actor recognition, built once per pipeline. */
export interface ActorLexicon {
  readonly titles: Gazetteer<TitleEntry>;
  readonly agents: Gazetteer<string>;
  readonly honorifics: ReadonlySet<string>;
}

export function compileActorLexicon(kb: KnowledgeBase, agents: AgentsFile): ActorLexicon {
  const titles = new Gazetteer<TitleEntry>();
  for (const t of kb.titles) titles.add(t.title.toLowerCase(), t);
  const agentNames = new Gazetteer<string>();
  for (const a of agents.agents) for (const n of a.nouns) agentNames.add(n.toLowerCase(), a.code);
  return { titles, agents: agentNames, honorifics: kb.honorifics };
}
