import type { TestProject } from 'vitest/node';
import { startRealtimeServer } from '../test/helpers/realtime-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `ws://127.0.0.1:<port>/v2/realtime` of the `ws` realtime server the browser tests connect to. */
    realtimeEndpoint: string;
  }
}

/** Starts the `ws` realtime server in Node (the page cannot), hands its endpoint to the page, closes it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startRealtimeServer();
  project.provide('realtimeEndpoint', server.endpoint);
  return () => server.close();
}
