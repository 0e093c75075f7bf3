// GraphML export for Gephi, yEd and Cytoscape: one <key> per property name (typed when the
// property has one scalar type everywhere, else a string holding JSON), node ids
// `<group>:<key>`, a `labels` attribute (":Agency:Entity") and a `label` attribute (the
// name, which the viewers show), and a `type` attribute on edges. Written through
// xmlbuilder2's callback builder, flushing after every element.
import { join } from 'node:path';
import { createCB } from 'xmlbuilder2';
import type { Driver } from '../driver.ts';
import { streamNodes, streamRelationships, type GraphShape, type PropertyColumn } from './reader.ts';
import { exportNodeId } from './json.ts';
import { openFileSink } from './file-sink.ts';
import { toCellText, type PlainMap } from '../values.ts';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** A GraphML attribute key. */
export interface GraphmlKey {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'long' | 'double' | 'boolean';
}

/** The GraphML type of a column: scalars map, everything else is a string. */
export function graphmlType(column: PropertyColumn): GraphmlKey['type'] {
  if (column.isArray) return 'string';
  return column.type === 'long' || column.type === 'double' || column.type === 'boolean' ? column.type : 'string';
}

/** One key per property name and element kind; a name typed differently in two groups becomes a string. */
export function graphmlKeys(shape: GraphShape): GraphmlKey[] {
  const keys = new Map<string, GraphmlKey>();
  const add = (kind: 'node' | 'edge', column: PropertyColumn) => {
    const id = `${kind === 'node' ? 'n' : 'e'}_${column.name}`;
    const type = graphmlType(column);
    const known = keys.get(id);
    keys.set(id, { id, for: kind, name: column.name, type: known && known.type !== type ? 'string' : type });
  };
  for (const group of shape.nodeGroups) for (const column of group.properties) add('node', column);
  for (const group of shape.relationshipGroups) for (const column of group.properties) add('edge', column);
  const names = (kind: string) => new Set([...keys.values()].filter((key) => key.for === kind).map((key) => key.name));
  const nodeNames = names('node');
  const edgeNames = names('edge');
  const special: GraphmlKey[] = [
    { id: 'labels', for: 'node', name: nodeNames.has('labels') ? '_labels' : 'labels', type: 'string' },
    { id: 'label', for: 'node', name: nodeNames.has('label') ? '_label' : 'label', type: 'string' },
    { id: 'type', for: 'edge', name: edgeNames.has('type') ? '_type' : 'type', type: 'string' },
  ];
  return [...special, ...keys.values()];
}

/** Writes graph.graphml into `outDir`; returns the file and the counts. */
export async function writeGraphmlExport(
  driver: Driver,
  database: string | undefined,
  shape: GraphShape,
  outDir: string,
) {
  const sink = openFileSink(join(outDir, 'graph.graphml'));
  let pending: string[] = [];
  const flush = async () => {
    const chunk = pending.join('');
    pending = [];
    if (chunk) await sink.write(chunk);
  };
  const xml = createCB({
    data: (chunk: string) => {
      pending.push(chunk);
    },
    prettyPrint: true,
    // XML 1.0 cannot hold most control characters; document text can.
    invalidCharReplacement: '\uFFFD',
  });
  try {
    xml.dec({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: GRAPHML_NS });
    for (const key of graphmlKeys(shape))
      xml.ele('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type }).up();
    xml.ele('graph', { id: 'G', edgedefault: 'directed' });
    const data = (prefix: 'n' | 'e', properties: PlainMap) => {
      for (const name of Object.keys(properties).sort()) {
        const value = properties[name] ?? null;
        if (value === null) continue;
        xml
          .ele('data', { key: `${prefix}_${name}` })
          .txt(toCellText(value))
          .up();
      }
    };
    const nodes = await streamNodes(driver, database, shape, async (node) => {
      xml.ele('node', { id: exportNodeId(node.group, node.key) });
      xml
        .ele('data', { key: 'labels' })
        .txt(node.labels.map((label) => `:${label}`).join(''))
        .up();
      const name = node.properties.name;
      xml
        .ele('data', { key: 'label' })
        .txt(typeof name === 'string' ? name : node.key)
        .up();
      data('n', node.properties);
      xml.up();
      await flush();
    });
    let edgeNumber = 0;
    const relationships = await streamRelationships(driver, database, shape, async (relationship) => {
      edgeNumber += 1;
      xml.ele('edge', {
        id: `e${edgeNumber}`,
        source: exportNodeId(relationship.startGroup, relationship.startKey),
        target: exportNodeId(relationship.endGroup, relationship.endKey),
      });
      xml.ele('data', { key: 'type' }).txt(relationship.type).up();
      data('e', relationship.properties);
      xml.up();
      await flush();
    });
    xml.up().up().end();
    await flush();
    return { files: [sink.path], nodes, relationships };
  } finally {
    await sink.close();
  }
}
