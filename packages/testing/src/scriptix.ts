/**
 * @module
 * `@conduit/testing/scriptix`: stateful msw handlers for every Scriptix operation, its failure
 * scenarios and a key in the documented format.
 */
export * from './handlers/scriptix.js';
