import type { TransportStats } from '@conduit/core';

/** Where a demo workflow runs: the mock server (with its test keys) or the real API (keys from the environment). */
export interface WorkflowContext {
  /** `mock` against the embedded server, `live` against the real API. */
  mode: 'mock' | 'live';
  /** Base URL for the provider in mock mode; undefined in live mode (the client's default). */
  baseUrl: string | undefined;
  /** Key for mock mode (the testing package's test key); undefined in live mode (read from the environment). */
  apiKey: string | undefined;
  /** A small sample media file on disk. */
  samplePath: string;
  /** Reports progress in [0, 1] with a short label. */
  progress(fraction: number, label: string): void;
  /** Registers a client transport so its counters appear in the summary. */
  track(stats: TransportStats): void;
}

/** One provider's demo: what it does and how. */
export interface Workflow {
  id: string;
  name: string;
  environmentVariable: string;
  /** What the workflow does, in a few words. */
  summary: string;
  run(context: WorkflowContext): Promise<string>;
}
