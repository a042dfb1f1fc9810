/**
 * @module
 * `@conduit/specs`: what `npm run generate` emits from `openapi/*.yaml`, one place for every package.
 * Import a provider's types and operation table from `@conduit/specs/<provider>` and its spec
 * document (for validators) from `@conduit/specs/<provider>/document`.
 */

/** The providers whose specs this package holds. */
export const specProviders = ['apivideo', 'genai', 'hesedvid', 'scriptix', 'viddyscribe'] as const;
