// Info boxes written as bullets (EXTRACTION.md stage 1, info boxes): a converter may set each
// field of an encyclopaedia's info box as a list item ("- Minister1 Name: Jane Roe", "- Child1
// Agency: X"). A run of such items is read as the fields it is, so the info-box rules see
// the same fields as in "Key: value" lines. A list of units with their remits ("- Finance
// Division: manages the budget") is no info box: its keys name bodies and its values run long.
import type { FlatBlock } from './blocks.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';

type ItemBlock = Extract<FlatBlock, { kind: 'item' }>;

const FIELD = /^([\p{Lu}][\p{L}\d .'’/()-]{0,40}?)\s*:\s*(\S.*)$/u;
const MIN_FIELDS = 5;
const FIELD_SHARE = 0.8;
const MAX_KEY_WORDS = 4;
const MAX_TYPICAL_VALUE_WORDS = 6;
const MAX_BODY_KEY_SHARE = 0.2;

interface Field {
  block: ItemBlock;
  keyLength: number;
  valueStart: number;
}

function fieldOf(text: string, block: ItemBlock): Field | null {
  const head = text.slice(block.head.start, block.head.end);
  const m = FIELD.exec(head);
  if (!m || (m[1] as string).trim().split(/\s+/).length > MAX_KEY_WORDS) return null;
  return { block, keyLength: (m[1] as string).trimEnd().length, valueStart: head.length - (m[2] as string).length };
}

function isInfoBox(text: string, run: ItemBlock[], fields: Field[]): boolean {
  if (fields.length < MIN_FIELDS || fields.length < run.length * FIELD_SHARE) return false;
  const keys = fields.map((f) => text.slice(f.block.head.start, f.block.head.start + f.keyLength));
  const bodyKeys = keys.filter((k) => !/\d/.test(k) && k.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w)));
  if (bodyKeys.length > keys.length * MAX_BODY_KEY_SHARE) return false;
  const valueWords = fields
    .map((f) => text.slice(f.block.head.start + f.valueStart, f.block.head.end).split(/\s+/).length)
    .sort((a, b) => a - b);
  return (valueWords[Math.floor(valueWords.length / 2)] ?? 0) <= MAX_TYPICAL_VALUE_WORDS;
}

/** The blocks with each run of bulleted info-box fields read as key/value blocks. */
export function readBulletedFields(text: string, blocks: FlatBlock[]): FlatBlock[] {
  const out: FlatBlock[] = [];
  let k = 0;
  while (k < blocks.length) {
    const first = blocks[k] as FlatBlock;
    if (first.kind !== 'item') {
      out.push(first);
      k++;
      continue;
    }
    // A run of items at one indent, with nothing between them.
    const run: ItemBlock[] = [];
    while (k < blocks.length) {
      const b = blocks[k] as FlatBlock;
      if (b.kind !== 'item' || b.indent !== first.indent || (b.depth ?? 0) !== (first.depth ?? 0)) break;
      run.push(b);
      k++;
    }
    const fields = run.map((b) => fieldOf(text, b));
    const found = fields.filter((f): f is Field => f !== null);
    if (!isInfoBox(text, run, found)) {
      out.push(...run);
      continue;
    }
    run.forEach((block, i) => {
      const field = fields[i];
      if (!field) {
        out.push(block);
        return;
      }
      const at = block.head.start;
      out.push({
        kind: 'keyValue',
        range: block.head,
        key: { start: at, end: at + field.keyLength },
        value: { start: at + field.valueStart, end: block.head.end },
        indent: block.indent,
      });
    });
  }
  return out;
}
