// JSON text for a string property that `kg export --format csv` writes into one cell.
// LOAD CSV (and neo4j-admin import's legacy quote escaping) read a backslash before a
// quote as an escaped quote, so a JSON string holding a quote (`\"`) would break the cell.

/**
 * JSON.stringify(value), with every quote and backslash inside its strings written as
 * `\u0022` and `\u005c` (JSON.parse reads them back): the text has no backslash before a quote.
 */
export function toCellSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/\\(["\\])/g, (_, escaped: string) => (escaped === '"' ? '\\u0022' : '\\u005c'));
}
