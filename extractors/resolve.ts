// resolveCorpus: per-document extractions -> one Extraction. Merges the same entity across
// documents (SCHEMA: "entities of the same type that share a normalised name or alias are
// the same entity"), assigns final ids, sorts everything; pure and order-independent.
import { pickCanonical } from './local-graph.ts';
import { entityId, normaliseName } from './normalise-name.ts';
import { compareSpans } from './spans.ts';
import type { Diagnostic, DocumentExtraction, ExtractedEntity, ExtractedRelation, Extraction, LocalEntity } from './types.ts';

/** Options of resolveCorpus. */
export interface ResolveOptions {
  extractorVersion?: string;
  /** Diagnostics from reading the corpus (skipped files), merged into the result. */
  diagnostics?: Diagnostic[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The keys under which resolveCorpus merges a document's entity with others: first its
 * canonical key (type and normalised name; a Responsibility's own key), then one per alias.
 * Entities that share no key are never merged, which is what lets a re-run re-resolve only
 * the entities a changed document shares a key with (pipeline/incremental-resolution.ts).
 */
export function resolutionKeys(entity: Pick<LocalEntity, 'type' | 'key' | 'name' | 'aliases'>): [string, ...string[]] {
  if (entity.type === 'Responsibility') return [entity.key];
  return [`${entity.type}|${normaliseName(entity.name)}`, ...entity.aliases.map((alias) => `${entity.type}|${normaliseName(alias)}`)];
}

/** Merges document extractions into the corpus graph (deterministic for any input order). */
export function resolveCorpus(docs: DocumentExtraction[], options: ResolveOptions = {}): Extraction {
  const sorted = [...docs].sort((a, b) => byString(a.document.id, b.document.id));
  const nodes: Array<{ doc: string; entity: LocalEntity }> = [];
  for (const d of sorted) for (const e of d.entities) nodes.push({ doc: d.document.id, entity: e });

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const diagnostics: Diagnostic[] = [...(options.diagnostics ?? [])];
  for (const d of sorted) diagnostics.push(...d.diagnostics);
  // Canonical names merge outright; a name that is only ever an alias merges only when
  // every entity claiming it agrees on nothing else being different (else: diagnostic).
  const keys = nodes.map((n) => resolutionKeys(n.entity));
  const byCanonical = new Map<string, number>();
  keys.forEach(([k], i) => {
    const seen = byCanonical.get(k);
    if (seen === undefined) byCanonical.set(k, i);
    else union(seen, i);
  });
  const aliasClaims = new Map<string, number[]>();
  keys.forEach(([, ...aliasKeys], i) => {
    for (const k of aliasKeys) {
      const canonical = byCanonical.get(k);
      if (canonical !== undefined) union(canonical, i);
      else {
        const claimants = aliasClaims.get(k);
        if (claimants) claimants.push(i);
        else aliasClaims.set(k, [i]);
      }
    }
  });
  for (const [k, claimants] of aliasClaims) {
    const roots = [...new Set(claimants.map(find))];
    if (roots.length <= 1) continue;
    const names = [...new Set(roots.map((r) => (nodes[r] as { entity: LocalEntity }).entity.name))].sort(byString);
    if (names.length === 1) {
      for (const c of claimants) union(claimants[0] as number, c);
      continue;
    }
    diagnostics.push({
      code: 'KG_AMBIGUOUS_ALIAS',
      message: `alias "${k.split('|')[1]}" (${k.split('|')[0]}) is claimed by different entities: ${names.join('; ')}; not merged.`,
    });
  }

  // Final entities.
  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(i);
    const members = groups.get(r);
    if (members) members.push(i);
    else groups.set(r, [i]);
  });
  const localToId = new Map<string, string>();
  const entities: ExtractedEntity[] = [];
  for (const members of groups.values()) {
    const locals = members.map((m) => nodes[m] as { doc: string; entity: LocalEntity });
    const first = (locals[0] as { entity: LocalEntity }).entity;
    const name = first.type === 'Responsibility' ? first.name : pickCanonical(locals.map((l) => l.entity.name));
    const id = first.type === 'Responsibility' ? entityId('Responsibility', first.key, name.slice(0, 40)) : entityId(first.type, normaliseName(name), name);
    const normal = normaliseName(name);
    const aliasSet = new Map<string, string>();
    for (const l of locals) {
      for (const n of [l.entity.name, ...l.entity.aliases]) {
        const k = normaliseName(n);
        if (k !== normal && !aliasSet.has(k)) aliasSet.set(k, n);
      }
      localToId.set(`${l.doc}\u0000${l.entity.key}`, id);
    }
    entities.push({
      id,
      type: first.type,
      name,
      aliases: [...aliasSet.values()].sort(byString),
      mentions: locals.flatMap((l) => l.entity.mentions).sort(compareSpans),
      extractors: [...new Set(locals.flatMap((l) => l.entity.extractors))].sort(byString),
    });
  }
  entities.sort((a, b) => byString(a.id, b.id));

  const relationMap = new Map<string, ExtractedRelation>();
  for (const d of sorted) {
    for (const r of d.relations) {
      const from = localToId.get(`${d.document.id}\u0000${r.from}`);
      const to = localToId.get(`${d.document.id}\u0000${r.to}`);
      if (!from || !to || from === to) continue;
      const key = `${r.type}|${from}|${to}`;
      const existing = relationMap.get(key);
      if (!existing) {
        relationMap.set(key, { type: r.type, from, to, properties: { ...r.properties }, evidence: [...r.evidence], extractors: [...r.extractors] });
        continue;
      }
      for (const [k, v] of Object.entries(r.properties)) if (existing.properties[k] === undefined) existing.properties[k] = v;
      existing.evidence.push(...r.evidence);
      existing.extractors = [...new Set([...existing.extractors, ...r.extractors])];
    }
  }
  const relations = [...relationMap.values()]
    .map((r) => ({ ...r, evidence: r.evidence.sort(compareSpans), extractors: r.extractors.sort(byString) }))
    .sort((a, b) => byString(a.type, b.type) || byString(a.from, b.from) || byString(a.to, b.to));

  return {
    extractorVersion: options.extractorVersion ?? '',
    documents: sorted.map((d) => d.document),
    entities,
    relations,
    diagnostics: diagnostics.sort((a, b) => byString(a.document ?? '', b.document ?? '') || byString(a.code, b.code) || (a.start ?? 0) - (b.start ?? 0) || byString(a.message, b.message)),
  };
}
