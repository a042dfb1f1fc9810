// A loopback server that accepts uploads and discards the bytes, counting them.
// PUT/POST anything: 200 with {"received": n}. For api.video chunk uploads it answers the video JSON.
import { createServer } from 'node:http';

export function startSinkServer() {
  let received = 0;
  const server = createServer((request, response) => {
    let bytes = 0;
    request.on('data', (piece) => {
      bytes += piece.length;
    });
    request.on('end', () => {
      received += bytes;
      const body = JSON.stringify({ videoId: 'vi_bench', received: bytes, title: 'bench', assets: {} });
      response.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        received: () => received,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
