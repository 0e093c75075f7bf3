// Reads the whole graph for an export, in two passes: the shape (per node group and per
// relationship group: counts, property names and their types, from valueType()), then the
// nodes and relationships streamed record by record (the driver pulls in batches, and the
// writer's back-pressure pauses the pull), so a large graph is never held in memory.
import { statementRunner, type Driver } from '../driver.ts';
import {
  ALL_NODES,
  ALL_RELATIONSHIPS,
  NODE_COUNTS,
  NODE_PROPERTIES,
  RELATIONSHIP_COUNTS,
  RELATIONSHIP_PROPERTIES,
} from '../statements/export.ts';
import type { PlainMap } from '../values.ts';

/** Property types in neo4j-admin import's vocabulary (an array is `isArray` with the element type). */
export type ScalarType =
  | 'string'
  | 'long'
  | 'double'
  | 'boolean'
  | 'date'
  | 'localtime'
  | 'time'
  | 'localdatetime'
  | 'datetime'
  | 'duration'
  | 'point';

/** One property column of a group. */
export interface PropertyColumn {
  name: string;
  type: ScalarType;
  isArray: boolean;
}

/** Nodes grouped by primary label (see primaryLabel). */
export interface NodeGroup {
  label: string;
  count: number;
  /** 'id' when every node has a distinct string `id` property; else the export key is elementId. */
  keyMode: 'id' | 'elementId';
  properties: PropertyColumn[];
}

/** Relationships grouped by type and the primary labels of their ends. */
export interface RelationshipGroup {
  type: string;
  startLabel: string;
  endLabel: string;
  count: number;
  properties: PropertyColumn[];
}

/** The graph's shape: what the writers need before the first row. */
export interface GraphShape {
  nodeGroups: NodeGroup[];
  relationshipGroups: RelationshipGroup[];
}

/** One node as exported: `key` is unique within its group. */
export interface ExportNode {
  group: string;
  key: string;
  labels: string[];
  properties: PlainMap;
}

/** One relationship as exported, its ends named by group and key. */
export interface ExportRelationship {
  type: string;
  startGroup: string;
  startKey: string;
  endGroup: string;
  endKey: string;
  properties: PlainMap;
}

/** Label a node is grouped (and its id space named) by: the first in sorted order other than Entity. */
export function primaryLabel(labels: readonly string[]): string {
  const sorted = [...labels].sort();
  return sorted.find((label) => label !== 'Entity') ?? sorted[0] ?? '_Unlabelled';
}

/** Maps a valueType() answer to an import type; undefined for an empty list (element type unknown). */
export function toPropertyType(valueType: string): { type: ScalarType; isArray: boolean } | undefined {
  const bare = valueType.replace(/ NOT NULL/g, '').trim();
  const list = /^LIST<(.+)>$/.exec(bare);
  if (list) {
    if (list[1] === 'NOTHING') return undefined;
    const element = toPropertyType(list[1]!);
    return element && !element.isArray ? { type: element.type, isArray: true } : { type: 'string', isArray: false };
  }
  const scalars: Record<string, ScalarType> = {
    STRING: 'string',
    INTEGER: 'long',
    FLOAT: 'double',
    BOOLEAN: 'boolean',
    DATE: 'date',
    'LOCAL TIME': 'localtime',
    'ZONED TIME': 'time',
    'LOCAL DATETIME': 'localdatetime',
    'ZONED DATETIME': 'datetime',
    DURATION: 'duration',
    POINT: 'point',
  };
  // Anything else (mixed lists) is written as JSON text.
  return { type: scalars[bare] ?? 'string', isArray: false };
}

/** Folds the types one property has across a group into one column type. */
export function mergePropertyTypes(a: PropertyColumn | undefined, b: PropertyColumn): PropertyColumn {
  if (!a || (a.type === b.type && a.isArray === b.isArray)) return b;
  if (a.isArray === b.isArray && [a.type, b.type].every((type) => type === 'long' || type === 'double'))
    return { ...b, type: 'double' };
  return { name: b.name, type: 'string', isArray: false };
}

