import { evaluate, type Scope } from '@trackway/language';

/** Why a previewed value does not fit the Youshu property (an i18n key under `inventory.preview.`). */
export type PreviewWarning = 'wantString' | 'wantNumber' | 'wantMs' | 'maybeFen';

export interface PropertyPreview {
  value: unknown;
  warning?: PreviewWarning;
}

/**
 * The value the mapping yields on the sample, through the language's own evaluator (the runtime's code), and
 * whether it fits the property: its JSON type, 13-digit ms for times ("毫秒" in the catalog description), yuan
 * for amounts ("单位元"): an integer ≥ 100 there is most often fen (1999 for ¥19.99), which `| yuan` converts.
 */
export function previewProperty(
  expr: unknown,
  scope: Scope,
  prop: { type: string; description: string },
): PropertyPreview {
  const value = evaluate(expr, scope);
  if (value === undefined || value === null) return { value };
  const number = prop.type === 'number' || prop.type === 'integer';
  if (prop.type === 'string' && typeof value !== 'string') return { value, warning: 'wantString' };
  if (number && typeof value !== 'number') return { value, warning: 'wantNumber' };
  if (/毫秒|milliseconds/.test(prop.description) && (typeof value !== 'number' || value < 1e12 || value >= 1e13))
    return { value, warning: 'wantMs' };
  // an expression that already converts (`| yuan`) is trusted: ¥380 is a plausible order
  const converted = typeof expr === 'string' && /\|\s*yuan\b/.test(expr);
  if (/单位元|in yuan/.test(prop.description) && !converted && Number.isInteger(value) && (value as number) >= 100)
    return { value, warning: 'maybeFen' };
  return { value };
}
