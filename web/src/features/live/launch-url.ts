export type LaunchEnv = 'develop' | 'trial' | 'release';
export const LAUNCH_ENVS: LaunchEnv[] = ['develop', 'trial', 'release'];

/**
 * WeChat's plaintext URL scheme (明文 URL Scheme): scanning it in WeChat opens `path` of the mini-program's
 * `env_version` with `query` as the launch query, where the runtime reads `trackway_debug` (sdk-runtime README,
 * "Debug sessions"). The query is URL-encoded once more because it travels inside the scheme's own query.
 */
export function launchUrl(appid: string, env: LaunchEnv, path: string, session: string): string {
  const q = new URLSearchParams({
    appid,
    path: path.replace(/^\//, ''),
    query: `trackway_debug=${encodeURIComponent(session)}`,
    env_version: env,
  });
  return `weixin://dl/business/?${q.toString()}`;
}

/** A fresh session id a PM can read out: `pm-` and 6 base-36 characters. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `pm-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
}
