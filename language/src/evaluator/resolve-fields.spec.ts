import type { FieldRule } from '../config/config-types';
import { precompileConfig } from './precompile-config';
import { mergeKeptField, resolveFields } from './resolve-fields';

const DAY = 864e5;

describe(resolveFields.name, () => {
  // the rules as the runtime gets them: sources precompiled on the server
  const { user: rules } = precompileConfig({
    schemaVersion: 1,
    user: [
      { id: 'g', field: 'guide_id', sources: ['{{scene.guide_id}}', '{{launch.query.guide_id}}'] },
      { id: 'r', field: 'room_id', sources: ['{{query.roomId}}'], on: ['pageLoad'] },
    ] as never,
  });

  it('should take the first non-empty source, evaluating every rule on appShow', () => {
    const out = resolveFields(
      rules,
      { scene: { guide_id: '' }, launch: { query: { guide_id: 'G1' } }, query: { roomId: 'R' } },
      'appShow',
    );
    expect(out.map((o) => [o.rule.field, o.value])).toEqual([
      ['guide_id', 'G1'],
      ['room_id', 'R'],
    ]);
  });

  it('should evaluate only the rules listing the moment otherwise, undefined when no source has a value', () => {
    expect(resolveFields(rules, {}, 'pageLoad').map((o) => [o.rule.field, o.value])).toEqual([['room_id', undefined]]);
    expect(resolveFields(rules, {}, 'pageShow')).toEqual([]);
  });
});

describe(mergeKeptField.name, () => {
  const last: FieldRule = { id: 'g', field: 'guide_id', sources: [], persist: { ttlDays: 7 } };
  const first: FieldRule = { ...last, attribution: 'first' };

  it('should keep a value for ttlDays and forget it after', () => {
    const set = mergeKeptField(undefined, 'G1', last, 0);
    expect(set).toEqual({ value: 'G1', kept: { value: 'G1', at: 0 } });
    expect(mergeKeptField(set.kept, undefined, last, 6 * DAY).value).toBe('G1');
    expect(mergeKeptField(set.kept, undefined, last, 7 * DAY)).toEqual({ value: undefined, kept: undefined });
  });

  it("should let a new value win under 'last' and the kept one under 'first'", () => {
    const kept = { value: 'G1', at: 0 };
    expect(mergeKeptField(kept, 'G2', last, DAY)).toEqual({ value: 'G2', kept: { value: 'G2', at: DAY } });
    expect(mergeKeptField(kept, 'G2', first, DAY)).toEqual({ value: 'G1', kept });
    expect(mergeKeptField(kept, 'G2', first, 8 * DAY)).toEqual({ value: 'G2', kept: { value: 'G2', at: 8 * DAY } });
  });

  it('should keep nothing for a rule without persist', () => {
    expect(mergeKeptField({ value: 'G1', at: 0 }, 'G2', { id: 'x', field: 'guide_id', sources: [] }, 1)).toEqual({
      value: 'G2',
      kept: undefined,
    });
  });
});
