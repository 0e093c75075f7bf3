// What the relation stages read and write once bodies, laws and people are entities: the
// document's text and mentions, its keyed body and law mentions, its subject, and the
// LocalGraph the facts go into. Its own module, so rule modules (relations-sentences.ts)
// can take it without importing the composition that builds it.
import type { SubjectReading } from './subject.ts';
import type { DocumentMentions } from './mentions.ts';
import { responsibilityKey, type LocalGraph } from './local-graph.ts';
import type { RangeIndex } from './range-index.ts';
import { isVerbInitial } from './item-roles.ts';
import { findLeaderLines } from './leader-lines.ts';
import type { ExtractorRule } from './rules.ts';
import type { DocumentModel, SectionNode, TextRange } from './types.ts';
import { ORGANISATION_HEADS, UNIT_LIST_HEADS } from './vocabulary.ts';
import { precedingSection } from './walk.ts';

/** A body mention with its entity key; `parent` is Y's range for "X of the Y". */
export interface KeyedBody {
  range: TextRange;
  key: string;
  parent?: TextRange;
}

/** A law mention with its entity key. */
export interface KeyedLaw {
  range: TextRange;
  key: string;
}

/** Everything the relation rules need to look up entities by place or name. */
export interface DocumentContext {
  model: DocumentModel;
  text: string;
  mentions: DocumentMentions;
  graph: LocalGraph;
  /** Entity key of the organisation mention at exactly this range. */
  orgKeyAt: Map<string, string>;
  /** Organisation mentions with their keys, sorted by start. */
  orgs: KeyedBody[];
  laws: KeyedLaw[];
  mainAgency: string | null;
  subjectReading: SubjectReading | null;
  orgIndex: RangeIndex<KeyedBody>;
}

/** The key under which orgKeyAt stores a range. */
export const rangeKey = (r: TextRange): string => `${r.start}:${r.end}`;

/** The first organisation named inside a range (a heading, an intro sentence), if any. */
export function ownerOf(ctx: Pick<DocumentContext, 'orgIndex'>, range: TextRange | null | undefined): string | null {
  if (!range) return null;
  return ctx.orgIndex.within(range)[0]?.key ?? null;
}

/**
 * The sections around an offset whose headings name a body, outermost first, each with that
 * body: the subject stack there ("2. Ministry of Defence" above "The Minister: Name").
 */
export function headingBodiesAt(
  ctx: Pick<DocumentContext, 'orgIndex'>,
  root: SectionNode,
  at: number,
): Array<{ section: SectionNode; owner: string }> {
  const out: Array<{ section: SectionNode; owner: string }> = [];
  let section: SectionNode | undefined = root;
  while (section) {
    const owner = ownerOf(ctx, section.heading);
    if (owner) out.push({ section, owner });
    section = section.children.find(
      (c): c is SectionNode => c.kind === 'section' && c.range.start <= at && at < c.range.end,
    );
  }
  return out;
}

/** Adds a Responsibility and the owner's HAS_RESPONSIBILITY to it, both named by one rule. */
export function addDuty(
  graph: LocalGraph,
  owner: string,
  dutyText: string,
  range: TextRange,
  extractor: ExtractorRule,
): void {
  // A duty says what is done; a line that only names a body ("Security Division") is a unit,
  // whatever list it was read from.
  if (isBodyNameOnly(dutyText)) return;
  // "Mr Name, Dean and CEO": a line that gives a person a post is a leader line, not a duty.
  if (findLeaderLines(dutyText, { start: 0, end: dutyText.length }).length > 0) return;
  const key = responsibilityKey(owner, dutyText);
  graph.addEntity(key, 'Responsibility', dutyText, range, extractor);
  graph.addRelation('HAS_RESPONSIBILITY', owner, key, range, extractor);
}

const NAME_CONNECTORS = /^(?:of|and|for|on|the|in|to|&)$/;

/** True when a text is nothing but a title-case name ending in a body's or unit's head word. */
export function isBodyNameOnly(text: string): boolean {
  const words = text
    .trim()
    .replace(/[.;:,]$/, '')
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (words.length > 10 || !(ORGANISATION_HEADS.has(last) || UNIT_LIST_HEADS.has(last))) return false;
  if (!words.every((w) => /^[\p{Lu}\d'’]/u.test(w) || NAME_CONNECTORS.test(w))) return false;
  // "Operates the Higher Education Authority": a capitalised verb before a body's name.
  return !isVerbInitial(text);
}

// What may follow a body's name in a heading that is only that name: its initials in brackets,
// an encyclopaedia's "[edit]" link.
const AFTER_HEADING_NAME = /^\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:\[edit\])?\s*[:.]?\s*$/i;

/**
 * The agency whose name alone makes up the heading right before `section`, when `section`'s
 * own heading names no body: on a flattened page a body's sub-sections ("Divisions",
 * "Functions") stand beside its heading rather than under it.
 */
export function agencyBeside(
  ctx: Pick<DocumentContext, 'orgIndex' | 'text'>,
  root: SectionNode,
  section: SectionNode | undefined,
): string | null {
  if (!section?.heading || ownerOf(ctx, section.heading)) return null;
  const heading = precedingSection(root, section)?.heading;
  if (!heading) return null;
  const body = ctx.orgIndex.within(heading)[0];
  if (!body?.key.startsWith('Agency:')) return null;
  const before = ctx.text.slice(heading.start, body.range.start);
  const after = ctx.text.slice(body.range.end, heading.end);
  return /^\s*(?:the\s+)?$/i.test(before) && AFTER_HEADING_NAME.test(after) ? body.key : null;
}
