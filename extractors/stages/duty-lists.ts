// Stage "duty-lists" (EXTRACTION.md stages 4-5): a list whose items read as duties (verb-
// initial, or cued by a heading, lead-in or title word) gives each item as a responsibility of
// its owner: the body its lead-in names, else the innermost heading that names one, else the
// document's subject. Unit lists, legal-basis lists and reports of what happened are not duties.
import { addDuty, agencyBeside, ownerOf, type KeyedBody } from '../document-context.ts';
import { isFieldList } from '../field-items.ts';
import { FUNCTION_CONTEXT } from '../function-context.ts';
import { isDutyShaped, isInitialledNameList, isVerbInitial, leadInSentence } from '../item-roles.ts';
import type { LocalGraph } from '../local-graph.ts';
import { LEGAL_BASIS_HEADING } from '../mentions.ts';
import type { RangeIndex } from '../range-index.ts';
import { findRemitParagraphs } from '../remit-paragraphs.ts';
import {
  CAPACITY_LEAD_IN,
  dutiesOfList,
  dutyFrom,
  isStatementList,
  isStatementSentence,
  MEMBERSHIP_LEAD_IN,
} from '../responsibilities.ts';
import { splitSentences } from '../sentences.ts';
import type { Stage } from '../stage-list.ts';
import { resolveBackReference } from '../subject.ts';
import type { BlockNode, DocumentModel, ItemNode, ListNode, SectionNode, TextRange } from '../types.ts';
import { ORGANISATION_HEADS } from '../vocabulary.ts';
import { allSections, itemAsSection } from '../walk.ts';
import type { FoundUnits } from './units.ts';

/** What an owner lookup reads: the text, the body entities and mentions, the subject. */
type Owners = {
  text: string;
  graph: LocalGraph;
  orgs: KeyedBody[];
  orgIndex: RangeIndex<KeyedBody>;
  mainAgency: string | null;
};

