/**
 * @module
 * `@conduit/testing/hesedvid`: msw handlers, profile, scenarios and a stateful mock for the HesedVid API.
 */
export * from './handlers/hesedvid.js';
