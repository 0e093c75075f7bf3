// Mention stage: every organisation, law and person mention of a document, found piece by
// piece (headings, paragraphs, item heads, key/value lines, cells) and sentence by sentence.
import { findBiographyPosts } from './biographies.ts';
import { findOrganisations, type OrganisationMention } from './agencies.ts';
import { findAppointedMembers, findAppointedNames, findMemberLists } from './appointed-members.ts';
import { findInlineMembers, findListedMembers, findMemberLines } from './member-lists.ts';
import { findDelimitedLaws, findLawsInRuns, titleLineLaw, type LawMention } from './laws.ts';
import { findLeaderLines, singularTitle } from './leader-lines.ts';
import { findNominations } from './nominations.ts';
import { findPostings } from './postings.ts';
import { findPredecessors, findSuccessors } from './predecessors.ts';
import { findNameBodyPairs, findRosterLines } from './roster-lines.ts';
import { attachUnitsOfShortNames } from './short-name-parents.ts';
import {
  findBodyNameLines,
  findBracketedPosts,
  findPostAppositions,
  findPostLabelLines,
  findBracketedPostsInSentence,
  findProfileBlocks,
} from './post-lines.ts';
import {
  copulaPostsAfterNames,
  findPeopleInSentence,
  isConfirmedPerson,
  isPersonName,
  isOrdinaryWord,
  isPostTitle,
  personInValue,
  type PersonMention,
} from './people.ts';
import { findPostInitialNames, findProseNames, postInitials } from './prose-names.ts';
import { RangeIndex } from './range-index.ts';
import { collapseSpace, trimRange } from './spans.ts';
import { capitalised } from './words.ts';
import { personColumns, personOfCell, tableColumns } from './table-columns.ts';
import { splitSentences } from './sentences.ts';
import { findLowerCaseNames, findSentenceCaseHeading } from './lower-case-bodies.ts';
import { fieldRole } from './info-box-fields.ts';
import { LAW_HEADS, POST_WORDS } from './vocabulary.ts';
import type { BlockNode, DocumentModel, SectionNode, TableNode, TextRange } from './types.ts';
import { textPieces, type TextPiece } from './walk.ts';

/** All raw mentions of one document, in normalised offsets, sorted by start. */
export interface DocumentMentions {
  organisations: OrganisationMention[];
  laws: LawMention[];
  people: PersonMention[];
  pieces: TextPiece[];
  sentences: TextRange[];
}

// GUIDELINES: 'A "Legal basis:" section ... gives that body a GOVERNED_BY to each
// instrument it cites'; its heading words, in any wording of that idea.
// "Chief1 Name", "Minister2 name": the name field of a numbered post in an info box.
const NAME_FIELD = /^(.*?\d+)\s*name$/i;
export const LEGAL_BASIS_HEADING =
  /\b(legal basis|legal bases|legislation|statutory (basis|framework|powers)|legal (framework|authority|mandate)|governing (law|laws|legislation|documents|instruments)|(establishing|enabling|founding|constituent|parent) (acts?|legislation|laws?|statutes?|instruments?)|laws and regulations|acts and rules|acts, rules and regulations|legal instruments|applicable (law|laws|legislation))\b/i;

// Rules that read a name with its own post and body: their reading replaces a line rule's or
// a heading's ("Heads of agencies" above "X Agency — Director — Name").
const OWN_READINGS: ReadonlySet<string> = new Set([
  'people:nomination',
  'people:other-members',
  'people:body-post-name',
]);

// Rules whose readings show that a page writes its bodies in lower case.
const LOWER_CASE_STYLE: ReadonlySet<string> = new Set([
  'agencies:lower-case-founding',
  'agencies:sentence-case-heading',
]);

/** True when a piece lies in a section whose heading names its legal basis. */
export function isInLegalBasis(model: DocumentModel, piece: TextPiece): boolean {
  return piece.ancestors.some(
    (a) =>
      a.kind === 'section' &&
      a.heading !== null &&
      LEGAL_BASIS_HEADING.test(model.text.slice(a.heading.start, a.heading.end)),
  );
}

