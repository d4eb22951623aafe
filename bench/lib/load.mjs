import autocannon from 'autocannon';

/**
 * One autocannon run. 100 connections as in shared/notes/performance.md's wrk runs; no pipelining (clients
 * of a config endpoint do not pipeline).
 */
export async function load(url, { headers = {}, seconds = 3, connections = 100 } = {}) {
  const r = await autocannon({ url, headers, duration: seconds, connections, pipelining: 1 });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok2xx: r['2xx'],
    ok3xx: r['3xx'],
    other: r.non2xx - r['3xx'] + r.errors + r.timeouts,
  };
}
