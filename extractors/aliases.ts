// In-document aliases (GUIDELINES: "acronyms (MIIT), short names, names given in brackets
// after a unit ..., and 'hereinafter referred to as' names"), plus apposition of two names.
import type { OrganisationMention } from './agencies.ts';
import { ORGANISATION_HEADS } from './vocabulary.ts';
import type { ExtractorRule } from './rules.ts';
import type { TextRange } from './types.ts';

/** Two surface forms of one body, with where the alias is written. */
export interface AliasPair {
  name: string;
  alias: string;
  aliasRange: TextRange;
  extractor: ExtractorRule;
}

const AFTER_PAREN = /^\s*[(（]\s*([^()（）\n]{2,120}?)\s*[)）]/;
const HEREINAFTER =
  /^(?:here\s?in\s?after|hereafter)\s*(?:referred\s+to\s+as|called|known\s+as|abbreviated\s+as)?\s*[:,]?\s*(.+)$/i;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.-]{1,11}$/u;
const KNOWN_AS =
  /^\s*[,(]?\s*(?:commonly|also|usually|often|better|popularly)\s+(?:referred\s+to|known)\s+as\s+(?:the\s+)?["“]?/i;
const COMMA_ACRONYM_IN_BRACKET = /^\s*[,;]\s*(\p{Lu}[\p{Lu}\d&]{1,9})\s*[)）]/u;
const INNER_INITIALS = /^(\p{Lu}.*?)\s+\((\p{Lu}[\p{Lu}&]{1,9})\)\s+(\p{Lu}.*)$/u;
const APPOSITION_TAIL = /^\s*,\s*(?:is|was|are|were|has|had|a|an|the|which|as)\b/;

/** Finds alias pairs around organisation mentions. */
export function findAliasPairs(text: string, organisations: OrganisationMention[]): AliasPair[] {
  const out: AliasPair[] = [];
  const byStart = new Map(organisations.map((o) => [o.range.start, o]));
  const byEnd = new Map<number, OrganisationMention[]>();
  for (const o of organisations) byEnd.set(o.range.end, [...(byEnd.get(o.range.end) ?? []), o]);
  for (const org of organisations) {
    const name = text.slice(org.range.start, org.range.end);
    const after = text.slice(org.range.end, org.range.end + 160);
    // "Human Resource (HR) Division": the name without the bracket, and with the initials in
    // place of the words they stand for, are its other forms (GUIDELINES).
    const inner = INNER_INITIALS.exec(name);
    if (inner) {
      const [, words, initials, rest] = inner as unknown as [string, string, string, string];
      for (const alias of [`${words} ${rest}`, `${initials} ${rest}`])
        out.push({ name, alias, aliasRange: org.range, extractor: 'aliases:brackets' });
    }
    const paren = AFTER_PAREN.exec(after);
    if (paren) {
      const content = paren[1] as string;
      const contentStart = org.range.end + after.indexOf(content);
      const here = HEREINAFTER.exec(content);
      if (here) {
        let offset = contentStart + content.length - (here[1] as string).length;
        for (const part of (here[1] as string).split(/(,|;|\bor\b)/)) {
          const alias = part.replace(/^\s*(the\s+)?["“]?/, '').replace(/["”]?\s*$/, '');
          const at = text.indexOf(alias, offset);
          offset += part.length;
          // "the Ministry": a bare head word is a generic back-reference (GUIDELINES).
          if (alias.length < 2 || ORGANISATION_HEADS.has(alias) || /^[,;]$|^or$/.test(alias.trim())) continue;
          out.push({
            name,
            alias,
            aliasRange: { start: at, end: at + alias.length },
            extractor: 'aliases:hereinafter',
          });
        }
      } else if (
        (ACRONYM.test(content) ||
          (content.split(/\s+/).some((w) => ORGANISATION_HEADS.has(w)) && /^\p{Lu}/u.test(content))) &&
        // "Civil Service (Ministry) Instrument": a bare head word in brackets names no body.
        !ORGANISATION_HEADS.has(content.trim()) &&
        spellsBest(text, org, byEnd.get(org.range.end) ?? [], content)
      ) {
        out.push({
          name,
          alias: content,
          aliasRange: { start: contentStart, end: contentStart + content.length },
          extractor: 'aliases:brackets',
        });
      } else {
        const quoted = /^(?:the\s+)?["“]([^"”]{2,60})["”]$/i.exec(content);
        if (quoted) {
          const alias = quoted[1] as string;
          const at = contentStart + content.indexOf(alias);
          if (!ORGANISATION_HEADS.has(alias))
            out.push({
              name,
              alias,
              aliasRange: { start: at, end: at + alias.length },
              extractor: 'aliases:quoted-short-name',
            });
        }
      }
    }
    // "(FEDERAL OFFICE FOR MIGRATION AND REFUGEES, BAMF)": a name and its acronym share a bracket.
    const sharedBracket = COMMA_ACRONYM_IN_BRACKET.exec(after);
    if (sharedBracket && /[(（][^()（）]*$/.test(text.slice(Math.max(0, org.range.start - 200), org.range.start))) {
      const alias = sharedBracket[1] as string;
      const at = org.range.end + sharedBracket[0].indexOf(alias);
      out.push({ name, alias, aliasRange: { start: at, end: at + alias.length }, extractor: 'aliases:brackets' });
    }
    // "KISA (Korea Internet & Security Agency)": the acronym stands before its expansion.
    const before = /(\p{Lu}[\p{Lu}\d&]{1,9})\s*[(（]\s*$/u.exec(
      text.slice(Math.max(0, org.range.start - 16), org.range.start),
    );
    if (
      before &&
      /^\s*[)）]/.test(after) &&
      initialsOf(name).startsWith((before[1] as string).replace(/&/g, '')[0] ?? '')
    ) {
      const at = org.range.start - before[0].length;
      out.push({
        name,
        alias: before[1] as string,
        aliasRange: { start: at, end: at + (before[1] as string).length },
        extractor: 'aliases:acronym-before',
      });
    }
    // "A, commonly referred to as the B, is ...", "A (also known as B)": a short name the text
    // gives the body in passing ("formerly known as" is read below, by the clause's subject).
    const knownAs = KNOWN_AS.exec(after);
    const shorter = knownAs ? byStart.get(org.range.end + knownAs[0].length) : undefined;
    if (shorter)
      out.push({
        name,
        alias: text.slice(shorter.range.start, shorter.range.end),
        aliasRange: shorter.range,
        extractor: 'aliases:apposition',
      });
    // "A, B, is a ...": two names of one body in apposition.
    const comma = /^\s*,\s*/.exec(after);
    if (comma) {
      const next = byStart.get(org.range.end + comma[0].length);
      if (next && APPOSITION_TAIL.test(text.slice(next.range.end, next.range.end + 20))) {
        out.push({
          name,
          alias: text.slice(next.range.start, next.range.end),
          aliasRange: next.range,
          extractor: 'aliases:apposition',
        });
      }
    }
  }
  out.push(...formerNames(text, organisations));
  return out;
}

// "The X Department: formerly named the Y Department", "The Department was formerly known as
// the “Y”": a unit's earlier name is one of its names (successive names of one body).
const FORMERLY = /\b(?:formerly|originally|previously)\s+(?:known\s+as|named|called)\s+(?:the\s+)?["“]?$/i;
const MAX_FORMER_GAP = 160;
// "Previously, the office was named X": the clause's subject is a head word, which points
// back to the nearest body before it with that head word (within its paragraph).
const PREVIOUSLY_NAMED =
  /\b(?:formerly|previously|originally),?\s+(?:the|this|its)\s+(\p{Ll}+)\s+(?:was|had\s+been)\s+(?:known\s+as|named|called)\s+(?:the\s+)?["“]?$/iu;
const MAX_BACK_REFERENCE_GAP = 600;

function formerNames(text: string, organisations: readonly OrganisationMention[]): AliasPair[] {
  const out: AliasPair[] = [];
  const sorted = [...organisations].sort((a, b) => a.range.start - b.range.start);
  sorted.forEach((org, k) => {
    const before = text.slice(Math.max(0, org.range.start - 80), org.range.start);
    const head = PREVIOUSLY_NAMED.exec(before)?.[1];
    if (head) {
      const word = new RegExp(`\\b${head}\\b`, 'i');
      const current = sorted
        .slice(0, k)
        .reverse()
        .find((o) => word.test(text.slice(o.range.start, o.range.end)));
      if (
        current &&
        org.range.start - current.range.end <= MAX_BACK_REFERENCE_GAP &&
        !text.slice(current.range.end, org.range.start).includes('\n\n')
      )
        out.push({
          name: text.slice(current.range.start, current.range.end),
          alias: text.slice(org.range.start, org.range.end),
          aliasRange: org.range,
          extractor: 'aliases:former-name',
        });
      return;
    }
    if (!FORMERLY.test(before.slice(-40))) return;
    // The body the clause is about: the nearest name before it on the same line.
    const current = sorted
      .slice(0, k)
      .reverse()
      .find((o) => o.range.end <= org.range.start);
    if (!current || org.range.start - current.range.end > MAX_FORMER_GAP) return;
    if (text.slice(current.range.end, org.range.start).includes('\n')) return;
    out.push({
      name: text.slice(current.range.start, current.range.end),
      alias: text.slice(org.range.start, org.range.end),
      aliasRange: org.range,
      extractor: 'aliases:former-name',
    });
  });
  return out;
}

/** Finds later occurrences of declared aliases (acronyms, short names) as whole words. */
export function findAliasOccurrences(text: string, aliases: string[], taken: TextRange[]): TextRange[] {
  const distinct = [...new Set(aliases)]
    .filter((a) => a.length >= 2)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (distinct.length === 0) return [];
  const sortedTaken = [...taken].sort((a, b) => a.start - b.start);
  const out: TextRange[] = [];
  let t = 0;
  for (const range of wholeWordOccurrences(text, distinct)) {
    while (t < sortedTaken.length && (sortedTaken[t] as TextRange).end <= range.start) t++;
    const hit = sortedTaken[t];
    if (hit && hit.start < range.end) continue;
    out.push(range);
  }
  return out;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function isWordCodePoint(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  if (codePoint < 128)
    return (
      (codePoint >= 48 && codePoint <= 57) ||
      (codePoint >= 65 && codePoint <= 90) ||
      (codePoint >= 97 && codePoint <= 122)
    );
  return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
}

/** The code point that ends just before `index`. */
function codePointBefore(text: string, index: number): number | undefined {
  if (index === 0) return undefined;
  const unit = text.charCodeAt(index - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return unit;
}

/**
 * Non-overlapping whole-word occurrences of any of `names` (tried in the given order at each
 * position), left to right. Bucketed by first character: one alternation of every name tried
 * at every position of the text cost more than the rest of the alias stage together.
 */
function wholeWordOccurrences(text: string, names: string[]): TextRange[] {
  if (!names.every((name) => isWordCodePoint(name.codePointAt(0)))) return occurrencesByPattern(text, names);
  const byFirstUnit = new Map<number, string[]>();
  for (const name of names) {
    const unit = name.charCodeAt(0);
    byFirstUnit.set(unit, [...(byFirstUnit.get(unit) ?? []), name]);
  }
  const out: TextRange[] = [];
  for (let i = 0; i < text.length; i++) {
    const candidates = byFirstUnit.get(text.charCodeAt(i));
    if (!candidates || isWordCodePoint(codePointBefore(text, i))) continue;
    const name = candidates.find((c) => text.startsWith(c, i) && !isWordCodePoint(text.codePointAt(i + c.length)));
    if (name === undefined) continue;
    out.push({ start: i, end: i + name.length });
    i += name.length - 1;
  }
  return out;
}

/** The same search as one pattern, for names that do not open with a letter or digit. */
function occurrencesByPattern(text: string, names: string[]): TextRange[] {
  const escaped = names.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const INITIALS_SKIP = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', 'to']);

/** The initials of a name, an all-capitals word counting whole ("AU Commission" -> "AUC"). */
// "Board of Directors of the National Information Technology Authority (NITA-U)": of the
// names that end at the bracket, the acronym belongs to the one whose initials it spells
// (a letter after a hyphen, for the country, aside); when none does, to each.
function spellsBest(text: string, org: OrganisationMention, ending: OrganisationMention[], acronym: string): boolean {
  if (ending.length < 2 || !ACRONYM.test(acronym)) return true;
  const letters = acronym.replace(/-\p{Lu}$/u, '').replace(/[&-]/g, '');
  const score = (o: OrganisationMention): number => {
    const initials = initialsOf(text.slice(o.range.start, o.range.end));
    return initials === letters ? 2 : initials.startsWith(letters) || letters.startsWith(initials) ? 1 : 0;
  };
  const best = Math.max(...ending.map(score));
  return best === 0 || score(org) === best;
}

export function initialsOf(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter((w) => w && !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => (/^\p{Lu}[\p{Lu}\d]+$/u.test(w) ? w : (w[0] ?? '').toUpperCase()))
    .join('');
}
