// Stage "subject" (EXTRACTION.md stage 5, the bottom of the subject stack): the body the
// document is about, read from where names stand (the title, a founding sentence, the first
// defining sentence), never from how often a name occurs. Relation rules fall back to it when
// a list or sentence names no owner.
import type { KeyedBody } from '../document-context.ts';
import type { DocumentMentions } from '../mentions.ts';
import type { Stage } from '../stage-list.ts';
import type { FoundUnits } from './units.ts';
import { findDocumentSubject, type SubjectReading } from '../subject.ts';
import type { TextRange } from '../types.ts';

/** What the subject stage adds: the entity key of the document's subject, if any. */
export interface Subject {
  mainAgency: string | null;
  /** Where the subject was read; "first-named" is a guess a post with no body does not take. */
  subjectReading: SubjectReading | null;
}

export const subjectStage: Stage<
  { text: string; title: TextRange | null; mentions: DocumentMentions; orgs: KeyedBody[]; units: FoundUnits },
  Subject
> = {
  name: 'subject',
  does: "the document's subject: the Agency its title names, else the one a founding or first defining sentence opens with",
  modules: ['stages/subject.ts', 'subject.ts'],
  run: ({ text, title, mentions, orgs, units }) => {
    const headings = mentions.pieces.filter((p) => p.role === 'heading').map((p) => p.range);
    const unitItems = units.items.map(({ item }) => item.range);
    const subject = findDocumentSubject(text, orgs, title, mentions.sentences, headings, unitItems);
    return { mainAgency: subject?.key ?? null, subjectReading: subject?.by ?? null };
  },
};
