// swc compiles only TypeScript; JSON files (schemas, conformance cases) are copied beside the output as they are.
import { cpSync, readdirSync, statSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';

const [from, to] = process.argv.slice(2);
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.json') ? [p] : [];
  });
for (const file of walk(from)) {
  const target = join(to, file.slice(from.length));
  mkdirSync(dirname(target), { recursive: true });
  cpSync(file, target);
}
