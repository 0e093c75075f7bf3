// Neo4j values -> plain JSON, and plain values -> CSV/table cells.
import { describe, expect, it } from 'vitest';
import { neo4j, toPlainValue } from '../../../graph/driver.ts';
import { toCellText, type PlainValue } from '../../../graph/values.ts';

const { types } = neo4j;
const node = new types.Node(
  neo4j.int(1),
  ['Agency', 'Entity'],
  { id: 'miit', name: 'MIIT', aliases: ['a'], count: neo4j.int(3) },
  '4:x:1',
);
const person = new types.Node(neo4j.int(2), ['Person', 'Entity'], { id: 'jin', name: 'Jin Zhuanglong' }, '4:x:2');
const post = new types.Relationship(
  neo4j.int(7),
  neo4j.int(2),
  neo4j.int(1),
  'HOLDS_POSITION',
  { title: 'Minister' },
  '5:x:7',
  '4:x:2',
  '4:x:1',
);

describe('toPlainValue', () => {
  it.each<[string, unknown, PlainValue]>([
    ['null', null, null],
    ['undefined', undefined, null],
    ['string', 'x', 'x'],
    ['float', 1.5, 1.5],
    ['NaN', Number.NaN, 'NaN'],
    ['boolean', true, true],
    ['Integer', neo4j.int(42), 42],
    ['big Integer', neo4j.int('9007199254740993'), '9007199254740993'],
    ['bigint', 5n, 5],
    ['list of Integers', [neo4j.int(1), neo4j.int(2)], [1, 2]],
    ['map', { a: neo4j.int(1), b: ['x', null] }, { a: 1, b: ['x', null] }],
    [
      'Node',
      node,
      { labels: ['Agency', 'Entity'], properties: { id: 'miit', name: 'MIIT', aliases: ['a'], count: 3 } },
    ],
    ['Relationship', post, { type: 'HOLDS_POSITION', properties: { title: 'Minister' } }],
    ['Date', new types.Date(2024, 3, 9), '2024-03-09'],
    ['DateTime with offset', new types.DateTime(2024, 3, 9, 10, 30, 0, 0, 3600), '2024-03-09T10:30:00+01:00'],
    [
      'DateTime with zone',
      new types.DateTime(2024, 3, 9, 10, 30, 0, 0, undefined, 'Europe/Paris'),
      '2024-03-09T10:30:00[Europe/Paris]',
    ],
    ['LocalDateTime', new types.LocalDateTime(2024, 3, 9, 10, 30, 5, 0), '2024-03-09T10:30:05'],
    ['LocalTime', new types.LocalTime(10, 30, 5, 0), '10:30:05'],
    ['Time', new types.Time(10, 30, 5, 0, 0), '10:30:05Z'],
    ['Duration', new types.Duration(1, 2, 3, 0), 'P1M2DT3S'],
    ['2D Point', new types.Point(7203, 1.5, 2), { srid: 7203, x: 1.5, y: 2 }],
    ['3D Point', new types.Point(4979, 12.5, 55.6, 10), { srid: 4979, x: 12.5, y: 55.6, z: 10 }],
    ['bytes', Int8Array.from([1, 2, 3]), 'AQID'],
  ])('%s', (_name, value, expected) => {
    expect(toPlainValue(value)).toEqual(expected);
  });

  it('converts a Path to its nodes and relationships in order', () => {
    const path = new types.Path(person, node, [new types.PathSegment(person, post, node)]);
    expect(toPlainValue(path)).toEqual({
      nodes: [
        { labels: ['Person', 'Entity'], properties: { id: 'jin', name: 'Jin Zhuanglong' } },
        { labels: ['Agency', 'Entity'], properties: { id: 'miit', name: 'MIIT', aliases: ['a'], count: 3 } },
      ],
      relationships: [{ type: 'HOLDS_POSITION', properties: { title: 'Minister' } }],
    });
  });

  it('refuses a value it does not know rather than guessing', () => {
    expect(() => toPlainValue(new Map())).toThrow(/Cannot convert a \[object Map\]/);
  });
});

describe('toCellText', () => {
  it.each<[PlainValue, string]>([
    [null, ''],
    ['a, "b"', 'a, "b"'],
    [3, '3'],
    [false, 'false'],
    [['a', 'b'], '["a","b"]'],
    [{ x: 1 }, '{"x":1}'],
  ])('%j -> %j', (value, expected) => {
    expect(toCellText(value)).toBe(expected);
  });
});
