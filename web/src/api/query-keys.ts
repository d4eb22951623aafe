/** React Query keys in one place, so a write invalidates exactly the reads it changes. */
export const queryKeys = {
  me: ['me'] as const,
  apps: ['apps'] as const,
  app: (appid: string) => ['apps', appid] as const,
  draft: (appid: string) => ['apps', appid, 'draft'] as const,
  versions: (appid: string) => ['apps', appid, 'versions'] as const,
  version: (appid: string, n: number) => ['apps', appid, 'versions', n] as const,
  diff: (appid: string, a: number, b: number) => ['apps', appid, 'diff', a, b] as const,
  releases: (appid: string) => ['apps', appid, 'releases'] as const,
  inventory: (appid: string) => ['apps', appid, 'inventory'] as const,
  audit: (appid: string) => ['apps', appid, 'audit'] as const,
  users: ['users'] as const,
};
