// Diagnostics a user can act on (issue 11, item 8): the stages extractDocument runs, and the
// outline of one document with each node's role, the subject stack at that node, and the facts
// whose evidence lies in it with the rule that made each. Pure: the caller prints the lines.
import { EXTRACTION } from './extract-document.ts';
import { isDutyShaped } from './item-roles.ts';
import { rangeText } from './spans.ts';
import type { BlockNode, DocumentExtraction, LocalEntity, SourceDocument, TextRange } from './types.ts';
import { isUnitShaped } from './unit-lists.ts';

const MAX_TEXT = 72;
const INDENT = '  ';

/** Node roles as the stages read them from content. */
export type NodeRole = 'heading' | 'duties' | 'units' | 'list' | 'item' | 'paragraph' | 'table' | 'field';

/** The stages extractDocument runs, numbered in order, from the list it folds over (EXTRACTION). */
export function explainStages(): string[] {
  return [
    'stages (decode.ts reads each file before them; resolve.ts merges the documents after):',
    ...EXTRACTION.stages.map(
      (stage, k) => `${INDENT}${k + 1}. ${stage.name}: ${stage.does}  [${stage.modules.join(', ')}]`,
    ),
  ];
}

/** Explains one document: its outline, each node's role and subject stack, and the facts found in it. */
export function explainDocument(source: SourceDocument): string[] {
  const { model, extraction } = EXTRACTION.run({ source });
  const text = model.text;
  const toOriginal = (r: TextRange): TextRange => ({
    start: source.offsetMap[r.start] ?? r.start,
    end: source.offsetMap[r.end] ?? r.end,
  });
  const bodies = extraction.entities.filter((e) => e.type === 'Agency' || e.type === 'Department');
  const out: string[] = [
    `document ${source.id} (${source.format}): ${extraction.entities.length} entities, ${extraction.relations.length} relations`,
  ];
  const shown = (r: TextRange): string => JSON.stringify(collapse(rangeText(text, r)));

  // Iterative walk with an explicit stack: the depth of the input never grows the call stack.
  const stack: Array<{ node: BlockNode; depth: number; subjects: string[] }> = [
    { node: model.root, depth: 0, subjects: [] },
  ];
  while (stack.length > 0) {
    const { node, depth, subjects } = stack.pop() as { node: BlockNode; depth: number; subjects: string[] };
    const pad = INDENT.repeat(depth);
    let inner = subjects;
    let children: BlockNode[] = [];
    switch (node.kind) {
      case 'section': {
        if (node.heading) {
          const named = bodiesIn(bodies, toOriginal(node.heading));
          inner = named.length > 0 ? [...subjects, named[0] as string] : subjects;
          out.push(`${pad}heading L${node.level} ${shown(node.heading)}  subject: ${stackText(inner)}`);
        }
        children = node.children;
        break;
      }
      case 'list': {
        const heads = node.items.map((i) => rangeText(text, i.head));
        const role: NodeRole = isDutyShaped(text, node) ? 'duties' : isUnitShaped(heads) ? 'units' : 'list';
        out.push(`${pad}list ${node.style} x${node.items.length}  role: ${role}  subject: ${stackText(subjects)}`);
        children = node.items;
        break;
      }
      case 'item':
        out.push(`${pad}item ${node.marker.style}:${node.marker.value} ${shown(node.head)}`);
        out.push(...factsIn(extraction, toOriginal(node.head), `${pad}${INDENT}`));
        children = node.children;
        break;
      case 'paragraph':
        out.push(`${pad}paragraph ${shown(node.range)}`);
        out.push(...factsIn(extraction, toOriginal(node.range), `${pad}${INDENT}`));
        break;
      case 'table':
        out.push(`${pad}table ${node.header.length} columns x ${node.rows.length} rows`);
        out.push(...factsIn(extraction, toOriginal(node.range), `${pad}${INDENT}`));
        break;
      case 'keyValue':
        out.push(`${pad}field ${shown(node.key)} = ${shown(node.value)}`);
        out.push(...factsIn(extraction, toOriginal(node.range), `${pad}${INDENT}`));
        break;
    }
    for (let k = children.length - 1; k >= 0; k--)
      stack.push({ node: children[k] as BlockNode, depth: depth + 1, subjects: inner });
  }
  for (const d of extraction.diagnostics) out.push(`diagnostic ${d.code}: ${d.message}`);
  return out;
}

function collapse(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

function stackText(subjects: string[]): string {
  return subjects.length === 0 ? '(document subject)' : subjects.join(' > ');
}

function bodiesIn(bodies: LocalEntity[], range: TextRange): string[] {
  return bodies.filter((b) => b.mentions.some((m) => m.start >= range.start && m.end <= range.end)).map((b) => b.name);
}

// The facts whose evidence starts inside a node, with the rules that made them.
function factsIn(extraction: DocumentExtraction, range: TextRange, pad: string): string[] {
  const names = new Map(extraction.entities.map((e) => [e.key, e.name]));
  const out: string[] = [];
  for (const r of extraction.relations) {
    if (!r.evidence.some((e) => e.start >= range.start && e.start < range.end)) continue;
    const title = r.properties.title ? ` (${r.properties.title})` : '';
    out.push(
      `${pad}-> ${collapse(names.get(r.from) ?? r.from)} ${r.type}${title} ${collapse(names.get(r.to) ?? r.to)}  [${r.extractors.join(', ')}]`,
    );
  }
  return out;
}