export const dutyListsStage: Stage<Owners & { model: DocumentModel; units: FoundUnits }, object> = {
  name: 'duty-lists',
  does: "lists of duties -> HAS_RESPONSIBILITY per item, owned by the lead-in, the innermost heading naming a body, or the subject; a function section's one paragraph -> one",
  modules: [
    'stages/duty-lists.ts',
    'item-roles.ts',
    'field-items.ts',
    'responsibilities.ts',
    'subject.ts',
    'function-context.ts',
    'remit-paragraphs.ts',
    'walk.ts',
  ],
  run: (state) => {
    const { model, text, graph, units } = state;
    // An item too long to read as a heading still leads into its own sub-list of duties when it
    // ends as a lead-in whose subject is a body ("(1) For the purpose of its object, the Agency
    // shall" + (a) (b) (c)); "the Director shall be responsible for" names a post, not a body.
    const leadsIntoDuties = (item: ItemNode): boolean =>
      DUTY_LEAD_IN_END.test(text.slice(item.head.start, item.head.end)) &&
      ownerOfSections(state, [leadInSection(item)]) !== null;
    visitLists(text, model.root, [], leadsIntoDuties, (list, sections, intro) => {
      // A sub-section with its own heading under an organisation section ("Organisation" >
      // "Key functions of the Board:") is not part of the unit list.
      const innermost = [...sections].reverse().find((s) => s.heading);
      // ... unless a lead-in gives the list as the unit's own duties ("## Trade Division" /
      // its branches / "The main roles of the Trade Division include:" / the duties).
      const isLedInDuties = intro !== null && FUNCTION_CONTEXT.test(text.slice(intro.start, intro.end));
      if (
        units.lists.has(list) ||
        (innermost !== undefined && units.sections.has(innermost) && !isLedInDuties) ||
        list.items.length < 2 ||
        (list.style === 'bullet' && !sections.length)
      )
        return false;
      const heading = [...sections].reverse().find((s) => s.heading)?.heading ?? null;
      // Every enclosing heading counts: "Functions" > "The FHSA shall:" > (a) (b) (c); but a
      // heading that names several topics ("ESTABLISHMENT, POWERS AND FUNCTIONS OF THE
      // AUTHORITY") over sections with titles of their own cues only through them.
      const headings = sections.flatMap((s) => (s.heading ? [text.slice(s.heading.start, s.heading.end)] : []));
      // Right under it, a list of such sections ("7. Establishment ...", "8. Functions ...") is
      // walked as sections, not read as duties.
      const isSectionList = list.items.every((item) => itemAsSection(text, item) !== null);
      const headingText = headings
        .filter((h, k) => (k === headings.length - 1 && !isSectionList) || !isTopicSeries(h))
        .join(' | ');
      const introText =
        intro && !(isSectionList && isTopicSeries(text.slice(intro.start, intro.end)))
          ? text.slice(intro.start, intro.end)
          : '';
      const title = model.root.children.find((c): c is SectionNode => c.kind === 'section')?.heading;
      const titleText = title ? text.slice(title.start, title.end) : '';
      if (LEGAL_BASIS_HEADING.test(heading ? text.slice(heading.start, heading.end) : '')) return false;
      // "- **Location**: ...", "- **Key Departments**: ...": a record's fields, not duties.
      if (isFieldList(text, list)) return false;
      // "Trade and Agriculture (TAD)", "Tax (CTPA)": names with their initials are bodies.
      if (isInitialledNameList(text, list)) return false;
      // "... examines matters concerned with the following Ministries/Departments:-": bodies.
      if (BODY_LIST_LEAD_IN.test(introText)) return false;
      // "the matters for which the Assembly shall not be responsible such as:": not its duties.
      if (NEGATED_LEAD_IN.test(introText.slice(-200))) return false;
      // "... shall become vacant if the Commissioner—" (a) dies: conditions on a person, not duties.
      if (CONDITION_LEAD_IN.test(introText.slice(-200))) return false;
      // "The purposes of this Act are— (a) to establish the Council": the instrument's aims.
      if (ACT_PURPOSE_LEAD_IN.test(introText.slice(-200))) return false;
      // "A member shall not—": prohibitions; "require that person to—": what someone else does.
      if (PROHIBITION_LEAD_IN.test(introText.slice(-200)) || OTHERS_DUTY_LEAD_IN.test(introText.slice(-200)))
        return false;
      if (CAPACITY_LEAD_IN.test(introText.slice(-200))) return false;
      // "(a) be a body corporate; (b) have perpetual succession": the body's legal capacity;
      // "(a) a Chairman appointed by the President; (b) three members": its composition.
      if (isCapacityOrCompositionList(text, list) || MEMBERSHIP_LEAD_IN.test(introText.slice(-200))) return false;
      // Role by content: verb-initial items are duties whatever the heading says; a cue word
      // in the heading, lead-in or title admits noun-phrase duties too.
      // The intro cues by its lead-in: "The functions of the Agency are:", not a long title
      // sentence that mentions functions in passing ("An Act ... to define its functions.").
      const leadIn = intro ? leadInSentence(splitSentences(text, intro)) : null;
      // "The Agency shall:" right above a list leads into what it shall do.
      const leadInText = leadIn ? text.slice(leadIn.start, leadIn.end) : '';
      const isCued =
        (SHALL_LEAD_IN.test(leadInText) && !/\bhave\s*[:—–-]*\s*$/i.test(leadInText)) ||
        MANDATED_TO_LEAD_IN.test(leadInText) ||
        FUNCTION_CONTEXT.test(headingText) ||
        (FUNCTION_CONTEXT.test(introText) &&
          (leadIn === null || readsAsLeadIn(text.slice(leadIn.start, leadIn.end)))) ||
        FUNCTION_CONTEXT.test(titleText);
      // "1. Interpretation" / "2. Establishment of the commission", each with its own text:
      // numbered section titles of a statute, not duties (their contents are visited as sections).
      if (!isCued && isSectionList) return false;
      if (!isCued && !isDutyShaped(text, list)) return false;
      // A list led in by a report of what happened lists achievements, not duties.
      // "There is established a committee to assist the officer in X, including:" founds a body
      // for the purposes it lists.
      if (!isCued && leadIn && isStatementSentence(leadInText) && !FOUNDED_FOR.test(leadInText)) return false;
      if (isStatementList(text, list)) return false;
      const owner =
        ownerOfLeadIn(state, intro) ??
        ownerOfSections(state, sections) ??
        agencyBeside(state, model.root, innermost) ??
        state.mainAgency;
      if (!owner) return false;
      for (const duty of dutiesOfList(text, list))
        addDuty(
          graph,
          itemSubject(state, duty.range) ?? owner,
          duty.text,
          duty.range,
          'responsibilities:function-list',
        );
      return true;
    });
    // "In particular, it shall exercise the following functions:" / "Proposal and ..." /
    // "Supervision of ...": the items of a list whose markers a converter dropped, one
    // paragraph each, up to the first block of another kind.
    for (const section of allSections(model.root, text)) {
      const children = section.children;
      children.forEach((lead, k) => {
        if (lead.kind !== 'paragraph') return;
        const leadIn = leadInSentence(splitSentences(text, lead.range));
        const leadInText = leadIn ? text.slice(leadIn.start, leadIn.end) : '';
        if (!LEAD_IN_END.test(leadInText) || !(FUNCTION_CONTEXT.test(leadInText) || SHALL_LEAD_IN.test(leadInText)))
          return;
        // "... may not assume their duties until they take the following oath:": the list is
        // of what "following" names.
        const following = FOLLOWING_NOUNS.exec(leadInText);
        if (following && !FUNCTION_CONTEXT.test(following[1] as string)) return;
        const items: TextRange[] = [];
        for (let j = k + 1; j < children.length; j++) {
          const next = children[j] as BlockNode;
          if (next.kind !== 'paragraph' || next.range.end - next.range.start > MAX_UNMARKED_ITEM_CHARS) break;
          items.push(next.range);
        }
        if (items.length < MIN_UNMARKED_ITEMS) return;
        const owner = ownerOfLeadIn(state, lead.range) ?? ownerOfSections(state, [section]) ?? state.mainAgency;
        if (!owner) return;
        for (const item of items) {
          const duty = dutyFrom(text, item);
          if (duty) addDuty(graph, owner, duty.text, duty.range, 'responsibilities:function-list');
        }
      });
    }
    for (const { paragraph, sections } of findRemitParagraphs(text, model.root)) {
      const owner = ownerOfRemit(state, paragraph.range, sections, model.root);
      const remit = owner ? dutyFrom(text, paragraph.range) : null;
      if (owner && remit) addDuty(graph, owner, remit.text, remit.range, 'responsibilities:remit-paragraph');
    }
    return {};
  },
};

