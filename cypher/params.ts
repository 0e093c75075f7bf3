// `--param key=value` texts -> typed Cypher parameters. Declared parameters take their
// header type; a file that declares none takes every parameter with an inferred type.
import { AnalysisError } from './errors.ts';
import type { ParamSpec, ParamType, ParamValue } from './header.ts';

const INTEGER_PATTERN = /^[+-]?\d+$/;
const FLOAT_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Splits `key=value` at the first `=`; throws KG_USAGE when there is none. */
export function splitParamAssignment(text: string): { key: string; value: string } {
  const at = text.indexOf('=');
  if (at <= 0)
    throw new AnalysisError('KG_USAGE', `--param "${text}" is not key=value (e.g. --param agency="State Council")`);
  return { key: text.slice(0, at).trim(), value: text.slice(at + 1) };
}

/** Parses a parameter text as the declared type; throws KG_USAGE naming the parameter and the bad value. */
export function parseParamValue(spec: Pick<ParamSpec, 'name' | 'type' | 'isNullable'>, text: string): ParamValue {
  if (spec.isNullable && text === 'null') return null;
  const fail = (expected: string): never => {
    throw new AnalysisError(
      'KG_USAGE',
      `--param ${spec.name}=${text}: "${spec.name}" is a ${spec.type}, so expected ${expected}`,
    );
  };
  switch (spec.type satisfies ParamType) {
    case 'string':
      return text;
    case 'integer':
      return INTEGER_PATTERN.test(text.trim()) ? BigInt(text.trim()) : fail('a whole number such as 10');
    case 'float':
      return FLOAT_PATTERN.test(text.trim()) ? Number(text.trim()) : fail('a number such as 0.5');
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      if (lower === 'true') return true;
      if (lower === 'false') return false;
      return fail('true or false');
    }
  }
}

/** Infers a value's type for a parameter no header declares: boolean, integer, float, null, "JSON string", else the text. */
export function inferParamValue(text: string): ParamValue {
  const trimmed = text.trim();
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  if (trimmed === 'null') return null;
  if (INTEGER_PATTERN.test(trimmed)) return BigInt(trimmed);
  if (FLOAT_PATTERN.test(trimmed)) return Number(trimmed);
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    try {
      return JSON.parse(trimmed) as string;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * Builds the parameter map for one run. With declared `specs`: each `--param` must name a
 * declared parameter (else KG_USAGE listing them), a missing one takes its default, and a
 * missing one without a default fails naming it. With no specs: every `--param` is
 * passed with an inferred type. A repeated key keeps the last value.
 */
export function resolveParams(
  specs: readonly ParamSpec[],
  assignments: readonly string[],
  source: string,
): Record<string, ParamValue> {
  const given = new Map<string, string>();
  for (const assignment of assignments) {
    const { key, value } = splitParamAssignment(assignment);
    given.set(key, value);
  }
  const params: Record<string, ParamValue> = {};
  if (specs.length === 0) {
    for (const [key, value] of given) params[key] = inferParamValue(value);
    return params;
  }
  const declared = new Map(specs.map((spec) => [spec.name, spec]));
  for (const key of given.keys()) {
    if (!declared.has(key)) {
      throw new AnalysisError(
        'KG_USAGE',
        `${source} has no parameter "${key}"; its parameters are ${specs.map((spec) => spec.name).join(', ')}`,
      );
    }
  }
  for (const spec of specs) {
    const text = given.get(spec.name);
    if (text !== undefined) params[spec.name] = parseParamValue(spec, text);
    else if (spec.default !== undefined) params[spec.name] = spec.default;
    else
      throw new AnalysisError(
        'KG_USAGE',
        `${source} needs parameter "${spec.name}" (${spec.type}): pass --param ${spec.name}=VALUE`,
      );
  }
  return params;
}

/** Renders a parameter value as the header writes it (for `kg query --list`). */
export function formatParamValue(value: ParamValue): string {
  if (typeof value === 'bigint') return value.toString();
  return JSON.stringify(value);
}
