// Hand-made extractions for loader tests: a compact way to say which entities and relations
// each document states, turned into an Extraction and an ExtractCorpus stand-in.
import { createHash } from 'node:crypto';
import type { EntityType, Extraction, RelationType } from '../../../extractors/types.ts';
import type { ExtractCorpus } from '../../../pipeline/corpus-extraction.ts';

/** What one hand-made document says. */
export interface HandDocument {
  id: string;
  entities: { id: string; type: EntityType; name: string; aliases?: string[] }[];
  relations?: { type: RelationType; from: string; to: string; title?: string }[];
}

/** Builds an Extraction in which each entity is mentioned once per document that lists it. */
export function handExtraction(documents: HandDocument[]): Extraction {
  const entities = new Map<string, Extraction['entities'][number]>();
  const relations = new Map<string, Extraction['relations'][number]>();
  for (const document of documents) {
    document.entities.forEach((entity, index) => {
      const known = entities.get(entity.id) ?? {
        id: entity.id,
        type: entity.type,
        name: entity.name,
        aliases: [],
        mentions: [],
        extractors: ['hand'],
      };
      known.aliases = [...new Set([...known.aliases, ...(entity.aliases ?? [])])];
      known.mentions.push({ document: document.id, start: index * 10, end: index * 10 + 5 });
      entities.set(entity.id, known);
    });
    (document.relations ?? []).forEach((relation, index) => {
      const key = JSON.stringify([relation.type, relation.from, relation.to, relation.title ?? '']);
      const known = relations.get(key) ?? {
        type: relation.type,
        from: relation.from,
        to: relation.to,
        properties: relation.title ? { title: relation.title } : {},
        evidence: [],
        extractors: ['hand'],
      };
      known.evidence.push({ document: document.id, start: 1000 + index, end: 1100 + index });
      relations.set(key, known);
    });
  }
  return {
    extractorVersion: 'hand-1',
    documents: documents.map((document) => ({
      id: document.id,
      path: `hand/${document.id}`,
      sha256: createHash('sha256').update(JSON.stringify(document)).digest('hex'),
    })),
    entities: [...entities.values()],
    relations: [...relations.values()],
    diagnostics: [],
  };
}

/** An ExtractCorpus that returns the given documents as a whole folder. */
export function handCorpus(documents: HandDocument[]): ExtractCorpus {
  return async () => ({
    extraction: handExtraction(documents),
    extractorVersion: 'hand-1',
    failures: [],
    isWholeCorpus: true,
    cachedCount: 0,
  });
}
