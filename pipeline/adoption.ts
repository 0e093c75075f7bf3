// A graph built before sources existed holds Document nodes without a source, with ids that
// are paths below the folder ingested. The first run of a source adopts those whose file it
// finds (same path below its folder): renamed into the source in place, never duplicated,
// then rewritten by the same run only if their facts changed. The others are left alone
// (no run prunes a document outside its own source) until their folder is ingested.
import type { Driver } from '../graph/driver.ts';
import { readStoredDocuments } from '../graph/reads.ts';
import { adoptDocuments, readUnsourcedDocuments } from '../graph/sources.ts';
import { listCorpus } from './read-corpus.ts';
import { documentIdOf, relativePathOf } from './sources.ts';

/** Options of adoptUnsourced. */
export interface AdoptionOptions {
  driver: Driver;
  database: string | undefined;
  source: string;
  paths: string[];
  /** Only say what would be adopted. */
  isDryRun: boolean;
}

/** What adoption did: how many documents it took, and a one-line message for the user (none when nothing was unsourced). */
export interface Adoption {
  adopted: number;
  message?: string;
}

/** Adopts into `source` the source-less documents whose files this run ingests. */
export async function adoptUnsourced(options: AdoptionOptions): Promise<Adoption> {
  const unsourced = await readUnsourcedDocuments(options.driver, options.database);
  if (unsourced.length === 0) return { adopted: 0 };
  const files = new Set((await listCorpus(options.paths, options.source)).map((file) => file.id));
  // A document the source already has under its new id is not adopted twice.
  const taken = new Set(
    (await readStoredDocuments(options.driver, options.database, options.source)).map((document) => document.id),
  );
  const renames = unsourced.flatMap((document) => {
    const to = documentIdOf(options.source, document.id);
    return files.has(to) && !taken.has(to)
      ? [{ from: document.id, to, path: relativePathOf(options.source, to)! }]
      : [];
  });
  const left = unsourced.length - renames.length;
  const rest =
    left > 0 ? `; ${left} other document(s) without a source stay as they are until their folder is ingested` : '';
  if (renames.length === 0)
    return {
      adopted: 0,
      message: `The graph holds ${unsourced.length} document(s) written before sources; none is in this folder, so they stay as they are until their folder is ingested.`,
    };
  if (options.isDryRun)
    return {
      adopted: 0,
      message: `Would adopt ${renames.length} document(s) written before sources into source "${options.source}" (ids become ${options.source}/<path>)${rest}.`,
    };
  await adoptDocuments(options.driver, options.database, options.source, renames);
  return {
    adopted: renames.length,
    message: `Adopted ${renames.length} document(s) written before sources into source "${options.source}" (ids are now ${options.source}/<path>)${rest}.`,
  };
}
