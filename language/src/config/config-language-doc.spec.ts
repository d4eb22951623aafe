import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YOUSHU_EVENT_NAMES } from '../catalog/catalog-types';
import { validateConfig } from './validate-config';

const doc = readFileSync(join(__dirname, '../../../docs/config-language.md'), 'utf8');
/** Every block fenced as ```json config: a full config the guide promises is valid. */
const configs = [...doc.matchAll(/^```json config\n([\s\S]*?)^```$/gm)].map((m, i) => ({ n: i + 1, text: m[1] }));

describe('docs/config-language.md', () => {
  it('should carry full config examples', () => {
    expect(configs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(configs)('should have example $n valid with no violation', ({ text }) => {
    expect(validateConfig(JSON.parse(text)).errors).toEqual([]);
  });

  it('should show every Youshu behaviour in a full config', () => {
    const events = new Set(configs.flatMap(({ text }) => [...text.matchAll(/"event": "(\w+)"/g)].map((m) => m[1])));
    expect(YOUSHU_EVENT_NAMES.filter((e) => !events.has(e))).toEqual([]);
  });
});
