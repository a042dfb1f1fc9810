/**
 * @module
 * `@conduit/otel`: OpenTelemetry spans and metrics for any Conduit client, added as middleware.
 * Depends on `@opentelemetry/api` only (a peer); bring your own SDK and exporters.
 */
export { type ConduitInstruments, createConduitInstruments } from './conduit-instruments.js';
export { type InstrumentConduitOptions, instrumentConduit } from './instrument-conduit.js';
export { conduitAttributes, semanticAttributes } from './semantic-attributes.js';
export { VERSION } from './version.js';
