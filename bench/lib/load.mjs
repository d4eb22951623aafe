import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** CPU time (user + system) the process has used so far, in ms; undefined where /proc does not exist. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * One autocannon run. 100 connections as in shared/notes/performance.md's wrk runs; no pipelining (clients
 * of a config endpoint do not pipeline). `method` and `body` for uploads (the collector bench).
 */
export async function load(url, { headers = {}, seconds = 3, connections = 100, pid, method = 'GET', body } = {}) {
  const cpuBefore = pid && cpuMs(pid);
  const r = await autocannon({ url, headers, method, body, duration: seconds, connections, pipelining: 1 });
  const cpuAfter = pid && cpuMs(pid);
  return {
    // Server CPU per request: unlike req/s it barely moves when other processes share the machine.
    cpuUsPerRequest:
      cpuBefore !== undefined && cpuAfter !== undefined
        ? ((cpuAfter - cpuBefore) * 1000) / r.requests.total
        : undefined,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok2xx: r['2xx'],
    ok3xx: r['3xx'],
    other: r.non2xx - r['3xx'] + r.errors + r.timeouts,
  };
}
