import { inspect } from 'node:util';
import { type ApiVideoClient, uploadWithToken } from '@conduit/apivideo';
import { ConduitError, defaultSleep, type Sleep, uploadToSignedUrl } from '@conduit/core';
import type { GenAIClient } from '@conduit/genai';
import type { HesedVidClient } from '@conduit/hesedvid';
import type { ScriptixClient } from '@conduit/scriptix';
import type { ViddyScribeClient } from '@conduit/viddyscribe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditCase, auditSignature, auditStatuses, auditUploadToken, auditUpstream } from './support/audit-upstream.js';
import { providerFactories } from './support/factories.js';
import { type FaultServer, startFaultServer } from './support/fault-server.js';
import type { Fault } from './support/faults.js';
import { providerKeys } from './support/provider-mocks.js';

// Every error path of every client, against a server that echoes the key and signed URLs back:
// neither may show up in the error's message, stack, JSON, inspect output, or the debug log.

const shortSleep: Sleep = (ms, signal) => defaultSleep(Math.min(ms, 5), signal);
const bytes = new Uint8Array(2048).fill(7);

let scenario: AuditCase = { kind: 'status', status: 500 };
let fault: Fault = { kind: 'pass' };
const servers = new Map<string, FaultServer>();

beforeAll(async () => {
  for (const factory of providerFactories) {
    servers.set(
      factory.id,
      await startFaultServer({ upstream: auditUpstream(providerKeys[factory.id], () => scenario), decide: () => fault, stallMs: 800 }),
    );
  }
});

afterAll(async () => {
  await Promise.all([...servers.values()].map((server) => server.close()));
});

/** The secrets a provider's client holds: its key, and for api.video the Basic credential made from it. */
function secretsOf(id: keyof typeof providerKeys): string[] {
  const key = providerKeys[id];
  return id === 'apivideo' ? [key, btoa(`${key}:`)] : [key];
}

/** Runs `call`, expects a ConduitError, and checks every surface of it and the debug lines for the secrets. */
async function expectNoSecrets(call: () => Promise<unknown>, lines: string[], secrets: string[]): Promise<ConduitError> {
  const outcome = await call().then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(ConduitError.isInstance(outcome), `expected a ConduitError, got ${String(outcome)}`).toBe(true);
  const error = outcome as ConduitError;
  const surfaces = {
    message: error.message,
    stack: error.stack ?? '',
    json: JSON.stringify(error),
    inspect: inspect(error, { depth: 10 }),
    debug: lines.join('\n'),
  };
  for (const secret of [...secrets, auditSignature]) {
    for (const [surface, text] of Object.entries(surfaces)) {
      expect(text.includes(secret), `${error.name}: the ${surface} shows ${secret.slice(0, 12)}…:\n${text.slice(0, 600)}`).toBe(false);
    }
  }
  return error;
}

/** A client of provider `id` on its audit server, logging into `lines`. */
function clientOf(id: (typeof providerFactories)[number]['id'], lines: string[], timeout = 2000): unknown {
  const factory = providerFactories.find((candidate) => candidate.id === id)!;
  return factory.create({
    apiKey: providerKeys[id],
    baseUrl: `${servers.get(id)!.url}/${id}`,
    debug: (line) => lines.push(line),
    maxRetries: 1,
    timeout,
    sleep: shortSleep,
  });
}

/** One read per provider: the call every API error path goes through. */
const reads: Record<string, (client: unknown) => Promise<unknown>> = {
  genai: (client) => (client as GenAIClient).listModels(),
  viddyscribe: (client) => (client as ViddyScribeClient).jobs.get('task_abc123xyz'),
  hesedvid: (client) => (client as HesedVidClient).videos.get('pubvid_AbCdEf'),
  scriptix: (client) => (client as ScriptixClient).sessions.get('5f2b8c1e9a7d4e3f8b6a0c1d2e3f4a5b'),
  apivideo: (client) => (client as ApiVideoClient).videos.get('vi4blUQJFrYWbaG44NChkH27'),
};

