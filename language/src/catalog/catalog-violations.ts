import type { ErrorObject } from 'ajv';
import type { Violation } from '../violation';
import { ajvViolations } from '../violations/ajv-violations';
import { inDocumentOrder } from '../violations/document-order';

/** A catalog schema's ajv errors on `document` (event props or an interface body) → Violations in document order. */
export function catalogViolations(errors: readonly ErrorObject[], document: unknown): Violation[] {
  return inDocumentOrder(document, ajvViolations(errors, { root: { zh: '（根对象）', en: '(root)' } }));
}