// Leadership tables (GUIDELINES HOLDS_POSITION): a "Name" column and a "Position" column,
// in either order.
const NAME_COLUMN = /^(?:(?:full\s+)?name|person|incumbent|official|office[- ]holder|members?|leaders?)$/i;
const POST_COLUMN = /\b(?:position|title|post|role|designation|portfolio|function|responsibility|office)s?\b/i;

const POST_HEADER =
  /^(?:(?:job\s+)?(?:position|title|post|role|designation|portfolio|office|function)s?|posts?\s+held)$/i;
// A name column whose header is itself the post its people hold.
const MEMBER_HEADER = /^(?:member|leader|official|commissioner|councillor|councilor|trustee|director)$/i;

// "Term of office", "Took office": when a post was held, not which.
const TERM_COLUMN = /\b(?:term|took|left|assumed|entered|in|since|until|from|date|years?)\b/i;

// A holders table split by posts ("| Minister of Energy | | |" above the holders of that
// post): the nearest row above whose only filled cell, in the name column, is a post.
function postRowAbove(text: string, table: TableNode, row: TextRange[], nameColumn: number): TextRange | undefined {
  for (let k = table.rows.indexOf(row) - 1; k >= 0; k--) {
    const above = table.rows[k] as TextRange[];
    const filled = above.filter((c) => text.slice(c.start, c.end).trim() !== '');
    const cell = above[nameColumn];
    if (cell && filled.length === 1 && filled[0] === cell && isPostTitle(text.slice(cell.start, cell.end).trim()))
      return cell;
  }
  return undefined;
}

// "| Office | Ministry | Incumbent |": a column whose header is a kind of body holds bodies,
// named in full or only by their short forms ("Minaloc", "MOD").
const BODY_COLUMN =
  /^(?:ministry|ministries|department|departments|agency|agencies|organi[sz]ations?|body|bodies|institutions?|authority|authorities|entity|entities)$/i;

function bodyColumnOf(text: string, table: TableNode): number {
  return table.header.findIndex((h) => BODY_COLUMN.test(text.slice(h.start, h.end).trim()));
}

/** The body a body-column cell names, when no other rule found a body there: the cell's text. */
function bodyInCell(text: string, piece: TextPiece, found: OrganisationMention[]): OrganisationMention | null {
  const table = piece.ancestors[piece.ancestors.length - 1];
  if (table?.kind !== 'table') return null;
  const column = bodyColumnOf(text, table);
  if (column === -1 || !table.rows.some((r) => r[column] === piece.range)) return null;
  if (found.some((o) => inside(o.range, piece.range))) return null;
  const raw = text.slice(piece.range.start, piece.range.end);
  const value = raw.trim();
  const words = value.split(/\s+/);
  if (!/^\p{Lu}/u.test(value) || words.length > 8) return null;
  const start = piece.range.start + raw.indexOf(value);
  return { range: { start, end: start + value.length }, extractor: 'agencies:body-column' };
}

