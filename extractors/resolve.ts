// resolveCorpus: per-document extractions -> one Extraction. Merges the same entity across
// documents (SCHEMA: "entities of the same type that share a normalised name or alias are
// the same entity"), assigns final ids, sorts everything; pure and order-independent.
import { jurisdictionKey, nameResolutionKey, scopeOfKey, underParentsKey } from './scoped-keys.ts';
import { pickCanonical } from './local-graph.ts';
import { entityId, normaliseName } from './normalise-name.ts';
import { compareSpans } from './spans.ts';
import type {
  Diagnostic,
  DocumentExtraction,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  LocalEntity,
} from './types.ts';

/** Options of resolveCorpus. */
export interface ResolveOptions {
  extractorVersion?: string;
  /** Diagnostics from reading the corpus (skipped files), merged into the result. */
  diagnostics?: Diagnostic[];
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// Department chains deeper than this (only a cycle makes one) take no parent into their id.
const MAX_PARENT_DEPTH = 32;

/**
 * The keys that decide whether resolveCorpus may merge a document's entity with others:
 * first its canonical key (type and normalised name, within its jurisdiction for a generic
 * agency name, under its parents for a Department; a Responsibility's own key), then one
 * per alias, then a Department's parents' canonical keys. Entities resolveCorpus merges are
 * always connected through shared keys (two units merge only when their parents resolve to
 * one body, whose keys both units carry), and an entity's identity depends only on entities
 * its keys reach, which is what lets a re-run re-resolve only the entities a changed
 * document's keys reach (pipeline/incremental-resolution.ts). A unit's name alone is not a
 * key: "General Office" would otherwise tie every body with one into every re-run.
 */
export function resolutionKeys(entity: Pick<LocalEntity, 'type' | 'key' | 'name' | 'aliases'>): [string, ...string[]] {
  const keys = mergeKeys(entity);
  if (entity.type !== 'Department') return keys;
  const { parents } = scopeOfKey(entity.key);
  return [underParentsKey(keys[0], parents), ...keys.slice(1).map((k) => underParentsKey(k, parents)), ...parents];
}

// The keys under which entities merge: canonical first, then aliases.
function mergeKeys(entity: Pick<LocalEntity, 'type' | 'key' | 'name' | 'aliases'>): [string, ...string[]] {
  if (entity.type === 'Responsibility') return [entity.key];
  const { jurisdiction } = scopeOfKey(entity.key);
  return [
    jurisdictionKey(nameResolutionKey(entity.type, entity.name), jurisdiction),
    ...entity.aliases.map((alias) => jurisdictionKey(nameResolutionKey(entity.type, alias), jurisdiction)),
  ];
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
  const byCanonical = new Map<string, number>();
  const mergeByKeys = (members: number[], keyOf: (i: number) => [string, ...string[]]): void => {
    const keys = new Map(members.map((i) => [i, keyOf(i)]));
    for (const [i, [k]] of keys) {
      const seen = byCanonical.get(k);
      if (seen === undefined) byCanonical.set(k, i);
      else union(seen, i);
    }
    const aliasClaims = new Map<string, number[]>();
    for (const [i, [, ...aliasKeys]] of keys) {
      for (const k of aliasKeys) {
        const canonical = byCanonical.get(k);
        if (canonical !== undefined) union(canonical, i);
        else {
          const claimants = aliasClaims.get(k);
          if (claimants) claimants.push(i);
          else aliasClaims.set(k, [i]);
        }
      }
    }
    for (const [k, claimants] of aliasClaims) {
      const roots = [...new Set(claimants.map(find))];
      if (roots.length <= 1) continue;
      const names = [...new Set(roots.map((r) => (nodes[r] as { entity: LocalEntity }).entity.name))].sort(byString);
      if (names.length === 1) {
        for (const c of claimants) union(claimants[0] as number, c);
        continue;
      }
      const [type, name] = k.split('|');
      diagnostics.push({
        code: 'KG_AMBIGUOUS_ALIAS',
        message: `alias "${name}" (${type}) is claimed by different entities: ${names.join('; ')}; not merged.`,
      });
    }
  };
  const entityAt = (i: number): LocalEntity => (nodes[i] as { entity: LocalEntity }).entity;
  const isDepartment = (i: number): boolean => entityAt(i).type === 'Department';

  // Every body but Departments merges by name (and jurisdiction) alone.
  mergeByKeys(
    nodes.flatMap((_, i) => (isDepartment(i) ? [] : [i])),
    (i) => mergeKeys(entityAt(i)),
  );

  // A Department merges by name under the same parent (SCHEMA: "two bodies' General Office
  // units are two entities"): its parents in its document, as resolved, are part of its key,
  // so parents resolve before their units (in rounds; a cycle is taken as it stands). A unit
  // its document places under no body merges only with such units.
  const nodeAt = new Map(nodes.map((n, i) => [`${n.doc}\u0000${n.entity.key}`, i]));
  const parentsOf = nodes.map((): number[] => []);
  for (const d of sorted) {
    for (const r of d.relations) {
      if (r.type !== 'HAS_DEPARTMENT') continue;
      const from = nodeAt.get(`${d.document.id}\u0000${r.from}`);
      const to = nodeAt.get(`${d.document.id}\u0000${r.to}`);
      if (from !== undefined && to !== undefined && from !== to && isDepartment(to)) parentsOf[to]?.push(from);
    }
  }
  const parentRootsKey = (i: number): string =>
    [...new Set((parentsOf[i] as number[]).map(find))].sort((a, b) => a - b).join(',') || '-';
  let pending = nodes.flatMap((_, i) => (isDepartment(i) ? [i] : []));
  const done = new Set<number>();
  while (pending.length > 0) {
    const ready = pending.filter((i) => (parentsOf[i] as number[]).every((p) => !isDepartment(p) || done.has(p)));
    const batch = ready.length > 0 ? ready : pending;
    mergeByKeys(batch, (i) => {
      const under = `|under|${parentRootsKey(i)}`;
      const [first, ...rest] = mergeKeys(entityAt(i));
      return [`${first}${under}`, ...rest.map((k) => `${k}${under}`)];
    });
    for (const i of batch) done.add(i);
    const inBatch = new Set(batch);
    pending = pending.filter((i) => !inBatch.has(i));
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
  const idOfRoot = new Map<number, string>();
  // A group's id: type and canonical name, plus the ids of a Department's parents or a
  // generic agency's jurisdiction, so same-named bodies of different scopes get their own.
  const idOf = (root: number, depth: number): string => {
    const known = idOfRoot.get(root);
    if (known) return known;
    const members = groups.get(root) as number[];
    const first = entityAt(members[0] as number);
    const name = first.type === 'Responsibility' ? first.name : pickCanonical(members.map((m) => entityAt(m).name));
    let scope = '';
    if (first.type === 'Agency') {
      const jurisdiction = scopeOfKey(first.key).jurisdiction;
      if (jurisdiction) scope = `\u0000in\u0000${jurisdiction}`;
    }
    if (first.type === 'Department' && depth < MAX_PARENT_DEPTH) {
      const parentRoots = [...new Set(members.flatMap((m) => (parentsOf[m] as number[]).map(find)))]
        .filter((r) => r !== root)
        .sort((a, b) => a - b);
      const parentIds = parentRoots.map((r) => idOf(r, depth + 1)).sort(byString);
      if (parentIds.length > 0) scope = `\u0000under\u0000${parentIds.join(',')}`;
    }
    const id =
      first.type === 'Responsibility'
        ? entityId('Responsibility', first.key, name.slice(0, 40))
        : entityId(first.type, `${normaliseName(name)}${scope}`, name);
    idOfRoot.set(root, id);
    return id;
  };
  for (const [root, members] of groups) {
    const locals = members.map((m) => nodes[m] as { doc: string; entity: LocalEntity });
    const first = (locals[0] as { entity: LocalEntity }).entity;
    const name = first.type === 'Responsibility' ? first.name : pickCanonical(locals.map((l) => l.entity.name));
    const id = idOf(root, 0);
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
        relationMap.set(key, {
          type: r.type,
          from,
          to,
          properties: { ...r.properties },
          evidence: [...r.evidence],
          extractors: [...r.extractors],
        });
        continue;
      }
      for (const [k, v] of Object.entries(r.properties))
        if (existing.properties[k] === undefined) existing.properties[k] = v;
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
    diagnostics: diagnostics.sort(
      (a, b) =>
        byString(a.document ?? '', b.document ?? '') ||
        byString(a.code, b.code) ||
        (a.start ?? 0) - (b.start ?? 0) ||
        byString(a.message, b.message),
    ),
  };
}
