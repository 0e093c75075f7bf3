// Records written as list items of "Label: value" fields ("- **Location**: Singha Durbar",
// "- **Key Departments**: Immigration, Customs", "- **Oversees**: National Planning
// Commission"): a list most of whose items are such fields describes the body that heads it
// (the item the list hangs under, else the section heading); it lists no duties. Field names
// that say how their values stand to that body relate them: units of it, or bodies under it.
import { isVerbInitial } from './item-roles.ts';
import type { ItemNode, ListNode, SectionNode, TextRange } from './types.ts';
import { allSections } from './walk.ts';

// A short capitalised label, then a colon and a value (emphasis is blanked in the text).
const FIELD = /^(\s*)(\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,3})\s*[:：]\s+(?=\S)/u;
const MIN_FIELDS = 2;
const FIELD_SHARE = 0.6;
const UNITS_LABEL =
  /^(?:(?:key|main|major|its|internal)\s+)?(?:departments|divisions|directorates|units|bureaus|sections|branches|wings)$/i;
const SUBORDINATES_LABEL =
  /^(?:(?:subordinate|attached|affiliated|supervised)\s+(?:forces|agencies|bodies|institutions|organi[sz]ations|entities|services)|(?:also\s+)?(?:oversees|supervises)|agencies\s+under\s+\p{L}+)$/iu;

/** One field item: its label and the range of its value. */
export interface FieldItem {
  label: string;
  value: TextRange;
}

/** The label and value of an item written as "Label: value", or null. */
export function fieldOfItem(text: string, item: ItemNode): FieldItem | null {
  const head = text.slice(item.head.start, item.head.end);
  const m = FIELD.exec(head);
  if (!m) return null;
  return { label: (m[2] as string).trim(), value: { start: item.head.start + m[0].length, end: item.head.end } };
}

/** True when most items of a list are fields whose values say what something is, not what it does. */
export function isFieldList(text: string, list: ListNode): boolean {
  if (list.items.length < MIN_FIELDS) return false;
  let fields = 0;
  for (const item of list.items) {
    const field = fieldOfItem(text, item);
    if (field && !isVerbInitial(text.slice(field.value.start, field.value.end))) fields++;
  }
  return fields >= MIN_FIELDS && fields >= list.items.length * FIELD_SHARE;
}

/** A field that relates its values to the record's body, with where that body is named. */
export interface RelatingField {
  kind: 'units' | 'subordinates';
  value: TextRange;
  /** The item head or heading that names the record's body. */
  ownerCue: TextRange;
  section: SectionNode;
  item: ItemNode;
}

/** The unit and subordinate-body fields of every field list, with their owners' cues. */
export function findRelatingFields(text: string, root: SectionNode): RelatingField[] {
  const out: RelatingField[] = [];
  const visitList = (list: ListNode, ownerCue: TextRange | null, section: SectionNode): void => {
    const isRecord = ownerCue !== null && isFieldList(text, list);
    for (const item of list.items) {
      const field = isRecord ? fieldOfItem(text, item) : null;
      const kind = field
        ? UNITS_LABEL.test(field.label)
          ? 'units'
          : SUBORDINATES_LABEL.test(field.label)
            ? 'subordinates'
            : null
        : null;
      if (field && kind && ownerCue) out.push({ kind, value: field.value, ownerCue, section, item });
      for (const child of item.children) if (child.kind === 'list') visitList(child, item.head, section);
    }
  };
  for (const section of allSections(root, text))
    for (const child of section.children) if (child.kind === 'list') visitList(child, section.heading, section);
  return out;
}

/** The names a field value lists: its comma- or semicolon-separated parts, without bracketed notes. */
export function fieldValueParts(text: string, value: TextRange): TextRange[] {
  const out: TextRange[] = [];
  const raw = text.slice(value.start, value.end);
  for (const m of raw.matchAll(/[^,;]+/g)) {
    let part = m[0];
    const bracket = part.search(/\s*[(（]/);
    if (bracket >= 0) part = part.slice(0, bracket);
    const lead = part.length - part.trimStart().length;
    const name = part.trim().replace(/^(?:and|&)\s+/, '');
    const start = value.start + m.index + lead + (part.trim().length - name.length);
    if (name.length > 1 && /^\p{Lu}/u.test(name)) out.push({ start, end: start + name.length });
  }
  return out;
}
