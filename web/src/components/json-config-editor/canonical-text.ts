import { canonicalJson } from '@trackway/language';

/**
 * A JSON document indented with its keys sorted as the server stores versions (canonical JSON), so a diff
 * between a draft (keys in the order the PM wrote them) and a version shows only real changes.
 */
export function canonicalText(value: unknown): string {
  const text = canonicalJson(value);
  return text === undefined ? '' : JSON.stringify(JSON.parse(text), null, 2);
}
