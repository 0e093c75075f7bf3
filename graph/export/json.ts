// JSON export: one file, {"nodes": [...], "relationships": [...]}, written element by
// element. A node is {id: "<group>:<key>", labels, properties}; a relationship
// {type, start, end, properties} with start and end naming node ids. Temporal values are
// ISO 8601 strings, points {srid, x, y[, z]} (graph/values.ts).
import { join } from 'node:path';
import type { Driver } from '../driver.ts';
import { streamNodes, streamRelationships, type GraphShape } from './reader.ts';
import { openFileSink } from './file-sink.ts';

/** The node id exports use across groups: `<group>:<key>`. */
export function exportNodeId(group: string, key: string): string {
  return `${group}:${key}`;
}

/** Writes graph.json into `outDir`; returns the file and the counts. */
export async function writeJsonExport(driver: Driver, database: string | undefined, shape: GraphShape, outDir: string) {
  const sink = openFileSink(join(outDir, 'graph.json'));
  try {
    await sink.write('{\n  "nodes": [');
    let first = true;
    const nodes = await streamNodes(driver, database, shape, async (node) => {
      await sink.write(
        `${first ? '\n' : ',\n'}    ${JSON.stringify({ id: exportNodeId(node.group, node.key), labels: node.labels, properties: node.properties })}`,
      );
      first = false;
    });
    await sink.write('\n  ],\n  "relationships": [');
    first = true;
    const relationships = await streamRelationships(driver, database, shape, async (relationship) => {
      const element = {
        type: relationship.type,
        start: exportNodeId(relationship.startGroup, relationship.startKey),
        end: exportNodeId(relationship.endGroup, relationship.endKey),
        properties: relationship.properties,
      };
      await sink.write(`${first ? '\n' : ',\n'}    ${JSON.stringify(element)}`);
      first = false;
    });
    await sink.write('\n  ]\n}\n');
    return { files: [sink.path], nodes, relationships };
  } finally {
    await sink.close();
  }
}
