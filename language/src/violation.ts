/** One problem found by a validator. Every validator in Trackway reports problems in this one shape. */
export interface Violation {
  /** JSON Pointer (RFC 6901) into the validated document, e.g. `/pages/0/rules/2/props/sku/sku_id`. */
  path: string;
  /** Stable machine code, e.g. `required`, `type`, `enum`, `pair`, `unknown_event`. Tests assert this. */
  code: string;
  severity: 'error' | 'warning';
  /** Human message in Chinese and English; both name the field. */
  message: { zh: string; en: string };
}

export interface ValidationResult {
  valid: boolean; // true when there is no violation of severity 'error'
  errors: Violation[]; // every violation, errors and warnings, in document order
}
