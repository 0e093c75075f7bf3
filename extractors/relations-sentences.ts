// Relations from sentence patterns: SUBORDINATE_TO ("directly under", "constituent
// department of", "administered by", "reports to"), GOVERNED_BY ("established under the
// X Act", a reorganisation or duty given in a paragraph that cites an instrument) and
// HOLDS_POSITION (a person's post in "Name : post", apposition, "headed by").
import { headingBodiesAt, type DocumentContext } from './document-context.ts';
import { headWordOf } from './head-word.ts';
import { singularTitle } from './leader-lines.ts';
import { bodyOfJointPost, bodyOfPost } from './post-bodies.ts';
import { bodyOfPostGroup } from './post-groups.ts';
import { resolveBackReference } from './subject.ts';
import { nameKey } from './local-graph.ts';
import { normaliseName } from './normalise-name.ts';
import { isOrdinaryWord, type PersonMention } from './people.ts';
import { RangeIndex } from './range-index.ts';
import { collapseSpace, rangeText } from './spans.ts';
import type { TextRange } from './types.ts';
import { HEADED_BY_WORDS, MADE_OF_WORDS, ORGANISATION_HEADS, PLACE_WORDS, POST_WORDS } from './vocabulary.ts';

// GUIDELINES SUBORDINATE_TO: "directly under, a constituent department of, or administered
// by": "is part of the X", "is a working department of the X", "is a ministry of the X",
// and by shape "is a/an <up to four modifiers> <kind of body> <of | under | within | in |
// reporting to | within the portfolio of | under the purview of ...> the X",
// "reports to the X" (a body, not a post), "under the supervision of", "is an agency within",
// "is a dependency of the X" (translated "dependencia"),
// "has been placed under (the mandate of) the X".
const SUBORDINATE_CUE =
  /\b(directly under|(?:is|are|falls|operates|sits|comes) (?:directly )?under(?! the (?:[\w-]+ )?(?:supervision|administration|authority|management|leadership|oversight|jurisdiction|guidance) of)|(?:constituent|working|component|subordinate|affiliated) (?:department|agency|body|unit|member|ministry|organ|institution|bureau|office) of|(?:administered|supervised|overseen|directed|coordinated|controlled)(?: and (?:directed|coordinated|controlled|supervised))? by|reports? (?:directly )?to|(?:\w+ly )?subordinated? to|affiliated (?:to|with)|attached to|(?:an?|the(?= (?:nodal|principal|lead|main|apex|parent|administrative|executive|line|central)\b)) (?:[\w'’-]+ ){0,4}?(?:agency|body|bureau|unit|arm|administration|office|division|component|ministry|department|commission|authority|organ|institution|institute|service|entity|organi[sz]ation|board|council|regulator|dependency) (?:(?:within|under|in) the (?:remit|portfolio|purview|aegis|umbrella|jurisdiction|structure|framework) of|(?:reporting|accountable|answerable|responsible) to|sponsored by|attached to|of|under|within|in)|sponsored by|(?:placed|brought) under(?: the (?:mandate|remit|authority|responsibility|control) of)?|under the (?:direct |overall )?(?:supervision|administration|authority|management|leadership|oversight|jurisdiction|guidance) of|accountable to|part of)\b/gi;
// The reverse: "X supervises two administrative agencies: A, B" makes A and B SUBORDINATE_TO X.
const SUPERVISES_CUE =
  /\b(?:supervises|oversees|administers|sponsors|has oversight of|is responsible for (?:supervising|overseeing))\s+(?:the following\s+|(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?:agencies|bodies|institutions|organi[sz]ations|authorities|bureaus|administrations|entities|offices|services|commissions)\b\s*(?:[:：,]|including|namely)?/gi;
const DIRECTS_BODIES =
  /\b(?:directs|supervises|oversees|administers|controls|(?:is|are|will be|remains?) in charge of)\s+(?:the\s+)?(?=\p{Lu})/u;
// GOVERNED_BY: "established under the X Act", "established in 2022 under the X", "operates
// under the X Act", "set up pursuant to", "in accordance with".
const GOVERNED_CUE =
  /\b(?:(?:established|instituted|created|set up|constituted|formed|founded|governed|regulated|reorgani[sz]ed|operates?)(?:\s+(?:in|on|from|since|by the government)\s+[^,.;]{1,25}?){0,2}\s+(?:under|by|pursuant to|in accordance with|according to|with the (?:adoption|enactment|promulgation|entry into force) of)|(?:administers|enforces|implements|is responsible for (?:administering|enforcing|implementing)))\b/i;
const GOVERNED_CUES = new RegExp(GOVERNED_CUE.source, 'gi');
// GOVERNED_BY by the shape "<the body> <cue> <instruments>": the wordings that make a cited
// instrument the source of a body's powers (GUIDELINES GOVERNED_BY: "cited as that body's
// legal basis, that assigns it duties").
const LEGAL_SOURCE_CUE =
  /\b(?:deriv(?:e|es|ed|ing)(?:\s+(?:its|their)(?:\s+[a-z-]+){1,3}?(?:\s+\w+ly)?)?|stem(?:s|med)?|flow(?:s|ed)?|aris(?:e|es|ing)) from|(?:provisions\s+)?set forth in|(?:is|are|was|were) governed by|operat(?:e|es|ing) under|acts? under|pursuant to|in accordance with|under the (?:authority|terms|provisions) of|(?:is|are) (?:set out|laid down|defined|prescribed|established|found) (?:in|by|under)|conferred (?:on (?:it|us|the \w+) )?by|(?:mandated|empowered|constituted|created) (?:by|under)|(?:has|have) (?:its|their) (?:legal )?basis in|(?:legal basis|mandate) (?:is|lies in|comes from)|in terms of|based on|under (?:section|article|regulation|rule|part|chapter|s\.|art\.)\s*[\w()./-]{1,15}\s+of\b/i;
// "<instrument> applies to the Commission", "(2) The X Act shall apply to the Y"; a markdown
// link's tail may stand between ("[X Act][37] applies to").
const APPLIES_TO =
  /^(?:\](?:\[[^\]]{0,10}\]|\([^()]{0,200}\))?)?\s*(?:\([^()]{1,20}\)\s*)?(?:applies|shall apply|will apply)\s+to\s+(?:the\s+)?(?=\p{Lu})/u;
// "The Rules of Business 1973 have allocated the following functions to the Cabinet Division",
// "The X Act (Section 16) lays down certain requirements for persons appointed to the Council".
const ASSIGNS_TO =
  /^\s*(?:\([^()]{1,30}\)\s*)?(?:has\s+|have\s+|had\s+)?(?:allocated|allocates|assigned|assigns|conferred|confers|vested|vests|lays\s+down|laid\s+down|sets\s+out)\b[^.;]{0,80}?\b(?:functions|powers|duties|responsibilities|requirements)\b[^.;]{0,60}?\b(?:to|on|upon|in)\s+(?:the\s+)?(?=\p{Lu})/u;
// "Our powers", "We", "Its mandate": the document's own body as the subject.
const OWN_SUBJECT = /^\s*(?:we|our\s+\w+|its\s+\w+(?:\s+and\s+\w+)?|it)\b/i;
// Instruments coordinated after one cue: "administers the A Act, the B Rules and the C Ordinance".
const LAW_COORDINATION = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)(?:the\s+)?$/;
// An instrument cited this close after the cue is the one the cue refers to.
const MAX_CUE_TO_LAW_CHARS = 40;
// A body that a cited instrument reorganised or gave duties: "X was adjusted", "X is responsible for".
const REORGANISED =
  /^\s*(?:\([^)]*\)\s*)?(?:was|were|is|are|has been|had been|shall be|will be)\s+(?:\w+ly\s+)?(adjusted|established|set up|created|transferred|merged|renamed|abolished|reorgani[sz]ed|formed|responsible for|tasked with|charged with)\b/i;
