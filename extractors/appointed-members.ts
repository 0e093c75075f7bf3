// People that appointment news names: those appointed to a collective body ("the
// reappointment of Rebecca Keran, Neil N. Lapidus, and Kate Mooney, Ph.D., to the Board of
// Accountancy") or listed as its members ("A, B and C are the members of the committee"),
// each one of its members with the title "Member" (GUIDELINES HOLDS_POSITION: the role the
// text gives); and those a sentence says were appointed, their post given elsewhere.
import { isPostTitle, type PersonMention } from './people.ts';
import { nameAt } from './post-lines.ts';
import type { TextRange } from './types.ts';

// The act of appointing (noun or verb), then optionally "of".
const CUE = String.raw`\b(?:re-?)?(?:appoint(?:s|ed|ment|ments)?|nominat(?:es|ed|ion|ions)|elect(?:s|ed|ion)?|name[sd])\s+(?:of\s+)?`;
const WORD = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PERSON = String.raw`(?:${WORD}\s+){1,4}${WORD}`;
// A name may carry a degree or honour after a comma ("Kate Mooney, Ph.D.").
const ITEM = String.raw`${PERSON}(?:,\s+(?:Ph\.?\s?D\.?|Jr\.?|Sr\.?|[A-Z]{2,4}))?`;
const LIST = String.raw`(${ITEM}(?:(?:,\s+|,?\s+and\s+)${ITEM}){0,11}),?`;
// Bodies with members: a board, commission, committee, council or tribunal.
const BODY = String.raw`((?:${WORD}\s+){0,4}(?:Board|Commission|Committee|Council|Tribunal)\b(?:\s+(?:of|for|on)\s+(?:the\s+)?${WORD}(?:\s+(?:(?:and|of|for|&)\s+)?${WORD}){0,5})?)`;
const APPOINTED_TO = new RegExp(`${CUE}${LIST}\\s+to\\s+(?:the\\s+|its\\s+)?${BODY}`, 'gu');
const PERSON_IN_LIST = new RegExp(PERSON, 'gu');

/** Members a sentence appoints to a board, commission, committee, council or tribunal. */
export function findAppointedMembers(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/appoint|nominat|elect|name[sd]/i.test(slice)) return [];
  const out: PersonMention[] = [];
  for (const m of slice.matchAll(APPOINTED_TO)) {
    const list = m[1] as string;
    const body = (m[2] as string).replace(/\.$/, '');
    const listStart = sentence.start + m.index + m[0].indexOf(list);
    const bodyStart = sentence.start + m.index + m[0].lastIndexOf(body);
    const names: TextRange[] = [];
    for (const item of list.matchAll(PERSON_IN_LIST)) {
      const at = listStart + item.index;
      const name = nameAt(text, { start: at, end: at + item[0].length });
      // Every item must be a name: a list of anything else is not an appointment of people.
      if (!name) return out;
      names.push(name);
    }
    const post = { start: bodyStart, end: bodyStart + body.length };
    for (const name of names)
      out.push({ range: name, post, body: post, title: 'Member', extractor: 'people:appointed-member' });
  }
  return out;
}

// "Choi Soon-hong of South Korea was appointed on July 6", "Jane Roe has been named": a
// person the sentence says was appointed, whatever the post (often a heading above).
const APPOINTED_NAME = new RegExp(
  String.raw`(?<![\p{L}'’.-]|\p{Lu}[\p{L}'’.-]*\s)(${PERSON})(?:\s+of\s+(?:the\s+)?${WORD}(?:\s+${WORD}){0,2})?\s+(?:has\s+been|have\s+been|had\s+been|was|were|is)\s+(?:re-?)?(?:appointed|named|elected|nominated|confirmed|sworn\s+in)\b`,
  'gu',
);

/** People a sentence says were appointed, named or elected, with no post of their own. */
export function findAppointedNames(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/appointed|named|elected|nominated|confirmed|sworn/.test(slice)) return [];
  const out: PersonMention[] = [];
  for (const m of slice.matchAll(APPOINTED_NAME)) {
    const at = sentence.start + m.index + m[0].indexOf(m[1] as string);
    const name = nameAt(text, { start: at, end: at + (m[1] as string).length });
    if (name) out.push({ range: name, extractor: 'people:appointed' });
  }
  return out;
}

// "Ministers A, B, (Dr.) C, State Ministers D, E, Members of Parliament F and G are the
// members of the committee": every name of the list, past the plural posts that group them.
const MEMBERS_TAIL =
  /\s+(?:are|were|will\s+be)\s+(?:the\s+)?(?:other\s+)?members\s+of\s+(?:the\s+|this\s+|its\s+)?(?:[\p{Lu}][\p{L}-]*\s+){0,6}?(?:committee|board|commission|council|tribunal|Committee|Board|Commission|Council|Tribunal)\b/u;
// A plural post that groups the names after it ("State Ministers", "Members of Parliament").
const GROUP_LABEL = /^(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:[\p{Lu}][\p{L}-]*s|MPs)(?:\s+of\s+\p{Lu}[\p{L}-]*)?\s+/u;
const LIST_OPENER = /^(?:Accordingly|Thus|Therefore|Hence|So),?\s+/;
/** Share of a list's items that must read as names. */
const MIN_NAME_SHARE = 0.7;

/** Members a sentence lists as "A, B and C are the members of the X". */
export function findMemberLists(text: string, sentence: TextRange): PersonMention[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!/\bmembers\s+of\b/.test(slice)) return [];
  const tail = MEMBERS_TAIL.exec(slice);
  if (!tail) return [];
  const opener = LIST_OPENER.exec(slice)?.[0].length ?? 0;
  const post = {
    start: sentence.start + tail.index + tail[0].search(/members/),
    end: sentence.start + tail.index + tail[0].length,
  };
  const names: TextRange[] = [];
  let items = 0;
  for (const piece of slice.slice(opener, tail.index).matchAll(/[^,]+/g)) {
    for (const part of piece[0].split(/\s+and\s+/)) {
      items++;
      const label = GROUP_LABEL.exec(part.trimStart());
      const lead =
        part.length - part.trimStart().length + (label && isPostTitle(singularOf(label[0])) ? label[0].length : 0);
      const bare = part.slice(lead).replace(/^\((?:Dr|Prof|Eng)\.?\)\s*/, (m) => ' '.repeat(m.length));
      const at = sentence.start + opener + piece.index + piece[0].indexOf(part) + lead;
      const name = nameAt(text, {
        start: at + (bare.length - bare.trimStart().length),
        end: at + bare.trimEnd().length,
      });
      if (name) names.push(name);
    }
  }
  if (names.length < 2 || names.length < items * MIN_NAME_SHARE) return [];
  return names.map((range) => ({ range, post, title: 'Member', extractor: 'people:appointed-member' }));
}

/** "State Ministers " -> "State Minister": a group label's post in the singular. */
function singularOf(label: string): string {
  return label.trim().replace(/^(.*?)s(\s+of\s+.+)?$/u, (_, head: string, of?: string) => `${head}${of ?? ''}`);
}
