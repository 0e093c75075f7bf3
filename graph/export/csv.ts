// CSV export in `neo4j-admin database import` format: one file per node group and one per
// (relationship type, start group, end group), typed headers (`id:ID(Agency)`,
// `aliases:string[]`, `:LABEL`, `:START_ID(Person)`, `:END_ID(Agency)`, `:TYPE`), lists
// joined by the array delimiter, plus manifest.json and the import command line.
// Import with --id-type=string --array-delimiter=<d> --multiline-fields=true. A missing
// value and an empty list are an empty cell, which the importer reads as "no property"; an
// empty string is a quoted "".
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { GraphError } from '../errors.ts';
import type { Driver } from '../driver.ts';
import {
  streamNodes,
  streamRelationships,
  type GraphShape,
  type NodeGroup,
  type PropertyColumn,
  type RelationshipGroup,
} from './reader.ts';
import { openFileSink, type FileSink } from './file-sink.ts';
import type { PlainMap, PlainValue } from '../values.ts';

/** What manifest.json records about one file. */
export interface CsvFileEntry {
  file: string;
  count: number;
}

/** manifest.json: which file holds what, for re-loading. */
export interface CsvManifest {
  format: 'neo4j-admin-import';
  arrayDelimiter: string;
  nodes: (CsvFileEntry & { label: string; keyMode: NodeGroup['keyMode'] })[];
  relationships: (CsvFileEntry & { type: string; startLabel: string; endLabel: string })[];
}

const CRS_BY_SRID: Record<number, string> = {
  4326: 'WGS-84',
  4979: 'WGS-84-3D',
  7203: 'cartesian',
  9157: 'cartesian-3D',
};

/** A label or type made safe for a file name. */
export function fileNamePart(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, '_');
}

/** The header field of one property column, e.g. `aliases:string[]`. */
export function propertyHeader(column: PropertyColumn): string {
  return `${column.name}:${column.type}${column.isArray ? '[]' : ''}`;
}

