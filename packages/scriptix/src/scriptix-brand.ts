/** Sets a `Symbol.for(marker)` brand on an error, so `isInstance` holds across duplicated package copies. */
export function brand(target: object, marker: string): void {
  Object.defineProperty(target, Symbol.for(marker), { value: true, enumerable: false });
}

/** True when `value` carries the `Symbol.for(marker)` brand. */
export function hasBrand(value: unknown, marker: string): boolean {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[Symbol.for(marker)] === true;
}
