import { resolve } from 'node:path';
import { ConfigError, loadAppConfig } from './app-config';

describe(loadAppConfig.name, () => {
  it('should default to port 3000, the embedded database and ./.trackway-data', () => {
    const c = loadAppConfig({});
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.dataDir.endsWith('.trackway-data')).toBe(true);
    expect(c.adminUser).toBe('admin');
  });

  it('should name the variable when a value is bad', () => {
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadAppConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadAppConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL/);
    expect(() => loadAppConfig({ TRACKWAY_ADMIN_PASSWORD: 'short' })).toThrow(/TRACKWAY_ADMIN_PASSWORD/);
  });

  it('should use a real PostgreSQL when DATABASE_URL is set', () => {
    expect(loadAppConfig({ DATABASE_URL: 'postgres://u@h:5432/d' }).databaseUrl).toBe('postgres://u@h:5432/d');
  });

  it('should accept a 32-byte TRACKWAY_SECRET_KEY in hex or base64 and refuse any other length', () => {
    const hex = 'ab'.repeat(32);
    expect(loadAppConfig({ TRACKWAY_SECRET_KEY: hex }).secretKey).toEqual(Buffer.from(hex, 'hex'));
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadAppConfig({ TRACKWAY_SECRET_KEY: b64 }).secretKey).toEqual(Buffer.alloc(32, 7));
    expect(() => loadAppConfig({ TRACKWAY_SECRET_KEY: 'too-short' })).toThrow(/TRACKWAY_SECRET_KEY/);
  });

  it('should default to 10 login attempts a minute', () => {
    expect(loadAppConfig({}).loginRateLimit).toBe(10);
  });

  it('should keep collector events 7 days and allow 5000 events a second per token unless told otherwise', () => {
    expect(loadAppConfig({})).toMatchObject({ collectorRetentionDays: 7, collectorRateLimit: 5000 });
    expect(
      loadAppConfig({ TRACKWAY_COLLECTOR_RETENTION_DAYS: '30', TRACKWAY_COLLECTOR_RATE_LIMIT: '100' }),
    ).toMatchObject({ collectorRetentionDays: 30, collectorRateLimit: 100 });
    expect(() => loadAppConfig({ TRACKWAY_COLLECTOR_RETENTION_DAYS: '0' })).toThrow(
      /TRACKWAY_COLLECTOR_RETENTION_DAYS/,
    );
    expect(() => loadAppConfig({ TRACKWAY_COLLECTOR_RATE_LIMIT: 'lots' })).toThrow(/TRACKWAY_COLLECTOR_RATE_LIMIT/);
  });

  it('should default the forwarding worker to a 1 s poll, 16 attempts and a 2 s first backoff', () => {
    const c = loadAppConfig({});
    expect([c.forwardPollMs, c.forwardMaxAttempts, c.forwardBackoffMs]).toEqual([1000, 16, 2000]);
    const set = loadAppConfig({
      TRACKWAY_FORWARD_POLL_MS: '50',
      TRACKWAY_FORWARD_MAX_ATTEMPTS: '3',
      TRACKWAY_FORWARD_BACKOFF_MS: '10',
    });
    expect([set.forwardPollMs, set.forwardMaxAttempts, set.forwardBackoffMs]).toEqual([50, 3, 10]);
  });

  it('should refuse forwarding settings out of range, naming the variable', () => {
    expect(() => loadAppConfig({ TRACKWAY_FORWARD_POLL_MS: '0' })).toThrow(/TRACKWAY_FORWARD_POLL_MS/);
    expect(() => loadAppConfig({ TRACKWAY_FORWARD_MAX_ATTEMPTS: '0' })).toThrow(/TRACKWAY_FORWARD_MAX_ATTEMPTS/);
    expect(() => loadAppConfig({ TRACKWAY_FORWARD_BACKOFF_MS: 'soon' })).toThrow(/TRACKWAY_FORWARD_BACKOFF_MS/);
  });

  it('should keep delivered forwarding rows 7 days unless told otherwise', () => {
    expect(loadAppConfig({}).forwardRetentionDays).toBe(7);
    expect(loadAppConfig({ TRACKWAY_FORWARD_RETENTION_DAYS: '30' }).forwardRetentionDays).toBe(30);
    expect(() => loadAppConfig({ TRACKWAY_FORWARD_RETENTION_DAYS: '0' })).toThrow(/TRACKWAY_FORWARD_RETENTION_DAYS/);
  });

  it("should serve the repository's web/dist unless TRACKWAY_WEB_DIR names another folder", () => {
    expect(loadAppConfig({}).webDir).toBe(resolve(__dirname, '../../../web/dist'));
    expect(loadAppConfig({ TRACKWAY_WEB_DIR: '/srv/ui' }).webDir).toBe('/srv/ui');
  });
});
