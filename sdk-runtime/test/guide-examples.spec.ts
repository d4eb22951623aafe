/* eslint-disable @nx/enforce-module-boundaries -- the guide's examples run with the language's conformance format */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ConformanceCase,
  ConformanceExpectation,
  ConformanceStep,
} from '../../language/src/conformance/conformance-case';
import type { TrackingConfig } from '../../language/src/config/config-types';
import { CaseRunner } from './host/case-runner';

/**
 * Every full config in docs/config-language.md (a block fenced ```json config) is followed by a block fenced
 * ```json run: what happens in the mini-program (conformance steps: the page's shape, its data, the taps) and
 * the events and props the guide promises. Each pair runs in the simulated host through the real runtime, so an
 * example that does not do what its text says fails here, and a new example without a run block fails too.
 */
interface Run {
  steps: ConformanceStep[];
  expect: ConformanceExpectation[];
  /** Compare the built-in rules' events too (default: only the example's own rules). */
  withPresets?: boolean;
  /** Requests the mini-program's own code made, as the server received them (a subset of each, in order). */
  requests?: { url: string; header?: Record<string, string>; data?: unknown }[];
}

const doc = readFileSync(join(__dirname, '../../docs/config-language.md'), 'utf8');
const fences = [...doc.matchAll(/^```json (config|run)\n([\s\S]*?)^```$/gm)].map((m) => {
  const headings = doc.slice(0, m.index).match(/^#{2,3} .*$/gm) || [];
  return { kind: m[1], text: m[2], section: (headings.pop() || '').replace(/^#+ /, '') };
});
// each full config with the fenced block right after it (its run block, when it is one), numbered as in the guide
const examples = fences
  .map((f, i) => ({ f, next: fences[i + 1] }))
  .filter(({ f }) => f.kind === 'config')
  .map(({ f, next }, i) => ({
    n: i + 1,
    section: f.section,
    config: f.text,
    run: next && next.kind === 'run' ? next.text : undefined,
  }));

const at = (o: unknown, path: string) => path.split('.').reduce<any>((v, k) => (v == null ? undefined : v[k]), o);

describe('docs/config-language.md examples in the simulated mini-program', () => {
  it('should follow every full config with a run block', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.filter((e) => !e.run).map((e) => `${e.n} (${e.section})`)).toEqual([]);
    expect(fences.filter((f, i) => f.kind === 'run' && (!fences[i - 1] || fences[i - 1].kind !== 'config'))).toEqual(
      [],
    );
  });

  it.each(examples.filter((e) => e.run))('should do what example $n ($section) says', async ({ config, run }) => {
    const r = JSON.parse(run!) as Run;
    const c: ConformanceCase = {
      name: 'guide',
      behaviours: [],
      triggers: [],
      appid: 'wx0123456789abcdef',
      now: 1714528800000,
      config: JSON.parse(config) as TrackingConfig,
      steps: r.steps,
      expect: r.expect,
    };
    const runner = new CaseRunner(c);
    runner.boot(c.now);
    try {
      for (const s of c.steps) await runner.run(s);
      const events = runner.events.filter((e) => r.withPresets || !e.ruleId.startsWith('preset.'));
      expect(events.map((e) => e.type + ' ' + e.ruleId)).toEqual(r.expect.map((e) => e.type + ' ' + e.ruleId));
      r.expect.forEach((exp, i) => {
        if (exp.props) expect(events[i].props).toMatchObject(exp.props);
        for (const p of exp.absent || []) expect([p, at(events[i].props, p)]).toEqual([p, undefined]);
      });
      if (r.requests) {
        const own = runner.host.network.requests.filter((q) => !q.url.startsWith('https://tw.example.com'));
        expect(own).toMatchObject(r.requests);
      }
    } finally {
      runner.host.uninstall();
    }
  });
});
