// Flat blocks: what the text and markdown structurers emit before outline.ts nests them.
import type { Marker, TextRange } from './types.ts';

/** One structural unit in reading order; outline.ts turns the sequence into a tree. */
export type FlatBlock =
  | { kind: 'heading'; level: number; range: TextRange; content: TextRange }
  | { kind: 'label'; range: TextRange; content: TextRange }
  | {
      kind: 'item';
      markers: Marker[];
      range: TextRange;
      head: TextRange;
      indent: number;
      /** Nesting depth when the format states it (markdown lists); text infers it. */
      depth?: number;
    }
  | { kind: 'paragraph'; range: TextRange; indent: number }
  | { kind: 'row'; range: TextRange; cells: TextRange[]; isSeparator: boolean }
  | { kind: 'keyValue'; range: TextRange; key: TextRange; value: TextRange; indent?: number };
