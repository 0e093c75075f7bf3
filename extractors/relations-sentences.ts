// Relations from sentence patterns: SUBORDINATE_TO ("directly under", "constituent
// department of", "administered by", "reports to"), GOVERNED_BY ("established under the
// X Act", a reorganisation or duty given in a paragraph that cites an instrument) and
// HOLDS_POSITION (a person's post in "Name : post", apposition, "headed by").
import type { DocumentContext } from './extract-document.ts';
import { nameKey } from './local-graph.ts';
import { RangeIndex } from './range-index.ts';
import { collapseSpace, rangeText } from './spans.ts';
import type { TextRange } from './types.ts';
import { POST_WORDS } from './vocabulary.ts';

// GUIDELINES SUBORDINATE_TO: "directly under, a constituent department of, or administered by".
const SUBORDINATE_CUE = /\b(directly under|constituent (department|agency|body|unit|member) of|administered by|reports? (directly )?to|subordinate to|affiliated (to|with)|an? ([\w-]+ )?(agency|body|bureau|unit|arm|administration|office|division|component) (of|under|within|sponsored by)|sponsored by|under the (supervision|administration|authority|management|leadership) of|accountable to|part of)\b/i;
// GOVERNED_BY: "established under the X Act", "set up pursuant to", "in accordance with".
const GOVERNED_CUE = /\b(established|created|set up|constituted|formed|founded|governed|regulated|reorgani[sz]ed|operates?)\s+(under|by|pursuant to|in accordance with|according to)\b/i;
// A body that a cited instrument reorganised or gave duties: "X was adjusted", "X is responsible for".
const REORGANISED = /^\s*(?:\([^)]*\)\s*)?(?:was|were|is|are|has been|had been|shall be|will be)\s+(?:\w+ly\s+)?(adjusted|established|set up|created|transferred|merged|renamed|abolished|reorgani[sz]ed|formed|responsible for|tasked with|charged with)\b/i;
const PRONOUN_SUBJECT = /^\s*(it|the (agency|body|institute|institution|office|bureau|ministry|commission|authority|department|administration|council))\b/i;

