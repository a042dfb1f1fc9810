import { ConduitError, type ConduitErrorOptions } from '@conduit/core';
import type { components } from '@conduit/specs/viddyscribe';

/**
 * A generation job that ended with `status: "failed"`. The HTTP calls succeeded, so this is a
 * `ConduitError` (not an `APIError`): `code` is the job's `error_code`, the message its `error` text.
 */
export class ViddyScribeJobFailedError extends ConduitError {
  static override readonly brand: string = 'ViddyScribeJobFailedError';
  declare static readonly isInstance: (value: unknown) => value is ViddyScribeJobFailedError;
  declare private readonly viddyScribeJobFailedErrorBrand: true;
  /** The failed job's id. */
  readonly jobId: string;
  /** The job's machine-readable `error_code`, when the service sent one. */
  readonly code: string | undefined;
  /** The final `get_results` body. */
  readonly job: components['schemas']['JobResult'];

  constructor(job: components['schemas']['JobResult'], options: ConduitErrorOptions = {}) {
    super(job.error ?? `ViddyScribe job ${job.job_id} failed${job.error_code ? ` (${job.error_code})` : ''}`, {
      retryable: false,
      ...options,
    });
    this.jobId = job.job_id;
    this.code = job.error_code;
    this.job = job;
  }
}
