import type { FormInstance } from 'antd';
import type { ApiError } from '../../api/api-client';

/**
 * Shows a 400's field errors at the fields they name (the server's `field` is the form's field name).
 * Returns false when the error names no field of this form, so the caller shows it elsewhere.
 */
export function applyFieldErrors(form: FormInstance, error: ApiError, pick: (message: string) => string): boolean {
  const known = new Set(Object.keys(form.getFieldsValue(true)));
  const fields = error.fieldErrors
    .filter((e) => known.has(e.field.split('.')[0]))
    .map((e) => ({ name: e.field.split('.'), errors: [pick(stripField(e.message, e.field))] }));
  // 409 app_exists and the like name the appid in their code, not in errors.
  if (!fields.length && error.code === 'app_exists' && known.has('appid')) {
    fields.push({ name: ['appid'], errors: [pick(error.message)] });
  }
  form.setFields(fields);
  return fields.length > 0;
}

/** "appid: english / 中文" → "english / 中文": the field is shown by the form already. */
function stripField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