/** Adds the sentence-pattern relations of a document to its graph. */
export function addSentenceRelations(ctx: DocumentContext): void {
  const { text, graph, orgs, laws } = ctx;
  const orgIndex = new RangeIndex(orgs);
  const lawIndex = new RangeIndex(laws);
  const sentenceIndex = new RangeIndex(ctx.mentions.sentences.map((range) => ({ range })));
  const orgsIn = (r: TextRange): DocumentContext['orgs'] => orgIndex.within(r);
  const outermost = (list: DocumentContext['orgs']): DocumentContext['orgs'] =>
    list.filter((o) => !list.some((p) => p !== o && p.range.start <= o.range.start && p.range.end >= o.range.end && (p.range.end - p.range.start) > (o.range.end - o.range.start)));

  for (const sentence of ctx.mentions.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    const sub = SUBORDINATE_CUE.exec(s);
    if (sub) {
      const cueStart = sentence.start + sub.index;
      const cueEnd = cueStart + sub[0].length;
      const inSentence = outermost(orgsIn(sentence));
      const object = inSentence.find((o) => o.range.start >= cueEnd && o.range.start - cueEnd <= 8);
      let subject = inSentence.find((o) => o.range.end <= cueStart)?.key ?? null;
      if (!subject && PRONOUN_SUBJECT.test(s)) subject = ctx.mainAgency;
      if (object && subject && subject !== object.key) graph.addRelation('SUBORDINATE_TO', subject, object.key, sentence, 'relations:subordinate-cue');
    }
    const gov = GOVERNED_CUE.exec(s);
    if (gov) {
      const cueStart = sentence.start + gov.index;
      const inSentence = outermost(orgsIn(sentence));
      const subject = inSentence.find((o) => o.range.end <= cueStart)?.key ?? (PRONOUN_SUBJECT.test(s) ? ctx.mainAgency : null);
      const law = lawIndex.within({ start: cueStart, end: sentence.end })[0];
      if (subject && law) graph.addRelation('GOVERNED_BY', subject, law.key, sentence, 'relations:established-under');
    }
  }

  // A paragraph that cites an instrument and says a body was reorganised by it or given a
  // duty (GUIDELINES GOVERNED_BY: "assigns it duties, or ... reorganised it").
  for (const piece of ctx.mentions.pieces) {
    if (piece.role !== 'paragraph' && piece.role !== 'item-head') continue;
    const cited = lawIndex.within(piece.range);
    if (cited.length === 0) continue;
    for (const o of outermost(orgsIn(piece.range))) {
      if (!REORGANISED.test(text.slice(o.range.end, o.range.end + 60))) continue;
      const before = text.slice(Math.max(piece.range.start, o.range.start - 12), o.range.start);
      // The body must be the clause's subject, not an object ("... to the Office").
      if (!/(^|[,.;:。]\s*|\bthe\s+|^\s*)$/i.test(before) || /\b(to|from|of|by|with|for)\s+(the\s+)?$/i.test(before)) continue;
      for (const law of cited) if (law.range.end <= o.range.start) graph.addRelation('GOVERNED_BY', o.key, law.key, piece.range, 'relations:cited-instrument-reorganises');
    }
  }

  // HOLDS_POSITION: each body named in a person's post, with the post words as title.
  for (const person of ctx.mentions.people) {
    const personKey = nameKey('Person', rangeText(text, person.range));
    if (!person.post) {
      // "X is headed by Name": the body named last before the cue.
      const sentence = sentenceIndex.overlapping(person.range).find((s) => s.range.start <= person.range.start && s.range.end >= person.range.end)?.range;
      const body = sentence ? outermost(orgsIn({ start: sentence.start, end: person.range.start })).pop()?.key : undefined;
      const subject = body ?? (sentence && PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.end)) ? ctx.mainAgency : null);
      if (subject) graph.addRelation('HOLDS_POSITION', personKey, subject, sentence ?? person.range, person.extractor, { title: 'head' });
      continue;
    }
    const post = person.post;
    const bodies = outermost(orgsIn(post));
    if (person.extractor === 'people:apposition') bodies.splice(1);
    if (bodies.length === 0) {
      // A post given its own line, bullet or column ("Harbour Master: Name") is a title as written.
      const title = findTitle(text, post) ?? (EXPLICIT_POST.has(person.extractor) ? rangeText(text, post) : null);
      // "The X Unit is headed by Dr Name, Principal Scientist": the post is in the unit
      // the sentence describes, not in the document's main body.
      const sentence = sentenceIndex.overlapping(person.range).find((s) => s.range.start <= person.range.start && s.range.end >= person.range.end)?.range;
      const cue = sentence ? HEADED_BY_CUE.exec(text.slice(sentence.start, person.range.start)) : null;
      const described = sentence && cue ? outermost(orgsIn({ start: sentence.start, end: sentence.start + cue.index })).pop()?.key : undefined;
      const body = described ?? ctx.mainAgency;
      if (title && body) graph.addRelation('HOLDS_POSITION', personKey, body, { start: person.range.start, end: post.end }, person.extractor, { title });
      continue;
    }
    for (const body of bodies) {
      const title = titleFor(text, post, body.range, bodies.length === 1);
      // With several bodies, one that has no post words of its own is only a qualifier.
      if (!title && bodies.length > 1) continue;
      graph.addRelation('HOLDS_POSITION', personKey, body.key, { start: person.range.start, end: post.end }, person.extractor, title ? { title } : {});
    }
  }
}

const EXPLICIT_POST = new Set(['people:post-name-line', 'people:leadership-table', 'people:post-name-item']);
const HEADED_BY_CUE = /\b(?:headed|led|chaired|directed|run|managed)\s+by\b[^,.;]*$/i;

const DELIMITER = /[,;，；]|\band\b/gi;

// The post words for one body: the clause before it ("Minister of the ..."), else the
// clause after it ("... Group member").
function titleFor(text: string, post: TextRange, body: TextRange, isOnlyBody: boolean): string {
  const before = text.slice(post.start, body.start);
  let cut = 0;
  DELIMITER.lastIndex = 0;
  for (let m = DELIMITER.exec(before); m; m = DELIMITER.exec(before)) cut = m.index + m[0].length;
  const lead = collapseSpace(before.slice(cut)).replace(/\b(of|at|in|for|to)( the)?$/i, '').replace(/^(the|a|an)\s+/i, '').trim();
  if (hasPostWord(lead)) return lead;
  const after = text.slice(body.end, post.end);
  const tail = collapseSpace(after.split(/[,;，；]|\band\b/)[0] ?? '').replace(/^['’]s\s+/, '');
  if (hasPostWord(tail)) return tail;
  return isOnlyBody ? (findTitle(text, post) ?? '') : '';
}

const hasPostWord = (s: string): boolean => s.split(/[\s-]+/).some((w) => POST_WORDS.has(w.toLowerCase()));

/** The first comma-separated phrase of a post text that names a post, if any. */
export function findTitle(text: string, post: TextRange): string | null {
  for (const part of text.slice(post.start, post.end).split(/[,;，；]|\band\b/)) {
    const phrase = collapseSpace(part).replace(/\s*\[[\d\s,-]+\]$/, '').replace(/[.:]$/, '');
    if (hasPostWord(phrase) && phrase.split(' ').length <= 8) return phrase.replace(/^(the|a|an)\s+/i, '');
  }
  return null;
}