function personInTable(text: string, piece: TextPiece): PersonMention | null {
  const table = piece.ancestors[piece.ancestors.length - 1];
  if (table?.kind !== 'table') return null;
  const headerText = table.header.map((h) => text.slice(h.start, h.end).trim());
  // Header words first ("Name" | "Position"), else what the cells hold.
  const shape = tableColumns(text, table);
  const named = headerText.findIndex((h) => NAME_COLUMN.test(h));
  // A converter may shift a row's cells off their header ("Member" over an empty column):
  // then the column the names are in is the name column.
  const isFilled = (k: number): boolean => table.rows.some((r) => r[k] !== undefined && r[k].end > r[k].start);
  const nameColumn = named !== -1 && isFilled(named) ? named : shape.person;
  // "Position", "Job title"; any other header that names one ("Referendum position") holds
  // posts only when its cells read as posts.
  const postColumn = headerText.findIndex(
    (h, k) =>
      k !== nameColumn &&
      POST_COLUMN.test(h) &&
      !TERM_COLUMN.test(h) &&
      k !== shape.unit &&
      (POST_HEADER.test(h) || k === shape.title),
  );
  const titleColumn = postColumn !== -1 ? postColumn : shape.title;
  if (nameColumn === -1) return null;
  for (const row of table.rows) {
    if (row[nameColumn] !== piece.range) continue;
    const person = personOfCell(text, piece.range) ?? personInValue(text, piece.range);
    if (!person) return null;
    const post = titleColumn !== -1 ? row[titleColumn] : postRowAbove(text, table, row, nameColumn);
    const bodyColumn = bodyColumnOf(text, table);
    const body = bodyColumn !== -1 && bodyColumn !== titleColumn ? row[bodyColumn] : undefined;
    if (post && body) return { range: person, post, body, extractor: 'people:leadership-table' };
    if (post) return { range: person, post, extractor: 'people:leadership-table' };
    // "| Division | Head |": the person heads the unit of the row, the header is the title.
    const unit = shape.unit !== -1 ? row[shape.unit] : undefined;
    const header = headerText[nameColumn] ?? '';
    if (unit)
      return {
        range: person,
        post: unit,
        title: header && !NAME_COLUMN.test(header) ? header : 'Head',
        extractor: 'people:unit-table',
      };
    // "| Member |" over "Rt Hon Name MP (Chairman)": the post in brackets, else the header's.
    const noted = /\(([^()]+)\)\s*$/.exec(text.slice(piece.range.start, piece.range.end));
    if (noted && isPostTitle((noted[1] as string).trim()))
      return {
        range: person,
        post: piece.range,
        title: (noted[1] as string).trim(),
        extractor: 'people:leadership-table',
      };
    const memberHeader = named !== -1 ? (table.header[named] as TextRange) : undefined;
    const memberTitle = memberHeader ? (singularTitle(headerText[named] as string) ?? headerText[named]) : '';
    if (memberHeader && memberTitle && MEMBER_HEADER.test(memberTitle))
      return { range: person, post: memberHeader, title: memberTitle, extractor: 'people:leadership-table' };
    // A table of office holders under a post heading ("Ministers since 1985", "Secretary
    // General"), or right under a line or lead-in that names the post.
    const section = [...piece.ancestors]
      .reverse()
      .find((a): a is SectionNode => a.kind === 'section' && a.heading !== null);
    for (const label of [...postLinesAbove(text, piece.ancestors, table), section?.heading]) {
      if (!label) continue;
      // "List of ministers of education", "Ministers since 1985": the post the list is of.
      const written = text
        .slice(label.start, label.end)
        .replace(/\s+(?:since|from|in)\s+\d{4}.*$/i, '')
        .replace(/^\W*(?:(?:a\s+)?list\s+of|former|past|previous)\s+/i, '')
        .replace(/\W+$/, '')
        .trim();
      const words = `${written.charAt(0).toUpperCase()}${written.slice(1)}`;
      const singular = singularTitle(words);
      if (isPostTitle(singular ?? words))
        return { range: person, post: label, title: singular ?? words, extractor: 'people:holders-table' };
    }
    return null;
  }
  return null;
}

// "The following people have held the position of Chair of the Board since 1960." / "Chair
// of the Board": the post the one or two paragraphs right above a table name, nearest first.
const POST_OF_LEAD_IN =
  /\b(?:position|post|office)\s+of\s+((?:the\s+)?\p{Lu}[^.;:,]*?)(?=\s+(?:since|from|between|in|at)\b|[.;:,]|$)/u;

function postLinesAbove(text: string, ancestors: BlockNode[], table: TableNode): TextRange[] {
  const parent = ancestors[ancestors.length - 2];
  const siblings = parent && 'children' in parent ? parent.children : [];
  const at = siblings.indexOf(table);
  const out: TextRange[] = [];
  for (const above of siblings.slice(Math.max(0, at - 2), Math.max(0, at)).reverse()) {
    if (above.kind !== 'paragraph') break;
    const raw = text.slice(above.range.start, above.range.end);
    const named = POST_OF_LEAD_IN.exec(raw);
    if (named) {
      const post = (named[1] as string).replace(/^the\s+/, '');
      const start =
        above.range.start +
        named.index +
        named[0].indexOf(named[1] as string) +
        (named[1] as string).length -
        post.length;
      out.push({ start, end: start + post.length });
    } else if (!raw.includes('\n') && raw.trim().split(/\s+/).length <= 10) out.push(trimRange(text, above.range));
  }
  return out;
}

