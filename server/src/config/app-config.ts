import { resolve } from 'node:path';

/**
 * The only reader of process.env. Every setting has a default and a description; a bad value stops start-up
 * with a message that names the variable.
 */
export interface AppConfig {
  /** PORT: HTTP port. Default 3000. */
  port: number;
  /** HOST: interface to listen on. Default 0.0.0.0. */
  host: string;
  /** DATABASE_URL: a real PostgreSQL (postgres://user:pass@host:port/db). Unset: the embedded PostgreSQL. */
  databaseUrl?: string;
  /** TRACKWAY_DATA_DIR: where the embedded PostgreSQL keeps its files. Default ./.trackway-data. */
  dataDir: string;
  /** TRACKWAY_EMBEDDED_PG_PORT: port of the embedded PostgreSQL. Default 54329 (5432 is often taken). */
  embeddedPgPort: number;
  /** TRACKWAY_ADMIN_USER / TRACKWAY_ADMIN_PASSWORD: the first admin, created on first start only. */
  adminUser: string;
  adminPassword?: string;
  /** TRACKWAY_JWT_SECRET: signs login tokens. Unset: a random secret kept in the database. */
  jwtSecret?: string;
  /**
   * TRACKWAY_SECRET_KEY: 32-byte key (64 hex characters or base64) that encrypts data API secrets at rest.
   * Unset: a random key generated once and kept in the database (docs/adr/004-data-api-secret-encryption.md).
   */
  secretKey?: Buffer;
  /** TRACKWAY_TOKEN_TTL_SECONDS: lifetime of a login token. Default 43200 (12 h: one working day). */
  tokenTtlSeconds: number;
  /** TRACKWAY_LOGIN_RATE_LIMIT: login attempts per minute per client IP and username. Default 10. */
  loginRateLimit: number;
  /** CORS_ORIGINS: comma-separated origins allowed to call /api, or '*'. Default: none (same origin only). */
  corsOrigins: string[];
  /** LOG_LEVEL: error | warn | log | debug | verbose. Default log. */
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** TRACKWAY_RECONCILE_MS: safety-net reload of the delivery snapshot. Default 30000. */
  reconcileMs: number;
  /** TRACKWAY_COLLECTOR_RETENTION_DAYS: days the collector keeps events; older day partitions are dropped. Default 7. */
  collectorRetentionDays: number;
  /**
   * TRACKWAY_COLLECTOR_RATE_LIMIT: events per second one collector token may upload to one instance (burst: 2 s
   * worth); more get 429. Default 5000.
   */
  collectorRateLimit: number;
  /** TRACKWAY_FORWARD_POLL_MS: how often the forwarding worker looks for due outbox rows. Default 1000. */
  forwardPollMs: number;
  /**
   * TRACKWAY_FORWARD_MAX_ATTEMPTS: attempts before an outbox row goes dead. Default 16: with the default backoff
   * that keeps retrying for ≈4.6 h, enough to ride out a Youshu outage of an afternoon.
   */
  forwardMaxAttempts: number;
  /** TRACKWAY_FORWARD_BACKOFF_MS: first retry delay, doubled per attempt (± 20 % jitter, ≤ 1 h). Default 2000. */
  forwardBackoffMs: number;
  /** TRACKWAY_FORWARD_RETENTION_DAYS: days delivered outbox rows are kept (dead and pending ones stay). Default 7. */
  forwardRetentionDays: number;
  /**
   * TRACKWAY_WEB_DIR: the built web UI served at `/` (index.html + assets). Default: the repository's web/dist,
   * which `npm start` builds when missing or stale.
   */
  webDir: string;
  /** NODE_ENV */
  production: boolean;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    reason: string,
  ) {
    super(`Invalid environment variable ${variable}: ${reason}`);
  }
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `expected one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'not a URL; expected postgres://user:password@host:port/database');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `expected a postgres:// URL, got protocol "${url.protocol}"`);
  }
  return raw;
}

function secretKey(env: Env): Buffer | undefined {
  const raw = env.TRACKWAY_SECRET_KEY;
  if (!raw) return undefined;
  const key = /^[0-9a-fA-F]{64}$/.test(raw) ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
  if (key.length !== 32) {
    throw new ConfigError(
      'TRACKWAY_SECRET_KEY',
      'expected 32 bytes as 64 hex characters or base64 (e.g. `openssl rand -hex 32`)',
    );
  }
  return key;
}

export function loadAppConfig(env: Env = process.env): AppConfig {
  const password = env.TRACKWAY_ADMIN_PASSWORD;
  if (password !== undefined && password !== '' && password.length < 8) {
    throw new ConfigError('TRACKWAY_ADMIN_PASSWORD', 'must have at least 8 characters');
  }
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl: databaseUrl(env),
    dataDir: resolve(env.TRACKWAY_DATA_DIR || '.trackway-data'),
    embeddedPgPort: integer(env, 'TRACKWAY_EMBEDDED_PG_PORT', 54329, 1, 65535),
    adminUser: env.TRACKWAY_ADMIN_USER || 'admin',
    adminPassword: password || undefined,
    jwtSecret: env.TRACKWAY_JWT_SECRET || undefined,
    secretKey: secretKey(env),
    tokenTtlSeconds: integer(env, 'TRACKWAY_TOKEN_TTL_SECONDS', 43_200, 60, 31_536_000),
    loginRateLimit: integer(env, 'TRACKWAY_LOGIN_RATE_LIMIT', 10, 1, 10_000),
    corsOrigins: (env.CORS_ORIGINS || '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    reconcileMs: integer(env, 'TRACKWAY_RECONCILE_MS', 30_000, 1000, 3_600_000),
    collectorRetentionDays: integer(env, 'TRACKWAY_COLLECTOR_RETENTION_DAYS', 7, 1, 366),
    collectorRateLimit: integer(env, 'TRACKWAY_COLLECTOR_RATE_LIMIT', 5000, 1, 10_000_000),
    forwardPollMs: integer(env, 'TRACKWAY_FORWARD_POLL_MS', 1000, 10, 600_000),
    forwardMaxAttempts: integer(env, 'TRACKWAY_FORWARD_MAX_ATTEMPTS', 16, 1, 100),
    forwardBackoffMs: integer(env, 'TRACKWAY_FORWARD_BACKOFF_MS', 2000, 1, 3_600_000),
    forwardRetentionDays: integer(env, 'TRACKWAY_FORWARD_RETENTION_DAYS', 7, 1, 3650),
    // server/src/config and server/dist/config are both three levels below the repository root.
    webDir: resolve(env.TRACKWAY_WEB_DIR || resolve(__dirname, '..', '..', '..', 'web', 'dist')),
    production: env.NODE_ENV === 'production',
  };
}

/** Nest injection token for AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
