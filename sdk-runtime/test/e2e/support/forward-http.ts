// Lets the simulated wx.request reach a real HTTP server (the Trackway server under test). node:http keeps
// its own timers, so this works while the host's fake clock owns setTimeout.
import * as http from 'node:http';
import type { FakeRequest, Reply } from '../../host';

export function forwardHttp(req: FakeRequest): Promise<Reply> {
  return new Promise((resolve) => {
    const url = new URL(req.url);
    const hasBody = req.method !== 'GET' && req.data !== undefined;
    const body = hasBody ? (typeof req.data === 'string' ? req.data : JSON.stringify(req.data)) : undefined;
    const headers: Record<string, string> = Object.assign({}, req.header);
    if (body !== undefined && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
    const out = http.request(url, { method: req.method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const header: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers))
          if (typeof v === 'string') header[k === 'etag' ? 'ETag' : k] = v;
        // wx.request hands over the raw text and parses it itself (see fake-network)
        resolve({ statusCode: res.statusCode, data: text, header });
      });
    });
    out.on('error', (e) => resolve({ fail: e.message }));
    if (body !== undefined) out.write(body);
    out.end();
  });
}
