import type { FormInstance } from 'antd';
import type { ApiError } from '../../api/api-client';

/** Conflicts that are about one field of the form that sent the request. */
const CONFLICT_FIELDS: Record<string, string> = { app_exists: 'appid', username_taken: 'username' };

/**
 * Shows a 400's field errors at the fields they name (the server's `field` is the form's field name).
 * Returns false when the error names no field of this form, so the caller shows it elsewhere.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, pick: (message: string) => string): boolean {
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  const fields = error.fieldErrors
    .filter((e) => known.has(e.field.split('.')[0]))
    .map((e) => ({ name: e.field.split('.'), errors: [pick(stripField(e.message, e.field))] }));
  // A 409 such as app_exists names its field by its code, not in errors.
  const conflict = CONFLICT_FIELDS[error.code];
  if (!fields.length && conflict && known.has(conflict))
    fields.push({ name: [conflict], errors: [pick(error.message)] });
  form.setFields(fields);
  return fields.length > 0;
}

/** "appid: english / 中文" → "english / 中文": the field is shown by the form already. */
function stripField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
