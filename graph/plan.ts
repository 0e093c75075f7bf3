// The diff between what the graph holds and what the documents say (pure): which documents
// to write, skip or retract, and for --dry-run exactly which facts each one adds or retracts.
import { hashFacts } from './facts-hash.ts';
import { ENTITY_TYPES, RELATION_TYPES } from './model.ts';
import { relationKey, type DocumentFacts } from './rows.ts';

/** What a Document node records about the last write of that document. */
export interface StoredDocument {
  id: string;
  path: string;
  sha256: string;
  extractorVersion: string;
  factsHash: string;
}

/** What a run did (or would do) with one document. */
export type DocumentOutcome = 'new' | 'changed' | 'unchanged' | 'removed' | 'skipped' | 'failed';

/** One step of a plan. */
export type DocumentAction =
  | {
      kind: 'write';
      outcome: 'new' | 'changed';
      id: string;
      facts: DocumentFacts;
      factsHash: string;
      /** False when only the file's bytes or the extractor version changed, not its facts. */
      isFactsChanged: boolean;
      /**
       * What a later run needs to resolve this document incrementally without its local
       * state (pipeline/corpus-state.ts toStoredResolution), kept on the Document node as
       * `resolutionState`; when absent, the node keeps the one it has.
       */
      resolutionState?: string;
    }
  | { kind: 'skip'; outcome: 'unchanged'; id: string; factsHash: string }
  | { kind: 'retract'; outcome: 'removed'; id: string }
  | { kind: 'keep'; outcome: 'skipped'; id: string };

/** A plan step that writes a document (new or changed). */
export type WriteAction = Extract<DocumentAction, { kind: 'write' }>;

/** Input of planIngest. */
export interface PlanInput {
  corpus: DocumentFacts[];
  stored: StoredDocument[];
  extractorVersion: string;
  /** Retract stored documents the corpus no longer has. */
  shouldPrune: boolean;
}

/**
 * Compares the corpus with the Document nodes: a document whose sha256, extractor version
 * and facts hash all match is skipped; one that is new or differs is written; a stored one
 * the corpus lacks is retracted (or kept, without pruning). Actions are sorted by id.
 */
export function planIngest(input: PlanInput): DocumentAction[] {
  const stored = new Map(input.stored.map((document) => [document.id, document]));
  const actions: DocumentAction[] = [];
  const inCorpus = new Set<string>();
  for (const facts of input.corpus) {
    const id = facts.document.id;
    inCorpus.add(id);
    const factsHash = hashFacts(facts);
    const previous = stored.get(id);
    if (!previous) {
      actions.push({ kind: 'write', outcome: 'new', id, facts, factsHash, isFactsChanged: true });
    } else if (
      previous.sha256 === facts.document.sha256 &&
      previous.extractorVersion === input.extractorVersion &&
      previous.factsHash === factsHash &&
      previous.path === facts.document.path
    ) {
      actions.push({ kind: 'skip', outcome: 'unchanged', id, factsHash });
    } else {
      actions.push({
        kind: 'write',
        outcome: 'changed',
        id,
        facts,
        factsHash,
        isFactsChanged: previous.factsHash !== factsHash,
      });
    }
  }
  for (const document of input.stored) {
    if (inCorpus.has(document.id)) continue;
    actions.push(
      input.shouldPrune
        ? { kind: 'retract', outcome: 'removed', id: document.id }
        : { kind: 'keep', outcome: 'skipped', id: document.id },
    );
  }
  return actions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The facts of one document as flat, comparable strings. */
export interface FactSet {
  entities: string[];
  mentions: string[];
  relations: string[];
}

/** Adds and retractions of one document (each list sorted). */
export interface FactsDiff {
  add: FactSet;
  retract: FactSet;
}

/** Graph-wide effect of a plan: entity ids and relationship keys created and deleted. */
export interface GraphEffect {
  entitiesCreated: string[];
  entitiesDeleted: string[];
  relationshipsCreated: string[];
  relationshipsDeleted: string[];
}

const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** Flattens facts to strings: entities as `Type:id`, relations as their key plus evidence. */
export function toFactSet(facts: DocumentFacts | undefined): FactSet {
  if (!facts) return { entities: [], mentions: [], relations: [] };
  const entities: string[] = [];
  for (const type of ENTITY_TYPES) for (const row of facts.entities[type]) entities.push(`${type}:${row.id}`);
  const mentions = facts.mentions.map((row) => `${row.id}@${row.start}-${row.end}`);
  const relations: string[] = [];
  for (const type of RELATION_TYPES) {
    for (const row of facts.relations[type])
      relations.push(`${relationKey(type, row.from, row.to, row.title)} ${row.evidence.join(',')}`);
  }
  return { entities: sorted(entities), mentions: sorted(mentions), relations: sorted(relations) };
}

function minus(a: string[], b: string[]): string[] {
  const exclude = new Set(b);
  return a.filter((value) => !exclude.has(value));
}

/** What writing `next` over `previous` adds and retracts (undefined means no facts). */
export function diffFacts(previous: DocumentFacts | undefined, next: DocumentFacts | undefined): FactsDiff {
  const before = toFactSet(previous);
  const after = toFactSet(next);
  return {
    add: {
      entities: minus(after.entities, before.entities),
      mentions: minus(after.mentions, before.mentions),
      relations: minus(after.relations, before.relations),
    },
    retract: {
      entities: minus(before.entities, after.entities),
      mentions: minus(before.mentions, after.mentions),
      relations: minus(before.relations, after.relations),
    },
  };
}

function graphKeys(facts: Iterable<DocumentFacts>): { entities: Set<string>; relationships: Set<string> } {
  const entities = new Set<string>();
  const relationships = new Set<string>();
  for (const document of facts) {
    for (const type of ENTITY_TYPES) for (const row of document.entities[type]) entities.add(row.id);
    for (const type of RELATION_TYPES)
      for (const row of document.relations[type]) relationships.add(relationKey(type, row.from, row.to, row.title));
  }
  return { entities, relationships };
}

/**
 * The graph-wide effect of a plan, given every stored document's current facts as read
 * from the graph: the graph is the union of its documents' facts before and after.
 */
export function predictGraphEffect(actions: DocumentAction[], currentFacts: Map<string, DocumentFacts>): GraphEffect {
  const after: DocumentFacts[] = [];
  for (const action of actions) {
    if (action.kind === 'write') after.push(action.facts);
    else if (action.kind === 'skip' || action.kind === 'keep') {
      const facts = currentFacts.get(action.id);
      if (facts) after.push(facts);
    }
  }
  const before = graphKeys(currentFacts.values());
  const next = graphKeys(after);
  return {
    entitiesCreated: sorted(minus([...next.entities], [...before.entities])),
    entitiesDeleted: sorted(minus([...before.entities], [...next.entities])),
    relationshipsCreated: sorted(minus([...next.relationships], [...before.relationships])),
    relationshipsDeleted: sorted(minus([...before.relationships], [...next.relationships])),
  };
}
