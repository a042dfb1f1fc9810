/** True in a browser page or worker (not in Node, Deno or Bun). */
export function isBrowser(): boolean {
  const global = globalThis as {
    window?: unknown;
    document?: unknown;
    importScripts?: unknown;
    process?: { versions?: { node?: string } };
  };
  if (global.process?.versions?.node) {
    return false;
  }
  return typeof global.window !== 'undefined' || typeof global.importScripts === 'function';
}
