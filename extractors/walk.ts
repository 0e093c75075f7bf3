// Tree walking helpers over the document model.
import type { BlockNode, SectionNode, TextRange } from './types.ts';

/** A text range together with the nodes above it (innermost last). */
export interface TextPiece {
  range: TextRange;
  role: 'heading' | 'paragraph' | 'item-head' | 'key' | 'value' | 'cell';
  ancestors: BlockNode[];
}

/** Lists every piece of running text in the tree in document order. */
export function textPieces(root: SectionNode): TextPiece[] {
  const out: TextPiece[] = [];
  const visit = (node: BlockNode, ancestors: BlockNode[]): void => {
    const inner = [...ancestors, node];
    switch (node.kind) {
      case 'section':
        if (node.heading) out.push({ range: node.heading, role: 'heading', ancestors: inner });
        for (const child of node.children) visit(child, inner);
        break;
      case 'paragraph':
        out.push({ range: node.range, role: 'paragraph', ancestors });
        break;
      case 'list':
        for (const item of node.items) visit(item, inner);
        break;
      case 'item':
        out.push({ range: node.head, role: 'item-head', ancestors: inner });
        for (const child of node.children) visit(child, inner);
        break;
      case 'keyValue':
        out.push({ range: node.key, role: 'key', ancestors: inner });
        out.push({ range: node.value, role: 'value', ancestors: inner });
        break;
      case 'table':
        for (const row of [node.header, ...node.rows]) for (const cell of row) out.push({ range: cell, role: 'cell', ancestors: inner });
        break;
    }
  };
  visit(root, []);
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}

/** Every section in the tree, depth first. */
export function allSections(root: SectionNode): SectionNode[] {
  const out: SectionNode[] = [];
  const visit = (s: SectionNode): void => {
    out.push(s);
    for (const c of s.children) if (c.kind === 'section') visit(c);
  };
  visit(root);
  return out;
}
