import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceCase } from './conformance-case';

/** Directory of the shared conformance cases (one JSON file per case). */
export const CONFORMANCE_CASES_DIR = join(__dirname, '..', '..', 'conformance', 'cases');

/**
 * Reads every conformance case, sorted by file name, so language, server, runtime and web tests iterate the same
 * files. Node only: the runtime never bundles it.
 */
export function loadConformanceCases(dir: string = CONFORMANCE_CASES_DIR): ConformanceCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as ConformanceCase), file: f }));
}
