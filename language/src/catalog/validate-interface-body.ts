import type { ValidationResult } from '../violation';
import { YOUSHU_INTERFACE_NAMES, type YoushuInterfaceName } from './catalog-types';
import { interfaceValidator } from './catalog-ajv';
import { validateAgainstCatalog } from './validate-against-catalog';

export function isYoushuInterfaceName(name: unknown): name is YoushuInterfaceName {
  return typeof name === 'string' && (YOUSHU_INTERFACE_NAMES as readonly string[]).includes(name);
}

/**
 * Checks the JSON body of one data-api call (add_order, add_order_sum, add_wxapp_visit_page). Never throws.
 * Problems that only break an unconfirmed fact (status 1170) come back as warnings.
 */
export function validateInterfaceBody(name: string, body: unknown): ValidationResult {
  return validateAgainstCatalog('interface', YOUSHU_INTERFACE_NAMES, name, body, interfaceValidator);
}