// A person in a further column of names ("President" beside "Minister"): named, with no post
// the table gives them.
function personInPersonColumn(text: string, piece: TextPiece): PersonMention | null {
  const table = piece.ancestors[piece.ancestors.length - 1];
  if (table?.kind !== 'table') return null;
  const row = table.rows.find((r) => r.includes(piece.range));
  const column = row ? row.indexOf(piece.range) : -1;
  if (column === -1 || !personColumns(text, table).includes(column)) return null;
  // "| Constituency |", "| Location |": a header that names neither people nor a post says
  // the cells are places or things, whatever their shape.
  const header = table.header[column];
  const headerText = header ? text.slice(header.start, header.end).trim() : '';
  if (headerText && !NAME_COLUMN.test(headerText) && !isPostTitle(capitalised(headerText))) return null;
  const person = personOfCell(text, piece.range);
  return person ? { range: person, extractor: 'people:table-person-column' } : null;
}

const inside = (a: TextRange, b: TextRange): boolean => a.start >= b.start && a.end <= b.end;
// "commissioner for General Administration and Conference", "Minister for Police and
// Prisons": a name cut at the "and" of a portfolio after a post is the portfolio's first
// words, not a body.
const POST_FOR_BEFORE = new RegExp(String.raw`\b(?:${[...POST_WORDS].join('|')})\s+for\s+$`, 'i');
const PORTFOLIO_GOES_ON = /^\s*(?:,\s*\p{Lu}[^,;\n]*)*(?:,?\s+(?:and|&)\s+)\p{Lu}/u;
function isFirstPortfolioWord(text: string, range: TextRange): boolean {
  return (
    POST_FOR_BEFORE.test(text.slice(Math.max(0, range.start - 40), range.start)) &&
    !/\sof\s/.test(text.slice(range.start, range.end)) &&
    PORTFOLIO_GOES_ON.test(text.slice(range.end, range.end + 80))
  );
}

// Singular heads only: "Policies and Regulations" ends a unit's name, "Heritage Act" a statute's.
const ENDS_IN_LAW_HEAD = new RegExp(
  String.raw`\b(?:${[...LAW_HEADS].filter((w) => !/s$/.test(w)).join('|')})(?:,?\s+\d{4})?$`,
);

const STATUTE_END = /\b(?:Act|Ordinance|Decree)(?:,?\s+\d{4})?$|\b\p{Lu}\p{Ll}+,?\s+\d{4}$/u;