// An instrument as the subject of a verb that reorganises a body, right before its object.
const ACTS_ON_BODY =
  /^\s*(?:\([^)]*\)\s*)?(?:to\s+(?:re-?organi[sz]e|restructure|establish|create|set up|organi[sz]e)|merged|restructured|reorgani[sz]ed|established|created|set up|renamed|abolished|dissolved)\s+(?=(?:the|this)\s+\p{Lu})/u;
// "It ...", "The Commission ...", "This agency ...": a back-reference to the body the
// paragraph is about (GUIDELINES: generic back-references are not aliases, but they are subjects).
const PRONOUN_SUBJECT = new RegExp(
  String.raw`^\s*(?:[^,;:]{0,60},\s*)?(it|its \w+|(the|this) (?:[\p{Ll}\d][\p{L}\d-]*\s+){0,2}?(${[...ORGANISATION_HEADS, 'Institution', 'Body', 'Organ'].map((h) => h.toLowerCase()).join('|')}))\b`,
  'iu',
);
const PREPOSITION_BEFORE = /\b(by|to|of|under|with|from|for|within|in|into|and)\s+(the\s+)?$/i;

/** Adds the sentence-pattern relations of a document to its graph. */
export function addSentenceRelations(ctx: DocumentContext): void {
  const { text, graph, orgs, laws } = ctx;
  const orgIndex = new RangeIndex(orgs);
  const lawIndex = new RangeIndex(laws);
  const sentenceIndex = new RangeIndex(ctx.mentions.sentences.map((range) => ({ range })));
  const orgsIn = (r: TextRange): DocumentContext['orgs'] => orgIndex.within(r);
  // "Permanent Secretary for the Ministry of Environment, Climate Change and ...": a post read up
  // to a comma may stop inside the name of its body, which still counts.
  const orgsOfPost = (post: TextRange): DocumentContext['orgs'] =>
    orgIndex.overlapping(post).filter((o) => o.range.start >= post.start);
  const outermost = (list: DocumentContext['orgs']): DocumentContext['orgs'] =>
    list.filter(
      (o) =>
        !list.some(
          (p) =>
            p !== o &&
            p.range.start <= o.range.start &&
            p.range.end >= o.range.end &&
            p.range.end - p.range.start > o.range.end - o.range.start,
        ),
    );

  // The bodies a person is moved between, in the sentence that names them.
  const movesOf = (person: TextRange): { bodies: DocumentContext['orgs']; title?: string } => {
    const sentence = sentenceIndex
      .overlapping(person)
      .find((s) => s.range.start <= person.start && s.range.end >= person.end)?.range;
    if (!sentence) return { bodies: [] };
    const [first, second] = outermost(orgsIn({ start: person.end, end: sentence.end }));
    if (!first) return { bodies: [] };
    const lead = text.slice(person.end, first.range.start);
    const movedTo = MOVED_TO.exec(lead);
    if (movedTo) {
      const title = movedTo[1] ?? movedTo[2];
      return title ? { bodies: [first], title: collapseSpace(title) } : { bodies: [first] };
    }
    if (!MOVED_FROM.test(lead)) return { bodies: [] };
    return {
      bodies: second && FROM_THEN_TO.test(text.slice(first.range.end, second.range.start)) ? [first, second] : [],
    };
  };

  const paragraphIndex = new RangeIndex(
    ctx.mentions.pieces.filter((p) => p.role === 'paragraph' || p.role === 'item-head'),
  );
  // The body a paragraph is about: the one its first sentence opens with, else the document's.
  const paragraphSubject = (sentence: TextRange): string | null => {
    const piece = paragraphIndex
      .overlapping(sentence)
      .find((p) => p.range.start <= sentence.start && p.range.end >= sentence.end);
    const first = piece
      ? outermost(orgsIn({ start: piece.range.start, end: Math.min(piece.range.end, piece.range.start + 200) }))[0]
      : undefined;
    if (first && piece && /^\s*(the\s+)?$/i.test(text.slice(piece.range.start, first.range.start))) return first.key;
    return ctx.mainAgency;
  };
  // The subject of a clause that ends at `cueStart`: the body the sentence opens with, a
  // back-reference ("It", "The Commission") to the paragraph's body, else the first body
  // before the cue that is not the object of a preposition ("administered by the X and").
  const subjectOf = (sentence: TextRange, cueStart: number): string | null => {
    const before = outermost(orgsIn({ start: sentence.start, end: cueStart }));
    const opening = before[0];
    if (opening && /^\s*(the\s+)?$/i.test(text.slice(sentence.start, opening.range.start))) return opening.key;
    if (PRONOUN_SUBJECT.test(text.slice(sentence.start, cueStart))) return paragraphSubject(sentence);
    return (
      before.find(
        (o) => !PREPOSITION_BEFORE.test(text.slice(Math.max(sentence.start, o.range.start - 12), o.range.start)),
      )?.key ?? null
    );
  };

  // Instruments a sentence cue already tied to a body are not re-assigned by the paragraph rule.
  const citedByCue = new Set<string>();
  for (const sentence of ctx.mentions.sentences) {
    const s = text.slice(sentence.start, sentence.end);
    // Every cue below relates bodies or instruments named inside the sentence: one that names
    // none of a kind skips that kind's patterns (costly to try at every word).
    const hasBodies = orgIndex.within(sentence).length > 0;
    const hasLaws = lawIndex.within(sentence).length > 0;
    for (const sub of hasBodies ? s.matchAll(SUBORDINATE_CUE) : []) {
      const cueStart = sentence.start + sub.index;
      const cueEnd = cueStart + sub[0].length;
      const inSentence = outermost(orgsIn(sentence));
      // "reports to the Minister for X": the object must be a body named right after the cue.
      // "part of the cabinet-level X": an article and one lower-case modifier may stand between.
      const object = inSentence.find(
        (o) =>
          o.range.start >= cueEnd &&
          (o.range.start - cueEnd <= 8 || /^\s*the\s+[a-z]+(?:-[a-z]+)*\s+$/.test(text.slice(cueEnd, o.range.start))),
      );
      // "under the supervision of a Management Board": an indefinite object is a kind of body, not a named parent.
      if (object && /\ban?\s+$/i.test(text.slice(cueEnd, object.range.start))) continue;
      const subject = object ? subjectOf(sentence, cueStart) : null;
      if (object && subject && subject !== object.key)
        graph.addRelation('SUBORDINATE_TO', subject, object.key, sentence, 'relations:subordinate-cue');
    }
    for (const sup of hasBodies ? s.matchAll(SUPERVISES_CUE) : []) {
      const cueStart = sentence.start + sup.index;
      const cueEnd = cueStart + sup[0].length;
      const subject = subjectOf(sentence, cueStart);
      if (!subject) continue;
      for (const o of outermost(orgsIn({ start: cueEnd, end: sentence.end })))
        graph.addRelation('SUBORDINATE_TO', o.key, subject, sentence, 'relations:supervises-list');
    }
    // "The Ministry directs the Public Security Directorate, ... and the Civil Defense
    // Directorate": bodies as the direct objects of a verb of control.
    const directs = hasBodies ? DIRECTS_BODIES.exec(s) : null;
    if (directs) {
      const cueStart = sentence.start + directs.index;
      const cueEnd = cueStart + directs[0].length;
      const subject = subjectOf(sentence, cueStart);
      // Each object a whole noun phrase: "oversees ECCC activities" names no body it directs.
      const objects = outermost(orgsIn({ start: cueEnd, end: sentence.end })).filter(
        (o) =>
          o.range.end >= sentence.end ||
          /^\s*(?:[,;.:)]|and\b|or\b|$)/.test(text.slice(o.range.end, Math.min(sentence.end, o.range.end + 6))),
      );
      if (subject && objects[0] && objects[0].range.start === cueEnd) {
        for (const o of objects)
          if (o.key !== subject)
            graph.addRelation('SUBORDINATE_TO', o.key, subject, sentence, 'relations:directs-bodies');
      }
    }
    const gov = hasLaws ? GOVERNED_CUE.exec(s) : null;
    // "Established under the Ministry of X, the Y is ..., governed by the Z Order": the cue
    // that an instrument follows, not merely the first cue.
    for (const cue of gov ? s.matchAll(GOVERNED_CUES) : []) {
      const cueStart = sentence.start + cue.index;
      const cueEnd = cueStart + cue[0].length;
      const cited = lawIndex.within({ start: cueEnd, end: sentence.end });
      const law = cited[0];
      if (!law || law.range.start - cueEnd > MAX_CUE_TO_LAW_CHARS) continue;
      const subject = subjectOf(sentence, cueStart);
      if (subject) {
        graph.addRelation('GOVERNED_BY', subject, law.key, sentence, 'relations:established-under');
        citedByCue.add(`${law.range.start}:${law.range.end}`);
        for (let k = 1; k < cited.length; k++) {
          const previous = cited[k - 1] as (typeof cited)[number];
          const next = cited[k] as (typeof cited)[number];
          if (!LAW_COORDINATION.test(text.slice(previous.range.end, next.range.start))) break;
          graph.addRelation('GOVERNED_BY', subject, next.key, sentence, 'relations:established-under');
          citedByCue.add(`${next.range.start}:${next.range.end}`);
        }
      }
      break;
    }
    // "The Crown Entities Act 2004 applies to the Commission": the instrument governs the body
    // the sentence applies it to (named, or a back-reference to one).
    for (const law of lawIndex.within(sentence)) {
      const after = text.slice(law.range.end, sentence.end);
      const applies = APPLIES_TO.exec(after) ?? ASSIGNS_TO.exec(after);
      if (!applies) continue;
      const at = law.range.end + applies[0].length;
      const named = orgIndex.within({ start: at, end: sentence.end }).find((o) => o.range.start === at)?.key;
      const target =
        named ??
        resolveBackReference(
          text,
          { start: at - 4, end: Math.min(sentence.end, at + 40) },
          graph,
          orgs,
          ctx.mainAgency,
        );
      if (target) graph.addRelation('GOVERNED_BY', target, law.key, sentence, 'relations:legal-source');
    }
    // "Its powers derive from the A Act and the B Regulations", "The Regulator operates under
    // the A Act", "It acts in accordance with the A Code": the sentence's subject is the
    // body (or a back-reference to it), so every instrument cited after the cue governs it.
    const source = gov || !hasLaws ? null : LEGAL_SOURCE_CUE.exec(s);
    if (source) {
      const cueStart = sentence.start + source.index;
      // "As empowered by Section 2 the X Act, the Service is responsible for": a fronted
      // cue; the subject follows the instrument, often as a back-reference.
      const subject =
        subjectOf(sentence, cueStart) ??
        (OWN_SUBJECT.test(text.slice(sentence.start, cueStart)) ? paragraphSubject(sentence) : null) ??
        (source.index === 0 || /^\s*as\s/i.test(s)
          ? resolveBackReference(text, sentence, graph, orgs, ctx.mainAgency)
          : null);
      if (subject) {
        for (const law of lawIndex.within({ start: cueStart, end: sentence.end })) {
          graph.addRelation('GOVERNED_BY', subject, law.key, sentence, 'relations:legal-source');
          citedByCue.add(`${law.range.start}:${law.range.end}`);
        }
      }
    }
  }

  // A paragraph that cites an instrument and says a body was reorganised by it or given a
  // duty (GUIDELINES GOVERNED_BY: "assigns it duties, or ... reorganised it").
  const pieces = ctx.mentions.pieces;
  for (const [index, piece] of pieces.entries()) {
    if (piece.role !== 'paragraph' && piece.role !== 'item-head') continue;
    const cited = lawIndex.within(piece.range).filter((l) => !citedByCue.has(`${l.range.start}:${l.range.end}`));
    if (cited.length === 0) continue;
    // "With the enactment of the X Act, Ministries have been reconstituted as follows:" and a
    // list of bodies: each body the list names, one per item, was reorganised by it.
    if (RECONSTITUTED_AS_FOLLOWS.test(text.slice(piece.range.start, piece.range.end))) {
      for (const next of pieces.slice(index + 1)) {
        const head = text.slice(next.range.start, next.range.end).match(LIST_ITEM_LEAD)?.[0].length ?? 0;
        const body = outermost(orgsIn(next.range)).find((o) => o.range.start === next.range.start + head);
        if (!body) break;
        for (const law of cited)
          graph.addRelation('GOVERNED_BY', body.key, law.key, next.range, 'relations:cited-instrument-reorganises');
      }
    }
    for (const o of outermost(orgsIn(piece.range))) {
      if (!REORGANISED.test(text.slice(o.range.end, o.range.end + 60))) continue;
      const before = text.slice(Math.max(piece.range.start, o.range.start - 12), o.range.start);
      // The body must be the clause's subject, not an object ("... to the Office").
      if (!/(^|[,.;:。]\s*|\bthe\s+|^\s*)$/i.test(before) || /\b(to|from|of|by|with|for)\s+(the\s+)?$/i.test(before))
        continue;
      for (const law of cited)
        if (law.range.end <= o.range.start)
          graph.addRelation('GOVERNED_BY', o.key, law.key, piece.range, 'relations:cited-instrument-reorganises');
    }
    // The active voice: "Proclamation No. 300/2004 merged this Ministry with ...", "Decree 12
    // restructured the Water Board", "Decree No. 5 to reorganize the X": the body the
    // instrument acts on.
    for (const law of cited) {
      const verb = ACTS_ON_BODY.exec(text.slice(law.range.end, Math.min(piece.range.end, law.range.end + 60)));
      if (!verb) continue;
      const objectStart = law.range.end + verb[0].length;
      const named = outermost(orgsIn({ start: objectStart, end: piece.range.end })).find(
        (o) => o.range.start - objectStart <= 4,
      );
      const body =
        named?.key ??
        resolveBackReference(text, { start: objectStart, end: objectStart + 40 }, graph, orgs, ctx.mainAgency);
      if (body) graph.addRelation('GOVERNED_BY', body, law.key, piece.range, 'relations:cited-instrument-reorganises');
    }
  }

  // The first body in the document's order that `test` accepts among nearby candidates: a
  // scan of every body per person would grow with the square of a long page.
  const listedAt = new Map(orgs.map((o, k) => [o, k]));
  const firstListed = (
    candidates: DocumentContext['orgs'],
    test: (o: DocumentContext['orgs'][number]) => boolean,
  ): DocumentContext['orgs'][number] | undefined =>
    candidates.filter(test).sort((a, b) => (listedAt.get(a) ?? 0) - (listedAt.get(b) ?? 0))[0];
  // "Head of the Office of the Chief Executive Officer": an office named after a post whose
  // head the page names is that person's unit, not what the post itself heads.
  const headedOffices = new Set(
    ctx.mentions.people.flatMap((p) => {
      const office = p.post ? HEAD_OF_OFFICE.exec(rangeText(text, p.post))?.[1] : undefined;
      return office ? [normaliseName(office)] : [];
    }),
  );
  const bodyNames = new Map<string, string[]>();
  for (const [key, draft] of graph.entities)
    if (draft.type === 'Agency' || draft.type === 'Department') bodyNames.set(key, [...draft.names.keys()]);
  const postBodyNames = new Map(
    [...bodyNames].filter(([, names]) => !names.some((n) => headedOffices.has(normaliseName(n)))),
  );
  // HOLDS_POSITION: each body named in a person's post, with the post words as title.
  const bodyByName = new Map<string, string>();
  for (const [key, names] of bodyNames) for (const name of names) bodyByName.set(normaliseName(name), key);
  // The post whose evidence ends last before `at`, within reach of a following sentence.
  const lastPostBefore = (at: number): { to: string; properties: Record<string, string> } | undefined => {
    let best: { to: string; properties: Record<string, string>; end: number } | undefined;
    for (const relation of graph.relations.values()) {
      if (relation.type !== 'HOLDS_POSITION' || !relation.properties.title) continue;
      for (const evidence of relation.evidence)
        if (evidence.end <= at && at - evidence.end <= PREDECESSOR_REACH && evidence.end > (best?.end ?? -1))
          best = { to: relation.to, properties: relation.properties, end: evidence.end };
    }
    return best;
  };
  const postHead = (title: string): string => (/(\p{L}+)\s*$/u.exec(title)?.[1] ?? '').toLowerCase();
  const siblingPostBody = (title: string, sentence: TextRange, before: number): string | undefined => {
    let found: string | undefined;
    for (const other of ctx.mentions.people) {
      const otherPost = other.post;
      if (!otherPost || otherPost.start < sentence.start || otherPost.end > before) continue;
      const [body] = outermost(orgsOfPost(otherPost));
      if (!body) continue;
      const otherTitle = titleFor(text, otherPost, body.range, true);
      if (otherTitle && otherTitle !== title && postHead(otherTitle) === postHead(title)) found = body.key;
    }
    return found;
  };
  const entryIndex = new RangeIndex(
    ctx.mentions.pieces.filter((p) => p.role === 'paragraph' || p.role === 'item-head' || p.role === 'value'),
  );
  const unitOpening = (opening: TextRange): string | undefined => {
    const first = outermost(orgsIn({ start: opening.start, end: Math.min(opening.end, opening.start + 200) }))[0];
    if (!first || !/^\s*(?:the\s+)?$/i.test(text.slice(opening.start, first.range.start))) return undefined;
    return graph.entities.get(first.key)?.type === 'Department' ? first.key : undefined;
  };
  // ... or under a list item headed by the unit ("• HR Section" / its remit / "Deputy Director
  // General Name").
  const unitOpeningEntry = (at: number): string | undefined => {
    const piece = entryIndex.overlapping({ start: at, end: at + 1 }).find((p) => p.range.start <= at);
    if (!piece) return undefined;
    const owner = piece.ancestors[piece.ancestors.length - 1];
    const opening = piece.role === 'value' && owner?.kind === 'keyValue' ? owner.key : piece.range;
    const item = piece.role === 'paragraph' ? piece.ancestors.findLast((a) => a.kind === 'item') : undefined;
    return unitOpening(opening) ?? (item?.kind === 'item' ? unitOpening(item.head) : undefined);
  };
  let reshufflePost: string | null | undefined;
  // A name given two posts in one sentence ("Name, Director of A, was appointed Secretary"):
  // the appointment names its body or none, never the page's by default.
  const mentionsAt = new Map<string, number>();
  for (const p of ctx.mentions.people) {
    if (!p.post) continue;
    const at = `${p.range.start}:${p.range.end}`;
    mentionsAt.set(at, (mentionsAt.get(at) ?? 0) + 1);
  }
  const isSecondPost = (person: PersonMention): boolean =>
    person.extractor === 'people:post-apposition' &&
    (mentionsAt.get(`${person.range.start}:${person.range.end}`) ?? 0) > 1;
  for (const person of ctx.mentions.people) {
    const personKey = nameKey('Person', person.fullName ?? rangeText(text, person.range));
    // "PS Jane Roe was moved from the Ministry of A to the Ministry of B", "Mr Name from the
    // Cabinet Office goes to the Ministry of B": the post, in the bodies the person moves
    // between; its title is the person's own, else the one the news is about.
    const { bodies: moved, title: movedTitle } = movesOf(person.range);
    if (moved.length > 0) {
      // "transferred to the post of Chief Officer of the X": the new post names its title.
      const postBody = person.post ? outermost(orgsOfPost(person.post))[0] : undefined;
      const own =
        movedTitle ??
        person.title ??
        (person.post && postBody ? titleFor(text, person.post, postBody.range, true) : null) ??
        (person.post ? findTitle(text, person.post) : null);
      // A post held before ("Former Director of X") is not the one moved into.
      const title =
        (own && !/^(?:former|ex-|outgoing|retired)\b/i.test(own) ? own : null) ?? (reshufflePost ??= newsPost(text));
      if (title) {
        for (const body of moved)
          graph.addRelation(
            'HOLDS_POSITION',
            personKey,
            body.key,
            cover(person.range, body.range),
            'relations:moved-to',
            { title },
          );
        // A post that names its own body ("Former Director of the X, Name") is read below too.
        if (!person.post || outermost(orgsOfPost(person.post)).length === 0) continue;
      }
    }
    if (!person.post) {
      if (person.extractor === 'people:predecessor' || person.extractor === 'people:successor') {
        // "Name was appointed Director of X. She succeeds Jane Roe", "He was succeeded by
        // Name": the post read last.
        const held = lastPostBefore(person.range.start);
        if (held)
          graph.addRelation('HOLDS_POSITION', personKey, held.to, person.range, person.extractor, {
            ...held.properties,
          });
        continue;
      }
      if (person.extractor === 'people:other-members') {
        // "The X board comprises A as Chair and members B, C": the body the sentence is made of;
        // "The board is chaired by A. Other members are B, C": the body of the post read last.
        const sentence = sentenceIndex
          .overlapping(person.range)
          .find((s) => s.range.start <= person.range.start && s.range.end >= person.range.end)?.range;
        const cue = sentence ? HEADED_BY_CUE.exec(text.slice(sentence.start, person.range.start)) : null;
        const body =
          (sentence && cue
            ? outermost(orgsIn({ start: sentence.start, end: sentence.start + cue.index })).pop()?.key
            : undefined) ?? (sentence ? lastPostBefore(sentence.start)?.to : undefined);
        if (body)
          graph.addRelation('HOLDS_POSITION', personKey, body, person.range, person.extractor, { title: 'member' });
        continue;
      }
      // Only "headed by" gives a post without naming it; an honorific or a gloss gives none.
      if (person.extractor !== 'people:headed-by') continue;
      // "X is headed by Name": the body named last before the cue.
      const sentence = sentenceIndex
        .overlapping(person.range)
        .find((s) => s.range.start <= person.range.start && s.range.end >= person.range.end)?.range;
      const body = sentence
        ? outermost(orgsIn({ start: sentence.start, end: person.range.start })).pop()?.key
        : undefined;
      const subject =
        body ??
        (sentence && PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.end))
          ? bodyReferredTo(ctx, sentence)
          : null);
      if (subject)
        graph.addRelation('HOLDS_POSITION', personKey, subject, sentence ?? person.range, person.extractor, {
          title: 'head',
        });
      continue;
    }
    const post = person.post;
    // "| Minister of Lakes | Minlak | Name |": the row's body cell names the body, the post cell the title.
    const bodyCell = person.body ? outermost(orgsIn(person.body))[0] : undefined;
    if (bodyCell) {
      const title = person.title ?? collapseSpace(rangeText(text, post));
      graph.addRelation('HOLDS_POSITION', personKey, bodyCell.key, cover(person.range, post), person.extractor, {
        title,
      });
      continue;
    }
    const bodies = outermost(orgsOfPost(post));
    if (person.extractor === 'people:apposition') bodies.splice(1);
    // A bracketed post in running text names its body inside the brackets or none.
    if (bodies.length === 0 && person.extractor === 'people:name-bracket-post') continue;
    if (bodies.length === 0) {
      // A post given its own line, bullet or column ("Harbour Master: Name") is a title as written.
      const written =
        person.title ??
        findTitle(text, post) ??
        (EXPLICIT_POST.has(person.extractor) ? collapseSpace(rangeText(text, post)) : null);
      const title = written && person.isPluralPost ? (singularTitle(written) ?? written) : written;
      // "The X Unit is headed by Dr Name, Principal Scientist": the post is in the unit
      // the sentence describes, not in the document's main body.
      const sentence = sentenceIndex
        .overlapping(person.range)
        .find((s) => s.range.start <= person.range.start && s.range.end >= person.range.end)?.range;
      const cue = sentence ? HEADED_BY_CUE.exec(text.slice(sentence.start, person.range.start)) : null;
      const described =
        sentence && cue
          ? (outermost(orgsIn({ start: sentence.start, end: sentence.start + cue.index })).pop()?.key ??
            (PRONOUN_SUBJECT.test(text.slice(sentence.start, sentence.end))
              ? bodyReferredTo(ctx, sentence)
              : undefined))
          : undefined;
      // A title written before a name in running text ("Premier Name", "Director General,
      // Name") is the post of the body written just before it ("MODA Minister Name", "Lake
      // Authority (LA) Director General, Name"), or of none the text names.
      // A title in running text, or a post whose body is not a name the page gives a body:
      // no fallback to the page's own body.
      const isProse = person.extractor === 'people:title-before-name' || person.extractor === 'people:post-at-body';
      const adjacent =
        isProse || person.extractor === 'people:post-apposition'
          ? firstListed(
              orgIndex.overlapping({ start: post.start - NEAR_POST_CHARS, end: post.start }),
              (o) => o.range.end <= post.start && BODY_BEFORE_POST.test(text.slice(o.range.end, post.start)),
            )?.key
          : undefined;
      // "Permanent Secretary for Public Enterprises" on a page about another body holds a post in
      // a ministry the page does not name, not in the page's body.
      const isOtherPortfolio =
        title !== null && ctx.mainAgency !== null && portfolioOutside(title, bodyNames.get(ctx.mainAgency) ?? []);
      // "Name, Chief Executive, Ministry of Justice": the body written right after the post.
      const following = firstListed(
        orgIndex.overlapping({ start: post.end, end: post.end + NEAR_POST_CHARS }),
        (o) =>
          o.range.start >= post.end &&
          BODY_AFTER_POST.test(text.slice(post.end, o.range.start)) &&
          /^\s*(?:[,.;)]|\(\p{Lu}{2,9}\)|$|(?:for|from|until|since|with effect)\b)/u.test(
            text.slice(o.range.end, o.range.end + 12),
          ),
      )?.key;
      // "Name" / "Chief Executive Officer" / "Sentosa Development Corporation": a profile's
      // body is the line that follows its name and post lines, when the whole line names one.
      const lastLine = Math.max(post.end, person.range.end);
      const onNextLine =
        person.extractor === 'people:profile-block'
          ? firstListed(
              orgIndex.overlapping({ start: lastLine, end: lastLine + NEAR_POST_CHARS }),
              (o) =>
                o.range.start >= lastLine &&
                /^[ \t]*\n[ \t]*$/.test(text.slice(lastLine, o.range.start)) &&
                /^[ \t]*(?:\n|$)/.test(text.slice(o.range.end, o.range.end + 8)),
            )?.key
          : undefined;
      // "A is the Chairperson for the X Committee and B is the Deputy Chairperson": a post
      // that names no body shares the body of the same post named earlier in the sentence.
      const sibling =
        title &&
        sentence &&
        (person.extractor === 'people:name-is-post' || person.extractor === 'people:post-apposition')
          ? siblingPostBody(title, sentence, post.start)
          : undefined;
      // "Finance Department (FIN): Mobilizes ... Read bio of the Director, Name": a post in an
      // entry that opens with a unit's name is that unit's.
      const entryUnit = isProse ? undefined : unitOpeningEntry(person.range.start);
      // Read only when the post's own words name no body (it scans every body's names).
      const jointOf = (): { key: string; title: string } | null =>
        isProse || !/\sand\s/i.test(rangeText(text, post))
          ? null
          : bodyOfJointPost(collapseSpace(rangeText(text, post)), postBodyNames);
      let joint: { key: string; title: string } | null = null;
      const body =
        described ??
        adjacent ??
        sibling ??
        entryUnit ??
        following ??
        onNextLine ??
        // In running text the rest of the line is the rest of the sentence, not the post's.
        namedAfterTitle(text.slice(post.start, isProse ? post.end : lineEndAfter(text, post.end)), bodyByName) ??
        (title ? bodyOfPost(title, postBodyNames) : null) ??
        (joint = jointOf())?.key ??
        // "The Board Chairman for the Authority, Mr Name": the body the head word points back to.
        (POST_BACK_REFERENCE.test(rangeText(text, post))
          ? resolveBackReference(text, post, graph, orgs, ctx.mainAgency)
          : null) ??
        // "seven new commissioners of the X Commission ... Name, commissioner for Y".
        (title ? bodyOfPostGroup(text, title, orgs) : null) ??
        (isProse ||
        isOtherPortfolio ||
        isSecondPost(person) ||
        NOMINATED.has(person.extractor) ||
        LOWER_POST_OF_NAMED.test(rangeText(text, post))
          ? null
          : (headingBodiesAt(ctx, ctx.model.root, person.range.start).pop()?.owner ??
            // A page whose subject is only the first body it names (a directory, a letter)
            // gives a post with no body of its own to no body.
            (ctx.subjectReading === 'first-named' ? null : ctx.mainAgency)));
      if (title && body)
        graph.addRelation('HOLDS_POSITION', personKey, body, cover(person.range, post), person.extractor, {
          title: joint && body === joint.key ? joint.title : title,
        });
      continue;
    }
    for (const body of bodies) {
      // "A, to the Ministry of X": the post the report is about.
      const reported = person.extractor === 'people:posted-to' ? (reshufflePost ??= newsPost(text)) : null;
      const written = person.title ?? reported ?? titleFor(text, post, body.range, bodies.length === 1);
      const title = person.isPluralPost ? (singularTitle(written) ?? written) : written;
      // With several bodies, one that has no post words of its own is only a qualifier.
      if (!title && bodies.length > 1) continue;
      graph.addRelation(
        'HOLDS_POSITION',
        personKey,
        body.key,
        cover(person.range, post),
        person.extractor,
        title ? { title } : {},
      );
    }
  }
}

