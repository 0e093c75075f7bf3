// Plain JSON values: what `kg query` prints and what exports write, once graph/driver.ts
// (toPlainValue) has converted what Neo4j returned.

/** A value JSON can hold. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A plain map, e.g. a node's properties. */
export type PlainMap = { [key: string]: PlainValue };

/** Renders a plain value as one CSV or table cell: null -> '', scalars as text, the rest as JSON. */
export function toCellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
