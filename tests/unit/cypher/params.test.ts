// `--param key=value` -> typed parameters: declared types, defaults, required and unknown
// parameters, and inference for files that declare none.
import { describe, expect, it } from 'vitest';
import type { ParamSpec, ParamValue } from '../../../cypher/header.ts';
import { inferParamValue, parseParamValue, resolveParams } from '../../../cypher/params.ts';
import { isKgError } from '../../../pipeline/errors.ts';

const spec = (type: ParamSpec['type'], isNullable = false) => ({ name: 'p', type, isNullable });

describe('parseParamValue', () => {
  it.each<[ParamSpec['type'], boolean, string, ParamValue]>([
    ['string', false, 'State Council', 'State Council'],
    ['string', false, '42', '42'],
    ['string', false, 'null', 'null'],
    ['string', true, 'null', null],
    ['integer', false, '10', 10n],
    ['integer', false, '-3', -3n],
    ['integer', false, '9007199254740993', 9007199254740993n],
    ['float', false, '0.25', 0.25],
    ['float', false, '1e3', 1000],
    ['boolean', false, 'true', true],
    ['boolean', false, 'FALSE', false],
  ])('%s (nullable %s) %j -> %s', (type, isNullable, text, expected) => {
    expect(parseParamValue(spec(type, isNullable), text)).toEqual(expected);
  });

  it.each<[ParamSpec['type'], string, RegExp]>([
    ['integer', '1.5', /--param p=1.5: "p" is a integer, so expected a whole number/],
    ['integer', 'ten', /expected a whole number/],
    ['float', 'abc', /expected a number/],
    ['boolean', 'yes', /expected true or false/],
  ])('rejects %s %j', (type, text, message) => {
    const failure = (() => {
      try {
        parseParamValue(spec(type), text);
      } catch (error) {
        return error;
      }
    })();
    expect(isKgError(failure, 'KG_USAGE')).toBe(true);
    expect((failure as Error).message).toMatch(message);
  });
});

describe('inferParamValue', () => {
  it.each<[string, ParamValue]>([
    ['true', true],
    ['false', false],
    ['null', null],
    ['12', 12n],
    ['1.5', 1.5],
    ['"12"', '12'],
    ['MIIT', 'MIIT'],
    ['a=b', 'a=b'],
  ])('%j -> %s', (text, expected) => {
    expect(inferParamValue(text)).toEqual(expected);
  });
});

describe('resolveParams', () => {
  const specs: ParamSpec[] = [
    { name: 'agency', type: 'string', isNullable: false, default: 'MIIT' },
    { name: 'limit', type: 'integer', isNullable: false, default: 10n },
    { name: 'text', type: 'string', isNullable: false },
  ];

  it('types given values, fills defaults, and keeps the last of a repeated key', () => {
    expect(resolveParams(specs, ['text=radio', 'limit=3', 'limit=5', 'agency=a=b'], 'analysis "x"')).toEqual({
      agency: 'a=b',
      limit: 5n,
      text: 'radio',
    });
  });

  it('fails naming a missing required parameter', () => {
    expect(() => resolveParams(specs, [], 'analysis "x"')).toThrow(
      'analysis "x" needs parameter "text" (string): pass --param text=VALUE',
    );
  });

  it('fails naming an unknown parameter and listing the known ones', () => {
    expect(() => resolveParams(specs, ['text=a', 'agnecy=MIIT'], 'analysis "x"')).toThrow(
      'analysis "x" has no parameter "agnecy"; its parameters are agency, limit, text',
    );
  });

  it('rejects an assignment without =', () => {
    expect(() => resolveParams(specs, ['text'], 'analysis "x"')).toThrow('--param "text" is not key=value');
  });

  it('infers types when the file declares no parameters', () => {
    expect(resolveParams([], ['n=3', 'name=MIIT', 'flag=true'], 'x.cypher')).toEqual({
      n: 3n,
      name: 'MIIT',
      flag: true,
    });
  });
});