/** Finds the mentions of a document (before any resolution). */
export function findMentions(model: DocumentModel): DocumentMentions {
  const { text } = model;
  const pieces = textPieces(model.root);
  let organisations: OrganisationMention[] = [];
  const laws: LawMention[] = [];
  const people: PersonMention[] = [];
  // Names marked only by an honorific or a gloss: kept where no rule gives the same name a post.
  const proseNames: PersonMention[] = [];
  const sentences: TextRange[] = [];
  // Rosters first: where a line of one is also read by a looser rule, the roster's reading stays.
  const rosters = [...findRosterLines(text, pieces), ...findNameBodyPairs(text, pieces)];
  people.push(...rosters);
  // "Legal Affairs Committee-Name": a body the roster line reads whole, where the name runs
  // read it together with the name after an unspaced dash.
  for (const { body } of rosters) {
    if (!body) continue;
    if (/^[–—-]\p{Lu}/u.test(text.slice(body.end, body.end + 2)))
      organisations.push({ range: body, extractor: 'agencies:head-word' });
    // "Kerala Automobiles Limited – Name" among lines that name bodies: a body by its place.
    else if (!findOrganisations(text, body).some((o) => o.range.start === body.start && o.range.end === body.end))
      organisations.push({ range: body, extractor: 'agencies:roster-body' });
  }
  const abbreviatedPosts = postInitials(text);
  // "Chief1 Name:Jane Roe" over "Chief1 Position:Chief of Staff": an info box gives the name
  // and the post in two fields of one number.
  const fieldValues = new Map<string, TextRange>();
  for (const piece of pieces) {
    const kv = piece.ancestors[piece.ancestors.length - 1];
    if (piece.role === 'key' && kv?.kind === 'keyValue')
      fieldValues.set(text.slice(kv.key.start, kv.key.end).trim().toLowerCase(), kv.value);
  }
  for (const piece of pieces) {
    if (piece.role === 'key') {
      // "Name : post" / "Chief Executive Officer: Jane Roe" key/value lines are leader lines.
      const kv = piece.ancestors[piece.ancestors.length - 1];
      if (kv?.kind !== 'keyValue') continue;
      // "Minister1 Name:Tito Karnavian", "Minister responsible: Jane Roe": an info box's post field.
      const key = text.slice(kv.key.start, kv.key.end).trim();
      const postField = NAME_FIELD.exec(key);
      const postValue = postField
        ? ['position', 'title', 'pfo', 'portfolio']
            .map((field) => fieldValues.get(`${postField[1]} ${field}`.toLowerCase()))
            .find((value) => value !== undefined)
        : undefined;
      const postTitle = postValue ? text.slice(postValue.start, postValue.end).trim() : '';
      const isPairedPost = postValue !== undefined && isPostTitle(postTitle);
      // A numbered name field is no "Post: Name" line: its post is in the paired field.
      // "Child1 Agency: Fondo Nacional de Salud": a field that names a body is no leader line.
      const keyRole = fieldRole(key);
      const namesBodyField = keyRole !== null && keyRole.kind !== 'post';
      const found =
        isPairedPost || namesBodyField ? [] : findLeaderLines(text, { start: kv.key.start, end: kv.value.end });
      people.push(...found);
      const role = isPairedPost ? ({ kind: 'post', title: postTitle } as const) : found.length === 0 ? keyRole : null;
      const holder = role?.kind === 'post' ? personInValue(text, kv.value) : null;
      if (role?.kind === 'post' && holder)
        people.push({
          range: holder,
          post: postValue ?? kv.key,
          title: role.title,
          extractor: 'people:info-box-field',
        });
      // "Child1 Agency:Home Affairs Governance Colleges": the field says the value is a body.
      if (
        (role?.kind === 'child-body' || role?.kind === 'parent-body') &&
        findOrganisations(text, kv.value).length === 0
      ) {
        const value = text
          .slice(kv.value.start, kv.value.end)
          .replace(/\s*\(.*$/, '')
          .trim();
        if (
          /^\p{Lu}/u.test(value) &&
          value.split(/\s+/).length <= 8 &&
          // "Fondo Nacional de Salud": a name in its own language keeps its connectors.
          value
            .split(/\s+/)
            .every((w) => /^[\p{Lu}\d(&]/u.test(w) || /^(?:of|and|for|the|on|de|del|la|des|du|di|y|et)$/.test(w))
        ) {
          organisations.push({
            range: { start: kv.value.start, end: kv.value.start + value.length },
            extractor: 'agencies:info-box-field',
          });
        }
      }
      // "Head of the Archaeology Division: Dr Name": the unit named in the post.
      if (found.some((p) => p.post && p.post.start === kv.key.start))
        organisations.push(...findOrganisations(text, piece.range));
      continue;
    }
    if (piece.role === 'cell') {
      const person = personInTable(text, piece) ?? personInPersonColumn(text, piece);
      if (person) people.push(person);
      const inCell = findOrganisations(text, piece.range);
      const cellBody = bodyInCell(text, piece, inCell);
      if (cellBody) organisations.push(cellBody);
    }
    // Leader lines by shape: a name and a title joined by any separator, in either order.
    // "Name, Esq (Post)": the bracket holds the post, not the suffix after the comma.
    const bracketed = findBracketedPosts(text, piece);
    people.push(...bracketed, ...findPostLabelLines(text, piece), ...findBodyNameLines(text, piece));
    if (
      bracketed.length === 0 &&
      (piece.role === 'item-head' || piece.role === 'paragraph' || piece.role === 'heading')
    )
      people.push(...findLeaderLines(text, piece.range));
    if (isInLegalBasis(model, piece) && (piece.role === 'paragraph' || piece.role === 'item-head')) {
      const line = titleLineLaw(text, piece.range);
      if (line) laws.push(line);
    }
    laws.push(...findDelimitedLaws(text, piece.range));
    const pieceSentences = splitSentences(text, piece.range);
    // "§26-16 Department of agriculture.": a statute section's heading in sentence case.
    const sectionHeading =
      piece.role === 'heading'
        ? findSentenceCaseHeading(text, piece.range)
        : pieceSentences[0] && piece.role !== 'cell'
          ? findSentenceCaseHeading(text, pieceSentences[0], true)
          : null;
    if (sectionHeading) organisations.push(sectionHeading);
    for (const sentence of pieceSentences) {
      const peopleBefore = people.length;
      sentences.push(sentence);
      organisations.push(...findOrganisations(text, sentence));
      laws.push(...findLawsInRuns(text, sentence));
      const appositions = findPostAppositions(text, sentence);
      // A capitalised post before the name is the apposition rule's reading already.
      const inSentence = findPeopleInSentence(text, sentence).filter(
        (p) =>
          p.extractor !== 'people:post-at-body' ||
          !appositions.some((a) => a.range.start === p.range.start && a.range.end === p.range.end),
      );
      people.push(...inSentence, ...appositions, ...findBracketedPostsInSentence(text, sentence));
      people.push(...findAppointedMembers(text, sentence), ...findAppointedNames(text, sentence));
      people.push(...findMemberLists(text, sentence), ...findInlineMembers(text, sentence));
      proseNames.push(...findProseNames(text, sentence));
      people.push(...findPostInitialNames(text, sentence, abbreviatedPosts));
      people.push(...findPredecessors(text, sentence), ...findSuccessors(text, sentence));
      people.push(...findNominations(text, sentence), ...findPostings(text, sentence));
      people.push(...copulaPostsAfterNames(text, sentence, people.slice(peopleBefore)));
    }
  }
  // A page that writes its bodies in lower case (a lower-case founding, a sentence-case
  // section heading) names them so in any sentence: "the board of land and natural resources".
  if (organisations.some((o) => LOWER_CASE_STYLE.has(o.extractor))) {
    const named = new RangeIndex(organisations);
    const truncated = new Set<OrganisationMention>();
    for (const sentence of sentences)
      for (const body of findLowerCaseNames(text, sentence)) {
        const overlapping = named.overlapping(body.range);
        // "Department of Hawaiian" read by the capitalised words is "department of Hawaiian home lands" cut short.
        const isLonger = overlapping.every((o) => o.range.start === body.range.start && o.range.end < body.range.end);
        if (!isLonger) continue;
        for (const o of overlapping) truncated.add(o);
        organisations.push(body);
      }
    for (const o of organisations)
      if (LOWER_CASE_STYLE.has(o.extractor))
        for (const cut of named.overlapping(o.range))
          if (cut.range.start === o.range.start && cut.range.end < o.range.end) truncated.add(cut);
    if (truncated.size > 0) organisations = organisations.filter((o) => !truncated.has(o));
  }
  // A nomination ("Name, of Ohio, to be ..."), a list of members ("Other members are A, B") or a
  // row of body, post and name reads as a leader line or a post label too: its own reading wins.
  const readBySentence = new Set(
    people.filter((p) => OWN_READINGS.has(p.extractor)).map((p) => `${p.range.start}:${p.range.end}`),
  );
  if (readBySentence.size > 0) {
    let at = 0;
    for (const person of people)
      if (OWN_READINGS.has(person.extractor) || !readBySentence.has(`${person.range.start}:${person.range.end}`))
        people[at++] = person;
    people.length = at;
  }
  people.push(...findProfileBlocks(text));
  people.push(...findBiographyPosts(text, model.root, people, sentences, organisations));
  // A listed member's post is the lead-in's: the fallback for a name no other rule gives a
  // post, except membership ("New Board Members" over "Mr Name, Chief Executive, X Agency"),
  // which a member holds besides the post the line gives.
  const posted = new Set(people.filter((p) => p.post || p.title).map((p) => `${p.range.start}:${p.range.end}`));
  people.push(
    ...[...findListedMembers(text, model.root), ...findMemberLines(text, pieces)].filter(
      (p) => !posted.has(`${p.range.start}:${p.range.end}`) || /\bmember$/i.test(p.title ?? ''),
    ),
  );
  // "21 members from Lok Sabha", "Rules of Procedure ... in Lok Sabha": a name the page
  // also writes after "in" or "from" with no article is a place or a body, not a person.
  const placed = namesAfterPlacePrepositions(text);
  if (placed.size > 0) {
    let at = 0;
    // A post in brackets right after the name ("from Sam Roe (Resident Representative)") says who.
    for (const person of people)
      if (
        person.extractor === 'people:name-bracket-post' ||
        !placed.has(collapseSpace(text.slice(person.range.start, person.range.end)))
      )
        people[at++] = person;
    people.length = at;
  }
  // Delimited titles win over run guesses they overlap; a body name inside a title is
  // part of the title ("Implementation Measures of the Party Committee ...").
  const delimited = new RangeIndex(
    laws
      .filter((l) => l.isDelimited)
      .map((l) => (l.designation ? { range: { start: l.designation.start, end: l.range.end } } : l)),
  );
  let kept = laws.filter((l) => l.isDelimited || delimited.overlapping(l.range).length === 0);
  const keptIndex = new RangeIndex(kept);
  organisations = organisations.filter((o) => !isFirstPortfolioWord(text, o.range));
  organisations = organisations.filter(
    (o) =>
      !keptIndex
        .overlapping(o.range)
        .some((l) => inside(o.range, l.range) && !(o.range.start === l.range.start && o.range.end === l.range.end)),
  );
  // A body-shaped run that ends in an instrument word is the instrument ("Department of
  // Canadian Heritage Act"), where the law reading covers it whole; where none does ("Arts
  // Council of New Zealand Act 2014", whose place stopped the law's run), it is one too.
  const runLaws = new RangeIndex(kept.filter((l) => !l.isDelimited));
  const lawIndex = new RangeIndex(kept);
  organisations = organisations.filter((o) => {
    if (!ENDS_IN_LAW_HEAD.test(text.slice(o.range.start, o.range.end))) return true;
    if (runLaws.overlapping(o.range).some((l) => inside(o.range, l.range))) return false;
    // Only a statute's title does ("... Act", "... Act 2014"), not "Ministry of Law" or
    // "Office for the Protection of the Constitution"; a shorter law read inside it ("Zealand
    // Act 2014") gives way to the whole title.
    const overlapping = lawIndex.overlapping(o.range);
    const isStatuteTitle = STATUTE_END.test(text.slice(o.range.start, o.range.end));
    if (!isStatuteTitle || !overlapping.every((l) => !l.isDelimited && inside(l.range, o.range))) return true;
    kept = kept.filter((l) => !overlapping.includes(l));
    kept.push({ range: o.range, extractor: 'laws:head-word', isDelimited: false });
    return false;
  });
  // A run-based law inside a body's name stays only as "of the <Law>" ("Office of the
  // Chemical Weapons Convention"), not as the body's own words ("Policies and Regulations").
  const orgIndex = new RangeIndex(organisations);
  kept = kept.filter(
    (l) =>
      l.isDelimited ||
      !orgIndex
        .overlapping(l.range)
        .some(
          (o) =>
            inside(l.range, o.range) && !/\bthe\s+$/.test(text.slice(Math.max(0, l.range.start - 5), l.range.start)),
        ),
  );
  // A person named once may hold two posts the text gives apart ("Name, currently A, has been
  // appointed B"): people are one mention per name and post.
  const dedupe = <T extends { range: TextRange; post?: TextRange }>(list: T[]): T[] => {
    const seen = new Set<string>();
    return list
      .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end)
      .filter((m) => {
        const k = `${m.range.start}:${m.range.end}:${m.post?.start ?? ''}`;
        if (seen.has(k)) return false;
        seen.add(k);
        return true;
      });
  };
  const withPosts = new RangeIndex(people);
  people.push(...proseNames.filter((p) => withPosts.overlapping(p.range).length === 0));
  // "the Ministry of Legal Affairs and Jane Roe, former Head of ...": a body's run that took
  // a person's name after its last "and" ends before that "and".
  const peopleByEnd = new Map<number, PersonMention[]>();
  for (const p of people) peopleByEnd.set(p.range.end, [...(peopleByEnd.get(p.range.end) ?? []), p]);
  for (const org of organisations) {
    const person = (peopleByEnd.get(org.range.end) ?? []).find(
      (p) => p.range.start > org.range.start && isConfirmedPerson(text.slice(p.range.start, p.range.end)),
    );
    const joint = person ? /\s+and\s+$/.exec(text.slice(org.range.start, person.range.start)) : null;
    if (person && joint && joint.index > 0) org.range = { start: org.range.start, end: org.range.start + joint.index };
  }
  organisations.push(...bodiesAfterPosts(text, people, organisations));
  attachUnitsOfShortNames(text, organisations);
  const bodyIndex = new RangeIndex(organisations);
  // "Chapter II", "Article 5": a part of a document is no person.
  for (let k = people.length - 1; k >= 0; k--)
    if (
      DOCUMENT_PART_NAME.test(
        text.slice((people[k] as PersonMention).range.start, (people[k] as PersonMention).range.end),
      )
    )
      people.splice(k, 1);
  // "Mayor Bruce Harrell's team": the possessive is no part of the name.
  for (const p of people) {
    if (/\p{L}['’]s$/u.test(text.slice(p.range.start, p.range.end)))
      p.range = { start: p.range.start, end: p.range.end - 2 };
  }
  // "Member : Chan Chun Sing" read as post "Member : Chan" and name "Chun Sing": a name inside
  // a longer name another rule read is part of it, never a person of its own.
  const personIndex = new RangeIndex(people);
  const peopleKept = dedupe(people).filter(
    (p) =>
      bodyIndex.overlapping(p.range).length === 0 &&
      !personIndex
        .overlapping(p.range)
        .some(
          (q) =>
            q.range.start <= p.range.start &&
            q.range.end >= p.range.end &&
            q.range.end - q.range.start > p.range.end - p.range.start,
        ),
  );
  return { organisations: dedupe(organisations), laws: dedupe(kept), people: peopleKept, pieces, sentences };
}

const DOCUMENT_PART_NAME = /^(?:Chapter|Article|Part|Section|Schedule|Annex|Title|Appendix)\s+(?:[IVXLC]+|\d+)\b/;

// Capitalised runs of two to four words written right after "in"/"within"/"from" (not a
// possessive), each with its shorter leading parts: "in Lok Sabha" gives "Lok Sabha".
const AFTER_PLACE_PREPOSITION =
  /\b(?:in|within|from)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,3})(?!['’]s\b)/gu;

function namesAfterPlacePrepositions(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(AFTER_PLACE_PREPOSITION)) {
    const words = (m[1] as string).split(/\s+/);
    for (let take = 2; take <= words.length; take++) names.add(words.slice(0, take).join(' '));
  }
  return names;
}

// "Chief People Officer, Public Health England", "Chief Executive Officer, College of
// Policing": on a profile's own post line, what follows the title and its comma is the body
// the post is in, head word or not.
const POST_LINE_BODY =
  /^(.+?),\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|for|and|the|on|to|in|&|\p{Lu}[\p{L}'’&.-]*)){0,9})\s*$/u;
const LINE_POSTS: ReadonlySet<string> = new Set(['people:profile-block', 'people:post-label']);

function bodiesAfterPosts(
  text: string,
  people: PersonMention[],
  organisations: OrganisationMention[],
): OrganisationMention[] {
  const known = new RangeIndex(organisations);
  const out: OrganisationMention[] = [];
  for (const person of people) {
    if (!person.post || !LINE_POSTS.has(person.extractor)) continue;
    const line = text.slice(person.post.start, person.post.end);
    const m = POST_LINE_BODY.exec(line);
    if (!m || !isPostTitle((m[1] as string).trim())) continue;
    const name = (m[2] as string).replace(/^the\s+/, '');
    const start = person.post.start + line.lastIndexOf(name);
    const range = { start, end: start + name.length };
    // On a profile the name has its own line: the tail of the post line is no second person.
    const mayBePerson = person.extractor !== 'people:profile-block' && isPersonName(name);
    if (name.split(/\s+/).length < 2 || mayBePerson || known.overlapping(range).length > 0) continue;
    // "General Manager, Marketing and Operations": a field of work completes the title.
    const isField = name
      .split(/\s+/)
      .filter((w) => !/^(?:and|of|&|the|for)$/i.test(w))
      .every(isOrdinaryWord);
    if (isField) continue;
    out.push({ range, extractor: 'agencies:post-body' });
  }
  return out;
}
