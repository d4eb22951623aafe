import type { ValidationResult } from '../violation';
import { YOUSHU_EVENT_NAMES, type YoushuEventName } from './catalog-types';
import { eventValidator } from './catalog-ajv';
import { validateAgainstCatalog } from './validate-against-catalog';

export function isYoushuEventName(name: unknown): name is YoushuEventName {
  return typeof name === 'string' && (YOUSHU_EVENT_NAMES as readonly string[]).includes(name);
}

/**
 * Checks the props of one Youshu behaviour (common properties + its own) against the catalog schema.
 * Never throws. Problems that only break an unconfirmed fact come back as warnings (see unconfirmed-facts.ts).
 */
export function validateEvent(type: string, props: unknown): ValidationResult {
  return validateAgainstCatalog('event', YOUSHU_EVENT_NAMES, type, props, eventValidator);
}
