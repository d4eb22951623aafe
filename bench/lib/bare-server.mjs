// The baseline of the delivery benchmark: bare node:http serving the same bytes and ETag from memory, with no
// routing, no security headers and no content negotiation — the ceiling for Node on this machine.
// Usage: node bench/lib/bare-server.mjs <port> <body file> <etag>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const [port, file, etag] = process.argv.slice(2);
const body = readFileSync(file);
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(body.length),
  'cache-control': 'public, max-age=30, stale-while-revalidate=3600',
  etag,
};
const notModified = { 'cache-control': headers['cache-control'], etag };

createServer((req, res) => {
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, notModified);
    res.end();
  } else {
    res.writeHead(200, headers);
    res.end(body);
  }
}).listen(Number(port), '127.0.0.1');