// "the following (general) functions:": the noun a lead-in's "following" introduces.
const FOLLOWING_NOUNS =
  /\bfollowing\s+((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s*(?:[:：—–-]|\b(?:before|to|of|in|for|by)\b)/u;
// "Part II – Establishment, Powers and Functions of the Authority": a heading whose topics are
// a series, one of them a function word.
const TOPIC_SERIES = /\b\p{L}+,\s+\p{L}+(?:\s+\p{L}+)?,?\s+(?:and|&)\s+\p{L}+/iu;
const isTopicSeries = (heading: string): boolean => TOPIC_SERIES.test(heading) && FUNCTION_CONTEXT.test(heading);

// "The Ministry shall:", "In the discharge of its functions, the Bureau through its Board ...
// exercises powers over the:": an opening clause may stand before the subject.
const BACK_REFERENCE_SUBJECT =
  /^\s*(?:[^,:;]{0,80},\s*)?(?:The|This|the|this)\s+(\p{Lu}\p{Ll}+)\s+(?!of\b|for\b)\p{Ll}/u;
const LEAD_IN_END = /[:：—–-]\s*$/;
const FOUNDED_FOR =
  /\bthere\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:established|created|constituted)\s[^.;]*?\bto\s+\p{L}[^.;]*[:：—–-]\s*$/iu;
const NEGATED_LEAD_IN =
  /\b(?:shall|does|do|is|are|will|may)\s+not\s+(?:be\s+)?(?:responsible|charged|competent|include|cover|perform|undertake)\b[^.]*$/i;
// A lead-in that ends in a condition on someone ("if the Commissioner—", "if that person—",
// "unless he or she—", "a member who—"): what follows is what makes it true. "if necessary",
// "if it thinks fit" qualify a duty instead, and carry no subject of their own; a short clause
// only, as a mistyped "of" ("The Ministry if X was established ... as follows:") is none.
const CONDITION_LEAD_IN =
  /\b(?:if|unless|who)\s+(?!(?:necessary|required|appropriate|so|any|need\s+be|it\s+thinks|it\s+considers)\b)(?:(?!(?:shall|may|must|will|are|is)\b)[\p{L}'’-]+\s+){0,5}(?!(?:shall|may|must|will|are|is)\b)[\p{L}'’-]*\s*[:：—–-]+\s*$/iu;
const ACT_PURPOSE_LEAD_IN =
  /\b(?:purposes?|objects?|objectives?|aims?)\s+of\s+this\s+(?:Act|Law|Ordinance|Decree|Regulations?|Part|Bill|Code|Proclamation)\b[^.]*$/i;
const PROHIBITION_LEAD_IN = /\b(?:shall|must|may)\s+not\s*[:：—–-]+\s*$/i;
const OTHERS_DUTY_LEAD_IN =
  /\b(?:require|direct|compel|order|summon|call\s+upon)\s+(?:that|the|any|such|a|an)\s+(?:[\p{L}-]+\s+){0,3}?to\s*[:：—–-]+\s*$/iu;
const CAPACITY_ITEM =
  /^(?:in\s+its\s+corporate\s+name\s+)?(?:be\s+a\s+body\s+corporate|be\s+capable\s+of|have\s+perpetual\s+succession|sue\s+and\s+be\s+sued)/i;
const COMPOSITION_ITEM =
  /\bappointed\s+by\b|^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\p{L}-]+\s+){0,2}?(?:members?|representatives?|persons?)\b/iu;
