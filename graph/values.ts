// Neo4j values -> plain JSON values: what `kg query` prints and what exports write. Integers
// become numbers (or decimal strings beyond 2^53), temporal values ISO 8601 strings, points
// {srid, x, y[, z]}, nodes {labels, properties}, relationships {type, properties}, paths
// {nodes, relationships}; lists and maps are converted element by element.
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPathSegment,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from './driver.ts';

/** A value JSON can hold. */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** A plain map, e.g. a node's properties. */
export type PlainMap = { [key: string]: PlainValue };

/** True for a JavaScript value with no prototype beyond Object (a Cypher map as the driver returns it). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Converts a map's values, keeping key order. */
export function toPlainMap(map: Record<string, unknown>): PlainMap {
  const out: PlainMap = {};
  for (const [key, value] of Object.entries(map)) out[key] = toPlainValue(value);
  return out;
}

/**
 * Converts one value a Neo4j result carries into a plain JSON value. The contract: the
 * output survives JSON.stringify unchanged, and equal graph values give equal output.
 */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return { labels: [...value.labels], properties: toPlainMap(value.properties) };
  if (isRelationship(value) || isUnboundRelationship(value)) return { type: value.type, properties: toPlainMap(value.properties) };
  if (isPath(value)) {
    return {
      nodes: [toPlainValue(value.start), ...value.segments.map((segment) => toPlainValue(segment.end))],
      relationships: value.segments.map((segment) => toPlainValue(segment.relationship)),
    };
  }
  if (isPathSegment(value)) {
    return { start: toPlainValue(value.start), relationship: toPlainValue(value.relationship), end: toPlainValue(value.end) };
  }
  if (isPoint(value)) {
    const point: PlainMap = { srid: toPlainValue(value.srid), x: value.x, y: value.y };
    if (value.z !== undefined) point.z = value.z;
    return point;
  }
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item));
  if (value instanceof Int8Array || value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (isPlainObject(value)) return toPlainMap(value);
  throw new TypeError(`Cannot convert a ${Object.prototype.toString.call(value)} from Neo4j to JSON`);
}

/** Renders a plain value as one CSV or table cell: null -> '', scalars as text, the rest as JSON. */
export function toCellText(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