function columnsOf(types: Map<string, PropertyColumn | undefined>): PropertyColumn[] {
  return [...types.entries()]
    .map(([name, column]) => column ?? { name, type: 'string' as const, isArray: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function addType(types: Map<string, PropertyColumn | undefined>, key: string, valueType: string): void {
  const mapped = toPropertyType(valueType);
  if (!mapped) {
    if (!types.has(key)) types.set(key, undefined);
    return;
  }
  types.set(key, mergePropertyTypes(types.get(key), { name: key, ...mapped }));
}

/** Reads the graph's shape: node groups with key modes, relationship groups, property columns and types. */
export async function readGraphShape(driver: Driver, database: string | undefined): Promise<GraphShape> {
  const runner = statementRunner(driver, database, 'READ');
  const nodeGroups = new Map<
    string,
    { count: number; withId: number; distinctIds: number; types: Map<string, PropertyColumn | undefined> }
  >();
  const nodeGroup = (labels: string[]) => {
    const label = primaryLabel(labels);
    let group = nodeGroups.get(label);
    if (!group) nodeGroups.set(label, (group = { count: 0, withId: 0, distinctIds: 0, types: new Map() }));
    return group;
  };
  for (const record of (await runner.run(NODE_COUNTS)).records) {
    const group = nodeGroup(record.labels as string[]);
    group.count += Number(record.nodes);
    group.withId += Number(record.withId);
    // Two label sets in one group could share an id; the sum is then too high, which is caught below.
    group.distinctIds += Number(record.distinctIds);
  }
  for (const record of (await runner.run(NODE_PROPERTIES)).records) {
    addType(nodeGroup(record.labels as string[]).types, record.key as string, record.valueType as string);
  }

  const relationshipGroups = new Map<string, RelationshipGroup & { types: Map<string, PropertyColumn | undefined> }>();
  const relationshipGroup = (from: string[], type: string, to: string[]) => {
    const startLabel = primaryLabel(from);
    const endLabel = primaryLabel(to);
    const key = JSON.stringify([type, startLabel, endLabel]);
    let group = relationshipGroups.get(key);
    if (!group)
      relationshipGroups.set(key, (group = { type, startLabel, endLabel, count: 0, properties: [], types: new Map() }));
    return group;
  };
  for (const record of (await runner.run(RELATIONSHIP_COUNTS)).records) {
    relationshipGroup(record.from as string[], record.type as string, record.to as string[]).count += Number(
      record.relationships,
    );
  }
  for (const record of (await runner.run(RELATIONSHIP_PROPERTIES)).records) {
    const group = relationshipGroup(record.from as string[], record.type as string, record.to as string[]);
    addType(group.types, record.key as string, record.valueType as string);
  }

  const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodeGroups: [...nodeGroups.entries()]
      .sort(([a], [b]) => byText(a, b))
      .map(([label, group]) => ({
        label,
        count: group.count,
        keyMode: group.withId === group.count && group.distinctIds === group.count ? 'id' : 'elementId',
        properties: columnsOf(group.types),
      })),
    relationshipGroups: [...relationshipGroups.values()]
      .sort((a, b) => byText(a.type, b.type) || byText(a.startLabel, b.startLabel) || byText(a.endLabel, b.endLabel))
      .map(({ types, ...group }) => ({ ...group, properties: columnsOf(types) })),
  };
}

/** Streams every node to `visit`, one at a time (awaited, so a slow writer slows the pull); returns the count. */
export async function streamNodes(
  driver: Driver,
  database: string | undefined,
  shape: GraphShape,
  visit: (node: ExportNode) => Promise<void>,
): Promise<number> {
  const keyModes = new Map(shape.nodeGroups.map((group) => [group.label, group.keyMode]));
  return statementRunner(driver, database, 'READ').stream(ALL_NODES, async (record) => {
    const labels = record.labels as string[];
    const group = primaryLabel(labels);
    const properties = record.properties as PlainMap;
    const key = keyModes.get(group) === 'id' ? String(properties.id) : (record.elementId as string);
    await visit({ group, key, labels: [...labels].sort(), properties });
  });
}

/** Streams every relationship to `visit`, its ends named by group and key; returns the count. */
export async function streamRelationships(
  driver: Driver,
  database: string | undefined,
  shape: GraphShape,
  visit: (relationship: ExportRelationship) => Promise<void>,
): Promise<number> {
  const keyModes = new Map(shape.nodeGroups.map((group) => [group.label, group.keyMode]));
  const endOf = (labels: string[], id: unknown, elementId: unknown): { group: string; key: string } => {
    const group = primaryLabel(labels);
    return { group, key: keyModes.get(group) === 'id' ? String(id) : String(elementId) };
  };
  return statementRunner(driver, database, 'READ').stream(ALL_RELATIONSHIPS, async (record) => {
    const start = endOf(record.fromLabels as string[], record.fromId, record.fromElementId);
    const end = endOf(record.toLabels as string[], record.toId, record.toElementId);
    await visit({
      type: record.type as string,
      startGroup: start.group,
      startKey: start.key,
      endGroup: end.group,
      endKey: end.key,
      properties: record.properties as PlainMap,
    });
  });
}
