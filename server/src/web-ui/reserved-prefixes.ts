/** Paths the web UI never answers: the API, config delivery, the collector, the data API and health. */
export const RESERVED_PREFIXES = ['/api', '/v1', '/youshu', '/data-api', '/health'] as const;

export function isReservedPath(url: string): boolean {
  const path = url.split('?')[0];
  return RESERVED_PREFIXES.some((p) => path === p || path.startsWith(p + '/'));
}
