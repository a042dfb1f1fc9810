import { APIPromise, type APIResponse, callApi, type RequestOptions } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';
import { checkDuration, checkMediaId, checkText, readOptions, requestOptionsOf } from './viddyscribe-checks.js';
import { type ViddyScribeContext, waitSignal } from './viddyscribe-context.js';
import { buildGenerationConfig, generationOptionKeys, type JobKind } from './viddyscribe-generation-config.js';
import { jobAcceptedSchema } from './viddyscribe-response-schemas.js';
import { retryWhileNotReady } from './viddyscribe-upload-not-ready.js';

type Schemas = components['schemas'];

/** The acknowledgement of a generate call: poll `job_id` with `jobs.wait`. */
export type JobAccepted = Schemas['JobAccepted'];

/** What to describe: a `media_id` from `media.upload`, or a public http(s) URL the service fetches. */
export type MediaReference = string | URL;

const legacy = ['signal', 'timeout', 'idempotent'] as const;

const labels: Record<JobKind, string> = { text: 'generateText', audio: 'generateAudio', video: 'generateVideo' };

function toInput(label: string, media: MediaReference, filename: string | undefined): Schemas['GenerationJsonInput'] {
  const hint = filename === undefined ? {} : { filename };
  if (media instanceof URL || (typeof media === 'string' && /^https?:\/\//i.test(media))) {
    return { type: 'url', url: media.toString(), ...hint };
  }
  return { type: 'media_id', media_id: checkMediaId(label, media), ...hint };
}

/**
 * Starts a text, audio or video job. Every option is checked before sending. The POST starts paid
 * work, so it is not repeated after an ambiguous failure unless `idempotent: true`; a
 * `409 upload_not_ready` (nothing was started) is retried with backoff up to `uploadReadyTimeout`.
 */
export function startGeneration(
  context: ViddyScribeContext,
  kind: JobKind,
  media: MediaReference,
  generation: object | undefined,
  options: RequestOptions | undefined,
  onAccepted: (job: JobAccepted) => void,
): APIPromise<JobAccepted> {
  const label = labels[kind];
  return APIPromise.from(async (): Promise<APIResponse<JobAccepted>> => {
    const known = [...generationOptionKeys[kind], 'filename', 'uploadReadyTimeout', ...legacy];
    const given = readOptions(generation as Record<string, unknown> | undefined, known, label);
    const requestOptions = requestOptionsOf(given, legacy, options, label);
    const filename = checkText(label, 'filename', given.filename);
    const input = toInput(label, media, filename);
    const config = buildGenerationConfig(kind, given, label);
    const readyTimeout = checkDuration(label, 'uploadReadyTimeout', given.uploadReadyTimeout) ?? context.uploadReadyTimeout;
    // The config is built field by field from the checked options, hence the casts to each endpoint's type.
    const send = () =>
      callApi<JobAccepted>(context.transport, {
        label: `ViddyScribe ${label}`,
        options: requestOptions,
        send: (fetch) => {
          switch (kind) {
            case 'text':
              return context.api.POST('/generate_ad_text', {
                body: { input, generation_config: config as Schemas['TextGenerationConfig'] },
                fetch,
              });
            case 'audio':
              return context.api.POST('/generate_ad_audio', {
                body: { input, generation_config: config as Schemas['AudioGenerationConfig'] },
                fetch,
              });
            case 'video':
              return context.api.POST('/generate_ad_video', {
                body: { input, generation_config: config as Schemas['VideoGenerationConfig'] },
                fetch,
              });
          }
        },
        read: { what: `ViddyScribe generate_ad_${kind}`, schema: jobAcceptedSchema },
      }).withResponse();
    const accepted = await retryWhileNotReady(send, {
      timeout: readyTimeout,
      interval: context.pollInterval,
      now: context.now,
      sleep: context.sleep,
      signal: waitSignal(context, requestOptions.signal),
    });
    onAccepted(accepted.data);
    return accepted;
  });
}
