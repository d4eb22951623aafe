import type { TrackingConfig } from '../config/config-types';
import { checkConfigShape } from './check-config-shape';
import { compileConfig } from './compile-config';
import { fire } from './fire';
import { REASONS, describeReason } from './reason-codes';

describe(describeReason.name, () => {
  it('should have words in Chinese and English for every code the runtime path returns', () => {
    const config = {
      schemaVersion: 1,
      presets: { app: false, page: false, share: false, pullDownRefresh: false, reachBottom: false },
      rules: [
        { id: 'off', event: 'search', trigger: { kind: 'app', on: 'hide' }, enabled: false },
        { id: 'cond', event: 'search', trigger: { kind: 'app', on: 'hide' }, when: false },
        { id: 'list', event: 'search', trigger: { kind: 'app', on: 'hide' }, foreach: 'x' },
        { id: 'none', event: 'search', trigger: { kind: 'app', on: 'hide' }, foreach: [] },
        { id: 'vars', trigger: { kind: 'app', on: 'hide' }, remember: { v: '{{vars.nothing}}' } },
        { id: 'kind', trigger: { kind: 'nope' } },
        { id: 'url', trigger: { kind: 'request', url: ' ' } },
        { id: 'comp', trigger: { kind: 'method', method: 'm', component: '/x' } },
      ],
      pages: [{ id: 'page', route: '/bad' }],
    } as unknown as TrackingConfig;
    const compiled = compileConfig(config);
    const codes = [
      ...fire(compiled, { kind: 'app', on: 'hide' }, {}).decisions.map((d) => d.reason),
      ...compiled.problems.map((p) => p.reason),
      checkConfigShape(null),
      checkConfigShape({ schemaVersion: 2 }),
    ];
    expect(codes).toEqual([
      'disabled',
      'when',
      'no_array',
      'empty',
      'nothing',
      'bad_kind',
      'bad_url',
      'bad_component',
      'bad_route',
      'no_object',
      'version',
    ]);
    for (const code of codes) {
      expect(REASONS[code as string]).toEqual({ zh: expect.stringMatching(/[\u4e00-\u9fff]/), en: expect.any(String) });
    }
  });

  it('should name the member a shape code is about', () => {
    expect(describeReason(checkConfigShape({ schemaVersion: 1, rules: {} })!)).toEqual({
      zh: 'rules 不是数组',
      en: 'rules is not an array',
    });
    expect(describeReason('no_object settings').en).toBe('settings is not an object');
    expect(describeReason('no_object').en).toBe('the config is not an object');
    expect(describeReason('when').en).toBe('when is false');
  });

  it('should return an unknown code as it is', () => {
    expect(describeReason('mystery')).toEqual({ zh: 'mystery', en: 'mystery' });
  });
});