const CAPACITY_SHARE = 0.5;

function isCapacityOrCompositionList(text: string, list: ListNode): boolean {
  const heads = list.items.map((item) =>
    text
      .slice(item.head.start, item.head.end)
      .replace(/^[\s(]*[a-z\d]{1,4}[.)]\s*/i, '')
      .trim(),
  );
  const share = (re: RegExp): number => heads.filter((h) => re.test(h)).length / Math.max(1, heads.length);
  return share(CAPACITY_ITEM) >= CAPACITY_SHARE || share(COMPOSITION_ITEM) >= CAPACITY_SHARE;
}
const BODY_LIST_LEAD_IN =
  /\bfollowing\s+(?:[\p{L}-]+\s+)?(?:ministries|departments|agencies|bodies|offices|units|divisions|directorates|commissions|boards|committees|organi[sz]ations|institutions|authorities)(?:\s*\/\s*\p{L}+)*\s*[:：—–-]*\s*$/iu;
// Paragraphs that read as the items of an unmarked list: short, and at least two.
const MAX_UNMARKED_ITEM_CHARS = 400;
const MIN_UNMARKED_ITEMS = 2;
const LEAD_IN_WORDS = /\b(?:following|as follows|below|include|includes|including)\b/i;
const MAX_LEAD_IN_WORDS = 20;