// A ministerial post whose portfolio names a ministry ("Minister for X", "Permanent Secretary
// for X"); "Director of Regulation" names an area inside its own body. A title-cased page
// writes "Minister Of Health".
const PORTFOLIO_POST =
  /^(?:(?:Deputy|Assistant|Acting|Vice)\s+)?(?:Minister(?:\s+[Oo]f\s+State)?|Permanent Secretary|Principal Secretary|Cabinet Secretary|Secretary [Oo]f State)\s+(?:[Ff]or|[Oo]f|[Ii]n)\s+(?:[Tt]he\s+)?(\p{Lu}[^;()]*)$/u;

// "Governor of Lakes State", "Deputy Governor of Upper Nile State": a post of a place.
const JURISDICTION_HEADS = new Set([...PLACE_WORDS, 'State', 'Region', 'Territory', 'Prefecture', 'Emirate']);

/**
 * True when a post names its portfolio ("Minister ... for Public Enterprises") or its place
 * ("Governor of Lakes State") and no name of the body says it.
 */
function portfolioOutside(title: string, bodyNames: readonly string[]): boolean {
  const place = /\b(?:of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,4}(\p{Lu}\p{L}+))$/u.exec(title.trim());
  const portfolio =
    PORTFOLIO_POST.exec(title.trim())?.[1] ??
    (place && JURISDICTION_HEADS.has(place[2] as string) ? place[1] : undefined);
  if (!portfolio) return false;
  const words = portfolio
    .toLowerCase()
    .split(/[\s,&]+/)
    .filter((w) => w.length > 3 && !['and', 'the'].includes(w));
  const names = bodyNames.map((n) => n.toLowerCase());
  return words.length > 0 && !words.some((w) => names.some((n) => n.includes(w)));
}

