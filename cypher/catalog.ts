// The named analyses: the `*.cypher` files in this folder, each with a header (header.ts).
// `kg query NAME` looks a name up here; `kg query FILE.cypher` reads any file the same way.
// The caller says where the folder is: this layer imports nothing from the project.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { AnalysisError } from './errors.ts';
import { HeaderError, parseAnalysisHeader, type AnalysisHeader } from './header.ts';

/** An analysis ready to run: its header and its Cypher text (header included; it is comments). */
export interface Analysis extends AnalysisHeader {
  name: string;
  path: string;
  cypher: string;
}

/** Parses Cypher text with a header into an Analysis; `fallbackName` names a file without `// name:`. */
export function toAnalysis(cypher: string, path: string, fallbackName: string): Analysis {
  let header: AnalysisHeader;
  try {
    header = parseAnalysisHeader(cypher);
  } catch (error) {
    if (error instanceof HeaderError)
      throw new AnalysisError('KG_USAGE', `The header of ${path} is invalid: ${error.message}`);
    throw error;
  }
  if (cypher.replace(/^\s*\/\/.*$/gm, '').trim() === '')
    throw new AnalysisError('KG_USAGE', `${path} holds no Cypher statement`);
  return { ...header, name: header.name ?? fallbackName, path, cypher };
}

/** Reads one .cypher file into an Analysis; throws KG_USAGE when it cannot be read or its header is invalid. */
export function readAnalysisFile(path: string): Analysis {
  let cypher: string;
  try {
    cypher = readFileSync(path, 'utf8');
  } catch (error) {
    throw new AnalysisError('KG_USAGE', `Cannot read the Cypher file ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return toAnalysis(cypher, path, basename(path, '.cypher'));
}

/** Every named analysis in `dir`, sorted by name; a file whose header names another file's name is an error. */
export function listAnalyses(dir: string): Analysis[] {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  const analyses = files.map((file) => readAnalysisFile(join(dir, file)));
  const seen = new Map<string, string>();
  for (const analysis of analyses) {
    const other = seen.get(analysis.name);
    if (other)
      throw new AnalysisError('KG_USAGE', `Two analyses are named "${analysis.name}": ${other} and ${analysis.path}`);
    seen.set(analysis.name, analysis.path);
  }
  return analyses.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** True when the argument of `kg query` is a file path rather than an analysis name. */
export function isCypherPath(argument: string): boolean {
  return argument.endsWith('.cypher') || argument.includes('/') || argument.includes('\\');
}

/** Finds a named analysis, or reads a .cypher file; throws KG_USAGE listing the names when neither fits. */
export function findAnalysis(nameOrPath: string, dir: string): Analysis {
  if (isCypherPath(nameOrPath)) return readAnalysisFile(resolve(nameOrPath));
  const analyses = listAnalyses(dir);
  const found = analyses.find((analysis) => analysis.name === nameOrPath);
  if (!found) {
    throw new AnalysisError(
      'KG_USAGE',
      `No analysis named "${nameOrPath}". Known analyses: ${analyses.map((a) => a.name).join(', ')} (or pass a path to a .cypher file; kg query --list describes them)`,
    );
  }
  return found;
}
