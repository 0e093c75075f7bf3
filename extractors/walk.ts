// Tree walking helpers over the document model.
import type { BlockNode, ItemNode, SectionNode, TextRange } from './types.ts';

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
        for (const row of [node.header, ...node.rows])
          for (const cell of row) out.push({ range: cell, role: 'cell', ancestors: inner });
        break;
    }
  };
  visit(root, []);
  out.sort((a, b) => a.range.start - b.range.start);
  return out;
}

const MAX_SECTION_ITEM_WORDS = 8;
const itemSections = new WeakMap<ItemNode, SectionNode>();

/**
 * A list item with a short head and content under it ("II. Internal organisation" followed
 * by its units) read as a section; null for other items. Memoised, so identity is stable.
 */
export function itemAsSection(text: string, item: ItemNode): SectionNode | null {
  const cached = itemSections.get(item);
  if (cached) return cached;
  const head = text.slice(item.head.start, item.head.end).trim();
  if (item.children.length === 0 || head.split(/\s+/).length > MAX_SECTION_ITEM_WORDS || /[.;]$/.test(head))
    return null;
  const section: SectionNode = {
    kind: 'section',
    heading: item.head,
    level: 8,
    range: item.range,
    children: item.children,
  };
  itemSections.set(item, section);
  return section;
}

/** Every section in the tree, depth first, including items that read as sections. */
export function allSections(root: SectionNode, text: string): SectionNode[] {
  const out: SectionNode[] = [];
  const visitChildren = (children: BlockNode[]): void => {
    for (const c of children) {
      if (c.kind === 'section') visit(c);
      if (c.kind === 'list') {
        for (const item of c.items) {
          const pseudo = itemAsSection(text, item);
          if (pseudo) visit(pseudo);
          else visitChildren(item.children);
        }
      }
    }
  };
  const visit = (s: SectionNode): void => {
    out.push(s);
    visitChildren(s.children);
  };
  visit(root);
  return out;
}

const previousSections = new WeakMap<SectionNode, Map<SectionNode, SectionNode>>();

/**
 * The section right before `section` under the same parent, if the block right before it is
 * one. Flattened pages put a body's sub-sections ("Divisions") beside its own heading rather
 * than under it.
 */
export function precedingSection(root: SectionNode, section: SectionNode): SectionNode | null {
  let map = previousSections.get(root);
  if (!map) {
    const built = new Map<SectionNode, SectionNode>();
    const visit = (node: SectionNode): void => {
      let previous: BlockNode | null = null;
      for (const child of node.children) {
        if (child.kind === 'section') {
          if (previous?.kind === 'section') built.set(child, previous);
          visit(child);
        }
        previous = child;
      }
    };
    visit(root);
    map = built;
    previousSections.set(root, map);
  }
  return map.get(section) ?? null;
}

/** The sections from the root down to `target`, target included ([target] when it is not under the root). */
export function sectionPath(root: SectionNode, target: SectionNode): SectionNode[] {
  const path: SectionNode[] = [];
  const visit = (section: SectionNode): boolean => {
    path.push(section);
    if (section === target) return true;
    for (const child of section.children) if (child.kind === 'section' && visit(child)) return true;
    path.pop();
    return false;
  };
  return visit(root) ? path : [target];
}
