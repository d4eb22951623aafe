import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The runtime's own modules import each other in one direction only: a circle makes the bundle's evaluation order
// depend on which file is reached first (issue 9 broke wechat/expose-observer.ts ↔ wechat/wrap-page.ts).
const SRC = join(__dirname, '../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative imports that load code (not `import type`), as files under src. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)]
    .map((m) => resolve(dirname(file), m[1]) + '.ts')
    .filter((p) => p.startsWith(SRC));
}

function cycles(): string[][] {
  const graph = new Map(files(SRC).map((f) => [f, imports(f)]));
  const found: string[][] = [];
  const visit = (f: string, path: string[]) => {
    const at = path.indexOf(f);
    if (at >= 0)
      return void found.push(
        path
          .slice(at)
          .concat(f)
          .map((p) => relative(SRC, p)),
      );
    for (const g of graph.get(f) || []) visit(g, path.concat(f));
  };
  for (const f of graph.keys()) visit(f, []);
  return found;
}

describe('the runtime import graph', () => {
  it('should see the imports it checks', () => {
    expect(imports(join(SRC, 'wechat/wrap-page.ts')).map((p) => relative(SRC, p))).toContain(
      'wechat/expose-observer.ts',
    );
  });

  it('should have no import circle', () => {
    expect(cycles()).toEqual([]);
  });
});