describe.each(providerFactories.map((factory) => factory.id))('secret audit: %s', (id) => {
  it.each(auditStatuses)('a %i answer echoing the key and a signed URL', async (status) => {
    scenario = { kind: 'status', status };
    fault = { kind: 'pass' };
    const lines: string[] = [];
    const error = await expectNoSecrets(() => reads[id]!(clientOf(id, lines)), lines, secretsOf(id));
    expect((error as ConduitError & { status: number }).status).toBe(status);
    expect(lines.length).toBeGreaterThan(0);
  });

  it('a connection reset', async () => {
    fault = { kind: 'reset-before' };
    const lines: string[] = [];
    const error = await expectNoSecrets(() => reads[id]!(clientOf(id, lines)), lines, secretsOf(id));
    expect(error.name).toBe('APIConnectionError');
  });

  it('a timeout', async () => {
    fault = { kind: 'stall-headers' };
    const lines: string[] = [];
    const error = await expectNoSecrets(() => reads[id]!(clientOf(id, lines, 100)), lines, secretsOf(id));
    expect(error.name).toBe('APITimeoutError');
  });

  it('a 2xx body that does not parse (ResponseValidationError)', async () => {
    scenario = { kind: 'invalid-json' };
    fault = { kind: 'pass' };
    const lines: string[] = [];
    const error = await expectNoSecrets(() => reads[id]!(clientOf(id, lines)), lines, secretsOf(id));
    expect(error.name).toBe('ResponseValidationError');
  });
});

describe('secret audit: signed-URL and upload-token upload failures', () => {
  const signedUploads: Array<[id: string, upload: (client: unknown) => Promise<unknown>]> = [
    ['hesedvid', (client) => (client as HesedVidClient).videos.upload(bytes, { fileName: 'audit.mp4', waitUntilReady: false })],
    [
      'viddyscribe',
      (client) =>
        (client as ViddyScribeClient).media.upload(new Blob([bytes], { type: 'video/mp4' }), {
          strategy: 'signed-url',
          filename: 'audit.mp4',
        }),
    ],
    [
      'scriptix',
      (client) => (client as ScriptixClient).sessions.upload('a1b2c3d4e5f60718293a4b5c6d7e8f90', bytes, { contentType: 'audio/mpeg' }),
    ],
  ];

  it.each(signedUploads)('%s: the storage service refuses the PUT and quotes the signature', async (id, upload) => {
    fault = { kind: 'pass' };
    const lines: string[] = [];
    const error = await expectNoSecrets(() => upload(clientOf(id as 'hesedvid', lines)), lines, secretsOf(id as 'hesedvid'));
    expect(JSON.stringify(error)).toContain('403');
  });

  it('core uploadToSignedUrl: the storage service refuses the PUT and quotes the signature', async () => {
    fault = { kind: 'pass' };
    const url = `${servers.get('genai')!.url}/objects/users/u1/audit.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Signature=${auditSignature}`;
    const error = await expectNoSecrets(() => uploadToSignedUrl(url, bytes, { contentType: 'video/mp4' }), [], []);
    expect(error.name).toBe('PermissionDeniedError');
  });

  it('core uploadToSignedUrl: the connection is reset mid-upload', async () => {
    fault = { kind: 'reset-mid-request', variant: 'drop' };
    const url = `${servers.get('genai')!.url}/objects/users/u1/audit.mp4?X-Goog-Signature=${auditSignature}`;
    const error = await expectNoSecrets(() => uploadToSignedUrl(url, new Uint8Array(256 * 1024), { contentType: 'video/mp4' }), [], []);
    expect(error.name).toBe('APIConnectionError');
  });

  it('api.video uploadWithToken: the API refuses the token and quotes it', async () => {
    fault = { kind: 'pass' };
    const lines: string[] = [];
    const error = await expectNoSecrets(
      () =>
        uploadWithToken(auditUploadToken, bytes, {
          baseUrl: `${servers.get('apivideo')!.url}/apivideo`,
          debug: (line) => lines.push(line),
          sleep: shortSleep,
        }),
      lines,
      [auditUploadToken],
    );
    expect((error.cause as { status?: number } | undefined)?.status).toBe(401);
  });
});
