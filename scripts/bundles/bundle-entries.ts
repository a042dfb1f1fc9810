/** One entry the bundler checks build: what an app would write to use it, and its size budget. */
export interface BundleEntry {
  /** Short name used for files and test names, e.g. `hesedvid-browser`. */
  id: string;
  /** The import specifier, resolved through the package's `exports`. */
  specifier: string;
  /** `browser`: a signed-URL entry (no key code allowed); `client`: a full, key-bearing client. */
  kind: 'browser' | 'client';
  /** The app module's source: imports the entry and keeps it alive. */
  source: string;
  /** The min+gzip budget in bytes (docs/budgets.md). */
  budgetBytes: number;
}

const browserProviders = ['hesedvid', 'viddyscribe', 'scriptix', 'apivideo'] as const;
const clients = {
  hesedvid: 'createHesedVidClient',
  viddyscribe: 'createViddyScribeClient',
  scriptix: 'createScriptixClient',
  apivideo: 'createApiVideoClient',
  genai: 'createGenAIClient',
} as const;

/** docs/budgets.md: browser signed-URL entry <= 4 kB, full provider client <= 30 kB (kB = 1000 bytes, as size-limit counts). */
export const browserBudgetBytes = 4_000;
/** See `browserBudgetBytes`. */
export const clientBudgetBytes = 30_000;

/**
 * Every `./browser` entry (the whole entry), every full client (its factory, as an app imports it)
 * and the whole of `@conduit/core` (no Node built-in in any entry, not only in what providers use).
 */
export const bundleEntries: BundleEntry[] = [
  ...browserProviders.map((provider) => ({
    id: `${provider}-browser`,
    specifier: `@conduit/${provider}/browser`,
    kind: 'browser' as const,
    source: `import * as entry from '@conduit/${provider}/browser';\nglobalThis.conduitEntry = entry;\n`,
    budgetBytes: browserBudgetBytes,
  })),
  ...Object.entries(clients).map(([provider, factory]) => ({
    id: `${provider}-client`,
    specifier: `@conduit/${provider}`,
    kind: 'client' as const,
    source: `import { ${factory} } from '@conduit/${provider}';\nglobalThis.conduitEntry = ${factory};\n`,
    budgetBytes: clientBudgetBytes,
  })),
  {
    id: 'core',
    specifier: '@conduit/core',
    kind: 'client',
    source: `import * as core from '@conduit/core';\nglobalThis.conduitEntry = core;\n`,
    budgetBytes: clientBudgetBytes,
  },
];
