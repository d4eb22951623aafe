import fc from 'fast-check';
import type { TrackingConfig } from '../config/config-types';
import { buildCommonProps } from './build-common-props';
import { checkConfigShape } from './check-config-shape';
import { compileConfig } from './compile-config';
import { evaluate } from './evaluate';
import { fire, watchList } from './fire';
import { FILTER_NAMES, OPERATOR_NAMES } from './template';

const word = fc.constantFrom(
  'data',
  'item',
  'index',
  'query',
  'vars',
  'storage',
  'a',
  'b',
  '0',
  'list',
  'constructor',
  '__proto__',
);
const path = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('.'));
const filter = fc
  .tuple(fc.constantFrom(...FILTER_NAMES, 'nope'), fc.option(fc.constantFrom('2', "','", 'true', 'null', '"x"')))
  .map(([n, a]) => (a === null ? n : n + ':' + a));
const template = fc
  .tuple(
    fc.string({ maxLength: 4 }),
    path,
    fc.array(filter, { maxLength: 3 }),
    fc.constantFrom('', '}}', ' tail', '{{'),
  )
  .map(([pre, p, fs, post]) => pre + '{{ ' + [p, ...fs].join(' | ') + ' }}' + post);

const { expr } = fc.letrec<{ expr: unknown }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 0, -1.5, '', 'text'),
    template,
    fc.array(tie('expr'), { maxLength: 3 }),
    fc.tuple(fc.constantFrom(...OPERATOR_NAMES, '$nope'), tie('expr')).map(([k, v]) => ({ [k]: v })),
    fc.tuple(fc.constantFrom(...OPERATOR_NAMES), tie('expr'), tie('expr'), tie('expr')).map(([k, a, b, c]) => ({
      [k]: {
        cond: a,
        then: b,
        else: c,
        from: a,
        to: b,
        in: a,
        where: { id: b },
        of: c,
        value: a,
        table: { x: 1 },
        default: c,
      },
    })),
    fc.dictionary(fc.string({ maxLength: 3 }), tie('expr'), { maxKeys: 3 }),
  ),
}));

const throwing = () => {
  throw new Error('resolver');
};
const scope = fc.record({
  data: fc.oneof(fc.anything(), fc.constant({ list: [{ id: 1 }, null, 'x'], a: { b: [1, 2] } })),
  item: fc.anything(),
  query: fc.dictionary(fc.string(), fc.string()),
  vars: fc.anything(),
  storage: fc.constantFrom(throwing, (k: string) => ({ [k]: k }), undefined),
});

describe('the evaluator on arbitrary input', () => {
  it('should never throw from evaluate', () => {
    fc.assert(
      fc.property(expr, scope, (e, s) => void evaluate(e, s)),
      { numRuns: 2000 },
    );
  });

  it('should never throw from compileConfig, fire, watchList or checkConfigShape', () => {
    const trigger = fc.constantFrom(
      { kind: 'app', on: 'show' },
      { kind: 'page', on: 'show', route: 'pages/a' },
      { kind: 'data', path: 'a', route: 'pages/a' },
      { kind: 'method', method: 'm', phase: 'after', route: 'pages/a' },
      { kind: 'request', url: 'https://x/a', method: 'GET', outcome: 'success' },
      { kind: 'payment', outcome: 'cancel' },
      { kind: 'expose', selector: '.a', route: 'pages/a' },
    );
    const rule = fc.record({
      id: fc.string({ maxLength: 3 }),
      event: fc.constantFrom('search', undefined),
      trigger: fc.oneof(trigger, fc.anything()),
      when: expr,
      foreach: fc.option(expr),
      props: expr,
      remember: fc.dictionary(fc.string({ maxLength: 2 }), expr, { maxKeys: 2 }),
      enabled: fc.boolean(),
    });
    const config = fc.oneof(
      fc.anything(),
      fc.record({
        schemaVersion: fc.constant(1),
        rules: fc.oneof(fc.array(rule, { maxLength: 4 }), fc.anything()),
        pages: fc.array(
          fc.record({
            id: fc.string(),
            route: fc.constantFrom('pages/*', '/bad', 'pages/a', ''),
            rules: fc.array(rule, { maxLength: 3 }),
          }),
          {
            maxLength: 2,
          },
        ),
        presets: fc.oneof(fc.constant(undefined), fc.dictionary(fc.string(), fc.boolean())),
      }),
    );
    fc.assert(
      fc.property(config, trigger, scope, (c, t, s) => {
        const compiled = compileConfig(c as TrackingConfig);
        fire(compiled, t as never, s);
        watchList(compiled, 'pages/a');
        checkConfigShape(c);
        buildCommonProps({ route: 'pages/a', query: s.query, now: 1, chan: s.data, user: s.item, appid: 'wx1' });
      }),
      { numRuns: 500 },
    );
  });
});
