import { startExampleServer } from './example-server.js';

const example = await startExampleServer({ port: Number(process.env.PORT ?? 0) || undefined });
console.log(`Browser signed-upload example on ${example.url} (mock APIs on ${example.mockServer.url}). Ctrl+C stops it.`);
process.once('SIGINT', () => {
  void example.close().then(() => process.exit(0));
});