/** True for a sentence that introduces what follows it rather than saying something of its own. */
function readsAsLeadIn(sentence: string): boolean {
  return (
    LEAD_IN_END.test(sentence) ||
    LEAD_IN_WORDS.test(sentence) ||
    sentence.trim().split(/\s+/).length <= MAX_LEAD_IN_WORDS
  );
}

/** The body a lead-in introduces: the first organisation of its last sentence ("... GMCC undertakes to:"). */
function ownerOfLeadIn(ctx: Owners, intro: TextRange | null): string | null {
  if (!intro) return null;
  const sentence = leadInSentence(splitSentences(ctx.text, intro));
  // "The Ministry derives its mandate from ... the Civil Service Law ..., which stipulate that
  // the Ministry shall:": a sentence whose subject refers back to a body is about that body.
  const opener = sentence ? BACK_REFERENCE_SUBJECT.exec(ctx.text.slice(sentence.start, sentence.end)) : null;
  const referred =
    sentence && opener && ORGANISATION_HEADS.has(opener[1] as string)
      ? resolveBackReference(ctx.text, sentence, ctx.graph, ctx.orgs, ctx.mainAgency)
      : null;
  return (
    referred ??
    ownerOf(ctx, sentence) ??
    (sentence ? resolveBackReference(ctx.text, sentence, ctx.graph, ctx.orgs, ctx.mainAgency) : null) ??
    ownerOf(ctx, intro)
  );
}

/**
 * The body an item names as the subject of its own duty ("Cabinet Secretariat provides ...",
 * "The Office of X is responsible for ..."): the item is that body's remit, not its list
 * owner's.
 */
function itemSubject(ctx: Owners, item: TextRange): string | null {
  const opener = ctx.orgIndex.within(item)[0];
  if (!opener || !/^\s*(?:the\s+)?$/i.test(ctx.text.slice(item.start, opener.range.start))) return null;
  return ITEM_VERB_AFTER_SUBJECT.test(ctx.text.slice(opener.range.end, opener.range.end + 40)) ? opener.key : null;
}

// A verb right after the subject: "provides", "is responsible for", "has ultimate ...".
const ITEM_VERB_AFTER_SUBJECT = /^\s*(?:\([^)]{1,20}\)\s*)?(?:\p{Ll}+s\b|is\s|are\s|has\s|shall\s|will\s|must\s)/u;

/**
 * Whose remit a function section's paragraph is: the body its first sentence opens with ("The
 * Secretariat takes charge of ...", "The Ministry ..."), or, when it opens with a verb
 * ("Coordinates ..."), the section's owner as for a list. Any other opening is no remit.
 */
function ownerOfRemit(ctx: Owners, paragraph: TextRange, sections: SectionNode[], root: SectionNode): string | null {
  const first = splitSentences(ctx.text, paragraph)[0];
  if (!first) return null;
  const opener = ctx.orgIndex.within(first)[0];
  if (opener && /^\s*(?:the\s+)?$/i.test(ctx.text.slice(first.start, opener.range.start))) return opener.key;
  const sentence = ctx.text.slice(first.start, first.end);
  const backReference = BACK_REFERENCE_SUBJECT.exec(sentence);
  if (backReference && ORGANISATION_HEADS.has(backReference[1] as string))
    return resolveBackReference(ctx.text, first, ctx.graph, ctx.orgs, ctx.mainAgency);
  if (!isVerbInitial(sentence)) return null;
  const innermost = [...sections].reverse().find((s) => s.heading);
  return ownerOfSections(ctx, sections) ?? agencyBeside(ctx, root, innermost) ?? ctx.mainAgency;
}

