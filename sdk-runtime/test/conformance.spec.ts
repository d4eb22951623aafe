/* eslint-disable @nx/enforce-module-boundaries -- tests read spec files that its index does not export */
import { loadConformanceCases } from '../../language/src/conformance/load-cases';
import { CaseRunner } from './host/case-runner';

const at = (o: unknown, path: string) => path.split('.').reduce<any>((v, k) => (v == null ? undefined : v[k]), o);

describe('conformance cases', () => {
  const cases = loadConformanceCases();

  it('should find the shared cases', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => [c.file, c] as const))('should emit what %s expects', async (_file, c) => {
    const runner = new CaseRunner(c);
    runner.boot(c.now);
    try {
      for (const s of c.steps) await runner.run(s);
      expect(runner.events.map((e) => e.type + ' ' + e.ruleId)).toEqual(c.expect.map((e) => e.type + ' ' + e.ruleId));
      c.expect.forEach((exp, i) => {
        if (exp.props) expect(runner.events[i].props).toMatchObject(exp.props);
        for (const p of exp.absent || []) expect([p, at(runner.events[i].props, p)]).toEqual([p, undefined]);
      });
    } finally {
      runner.host.uninstall();
    }
  });
});
