// The header comment block of an analysis file: the leading `// key: value` lines.
//
//   // name: departments-of-agency
//   // description: Departments of an agency (by name or alias, case-insensitive)
//   // param: agency string = "Ministry of Industry and Information Technology"
//   // param: limit integer = 10
//   // param: body string? = null          (a `?` type accepts null)
//   // param: text string                  (no default: required)
//   // quote: path sha256 start end -> quote
//   // json: outcomes options
//
// Defaults are JSON literals of the declared type. `quote` asks `kg query` to add a column
// holding the text each row's span points to (read from the document file, checked against
// its sha256); `json` names string columns that hold JSON, which the output parses.
// Lines not starting with `//` end the header; blank comment lines and other keys are
// allowed (and ignored) so that a header can carry notes.

/** Parameter types an analysis may declare. */
export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/** A value a parameter takes: integers are bigints, so that Neo4j receives an INTEGER, not a FLOAT. */
export type ParamValue = string | bigint | number | boolean | null;

/** One declared parameter. */
export interface ParamSpec {
  name: string;
  type: ParamType;
  isNullable: boolean;
  /** Absent: the parameter is required. */
  default?: ParamValue;
}

/** What the `quote` directive asks for: column names in the rows. */
export interface QuoteSpec {
  path: string;
  sha256: string;
  start: string;
  end: string;
  into: string;
}

/** A parsed header. */
export interface AnalysisHeader {
  name: string | undefined;
  description: string | undefined;
  params: ParamSpec[];
  quote: QuoteSpec | undefined;
  jsonColumns: string[];
}

/** A header line that does not parse, with its 1-based line number. */
export class HeaderError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = 'HeaderError';
    this.line = line;
  }
}

const NAME_PATTERN = /^[a-z][a-z0-9-]*$/;
const PARAM_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Checks that a JSON value fits a declared type and turns it into a ParamValue; throws a message otherwise. */
export function coerceDefault(spec: Omit<ParamSpec, 'default'>, value: unknown): ParamValue {
  if (value === null) {
    if (spec.isNullable) return null;
    throw new Error(
      `default of "${spec.name}" is null but its type ${spec.type} is not nullable (write ${spec.type}?)`,
    );
  }
  switch (spec.type) {
    case 'string':
      if (typeof value === 'string') return value;
      break;
    case 'integer':
      if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
      break;
    case 'float':
      if (typeof value === 'number') return value;
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
  }
  throw new Error(`default of "${spec.name}" is ${JSON.stringify(value)}, which is not a ${spec.type}`);
}

function parseParam(text: string, line: number): ParamSpec {
  const match = /^(\S+)\s+([a-z]+)(\?)?\s*(?:=\s*(.+))?$/.exec(text);
  if (!match) throw new HeaderError(line, `param "${text}" is not "NAME TYPE [= DEFAULT]"`);
  const [, name, typeText, question, defaultText] = match;
  if (!PARAM_NAME_PATTERN.test(name!))
    throw new HeaderError(line, `param name "${name}" is not a Cypher parameter name (letters, digits, _)`);
  if (!(PARAM_TYPES as readonly string[]).includes(typeText!)) {
    throw new HeaderError(
      line,
      `param "${name}" has type "${typeText}"; expected one of ${PARAM_TYPES.join(', ')} (add ? for nullable)`,
    );
  }
  const spec: ParamSpec = { name: name!, type: typeText as ParamType, isNullable: question === '?' };
  if (defaultText === undefined) return spec;
  let parsed: unknown;
  try {
    parsed = JSON.parse(defaultText.trim());
  } catch {
    throw new HeaderError(
      line,
      `default of "${name}" is ${defaultText.trim()}, which is not a JSON literal (quote strings with "...")`,
    );
  }
  try {
    spec.default = coerceDefault(spec, parsed);
  } catch (error) {
    throw new HeaderError(line, (error as Error).message);
  }
  return spec;
}

function parseQuote(text: string, line: number): QuoteSpec {
  const match = /^(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s*->\s*(\S+)$/.exec(text);
  if (!match)
    throw new HeaderError(
      line,
      `quote "${text}" is not "PATH_COLUMN SHA256_COLUMN START_COLUMN END_COLUMN -> NEW_COLUMN"`,
    );
  return { path: match[1]!, sha256: match[2]!, start: match[3]!, end: match[4]!, into: match[5]! };
}

/** Parses the leading `// key: value` lines of Cypher text; throws HeaderError naming the line. */
export function parseAnalysisHeader(text: string): AnalysisHeader {
  const header: AnalysisHeader = {
    name: undefined,
    description: undefined,
    params: [],
    quote: undefined,
    jsonColumns: [],
  };
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const raw = lines[index]!.trim();
    const line = index + 1;
    if (raw === '') continue;
    if (!raw.startsWith('//')) break;
    const match = /^\/\/\s*([a-z]+)\s*:\s*(.*)$/.exec(raw);
    if (!match) continue; // a free-form note
    const [, key, rawValue] = match;
    const value = rawValue!.trim();
    switch (key) {
      case 'name':
        if (!NAME_PATTERN.test(value)) throw new HeaderError(line, `name "${value}" is not kebab-case (a-z, 0-9, -)`);
        header.name = value;
        break;
      case 'description':
        header.description = value;
        break;
      case 'param': {
        const spec = parseParam(value, line);
        if (header.params.some((known) => known.name === spec.name))
          throw new HeaderError(line, `param "${spec.name}" is declared twice`);
        header.params.push(spec);
        break;
      }
      case 'quote':
        header.quote = parseQuote(value, line);
        break;
      case 'json':
        header.jsonColumns.push(...value.split(/[\s,]+/).filter(Boolean));
        break;
      default:
        break; // other keys are notes
    }
  }
  return header;
}
