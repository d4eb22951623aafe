import { readdirSync } from 'node:fs';
import { MIGRATIONS } from './index';

describe('MIGRATIONS', () => {
  it('should list every migration file once, oldest first', () => {
    const files = readdirSync(__dirname).filter((f) => /^\d{13}-[A-Z][A-Za-z0-9]*\.ts$/.test(f));
    const names = MIGRATIONS.map((m) => m.name);
    const expected = files.sort().map((f) => f.replace(/^(\d{13})-([A-Za-z0-9]+)\.ts$/, '$2$1'));
    expect(names).toEqual(expected);
  });
});
