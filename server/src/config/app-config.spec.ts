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
});
