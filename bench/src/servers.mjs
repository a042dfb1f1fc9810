// Loopback servers the benchmarks run against. Each returns { url, close }.
import { createServer } from 'node:http';

const listen = (server) =>
  new Promise((resolve) => {
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });

/** Answers every request 200 with a small JSON body. */
export function startJsonServer() {
  const body = JSON.stringify({ id: 'vid_123', title: 'Bench', tags: ['a', 'b'], duration: 42 });
  return listen(
    createServer((request, response) => {
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    }),
  );
}