/**
 * "Deputy Chief Executive, National Security Group", "Executive Director, Strategy, Governance
 * and Engagement Group. Acting ...": a body the page names elsewhere, written after the title
 * and a comma, is where the post is (the longest such name, from the first comma on).
 */
function namedAfterTitle(post: string, bodyByName: ReadonlyMap<string, string>): string | null {
  for (const comma of post.matchAll(/,\s*/g)) {
    const rest = normaliseName(post.slice(comma.index + comma[0].length).split(/[.;]/)[0] ?? '').split(' ');
    for (let take = rest.length; take > 0; take--) {
      const key = bodyByName.get(rest.slice(0, take).join(' '));
      if (key) return key;
    }
  }
  return null;
}

// How far back a predecessor's post may have been read (characters): the sentence before.
const PREDECESSOR_REACH = 400;

/** Where the line holding `at` ends. */
function lineEndAfter(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

// A nomination's post names its body or none: the page's body is the one the message goes to.
const NOMINATED = new Set(['people:nomination', 'people:vice']);

const EXPLICIT_POST = new Set([
  'people:leader-line',
  'people:leadership-table',
  'people:bracketed-post',
  'people:post-label',
  'people:holders-table',
  'people:holders-list',
  'people:roster-line',
  'people:post-initials',
  'people:post-apposition',
  'people:profile-block',
]);
// "The department is led by ...": the body of that kind named last before the sentence (the
// unit whose description this is), else the document's subject.
function bodyReferredTo(ctx: DocumentContext, sentence: TextRange): string | null {
  // "The seven-member board": the head noun may follow up to two modifiers.
  const words =
    /^\s*(?:the|this)\s+((?:[\p{L}\d-]+\s+){0,2}[\p{L}\d-]+)/iu
      .exec(ctx.text.slice(sentence.start, sentence.end))?.[1]
      ?.split(/\s+/) ?? [];
  const noun =
    words.find((w) => ORGANISATION_HEADS.has(`${w.charAt(0).toUpperCase()}${w.slice(1).toLowerCase()}`)) ?? words[0];
  if (!noun || /^it/i.test(noun)) return ctx.mainAgency;
  const head = `${noun.charAt(0).toUpperCase()}${noun.slice(1).toLowerCase()}`;
  const named = ctx.orgs
    .filter((o) => o.range.end <= sentence.start && headWordOf(rangeText(ctx.text, o.range)) === head)
    .pop();
  // "a new board for the National IT Authority" ... "The seven-member board is chaired by": a
  // head word no name holds points back to the body it was said to be of or for.
  const headOf = new RegExp(`\\b${noun}\\s+(?:of|for)\\s+(?:the\\s+)?$`, 'i');
  const ofBody = named
    ? undefined
    : ctx.orgs
        .filter(
          (o) =>
            o.range.end <= sentence.start &&
            headOf.test(ctx.text.slice(Math.max(0, o.range.start - 40), o.range.start)),
        )
        .pop();
  return named?.key ?? ofBody?.key ?? ctx.mainAgency;
}

// What may stand between a body's name and the post written right after it: spaces, and
// the body's initials in brackets.
// How far from a post a body written before or after it may start or end (characters).
// "as director of the National Museum": a post that names its own body, one the page does not
// give as a body, is not a post in the page's body.
const LOWER_POST_OF_NAMED = /^\p{Ll}[^,;]*\s(?:of|at|in)\s+the\s+\p{Lu}/u;
const NEAR_POST_CHARS = 120;
const BODY_BEFORE_POST = /^\s+(?:\(\p{Lu}[\p{Lu}&]{1,9}\)\s+)?$/u;
// A comma between a post and its body, after a second title joined by "and" ("Secretary for
// Justice and Chief Executive, Ministry of Justice").
const POST_BACK_REFERENCE = /\b(?:of|for|at)\s+(?:the|this|that)\s+\p{Lu}\p{Ll}+\s*$/u;
// Or "of the" after the post's bracketed initials ("Chief Executive Officer (CEO) of the X").
const BODY_AFTER_POST =
  /^(?:(?:\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})?,\s+(?:the\s+)?|\s*\(\p{Lu}{2,6}\)\s+(?:of|at)\s+(?:the\s+)?)$/u;

