// Synthetic benchmark corpus: N documents in the shapes of seeds/ (function lists in several
// numbering styles, internal-organisation lists, `Name : post` leader lists, legal-basis
// sections, info-box lines) plus markdown pages, deterministic from a seed. A generated
// "world" of parent bodies and laws is shared between documents, so resolution and shared
// facts are exercised. Generation is pure; writeCorpus() is the only I/O.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPrng, type Prng } from './prng.ts';
import {
  AGENCY_PATTERNS,
  COMMON_UNITS,
  DUTY_OBJECTS,
  DUTY_TAILS,
  DUTY_VERBS,
  FAMILY_ENDS,
  FAMILY_STARTS,
  GIVEN_NAMES,
  LAW_PATTERNS,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARENT_PATTERNS,
  POSTS,
  PROSE,
  REGIONS,
  ROMAN_NUMERALS,
  SUBJECTS,
  SUBORDINATION_PHRASES,
  UNIT_PATTERNS,
} from './word-pools.ts';

/** Numbering styles of the generated duty lists (the styles the seeds use). */
export const DUTY_NUMBERINGS = [
  'paren-arabic',
  'paren-word',
  'arabic-dot',
  'arabic-space',
  'roman',
  'ordinal',
  'dash',
] as const;
export type DutyNumbering = (typeof DUTY_NUMBERINGS)[number];

/** Document layouts: four plain-text shapes modelled on seeds/ and a markdown page. */
export const DOCUMENT_SHAPES = ['infobox', 'question', 'functions', 'numbered', 'markdown'] as const;
export type DocumentShape = (typeof DOCUMENT_SHAPES)[number];

/** Most numbering styles name at most this many items, so lists stay within it. */
const MAX_LIST_ITEMS = 20;

/** An internal unit: its name and its duties (one paragraph, or a numbered list). */
export interface UnitSpec {
  name: string;
  duties: string[];
  isNumbered: boolean;
}

/** A leader line: `Name : post`. */
export interface LeaderSpec {
  name: string;
  post: string;
}

/** Everything one document says about the body it describes. */
export interface BodySpec {
  name: string;
  acronym: string;
  parent: string;
  subordination: string;
  established: string;
  website: string;
  duties: string[];
  units: UnitSpec[];
  leaders: LeaderSpec[];
  laws: string[];
  /** Other bodies of the corpus that this one names (sibling institutions). */
  related: string[];
  prose: string[];
}

/** One generated document: where it goes, its text, and the spec it was rendered from. */
export interface GeneratedDocument {
  /** File name relative to the corpus folder. */
  path: string;
  shape: DocumentShape;
  numbering: DutyNumbering;
  spec: BodySpec;
  text: string;
}

/** Options of generateCorpus. */
export interface CorpusOptions {
  documents: number;
  seed: number;
  /** Average document size in bytes; sizes vary from 0.6x to 1.4x of it. Default 5000. */
  averageBytes?: number;
}

const DEFAULT_AVERAGE_BYTES = 5000;

/** Shared facts: parent bodies and laws that many documents cite. */
interface World {
  parents: string[];
  laws: string[];
  usedBodies: Set<string>;
  usedPeople: Set<string>;
  bodies: string[];
}

