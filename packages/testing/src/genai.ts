/**
 * @module
 * `@conduit/testing/genai`: msw handlers, profile, scenarios and a stateful mock for the GenAI API.
 */
export * from './handlers/genai.js';
