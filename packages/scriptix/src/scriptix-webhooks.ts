import * as z from 'zod/mini';
import type { ScriptixDocumentWebhook, ScriptixSessionCompletedWebhook } from './scriptix-types.js';
import { WebhookPayloadError } from './scriptix-webhook-payload-error.js';

/** A parsed Scriptix callback: a finished batch session (successful jobs only) or a document change. */
export type ScriptixWebhookEvent =
  | {
      /** A session finished transcribing. */
      type: 'session.completed';
      /** The session. */
      sessionId: string;
      /** The body as sent. */
      payload: ScriptixSessionCompletedWebhook;
    }
  | {
      /** A document of a session changed. */
      type: 'document.changed';
      /** The session. */
      sessionId: string;
      /** The document that changed. */
      documentId: string;
      /** The body as sent. */
      payload: ScriptixDocumentWebhook;
    };

const id = z.union([z.string().check(z.minLength(1)), z.number()]);
const documentSchema = z.looseObject({ sessionId: id, documentId: id });
const sessionSchema = z.looseObject({ sessionId: z.optional(id), zoom_id: z.optional(id) });

function readJson(body: unknown): unknown {
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    return body;
  }
  const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new WebhookPayloadError('Scriptix webhook body is not JSON', { cause: error });
  }
}

/**
 * Validates a webhook body (raw text, bytes or parsed JSON) and tells the two documented payloads
 * apart. The payload carries ids only: fetch the transcript with `sessions.result(sessionId)`.
 * Scriptix signs nothing; protect the endpoint with a secret in `webhook_headers`.
 *
 * @example
 * ```ts
 * import { createScriptixClient, parseScriptixWebhook } from '@conduit/scriptix';
 * declare const request: Request;
 * const client = createScriptixClient();
 * const event = parseScriptixWebhook(await request.text());
 * if (event.type === 'session.completed') await client.sessions.result(event.sessionId);
 * ```
 */
export function parseScriptixWebhook(body: unknown): ScriptixWebhookEvent {
  const json = readJson(body);
  const document = z.safeParse(documentSchema, json);
  if (document.success) {
    const payload = { ...document.data, sessionId: String(document.data.sessionId) } as ScriptixDocumentWebhook;
    return { type: 'document.changed', sessionId: payload.sessionId, documentId: String(document.data.documentId), payload };
  }
  const session = z.safeParse(sessionSchema, json);
  const sessionId = session.success ? (session.data.sessionId ?? session.data.zoom_id) : undefined;
  if (sessionId === undefined) {
    throw new WebhookPayloadError('Scriptix webhook body has no `sessionId` (nor the legacy `zoom_id`)');
  }
  const payload = { ...(session.data as object), sessionId: String(sessionId) } as ScriptixSessionCompletedWebhook;
  return { type: 'session.completed', sessionId: payload.sessionId, payload };
}
