import type { Violation } from '../violation';
import { isObject } from './config-sites';
import { toPointer } from './json-pointer';

/**
 * Sorts violations in document order: by the position of the deepest part of their path that exists in the
 * document (a missing field sorts with its parent), keeping the checks' order for equal positions.
 */
export function inDocumentOrder(doc: unknown, violations: Violation[]): Violation[] {
  const index = new Map<string, number>();
  const visit = (v: unknown, at: string, depth: number) => {
    index.set(at, index.size);
    if (depth > 64) return;
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${at}/${i}`, depth + 1));
    else if (isObject(v)) for (const k of Object.keys(v)) visit(v[k], at + toPointer([k]), depth + 1);
  };
  visit(doc, '', 0);
  const position = (path: string) => {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const i = index.get(p);
      if (i !== undefined) return i;
      if (!p) return 0;
    }
  };
  return violations
    .map((v, i) => ({ v, i, at: position(v.path) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.v);
}
