/**
 * The subset of RFC 8941 (Structured Field Values) the IETF `RateLimit` fields use: Lists and
 * Dictionaries of Items with Parameters (section 3), bare items integer, decimal, string, token,
 * byte sequence and boolean (sections 3.3.1–3.3.6). Inner lists are not used by any rate-limit
 * draft and make the field unparseable. Parsing follows section 4.2: any error discards the field,
 * so callers get `undefined`, never an exception.
 */

/** A bare item: numbers stay numbers, strings and tokens are strings, byte sequences their base64 text. */
export type BareItem = number | string | boolean;

/** One list member or dictionary value with its parameters. */
export interface StructuredItem {
  readonly value: BareItem;
  readonly parameters: ReadonlyMap<string, BareItem>;
}

const keyPattern = /^[a-z*][a-z0-9_\-.*]*/;
const tokenPattern = /^[A-Za-z*][A-Za-z0-9!#$%&'*+\-.^_`|~:/]*/;
const numberPattern = /^-?\d+(\.\d+)?/;

class Cursor {
  constructor(
    readonly text: string,
    public index = 0,
  ) {}
  get rest(): string {
    return this.text.slice(this.index);
  }
  skip(pattern: RegExp): void {
    const match = pattern.exec(this.rest);
    this.index += match ? match[0].length : 0;
  }
  take(pattern: RegExp): string | undefined {
    const match = pattern.exec(this.rest);
    if (!match) {
      return undefined;
    }
    this.index += match[0].length;
    return match[0];
  }
}

function parseBareItem(cursor: Cursor): BareItem | undefined {
  const first = cursor.text[cursor.index];
  if (first === '"') {
    const match = cursor.take(/^"((?:[^"\\]|\\["\\])*)"/);
    return match?.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  if (first === ':') {
    return cursor.take(/^:[A-Za-z0-9+/=]*:/)?.slice(1, -1);
  }
  if (first === '?') {
    const match = cursor.take(/^\?[01]/);
    return match === undefined ? undefined : match === '?1';
  }
  const number = cursor.take(numberPattern);
  if (number !== undefined) {
    // RFC 8941 3.3.1/3.3.2: at most 15 integer digits, 12 before a decimal point.
    return number.replace(/^-/, '').split('.')[0]!.length > 15 ? undefined : Number(number);
  }
  return cursor.take(tokenPattern);
}

function parseParameters(cursor: Cursor): Map<string, BareItem> | undefined {
  const parameters = new Map<string, BareItem>();
  while (cursor.text[cursor.index] === ';') {
    cursor.index++;
    cursor.skip(/^ */);
    const key = cursor.take(keyPattern);
    if (key === undefined) {
      return undefined;
    }
    let value: BareItem | undefined = true;
    if (cursor.text[cursor.index] === '=') {
      cursor.index++;
      value = parseBareItem(cursor);
      if (value === undefined) {
        return undefined;
      }
    }
    parameters.set(key, value);
  }
  return parameters;
}

function parseItem(cursor: Cursor): StructuredItem | undefined {
  const value = parseBareItem(cursor);
  const parameters = value === undefined ? undefined : parseParameters(cursor);
  return value === undefined || parameters === undefined ? undefined : { value, parameters };
}

/** Runs `member` for each comma-separated member (RFC 8941 4.2.1/4.2.2); `false` from it fails the field. */
function eachMember(text: string, member: (cursor: Cursor) => boolean): boolean {
  const cursor = new Cursor(text);
  cursor.skip(/^ +/);
  while (cursor.index < text.length) {
    if (!member(cursor)) {
      return false;
    }
    cursor.skip(/^[ \t]*/);
    if (cursor.index >= text.length) {
      return true;
    }
    if (cursor.text[cursor.index] !== ',') {
      return false;
    }
    cursor.index++;
    cursor.skip(/^[ \t]*/);
    if (cursor.index >= text.length) {
      return false;
    }
  }
  return true;
}

/** Parses a List field (RFC 8941 4.2.1). Returns `undefined` when the field does not parse. */
export function parseList(text: string): StructuredItem[] | undefined {
  const items: StructuredItem[] = [];
  const ok = eachMember(text, (cursor) => {
    const item = parseItem(cursor);
    if (item) {
      items.push(item);
    }
    return item !== undefined;
  });
  return ok ? items : undefined;
}

/** Parses a Dictionary field (RFC 8941 4.2.2); a later duplicate key wins. `undefined` when it does not parse. */
export function parseDictionary(text: string): Map<string, StructuredItem> | undefined {
  const entries = new Map<string, StructuredItem>();
  const ok = eachMember(text, (cursor) => {
    const key = cursor.take(keyPattern);
    if (key === undefined) {
      return false;
    }
    let item: StructuredItem | undefined;
    if (cursor.text[cursor.index] === '=') {
      cursor.index++;
      item = parseItem(cursor);
    } else {
      const parameters = parseParameters(cursor);
      item = parameters && { value: true, parameters };
    }
    if (item) {
      entries.set(key, item);
    }
    return item !== undefined;
  });
  return ok ? entries : undefined;
}

/** A parameter or value as a non-negative integer, else `undefined`. */
export function nonNegativeInteger(value: BareItem | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}
