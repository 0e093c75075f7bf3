// The rules that name every fact: each entity mention and relation carries the rule that
// made it (its `extractors` field), so a false positive can be traced to one line of this
// table. A closed list: LocalGraph and the mention types accept only these names, so the
// compiler rejects an unlisted rule, and tests/unit/extractors/rules.test.ts checks that
// every rule still fires somewhere (no dead entries).

/** Every rule an entity or relation can name, with what it reads, grouped by family. */
export const EXTRACTOR_RULES = {
  // Bodies (Agency or Department, typed by attachment later).
  'agencies:head-word': 'a capitalised name run that ends in or is headed by a body head word ("Ministry", "Bureau")',
  'agencies:lower-case-head':
    'a capitalised name of two words or more followed by a body head word in lower case ("the Refugee Appeals board")',
  'agencies:x-of-the-y': 'a head-word body written "X of the Y", with Y recorded as its parent',
  'agencies:established-body':
    'the body a statute establishes ("There is established ... the X Trust Fund"), head word or not',
  'agencies:plural-subject':
    'a class of bodies named in the plural as the subject of its establishment or remit ("Departmental Committees are established ...")',
  'agencies:post-body':
    'the body a profile\'s post line names after the title and a comma ("Chief Executive Officer, College of Policing")',
  'agencies:typed-subject':
    'a sentence that opens with a capitalised name and types it as a body ("The X is an agency of ...")',
  'agencies:lower-case-founding':
    'a founding sentence of a statute written in lower case ("there is established within the department of X the office of Y"): both bodies',
  'agencies:sentence-case-heading':
    'a section heading that is a body\'s name in sentence case ("§26-16 Department of agriculture.")',
  'agencies:lower-case-name':
    '"the <words> <head word>" on a page that writes its bodies in lower case (a lower-case founding or sentence-case heading)',
  'agencies:units-owner':
    'a capitalised name whose units a phrase names ("the divisions of X", "X\'s branches"), head word or not',
  'agencies:government-level': 'a level of government named as a body ("City of X", "X County")',
  'agencies:acronym-expansion':
    'capitalised words followed by their own initials in brackets ("Strategy, Data, and Performance (SDP)")',
  'agencies:bare-subject':
    'a body the page calls only "the <head word>" from its title or first sentence on, and names nowhere in full ("the Secretariat")',
  'agencies:acronym-body':
    'an acronym used at least twice as a body: possessive owner, subject of a verb, or before a post',
  'agencies:info-box-field': "the value of an info box's child or parent agency field, head word or not",
  'agencies:unit-list-item':
    'an item of an internal-organisation list, or a name in a record\'s "Departments:" field, that names a unit without a head word',
  'agencies:unit-table-cell': 'a unit-shaped cell of an internal-organisation table',
  'agencies:body-column': 'a cell of a table column headed by a kind of body ("Ministry"), head word or not',
  'agencies:roster-body':
    'the left side of a "Body – Name" line in a run of such lines whose other left sides name bodies',
  'agencies:name-list-line': 'a line made only of unit names ("East Asia Department, Pacific Department.")',
  'agencies:inline-unit': 'a unit enumerated in one sentence ("organised into four units: the A Unit, ...")',
  'agencies:subordinate-list-item': 'an item of a subordinate-body list that reads as a name on its own line',
  'agencies:name-occurrence':
    'a later use of a body\'s name, written the same, that no head word marks ("the Plenum" after a list names the Plenum)',
  // In-document aliases of bodies.
  'aliases:brackets': 'an acronym or short name in brackets after a body ("(MIIT)")',
  'aliases:hereinafter': 'a "hereinafter referred to as" name in brackets after a body',
  'aliases:quoted-short-name': 'a quoted short name in brackets after a body ((the "Parks Service"))',
  'aliases:acronym-before': 'an acronym standing before its bracketed expansion ("KISA (Korea Internet ... Agency)")',
  'aliases:former-name':
    'an earlier name the page gives a body ("formerly named the X", "was formerly known as the X")',
  'aliases:apposition': 'two body names in apposition ("A, B, is a ...")',
  'aliases:coded-unit':
    'a unit named by head and code with its topic after a dash, and the same head "for" that topic ("Directorate-General Z – Central Tasks", "Directorate-General for Central Tasks")',
  'aliases:occurrence': 'a later use, on its own, of an alias found by another aliases rule',
  // Instruments.
  'laws:head-word': 'a capitalised run ending in or headed by an instrument word ("Act", "Regulations")',
  'laws:book-title': 'a title in 《》 brackets',
  'laws:numbered-act': 'a numbered EU act ("Regulation (EC) No 1406/2002")',
  'laws:quoted-title': 'a quoted, title-cased phrase that names an instrument word',
  'laws:subject-title': 'a quoted subject title ("On X") after an instrument\'s designation (Decree ... No. N)',
  'laws:legal-basis-line': 'a line of a legal-basis section that is just an instrument title',
  // People, each with the post their rule reads (HOLDS_POSITION carries the same rule).
  'people:name-bracket-post':
    'a name in running text with its post in brackets after it ("Sam Roe (UNDP Resident Representative)")',
  'people:listed-member':
    'each name a list opens its items with, under a lead-in or heading that gives their post in the plural',
  'people:post-at-body':
    'a post in a named body, then its holder set off by commas ("secretary at the Ministry of X, Name, has ...")',
  'people:leader-line':
    'a name and a post joined by a separator, in either order ("Name – Director", "Director: Name")',
  'people:given-name':
    'two to four name words in running text that open with a given name the tagger knows ("Catherine Brown and ... have been appointed")',
  'people:leadership-table': 'a table row with a name column and a post column',
  'people:unit-table': 'a table row whose name column heads the unit of the row ("| Division | Head |")',
  'people:holders-table': 'a table of office holders under a heading that names the post ("Ministers since 1985")',
  'people:apposition': 'a person and their post in apposition within a sentence ("Name, Director of the X,")',
  'people:headed-by': 'the person after "headed by" / "led by" / "chaired by"',
  'people:serves-as': '"Name serves as / was appointed as <post>"',
  'people:name-is-post':
    'a sentence or clause opening with a name, then "is the <post>" ("that Name will be the <post>")',
  'people:post-is-name':
    'a sentence whose subject is a post and whose complement is a name ("The Chief Executive is Dr Name")',
  'people:title-before-name': 'a post word right before a confirmed personal name ("Minister John Smith")',
  'people:bracketed-post': 'a name followed by a bracket that opens with a post ("Name, Esq (Chief Officer)")',
  'people:body-label':
    'a "Body: Name" line; the post is the one a lead-in above names in the plural ("The elected chairpersons are as follows:")',
  'people:info-box-field':
    'an info box\'s post field with a name as value ("Minister responsible: Name", "Minister1 Name:Name")',
  'people:roster-line':
    'a run of three or more lines that each give a post then a name ("Minister of Finance Name"), in the body their lead-in names',
  'people:holders-list':
    'a run of three or more lines that each give a term or a body, then a name ("1990–1994: Name", "Committee on X – Name"), holders of the post their lead-in or heading names in the plural',
  'people:post-initials':
    'a name after the initials of a post the document spells out ("Permanent Secretaries (PS)" ... "PS Name")',
  'people:post-label': 'name lines under a heading or label that names a post ("Vice-Presidents:")',
  'people:appointed': 'a person a sentence says was appointed, named or elected, the post given elsewhere',
  'people:appointed-member':
    'people a sentence appoints to, or lists as members of, a board, commission, committee, council or tribunal',
  'people:post-apposition': 'a post then the name in commas, or "Name as <post>", in running text',
  'people:profile-block': 'a name line and a post line next to each other, in either order',
  'people:biography':
    'a post at a named body that a profile\'s sentence gives its person by pronoun or surname ("She served as Director of the X")',
  'people:predecessor':
    'the person someone "succeeds" or "replaces": the post and body the text gave the successor last, held before',
  'people:successor':
    'the person by whom someone "was succeeded", or who "succeeded him": the post and body the text gave the predecessor last',
  'people:other-members':
    'members a sentence lists without their body ("Other members are A and B", "... as Chairperson and members A and B"): of the body the sentence, or the post read before it, is about',
  'people:body-post-name':
    'a line of three fields parted by dashes, bars or tabs that are a body, a post and a name, in any order ("X Agency (XA) — Director-General — Mr Name")',
  'people:posted-to':
    'a person a reshuffle report posts to, or puts at the head of, a body ("A, to the Ministry of X; B will head the Y")',
  'people:nomination': 'the nominee of a nomination sentence ("Name, of Ohio, to be Director of the X, vice Name")',
  'people:vice': 'the person a nominee replaces ("..., vice Name, resigned"), given the nominee\'s post',
  'people:table-person-column': 'a person in a further column of names of a table, with no post the table gives them',
  'people:honorific-name': 'a name after an honorific in running text, with no post pattern around it ("Mr Name")',
  'people:script-gloss': 'a name glossed in its own script, two to four CJK characters in brackets ("Name (陳士駿)")',
  // Relations between bodies and instruments.
  'relations:organ-of-subject':
    'a governing organ named generically ("Board of Directors") that nothing else attaches, on the page of the body it is about',
  'relations:x-of-the-y': 'HAS_DEPARTMENT from Y to X for "X of the Y" (or "the Y-initials Board")',
  'relations:info-box-field':
    'info-box fields: a child agency is SUBORDINATE_TO the page body, a parent agency over it, a key document GOVERNED_BY; a record\'s "Oversees:" field likewise',
  'relations:unit-class':
    'bodies with the head word of a class a sentence names ("the committees of the X") are units of X; so are a legislature\'s committees ("Standing Committee on X") on a page that names one legislature',
  'relations:placement': 'HAS_DEPARTMENT for a unit placed at or within a body, or owned by it in the possessive',
  'relations:heading-unit': 'HAS_DEPARTMENT from the document subject to a unit heading its own section',
  'relations:internal-organisation-list': 'HAS_DEPARTMENT from the owner of an internal-organisation list to each unit',
  'relations:internal-organisation-table':
    'HAS_DEPARTMENT from the owner of an internal-organisation table to each unit',
  'relations:moved-to':
    'HOLDS_POSITION in the bodies a person is moved between ("PS Name was moved from A to B", "Name goes to B"), with their post or the one the report is about',
  'relations:subordinate-cue': 'SUBORDINATE_TO from a sentence cue ("directly under", "an agency of", "reports to")',
  'relations:agencies-under-lead':
    'a lead naming appointments to "agencies under" a body: each body whose head the section then names is under it',
  'relations:supervises-list': 'SUBORDINATE_TO for the bodies a body "supervises" / "oversees" in one sentence',
  'relations:directs-bodies':
    'SUBORDINATE_TO for bodies that are the direct objects of a verb of control ("directs the X and the Y")',
  'relations:subordinate-list': 'SUBORDINATE_TO for each body standing alone on a line of a subordinate-body section',
  'relations:legal-basis-section': 'GOVERNED_BY for each instrument in a legal-basis section',
  'relations:legal-basis-line': 'GOVERNED_BY for the instruments of a "Legal basis: ..." line',
  'relations:instrument-list': 'GOVERNED_BY for a list or sentence most of whose items name instruments',
  'relations:established-under':
    'GOVERNED_BY from "established / operates under the X Act" and coordinated instruments',
  'relations:legal-source':
    'GOVERNED_BY from a cue that makes an instrument the source of a body\'s powers ("derives from")',
  'relations:cited-instrument-reorganises':
    'GOVERNED_BY for a body a paragraph says was reorganised or given duties by an instrument it cites',
  'relations:eponymous-instrument':
    'GOVERNED_BY for an instrument named after a body ("National Security Council Act")',
  'relations:statute-duty':
    'GOVERNED_BY from each body a reproduced statute founds ("There is hereby created ...") or makes the subject of "shall" or "may", to that statute',
  'relations:statute-title': 'GOVERNED_BY from the document subject to the instrument its title names',
  // Responsibilities (the entity and its HAS_RESPONSIBILITY carry the same rule).
  'responsibilities:function-list':
    'each item of a list of duties, owned by its lead-in, heading or the document subject',
  'responsibilities:remit-paragraph':
    'the one paragraph of a section headed only by a function word, opening with a verb or with its body',
  'responsibilities:unit-body':
    'a unit\'s remit: its item body, its "– description", or the paragraph under its heading',
  'responsibilities:unit-table': "the duty cell of a unit's row in an internal-organisation table",
} as const satisfies Record<
  `${'agencies' | 'aliases' | 'laws' | 'people' | 'relations' | 'responsibilities'}:${string}`,
  string
>;

/** The name of a rule: the closed union every entity mention and relation is tagged with. */
export type ExtractorRule = keyof typeof EXTRACTOR_RULES;