function validate(options: CorpusOptions): Required<CorpusOptions> {
  const { documents, seed } = options;
  const averageBytes = options.averageBytes ?? DEFAULT_AVERAGE_BYTES;
  if (!Number.isInteger(documents) || documents < 1 || documents > 15_000) {
    throw new RangeError(`generateCorpus: documents must be an integer from 1 to 15000, got ${String(documents)}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`generateCorpus: seed must be an integer, got ${String(seed)}`);
  if (!Number.isInteger(averageBytes) || averageBytes < 1500 || averageBytes > 50_000) {
    throw new RangeError(
      `generateCorpus: averageBytes must be an integer from 1500 to 50000, got ${String(averageBytes)}`,
    );
  }
  return { documents, seed, averageBytes };
}

/** Draws a value not yet in `used` (and records it); throws rather than loop forever. */
function drawUnique(used: Set<string>, draw: () => string, what: string): string {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const value = draw();
    if (!used.has(value)) {
      used.add(value);
      return value;
    }
  }
  throw new Error(`generateCorpus: ran out of distinct ${what} names; enlarge the word pools`);
}

function createWorld(rng: Prng, documents: number): World {
  const parentCount = Math.min(REGIONS.length * PARENT_PATTERNS.length, Math.max(4, Math.round(documents / 40)));
  const lawCount = Math.max(8, Math.round(documents / 10));
  const parents = new Set<string>();
  const laws = new Set<string>();
  const parentList = [...Array(parentCount)].map(() =>
    drawUnique(parents, () => rng.pick(PARENT_PATTERNS)(rng.pick(REGIONS)), 'parent'),
  );
  const lawList = [...Array(lawCount)].map(() =>
    drawUnique(laws, () => rng.pick(LAW_PATTERNS)(rng.pick(REGIONS), rng.pick(SUBJECTS)), 'law'),
  );
  return { parents: parentList, laws: lawList, usedBodies: new Set(parentList), usedPeople: new Set(), bodies: [] };
}

function acronymOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One duty sentence: verb, object, and one or two tails. */
function createDuty(rng: Prng, subject: string): string {
  const tails = rng.sample(DUTY_TAILS, rng.int(1, 2));
  const other = rng.pick(SUBJECTS);
  return `${rng.pick(DUTY_VERBS)} ${rng.pick(DUTY_OBJECTS)(subject)}; ${tails.join(', and ')}; ${lowerFirst(rng.pick(DUTY_VERBS))} ${rng.pick(DUTY_OBJECTS)(other)}.`;
}

function createPerson(rng: Prng, world: World): string {
  return drawUnique(
    world.usedPeople,
    () => {
      const middle = rng.chance(0.5) ? rng.pick(['a', 'e', 'o', 'en', 'ar']) : '';
      const family = `${rng.pick(FAMILY_STARTS)}${middle}${rng.pick(FAMILY_ENDS)}`;
      return `${rng.pick(GIVEN_NAMES)} ${family}`;
    },
    'person',
  );
}

function createUnit(rng: Prng, usedUnits: Set<string>, bodySubject: string): UnitSpec {
  const name = drawUnique(
    usedUnits,
    () => (rng.chance(0.25) ? rng.pick(COMMON_UNITS) : rng.pick(UNIT_PATTERNS)(rng.pick(SUBJECTS))),
    'unit',
  );
  const isNumbered = rng.chance(0.4);
  const duties = [...Array(isNumbered ? rng.int(2, 5) : rng.int(1, 2))].map(() =>
    createDuty(rng, rng.chance(0.5) ? bodySubject : rng.pick(SUBJECTS)),
  );
  return { name, duties, isNumbered };
}

function createBody(rng: Prng, world: World): { spec: BodySpec; subject: string } {
  let subject = '';
  const name = drawUnique(
    world.usedBodies,
    () => {
      subject = rng.pick(SUBJECTS);
      return rng.pick(AGENCY_PATTERNS)(rng.pick(REGIONS), subject);
    },
    'body',
  );
  const slug = acronymOf(name).toLowerCase();
  const spec: BodySpec = {
    name,
    acronym: acronymOf(name),
    parent: rng.pick(world.parents),
    subordination: rng.pick(SUBORDINATION_PHRASES),
    established: `${rng.pick(MONTHS)} ${rng.int(1, 28)}, ${rng.int(1978, 2023)}`,
    website: `http://www.${slug}${rng.int(10, 99)}.gov.example/`,
    duties: [...Array(rng.int(4, 8))].map(() => createDuty(rng, subject)),
    units: [],
    leaders: [],
    laws: rng.sample(world.laws, rng.int(1, 3)),
    related: world.bodies.length > 0 ? rng.sample(world.bodies.slice(-200), rng.int(0, 2)) : [],
    prose: rng.sample(PROSE, rng.int(1, 3)),
  };
  const usedUnits = new Set<string>();
  spec.units = [...Array(rng.int(2, 4))].map(() => createUnit(rng, usedUnits, subject));
  spec.leaders = [...Array(rng.int(2, 4))].map((_, i) => ({
    name: createPerson(rng, world),
    post: i === 0 ? 'Director' : rng.pick(POSTS),
  }));
  return { spec, subject };
}

/** Grows a spec (more duties, units, leaders) until its rendering reaches `targetBytes`. */
function growToSize(rng: Prng, world: World, doc: GeneratedDocument, subject: string, targetBytes: number): void {
  const usedUnits = new Set(doc.spec.units.map((unit) => unit.name));
  for (let round = 0; round < 40 && Buffer.byteLength(doc.text) < targetBytes; round++) {
    const choice = rng.int(0, 5);
    if (choice <= 1 && doc.spec.duties.length < MAX_LIST_ITEMS - 1) doc.spec.duties.push(createDuty(rng, subject));
    else if (choice <= 4 && doc.spec.units.length < MAX_LIST_ITEMS)
      doc.spec.units.push(createUnit(rng, usedUnits, subject));
    else if (doc.spec.leaders.length < 8)
      doc.spec.leaders.push({ name: createPerson(rng, world), post: rng.pick(POSTS) });
    else doc.spec.prose.push(rng.pick(PROSE));
    doc.text = renderDocument(doc.shape, doc.numbering, doc.spec);
  }
}

function hex(rng: Prng, digits: number): string {
  let out = '';
  for (let i = 0; i < digits; i++) out += rng.int(0, 15).toString(16);
  return out;
}

/**
 * Generates `documents` documents, deterministically from `seed`: the same options give the
 * same paths and the same bytes on every run and machine.
 */
export function generateCorpus(options: CorpusOptions): GeneratedDocument[] {
  const { documents, seed, averageBytes } = validate(options);
  const rng = createPrng(seed);
  const world = createWorld(rng, documents);
  const out: GeneratedDocument[] = [];
  for (let index = 0; index < documents; index++) {
    const { spec, subject } = createBody(rng, world);
    // Markdown pages are about a quarter of the corpus; the four text shapes share the rest.
    const shape: DocumentShape = rng.chance(0.25) ? 'markdown' : rng.pick(DOCUMENT_SHAPES.slice(0, 4));
    const numbering: DutyNumbering = shape === 'markdown' ? 'dash' : rng.pick(DUTY_NUMBERINGS);
    const extension = shape === 'markdown' ? 'md' : 'txt';
    const doc: GeneratedDocument = {
      path: `${String(index).padStart(5, '0')}_${hex(rng, 16)}.${extension}`,
      shape,
      numbering,
      spec,
      text: renderDocument(shape, numbering, spec),
    };
    // Growth overshoots its target by about a tenth (one unit at a time), hence 0.45x-1.25x (mean ~5 KB).
    growToSize(rng, world, doc, subject, Math.round(averageBytes * (0.45 + 0.8 * rng.next())));
    world.bodies.push(spec.name);
    out.push(doc);
  }
  return out;
}

/**
 * The benchmark's one-document change: the same document with its last internal unit
 * removed and one duty added (deterministic from `seed`). Throws if it has no unit to remove.
 */
export function editDocument(doc: GeneratedDocument, seed = 1): GeneratedDocument {
  if (doc.spec.units.length === 0) throw new Error(`editDocument: ${doc.path} has no internal unit to remove`);
  const rng = createPrng(seed);
  const spec: BodySpec = {
    ...doc.spec,
    units: doc.spec.units.slice(0, -1),
    duties: [
      ...doc.spec.duties.slice(0, MAX_LIST_ITEMS - 1),
      `Undertake the supervision of ${rng.pick(SUBJECTS).toLowerCase()} pilot projects assigned in ${rng.int(2024, 2030)}; report on their progress every quarter.`,
    ],
  };
  return { ...doc, spec, text: renderDocument(doc.shape, doc.numbering, spec) };
}

/** Writes the documents into `dir`, replacing whatever the folder held. */
export async function writeCorpus(dir: string, docs: readonly GeneratedDocument[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  // Bounded concurrency: 10,000 simultaneous writes would exhaust file descriptors.
  const chunk = 64;
  for (let i = 0; i < docs.length; i += chunk) {
    await Promise.all(docs.slice(i, i + chunk).map((doc) => writeFile(join(dir, doc.path), doc.text)));
  }
}

// ---------------------------------------------------------------------------------------
// Rendering: spec -> text, one function per part so every shape reuses them.

/** Renders the item marker of the i-th (0-based) item in a numbering style. */
export function marker(numbering: DutyNumbering, i: number): string {
  switch (numbering) {
    case 'paren-arabic':
      return `(${i + 1}) `;
    case 'paren-word':
      return `(${NUMBER_WORDS[i] ?? String(i + 1)}) `;
    case 'arabic-dot':
      return `${i + 1}. `;
    case 'arabic-space':
      // As in seeds/003: most items "1. ", some bare "2 ".
      return i % 3 === 1 ? `${i + 1} ` : `${i + 1}. `;
    case 'roman':
      return `${ROMAN_NUMERALS[i] ?? String(i + 1)}. `;
    case 'ordinal':
      return `${ORDINAL_WORDS[i] ?? String(i + 1)}, `;
    case 'dash':
      return '— ';
  }
}

function renderDutyList(numbering: DutyNumbering, duties: readonly string[]): string {
  return duties
    .map((duty, i) => {
      const mark = marker(numbering, i);
      // Word-led and bare-number items continue the sentence in lower case, as the seeds do.
      const isLowerCase =
        numbering === 'paren-word' || numbering === 'ordinal' || (numbering === 'arabic-space' && !mark.includes('.'));
      return `${mark}${isLowerCase ? lowerFirst(duty) : duty}`;
    })
    .join('\n');
}

function renderUnitBody(unit: UnitSpec): string {
  return unit.isNumbered ? unit.duties.map((duty, i) => `${i + 1}. ${duty}`).join('\n') : unit.duties.join(' ');
}

function renderUnits(spec: BodySpec, unitMarker: 'paren' | 'dot' | 'dash'): string {
  return spec.units
    .map((unit, i) => {
      const mark = unitMarker === 'paren' ? `(${i + 1}) ` : unitMarker === 'dot' ? `${i + 1}. ` : '— ';
      return `${mark}${unit.name}\n${renderUnitBody(unit)}`;
    })
    .join('\n');
}

function renderLeaders(spec: BodySpec): string {
  return spec.leaders.map((leader) => `${leader.name} : ${leader.post} of the ${spec.name}`).join('\n');
}

function renderLegalBasis(spec: BodySpec, isQuoted: boolean): string {
  if (isQuoted) {
    return `Legal basis:\n${spec.laws
      .map(
        (law) =>
          `The ${law} stipulates: "The ${spec.name} shall, within the scope of its responsibilities, supervise and manage the work in accordance with this instrument."`,
      )
      .join('\n')}`;
  }
  return `Legal basis:\n\n${spec.laws
    .map(
      (law, i) =>
        `${law}\n\nArticle ${3 + i * 5} provides that:\n\nThe ${spec.name} is responsible for the supervision and management of the relevant work within its administrative area in accordance with this instrument and other relevant laws and regulations.`,
    )
    .join('\n\n')}`;
}

function renderIntro(spec: BodySpec): string {
  return `The ${spec.name} (hereinafter referred to as ${spec.acronym}) is ${spec.subordination} the ${spec.parent}, established on ${spec.established}. ${spec.prose.join(' ')}`;
}

function renderInfobox(numbering: DutyNumbering, spec: BodySpec): string {
  const related = spec.related.length > 0 ? `\nOther institutions:\n${spec.related.join('\n')}\n` : '';
  return `${spec.name}

${spec.subordination.replace(/^an? /, '').replace(/^./, (c) => c.toUpperCase())} the ${spec.parent}
${renderIntro(spec)}
Official name
${spec.name}
Abbreviation
${spec.acronym}
Date of establishment
${spec.established}
Category
${spec.subordination.replace(/^an? /, '')} the ${spec.parent}
Official website
${spec.website}
Current leaders
${spec.leaders[0]?.name ?? ''}

Institutional responsibilities

Announce
edit
${renderDutyList(numbering, spec.duties)}

Internal organization

Announce
edit
${renderUnits(spec, 'paren')}
${related}
Current leaders

Announce
edit
${renderLeaders(spec)}

${renderLegalBasis(spec, false)}
`;
}

function renderQuestion(numbering: DutyNumbering, spec: BodySpec): string {
  return `What does the ${spec.name} manage?

${renderIntro(spec)}
Established: ${spec.established}
Website: ${spec.website}

Main functions:
${renderDutyList(numbering, spec.duties)}

Internal organisation:
${renderUnits(spec, 'dot')}

Leadership:
${renderLeaders(spec)}

To sum up:
The ${spec.name} plays an important role in its field under the guidance of the ${spec.parent}.

${renderLegalBasis(spec, true)}
`;
}

function renderFunctions(numbering: DutyNumbering, spec: BodySpec): string {
  return `Functions of the ${spec.name}

${renderDutyList(numbering, spec.duties)}

The ${spec.name} is ${spec.subordination} the ${spec.parent}. It has the following internal institutions:
${renderUnits(spec, 'dash')}

Current leaders
${renderLeaders(spec)}

${renderLegalBasis(spec, spec.laws.length % 2 === 0)}
`;
}

function renderNumbered(numbering: DutyNumbering, spec: BodySpec): string {
  return `${renderIntro(spec)}
Specifically, the ${spec.name} is responsible for the following aspects:
${renderDutyList(numbering, spec.duties)}
Internal organization:
${renderUnits(spec, 'paren')}
Current leaders:
${renderLeaders(spec)}
${renderLegalBasis(spec, true)}
`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '/');
}

function renderMarkdown(spec: BodySpec): string {
  const related =
    spec.related.length > 0 ? `\nRelated institutions: ${spec.related.map((name) => `*${name}*`).join(', ')}.\n` : '';
  return `# ${spec.name}

${renderIntro(spec)}
${related}
## Responsibilities

${spec.duties.map((duty) => `- ${duty}`).join('\n')}

## Internal units

| Unit | Responsibilities |
| --- | --- |
${spec.units.map((unit) => `| ${cell(unit.name)} | ${cell(unit.duties.join(' '))} |`).join('\n')}

## Leadership

${spec.leaders.map((leader) => `- ${leader.name} : ${leader.post}`).join('\n')}

## Legal basis

${spec.laws.map((law) => `- **${law}** governs the work of the ${spec.name}.`).join('\n')}
`;
}

/** Renders a spec in a shape; pure. */
export function renderDocument(shape: DocumentShape, numbering: DutyNumbering, spec: BodySpec): string {
  switch (shape) {
    case 'infobox':
      return renderInfobox(numbering, spec);
    case 'question':
      return renderQuestion(numbering, spec);
    case 'functions':
      return renderFunctions(numbering, spec);
    case 'numbered':
      return renderNumbered(numbering, spec);
    case 'markdown':
      return renderMarkdown(spec);
  }
}