/** The innermost enclosing heading that names a body: the subject stack's top for a list. */
function ownerOfSections(ctx: Owners, sections: SectionNode[]): string | null {
  for (let i = sections.length - 1; i >= 0; i--) {
    const heading = sections[i]?.heading;
    const owner =
      ownerOf(ctx, heading) ??
      (heading ? resolveBackReference(ctx.text, heading, ctx.graph, ctx.orgs, ctx.mainAgency) : null);
    if (owner) return owner;
  }
  return null;
}

// Calls back for every list (not a sub-list of a function list) with its sections and the
// paragraph or label right before it (its introduction); a list the callback does not take
// is searched for items that read as sections ("I. Main responsibilities" + its list).
function visitLists(
  text: string,
  section: SectionNode,
  sections: SectionNode[],
  leadsIntoDuties: (item: ItemNode) => boolean,
  callback: (list: ListNode, sections: SectionNode[], intro: TextRange | null) => boolean,
): void {
  const inner = [...sections, section];
  let previous: BlockNode | null = null;
  for (const child of section.children) {
    if (child.kind === 'list') {
      const intro =
        previous?.kind === 'paragraph'
          ? previous.range
          : previous?.kind === 'list'
            ? leadInItemBefore(text, previous)
            : section.heading && previous === null
              ? section.heading
              : null;
      if (!callback(child, inner, intro)) {
        for (const item of child.items) {
          const hasSubList = item.children.some((c) => c.kind === 'list');
          const pseudo =
            itemAsSection(text, item) ??
            (hasSubList && leadsIntoDuties(item) ? leadInSection(item) : null) ??
            // "The objects of the Authority shall be to:" / "- Objects of the Authority." / (a)
            // (b) (c): a lone item between a lead-in and its list (a converted margin note)
            // leaves the lead-in in force; a lone item that is itself a lead-in ("(1) A person
            // shall be qualified ... if that person—") is the one in force.
            (hasSubList && child.items.length === 1 && intro === section.heading
              ? LEAD_IN_END.test(text.slice(item.head.start, item.head.end))
                ? leadInSection(item)
                : { ...leadInSection(item), heading: section.heading }
              : null);
          if (pseudo) visitLists(text, pseudo, inner, leadsIntoDuties, callback);
        }
      }
    }
    if (child.kind === 'section') visitLists(text, child, inner, leadsIntoDuties, callback);
    previous = child;
  }
}

// How a lead-in into a list of duties ends: "... shall", "... shall be responsible for—",
// "... has the following functions:".
// "... are mandated pursuant to Standing Order 216 (5) to :", "... is empowered to—".
const MANDATED_TO_LEAD_IN = /\b(?:mandated|empowered|tasked|charged)\b[^.;:]*\bto\s*[:：—–-]+\s*$/i;
const SHALL_LEAD_IN = /\b(?:shall|will|must)\s*[:—–-]+\s*$/i;
// "(2) The functions of the Office are to —": a numbered item that leads into its sub-list.
const DUTY_LEAD_IN_END =
  /(?:\b(?:shall|will|must|may)(?:\s+be\s+responsible\s+for|\s+be\s+to)?|\b(?:following|these)\s+(?:(?:functions|duties|powers|responsibilities|tasks)(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)?)+|\b(?:functions|duties|responsibilities|tasks)\s+of\s+[^.:;]{1,120}?\s+(?:are|is|shall\s+be)(?:\s+to)?)\s*[:—–-]*\s*$/i;

// "(b) There is established a steering committee to assist ..., including:" over a separate
// list "(1) ... (6)": a converter set the lettered item and its numbered items apart; the
// item's lead-in introduces the list after it.
function leadInItemBefore(text: string, list: ListNode): TextRange | null {
  const last = list.items.at(-1);
  if (!last || last.children.length > 0) return null;
  return /[:—–-]\s*$/.test(text.slice(last.head.start, last.head.end)) ? last.head : null;
}

function leadInSection(item: ItemNode): SectionNode {
  return { kind: 'section', heading: item.head, level: 8, range: item.range, children: item.children };
}
