// Measures what each rewrite does to extraction: every document of a set is extracted alone,
// as it is and as each rewrite that changes it leaves it, and both are scored by the shared
// scorer against the same gold (the document's name adjusted where the rewrite renames it).
// Each variant is extracted once. Rewritten pages and gold copies live in a temporary folder
// that is removed afterwards; nothing is written into the repository.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../../extractors/types.ts';
import { runExtraction } from '../../../pipeline/extract.ts';
import { scoreExtraction } from '../score.ts';
import type { EvalSet } from '../sets.ts';
import { REWRITES } from './index.ts';
import { isChanged, type Page, type Rewrite } from './page.ts';

/** The largest move of a document's entity or relation F1 a rewrite may cause (2 points). */
export const MAX_F1_MOVE = 0.02;

/** A document's entity and relation F1, as the scorer's per-document score gives them. */
export interface DocumentF1 {
  entityF1: number;
  relationF1: number;
}

/** One rewrite of one document: its name before and after, its F1 before and after. */
export interface DeltaRow {
  rewrite: string;
  set: string;
  document: string;
  rewrittenName: string;
  before: DocumentF1;
  after: DocumentF1;
}

/** How many of a set's documents a rewrite changed. */
export interface RewriteCount {
  rewrite: string;
  set: string;
  documents: number;
  changed: number;
}

/** A planned rewrite of one document (no extraction yet). */
export interface PlannedRewrite {
  rewrite: Rewrite;
  set: EvalSet;
  original: Page;
  rewritten: Page;
}

const DOCUMENT_FILE = /\.(txt|md|markdown)$/i;

/** The documents of `set` that have a gold file, as pages. */
export function readSetPages(set: EvalSet): Page[] {
  const gold = new Set(readdirSync(set.gold));
  return readdirSync(set.corpus)
    .filter((name) => DOCUMENT_FILE.test(name) && gold.has(`${name}.json`))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(set.corpus, name), 'utf8') }));
}

/** Applies every rewrite to every document of the sets; keeps the ones that change something. */
export function planRewrites(
  sets: readonly EvalSet[],
  rewrites: readonly Rewrite[] = REWRITES,
): { planned: PlannedRewrite[]; counts: RewriteCount[] } {
  const planned: PlannedRewrite[] = [];
  const counts: RewriteCount[] = [];
  for (const set of sets) {
    const pages = readSetPages(set);
    for (const rewrite of rewrites) {
      let changed = 0;
      for (const original of pages) {
        const rewritten = rewrite.apply(original);
        if (!isChanged(original, rewritten)) continue;
        changed++;
        planned.push({ rewrite, set, original, rewritten });
      }
      counts.push({ rewrite: rewrite.id, set: set.name, documents: pages.length, changed });
    }
  }
  return { planned, counts };
}

interface GoldFile {
  document?: string;
  [key: string]: unknown;
}

/** A document to score: its name, its extraction (of it alone) and its gold. */
interface ScoreItem {
  name: string;
  extraction: Extraction;
  gold: GoldFile;
}

const PER_DOCUMENT_LINE = /^(\S.*?)\s+entity F1\s+(-?[\d.]+)%\s+relation F1\s+(-?[\d.]+)%$/;

function writeGoldDir(items: readonly ScoreItem[], workDir: string): string {
  const goldDir = mkdtempSync(join(workDir, 'gold-'));
  for (const item of items)
    writeFileSync(join(goldDir, `${item.name}.json`), JSON.stringify({ ...item.gold, document: item.name }));
  return goldDir;
}

/**
 * Scores documents with one run of the scorer's --per-document: each gold file against the
 * predictions mentioned or evidenced in its document. Every document was extracted alone, so
 * their union holds nothing one document's score could borrow from another. The scorer
 * prints these F1s with one decimal (percent).
 */
function scorePerDocument(items: readonly ScoreItem[], workDir: string): Map<string, DocumentF1> {
  if (items.length === 0) return new Map();
  const union: Extraction = {
    ...items[0]!.extraction,
    documents: items.flatMap((item) => item.extraction.documents),
    entities: items.flatMap((item) => item.extraction.entities),
    relations: items.flatMap((item) => item.extraction.relations),
  };
  const { output, status } = scoreExtraction(union, writeGoldDir(items, workDir), ['--per-document']);
  if (status !== 0) throw new Error(`the shared scorer failed: ${output}`);
  const scores = new Map<string, DocumentF1>();
  for (const line of output.split('\n')) {
    const match = PER_DOCUMENT_LINE.exec(line.trim());
    if (match) scores.set(match[1]!, { entityF1: Number(match[2]) / 100, relationF1: Number(match[3]) / 100 });
  }
  for (const item of items)
    if (!scores.has(item.name))
      throw new Error(`the shared scorer printed no per-document line for ${item.name}:\n${output}`);
  return scores;
}

/** Scores one document at full precision: the scorer's JSON against its gold file alone. */
function scoreExactly(item: ScoreItem, workDir: string): DocumentF1 {
  const document = item.name;
  const inDocument = (spans: { document: string }[] | undefined) =>
    (spans ?? []).some((span) => span.document === document);
  // What --per-document keeps of the prediction: what this document mentions and evidences.
  const own = {
    ...item.extraction,
    entities: item.extraction.entities.filter((entity) => inDocument(entity.mentions)),
    relations: item.extraction.relations.filter((relation) => inDocument(relation.evidence)),
  };
  const { score, output } = scoreExtraction(own, writeGoldDir([item], workDir));
  if (!score) throw new Error(`the shared scorer failed on ${document}: ${output}`);
  return { entityF1: score.entities.all!.f1, relationF1: score.relations.all!.f1 };
}

