const integer = /^\s*\d+\s*$/;

/** The first of `names` whose value is a non-negative integer, else `undefined`. */
export function readInteger(headers: Headers, ...names: string[]): number | undefined {
  for (const name of names) {
    const value = headers.get(name);
    if (value !== null && integer.test(value)) {
      return Number(value);
    }
  }
  return undefined;
}
