import { YOUSHU_EVENT_NAMES } from '../catalog/catalog-types';
import { FILTER_NAMES, OPERATOR_NAMES } from '../evaluator/template';
import { CONFIG_JSON_SCHEMA } from './config-json-schema';

const defs = CONFIG_JSON_SCHEMA.$defs as Record<string, any>;

/** Every `properties` entry in the schema, with where it is. */
function properties(node: unknown, at = '#'): [string, any][] {
  if (!node || typeof node !== 'object') return [];
  const out: [string, any][] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && v && typeof v === 'object')
      for (const [name, sub] of Object.entries(v)) out.push([`${at}/properties/${name}`, sub]);
    out.push(...properties(v, `${at}/${k}`));
  }
  return out;
}

function described(s: any): string | undefined {
  if (typeof s.description === 'string') return s.description;
  const ref = typeof s.$ref === 'string' ? /^#\/\$defs\/(\w+)$/.exec(s.$ref) : null;
  return ref ? described(defs[ref[1]]) : undefined;
}

describe('CONFIG_JSON_SCHEMA', () => {
  it('should describe every field in Chinese then English, for the editor', () => {
    // if/then branches only narrow `props` per event; the fields they name are described where they are declared
    const missing = properties(CONFIG_JSON_SCHEMA)
      .filter(([at]) => !/\/allOf\/|RuleEventIsSku/.test(at))
      .filter(([, s]) => {
        const d = described(s);
        return !d || !/[\u4e00-\u9fff]/.test(d) || !/[A-Za-z]/.test(d);
      })
      .map(([at]) => at);
    expect(missing).toEqual([]);
  });

  it('should offer exactly the Youshu behaviours, operators and filters the evaluator knows', () => {
    expect([...defs.EventName.enum].sort()).toEqual([...YOUSHU_EVENT_NAMES].sort());
    expect(Object.keys(defs.Operator.properties).sort()).toEqual([...OPERATOR_NAMES].sort());
    expect(FILTER_NAMES.every((f) => `$${f}` in defs.Operator.properties)).toBe(true);
  });

  it('should offer every trigger kind with its own closed set of fields', () => {
    const kinds = defs.Trigger.oneOf.map((b: { $ref: string }) => defs[b.$ref.split('/').pop()!]);
    expect(kinds.map((k: any) => k.properties.kind.const)).toEqual(defs.Trigger.properties.kind.enum);
    expect(kinds.every((k: any) => k.additionalProperties === false)).toBe(true);
  });
});