/** Rounding the scorer's one decimal can move a difference by up to this much. */
const ROUNDING = 0.001 + 1e-9;

function isNearBound(before: DocumentF1, after: DocumentF1): boolean {
  const near = (delta: number) => Math.abs(Math.abs(delta) - MAX_F1_MOVE) <= ROUNDING;
  return near(after.entityF1 - before.entityF1) || near(after.relationF1 - before.relationF1);
}

async function extractAlone(path: string): Promise<Extraction> {
  return runExtraction({ paths: [path] });
}

/**
 * Extracts and scores every planned rewrite and its original (each variant extracted once,
 * one scorer run per set for the originals and one per rewrite and set). Where the scorer's
 * one decimal leaves it unclear whether a move is within 2 points, both sides are scored again
 * at full precision.
 */
export async function measureRewrites(planned: readonly PlannedRewrite[]): Promise<DeltaRow[]> {
  const workDir = mkdtempSync(join(tmpdir(), 'kg-perturb-'));
  try {
    const originals = new Map<string, ScoreItem>();
    const variants: { plan: PlannedRewrite; item: ScoreItem }[] = [];
    for (const [index, plan] of planned.entries()) {
      const { set, original, rewritten } = plan;
      const key = `${set.name}/${original.name}`;
      const gold = JSON.parse(readFileSync(join(set.gold, `${original.name}.json`), 'utf8')) as GoldFile;
      if (!originals.has(key))
        originals.set(key, {
          name: original.name,
          extraction: await extractAlone(join(set.corpus, original.name)),
          gold,
        });
      // One folder per variant: the rewritten page keeps its (possibly new) file name.
      const variantDir = join(workDir, `variant-${index}`);
      mkdirSync(variantDir);
      writeFileSync(join(variantDir, rewritten.name), rewritten.text);
      variants.push({
        plan,
        item: { name: rewritten.name, extraction: await extractAlone(join(variantDir, rewritten.name)), gold },
      });
    }
    const beforeScores = new Map<string, DocumentF1>();
    for (const setName of new Set(planned.map((plan) => plan.set.name))) {
      const items = [...originals.entries()].filter(([key]) => key.startsWith(`${setName}/`)).map(([, item]) => item);
      for (const [name, f1] of scorePerDocument(items, workDir)) beforeScores.set(`${setName}/${name}`, f1);
    }
    const afterScores = new Map<PlannedRewrite, DocumentF1>();
    for (const group of groupBy(variants, ({ plan }) => `${plan.rewrite.id}/${plan.set.name}`)) {
      const scores = scorePerDocument(
        group.map(({ item }) => item),
        workDir,
      );
      for (const { plan, item } of group) afterScores.set(plan, scores.get(item.name)!);
    }
    return variants.map(({ plan, item }) => {
      const key = `${plan.set.name}/${plan.original.name}`;
      let before = beforeScores.get(key)!;
      let after = afterScores.get(plan)!;
      if (isNearBound(before, after)) {
        before = scoreExactly(originals.get(key)!, workDir);
        after = scoreExactly(item, workDir);
      }
      return {
        rewrite: plan.rewrite.id,
        set: plan.set.name,
        document: plan.original.name,
        rewrittenName: plan.rewritten.name,
        before,
        after,
      };
    });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.values()];
}

/** The larger of a row's entity and relation F1 moves (absolute). */
export function largestMove(row: DeltaRow): number {
  return Math.max(
    Math.abs(row.after.entityF1 - row.before.entityF1),
    Math.abs(row.after.relationF1 - row.before.relationF1),
  );
}

/** True when a row moves either F1 by more than MAX_F1_MOVE (a float's rounding allowed). */
export function exceedsBound(row: DeltaRow): boolean {
  return largestMove(row) > MAX_F1_MOVE + 1e-9;
}

function points(f1: number): string {
  return (100 * f1).toFixed(1).padStart(5);
}

function signedPoints(delta: number): string {
  const text = (100 * delta).toFixed(1);
  return (delta > 0 && text !== '0.0' ? `+${text}` : text === '-0.0' ? '0.0' : text).padStart(6);
}

/** A compact table of deltas: one line per rewritten document, `!` where the bound is broken. */
export function formatDeltaTable(rows: readonly DeltaRow[], counts: readonly RewriteCount[] = []): string {
  const lines: string[] = [];
  const width = Math.max(8, ...rows.map((row) => row.document.length));
  lines.push(
    `${'rewrite'.padEnd(22)} ${'set'.padEnd(8)} ${'document'.padEnd(width)}   entity F1 before→after    Δ   relation F1 before→after    Δ`,
  );
  for (const row of rows) {
    const flag = exceedsBound(row) ? '!' : ' ';
    lines.push(
      `${row.rewrite.padEnd(22)} ${row.set.padEnd(8)} ${row.document.padEnd(width)} ${flag}        ${points(row.before.entityF1)} → ${points(row.after.entityF1)} ${signedPoints(row.after.entityF1 - row.before.entityF1)}            ${points(row.before.relationF1)} → ${points(row.after.relationF1)} ${signedPoints(row.after.relationF1 - row.before.relationF1)}`,
    );
  }
  if (counts.length > 0) {
    lines.push(
      '',
      'documents changed per rewrite (the rest are skipped), and how many move an F1 by more than 2 points:',
    );
    for (const count of counts) {
      const broken = rows.filter(
        (row) => row.rewrite === count.rewrite && row.set === count.set && exceedsBound(row),
      ).length;
      lines.push(
        `  ${count.rewrite.padEnd(22)} ${count.set.padEnd(8)} ${String(count.changed).padStart(3)} of ${String(count.documents).padStart(3)} changed, ${broken} beyond ±2 points`,
      );
    }
  }
  return lines.join('\n');
}