function scalarText(value: PlainValue, column: PropertyColumn): string {
  if (value === null) return '';
  if (column.type === 'point' && typeof value === 'object' && !Array.isArray(value)) {
    const crs = CRS_BY_SRID[Number(value.srid)] ?? 'cartesian';
    const z = value.z === undefined ? '' : `, z:${String(value.z)}`;
    return `{crs:'${crs}', x:${String(value.x)}, y:${String(value.y)}${z}}`;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Formats one property value as an import cell: null (an empty, unquoted cell: no property)
 * for a missing value or an empty list, `""` for an empty string. Throws KG_USAGE when a
 * list element holds the array delimiter.
 */
export function importCell(
  value: PlainValue | undefined,
  column: PropertyColumn,
  arrayDelimiter: string,
): string | null {
  if (value === undefined || value === null) return null;
  if (!column.isArray) return scalarText(value, column);
  const elements = Array.isArray(value) ? value : [value];
  if (elements.length === 0) return null;
  return elements
    .map((element) => {
      const text = scalarText(element, column);
      if (text.includes(arrayDelimiter)) {
        throw new GraphError(
          'KG_USAGE',
          `Property "${column.name}" holds the list element ${JSON.stringify(text)}, which contains the array delimiter "${arrayDelimiter}": export again with --array-delimiter set to a character no list element contains`,
        );
      }
      return text;
    })
    .join(arrayDelimiter);
}

// Quotes an empty string (`""`) so that it differs from a missing value (an empty cell).
const QUOTE_EMPTY_STRINGS = { string: (value: string) => (value === '' ? { value, quoted_empty: true } : value) };

function line(fields: (string | null)[]): string {
  return stringify([fields], { cast: QUOTE_EMPTY_STRINGS });
}

interface OpenGroup<G> {
  group: G;
  file: string;
  sink: FileSink;
  columns: PropertyColumn[];
  count: number;
}

/** Writes the CSV files, manifest.json and neo4j-admin-import.txt into `outDir`. */
export async function writeCsvExport(
  driver: Driver,
  database: string | undefined,
  shape: GraphShape,
  outDir: string,
  arrayDelimiter = ';',
) {
  if (arrayDelimiter.length !== 1 || arrayDelimiter === ',' || arrayDelimiter === '"') {
    throw new GraphError('KG_USAGE', `--array-delimiter "${arrayDelimiter}" must be one character other than , and "`);
  }
  const nodeFiles = new Map<string, OpenGroup<NodeGroup>>();
  const relationshipFiles = new Map<string, OpenGroup<RelationshipGroup>>();
  const all: FileSink[] = [];
  try {
    for (const group of shape.nodeGroups) {
      const file = `nodes-${fileNamePart(group.label)}.csv`;
      const sink = openFileSink(join(outDir, file));
      all.push(sink);
      // In 'id' mode the id column is the key and the `id` property at once (name:ID stores it).
      const columns = group.properties.filter((column) => !(group.keyMode === 'id' && column.name === 'id'));
      const idHeader = group.keyMode === 'id' ? `id:ID(${group.label})` : `:ID(${group.label})`;
      await sink.write(line([idHeader, ...columns.map(propertyHeader), ':LABEL']));
      nodeFiles.set(group.label, { group, file, sink, columns, count: 0 });
    }
    for (const group of shape.relationshipGroups) {
      const file = `relationships-${fileNamePart(group.type)}-${fileNamePart(group.startLabel)}-${fileNamePart(group.endLabel)}.csv`;
      const sink = openFileSink(join(outDir, file));
      all.push(sink);
      await sink.write(
        line([
          `:START_ID(${group.startLabel})`,
          ...group.properties.map(propertyHeader),
          `:END_ID(${group.endLabel})`,
          ':TYPE',
        ]),
      );
      relationshipFiles.set(JSON.stringify([group.type, group.startLabel, group.endLabel]), {
        group,
        file,
        sink,
        columns: group.properties,
        count: 0,
      });
    }
    const cells = (properties: PlainMap, columns: PropertyColumn[]) =>
      columns.map((column) => importCell(properties[column.name], column, arrayDelimiter));

    const nodes = await streamNodes(driver, database, shape, async (node) => {
      const target = nodeFiles.get(node.group);
      if (!target)
        throw new Error(
          `node group ${node.group} appeared after the shape was read (the graph changed during the export)`,
        );
      target.count += 1;
      await target.sink.write(line([node.key, ...cells(node.properties, target.columns), node.labels.join(';')]));
    });
    const relationships = await streamRelationships(driver, database, shape, async (relationship) => {
      const target = relationshipFiles.get(
        JSON.stringify([relationship.type, relationship.startGroup, relationship.endGroup]),
      );
      if (!target)
        throw new Error(
          `relationship group ${relationship.type} appeared after the shape was read (the graph changed during the export)`,
        );
      target.count += 1;
      await target.sink.write(
        line([
          relationship.startKey,
          ...cells(relationship.properties, target.columns),
          relationship.endKey,
          relationship.type,
        ]),
      );
    });

    const manifest: CsvManifest = {
      format: 'neo4j-admin-import',
      arrayDelimiter,
      nodes: [...nodeFiles.values()].map(({ group, file, count }) => ({
        file,
        count,
        label: group.label,
        keyMode: group.keyMode,
      })),
      relationships: [...relationshipFiles.values()].map(({ group, file, count }) => ({
        file,
        count,
        type: group.type,
        startLabel: group.startLabel,
        endLabel: group.endLabel,
      })),
    };
    writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const command = [
      'neo4j-admin database import full neo4j',
      '--id-type=string',
      `--array-delimiter='${arrayDelimiter}'`,
      '--multiline-fields=true',
      ...manifest.nodes.map((entry) => `--nodes=${entry.file}`),
      ...manifest.relationships.map((entry) => `--relationships=${entry.file}`),
    ].join(' \\\n  ');
    writeFileSync(
      join(outDir, 'neo4j-admin-import.txt'),
      `# Run from this folder, into an empty database:\n${command}\n`,
    );
    const files = [...manifest.nodes, ...manifest.relationships].map((entry) => join(outDir, entry.file));
    return {
      files: [...files, join(outDir, 'manifest.json'), join(outDir, 'neo4j-admin-import.txt')],
      nodes,
      relationships,
    };
  } finally {
    for (const sink of all) await sink.close();
  }
}
