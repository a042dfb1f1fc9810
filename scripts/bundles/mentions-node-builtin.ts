import { builtinModules } from 'node:module';

const names = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/]/g, '\\/'));
const quotedBuiltin = new RegExp(`["'\`](?:node:)?(?:${names.join('|')})["'\`]`);

/**
 * True when a bundler's message is about a Node built-in: a `node:` specifier, a quoted built-in
 * name (`Can't resolve 'fs'`, `Could not resolve "https"`), Vite's "externalized for browser
 * compatibility" or webpack's note that it no longer polyfills Node core modules.
 */
export function mentionsNodeBuiltin(message: string): boolean {
  return (
    /\bnode:[a-z_]/.test(message) ||
    quotedBuiltin.test(message) ||
    /externalized for browser compatibility/i.test(message) ||
    /polyfills? for node\.js core modules/i.test(message)
  );
}
