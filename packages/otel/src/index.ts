/**
 * OpenTelemetry spans and metrics for Conduit clients.
 * @module
 */
export {};
