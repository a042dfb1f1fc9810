import { type CallInfo, redact } from '@conduit/core';
import type { Attributes } from '@opentelemetry/api';
import { conduitAttributes, semanticAttributes } from './semantic-attributes.js';

/**
 * The attributes every span of a call carries: HTTP method, server address and port, the full URL
 * (redacted once more, even though the transport hands it over redacted) and Conduit's provider,
 * operation and bucket.
 */
export function callAttributes(call: CallInfo): Attributes {
  const attributes: Attributes = {
    [semanticAttributes.httpRequestMethod]: call.method,
    [semanticAttributes.urlFull]: redact(call.url),
    [conduitAttributes.provider]: call.provider,
    [conduitAttributes.bucket]: call.bucket,
  };
  if (call.operationId !== undefined) {
    attributes[conduitAttributes.operationId] = call.operationId;
  }
  const url = URL.canParse(call.url) ? new URL(call.url) : undefined;
  if (url) {
    attributes[semanticAttributes.serverAddress] = url.hostname;
    attributes[semanticAttributes.serverPort] = Number(url.port) || (url.protocol === 'http:' ? 80 : 443);
  }
  return attributes;
}

/**
 * The low-cardinality attributes metrics carry for a call: provider, operation (the operationId, or
 * the method when there is none) and method. Never the URL, which would make one series per id.
 */
export function callMetricAttributes(call: CallInfo): Attributes {
  return {
    [semanticAttributes.httpRequestMethod]: call.method,
    [conduitAttributes.provider]: call.provider,
    [conduitAttributes.operationId]: call.operationId ?? call.method,
  };
}