// A person moved between bodies: "(was) moved / transferred / reassigned (from A) to B",
// "from A goes to B".
const MOVE_VERB = String.raw`(?:moved|transferred|reassigned|redeployed|re-deployed|posted|seconded|taken|goes|went|moves|returns)`;
const BEING = String.raw`(?:(?:was|has been|had been|is|will be|have been|were)\s+)?(?:also\s+)?`;
// "... has been transferred to the post of Chief Officer of the X", "... transferred as
// secretary at the X": the new post's title, when the sentence names it.
const MOVED_TITLE = String.raw`([\p{L}-]+(?:\s+[\p{L}-]+){0,4}?)\s+(?:of|at|in|to)\s+(?:the\s+)?`;
const MOVED_TO = new RegExp(
  String.raw`^,?\s+${BEING}${MOVE_VERB}\s+(?:to\s+(?:the\s+)?(?:post\s+of\s+(?:an?\s+)?${MOVED_TITLE})?|as\s+(?:an?\s+|the\s+)?${MOVED_TITLE})$`,
  'u',
);
const MOVED_FROM = new RegExp(String.raw`^\s+${BEING}(?:${MOVE_VERB}\s+)?from\s+(?:the\s+)?$`);
const FROM_THEN_TO = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\))?\s*${BEING}(?:${MOVE_VERB}\s+)?to\s+(?:the\s+)?$`);
// The post a reshuffle report is about, from its first lines: "changes at Permanent
// Secretary level", "2 new Permanent Secretaries"; a title before a name ("President Name")
// is that person's, not the report's.
const NEWS_POST = new RegExp(
  String.raw`\b((?:(?:Deputy|Permanent|Principal|Vice|Assistant|Chief|Senior)\s+)?(?:${[...POST_WORDS]
    .flatMap((w) => [w, `${w}s`, `${w}es`, w.replace(/y$/, 'ies')])
    .map((w) => `${(w[0] as string).toUpperCase()}${w.slice(1)}`)
    .join('|')}))\b(?!\s+\p{Lu})`,
  'gu',
);
const NEWS_LEAD_CHARS = 300;

function newsPost(text: string): string | null {
  for (const m of text.slice(0, NEWS_LEAD_CHARS).matchAll(NEWS_POST)) {
    const post = m[1] as string;
    const singular = singularTitle(post) ?? post;
    if (singular.includes(' ')) return singular;
  }
  return null;
}

const RECONSTITUTED_AS_FOLLOWS =
  /\b(?:have|has|had)\s+been\s+(?:re-?constituted|reorgani[sz]ed|restructured|established|created|set up|formed|renamed)\b[^.]{0,40}?\bas follows\s*[:;]?\s*$/i;
// What may open an item before its body's name: "and", a number or letter, "the".
const LIST_ITEM_LEAD = /^(?:and\s+)?(?:\(?[\dA-Za-z]{1,3}[.)]\s+)?(?:the\s+)?/i;

// A sentence that says who heads a body, or what it is made of, before the person.
const HEADED_BY_CUE = new RegExp(String.raw`\b(?:${HEADED_BY_WORDS}|${MADE_OF_WORDS})\b[^.;]*$`, 'i');

const DELIMITER = /[,;，；]|\band\b/gi;

// The post words for one body: the clause before it ("Minister of the ..."), else the
// clause after it ("... Group member").
function titleFor(text: string, post: TextRange, body: TextRange, isOnlyBody: boolean): string {
  const before = text.slice(post.start, body.start);
  let cut = 0;
  for (const m of before.matchAll(DELIMITER)) cut = m.index + m[0].length;
  const lead = collapseSpace(before.slice(cut))
    .replace(/\b(of|at|in|for|to)( the)?$/i, '')
    .replace(/^(the|a|an)\s+/i, '')
    .trim();
  if (hasPostWord(lead)) return lead;
  const after = text.slice(body.end, post.end);
  const tail = collapseSpace(after.split(/[,;，；]|\band\b/)[0] ?? '').replace(/^['’]s\s+/, '');
  if (hasPostWord(tail)) return tail;
  return isOnlyBody ? (findTitle(text, post) ?? '') : '';
}

const hasPostWord = (s: string): boolean => s.split(/[\s-]+/).some((w) => POST_WORDS.has(w.toLowerCase()));

// "Deputy Administrator of the Bureau": a trailing generic back-reference to the document's
// body is not part of the post (GUIDELINES: generic back-references are not names).
const BACK_REFERENCE = new RegExp(
  String.raw`\s+(?:of|at|in|for)\s+(?:the|this|our|its)\s+(?:${[...ORGANISATION_HEADS, 'Organisation', 'Organization', 'Body'].join('|')})$`,
  'i',
);

const HEAD_OF_OFFICE = /^\s*(?:the\s+)?head\s+of\s+(?:the\s+)?(office\s+of\s+.+?)\s*$/i;

/** The first comma-separated phrase of a post text that names a post, if any. */
export function findTitle(text: string, post: TextRange): string | null {
  const parts = text.slice(post.start, post.end).split(/([,;，；]|\band\b)/i);
  for (let k = 0; k < parts.length; k += 2) {
    let phrase = collapseSpace(parts[k] as string)
      .replace(/\s*\[[\d\s,-]+\]$/, '')
      .replace(/[.:]$/, '');
    if (!hasPostWord(phrase) || phrase.split(' ').length > 8) continue;
    // "Minister of Lakes and Rivers", "General Manager, Marketing and Operations": parts with
    // no post word of their own complete the title, a field after "and" or a comma.
    for (let j = k + 2; j < parts.length; j += 2) {
      const next = collapseSpace(parts[j] as string).replace(/[.:]$/, '');
      const separator = (parts[j - 1] as string).trim().toLowerCase();
      const isComma = separator === ',' || separator === '，';
      const words = next.split(' ');
      if (!next || hasPostWord(next) || words.length > 4 || /^(?:the|a|an)\b/i.test(next)) break;
      if (isComma ? !words.every((w) => /^(?:and|&)$/i.test(w) || isOrdinaryWord(w)) : separator !== 'and') break;
      phrase = `${phrase}${isComma ? ',' : ` ${(parts[j - 1] as string).trim()}`} ${next}`;
    }
    return phrase.replace(/^(the|a|an)\s+/i, '').replace(BACK_REFERENCE, '');
  }
  return null;
}

// The smallest range covering both a person and their post, whichever comes first
// ("Name: post" or "Title: Name").
function cover(a: TextRange, b: TextRange): TextRange {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
