import type { Violation } from '../violation';
import { documentPosition } from './json-pointer';

function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i] - b[i];
  }
  return a.length - b.length;
}

/**
 * Sorts violations in document order: by where their path sits (a missing field sorts with its parent), keeping
 * the checks' order for equal positions. Walks each path only, never the whole document, so depth costs nothing.
 */
export function inDocumentOrder(document: unknown, violations: readonly Violation[]): Violation[] {
  const positioned = violations.map((v) => ({ v, at: documentPosition(document, v.path) }));
  // Array.prototype.sort is stable (ES2019): violations at one place keep the order they were found in.
  return positioned.sort((a, b) => comparePositions(a.at, b.at)).map((x) => x.v);
}
