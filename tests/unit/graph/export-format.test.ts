// Pure parts of the exports: valueType() -> import types, merging types, admin-import cells
// and headers, GraphML keys.
import { describe, expect, it } from 'vitest';
import { importCell, propertyHeader } from '../../../graph/export/csv.ts';
import { graphmlKeys } from '../../../graph/export/graphml.ts';
import { mergePropertyTypes, primaryLabel, toPropertyType, type PropertyColumn } from '../../../graph/export/reader.ts';
import type { PlainValue } from '../../../graph/values.ts';

describe('toPropertyType', () => {
  it.each<[string, ReturnType<typeof toPropertyType>]>([
    ['STRING NOT NULL', { type: 'string', isArray: false }],
    ['INTEGER NOT NULL', { type: 'long', isArray: false }],
    ['FLOAT NOT NULL', { type: 'double', isArray: false }],
    ['BOOLEAN NOT NULL', { type: 'boolean', isArray: false }],
    ['ZONED DATETIME NOT NULL', { type: 'datetime', isArray: false }],
    ['LOCAL DATETIME NOT NULL', { type: 'localdatetime', isArray: false }],
    ['DATE NOT NULL', { type: 'date', isArray: false }],
    ['DURATION NOT NULL', { type: 'duration', isArray: false }],
    ['POINT NOT NULL', { type: 'point', isArray: false }],
    ['LIST<STRING NOT NULL> NOT NULL', { type: 'string', isArray: true }],
    ['LIST<INTEGER NOT NULL> NOT NULL', { type: 'long', isArray: true }],
    ['LIST<NOTHING> NOT NULL', undefined],
    ['LIST<INTEGER | STRING NOT NULL> NOT NULL', { type: 'string', isArray: true }],
  ])('%s', (valueType, expected) => {
    expect(toPropertyType(valueType)).toEqual(expected);
  });
});

describe('mergePropertyTypes', () => {
  const column = (type: PropertyColumn['type'], isArray = false): PropertyColumn => ({ name: 'p', type, isArray });
  it.each<[PropertyColumn | undefined, PropertyColumn, PropertyColumn]>([
    [undefined, column('string'), column('string')],
    [column('long'), column('long'), column('long')],
    [column('long'), column('double'), column('double')],
    [column('long'), column('string'), column('string')],
    [column('string', true), column('string'), column('string')],
  ])('%j + %j', (a, b, expected) => {
    expect(mergePropertyTypes(a, b)).toEqual(expected);
  });
});

describe('primaryLabel', () => {
  it.each<[string[], string]>([
    [['Entity', 'Agency'], 'Agency'],
    [['Document'], 'Document'],
    [['Entity'], 'Entity'],
    [[], '_Unlabelled'],
  ])('%j -> %s', (labels, expected) => {
    expect(primaryLabel(labels)).toBe(expected);
  });
});

describe('importCell and propertyHeader', () => {
  it.each<[PlainValue | undefined, PropertyColumn, string | null]>([
    [undefined, { name: 'x', type: 'string', isArray: false }, null],
    ['', { name: 'x', type: 'string', isArray: false }, ''],
    ['a,"b"', { name: 'x', type: 'string', isArray: false }, 'a,"b"'],
    [['MIIT', 'Ministry'], { name: 'aliases', type: 'string', isArray: true }, 'MIIT;Ministry'],
    [[], { name: 'aliases', type: 'string', isArray: true }, null],
    [3, { name: 'n', type: 'long', isArray: false }, '3'],
    [{ srid: 7203, x: 1, y: 2 }, { name: 'at', type: 'point', isArray: false }, "{crs:'cartesian', x:1, y:2}"],
    [{ nested: true }, { name: 'x', type: 'string', isArray: false }, '{"nested":true}'],
  ])('%j as %j', (value, column, expected) => {
    expect(importCell(value, column, ';')).toBe(expected);
  });

  it('refuses a list element holding the delimiter, naming the property and the fix', () => {
    expect(() => importCell(['a;b'], { name: 'aliases', type: 'string', isArray: true }, ';')).toThrow(
      /"aliases".*--array-delimiter/,
    );
  });

  it.each<[PropertyColumn, string]>([
    [{ name: 'aliases', type: 'string', isArray: true }, 'aliases:string[]'],
    [{ name: 'ingestedAt', type: 'datetime', isArray: false }, 'ingestedAt:datetime'],
  ])('header %j', (column, expected) => {
    expect(propertyHeader(column)).toBe(expected);
  });
});

describe('graphmlKeys', () => {
  it('declares one typed key per property name, a string where groups disagree, and the special keys', () => {
    const keys = graphmlKeys({
      nodeGroups: [
        {
          label: 'Agency',
          count: 1,
          keyMode: 'id',
          properties: [
            { name: 'name', type: 'string', isArray: false },
            { name: 'rank', type: 'long', isArray: false },
          ],
        },
        {
          label: 'Run',
          count: 1,
          keyMode: 'id',
          properties: [
            { name: 'rank', type: 'boolean', isArray: false },
            { name: 'tags', type: 'string', isArray: true },
          ],
        },
      ],
      relationshipGroups: [
        {
          type: 'R',
          startLabel: 'Agency',
          endLabel: 'Run',
          count: 1,
          properties: [{ name: 'type', type: 'string', isArray: false }],
        },
      ],
    });
    expect(keys).toEqual([
      { id: 'labels', for: 'node', name: 'labels', type: 'string' },
      { id: 'label', for: 'node', name: 'label', type: 'string' },
      { id: 'type', for: 'edge', name: '_type', type: 'string' },
      { id: 'n_name', for: 'node', name: 'name', type: 'string' },
      { id: 'n_rank', for: 'node', name: 'rank', type: 'string' },
      { id: 'n_tags', for: 'node', name: 'tags', type: 'string' },
      { id: 'e_type', for: 'edge', name: 'type', type: 'string' },
    ]);
  });
});
