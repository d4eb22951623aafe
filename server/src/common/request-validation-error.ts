import type { ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import type { FieldError } from './field-error';

/** A request body or query that does not match its DTO. The message names every offending field. */
export class RequestValidationError extends DomainError {
  constructor(readonly fieldErrors: FieldError[]) {
    super('invalid', 'validation_failed', fieldErrors.map((e) => e.message).join('; '), { errors: fieldErrors });
  }
}

// Chinese for the constraints our DTOs use; the English text comes from class-validator or the DTO.
const ZH: Record<string, string> = {
  isDefined: '必填',
  isNotEmpty: '不能为空',
  isString: '必须是字符串',
  isInt: '必须是整数',
  isBoolean: '必须是布尔值',
  isObject: '必须是 JSON 对象',
  isIn: '取值不在允许范围内',
  isEnum: '取值不在允许范围内',
  min: '太小',
  max: '太大',
  minLength: '太短',
  maxLength: '太长',
  matches: '格式不正确',
  nestedValidation: '必须是对象',
};

function flatten(errors: ValidationError[], prefix: string, out: FieldError[]): FieldError[] {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [constraint, text] of Object.entries(e.constraints ?? {})) {
      // class-validator says "property x should not exist" for unknown fields; say it plainly, in both languages.
      const message =
        constraint === 'whitelistValidation'
          ? `${field}: unknown field, remove it / 未知字段，请删除`
          : text.includes(' / ')
            ? `${field}: ${strip(text, e.property)}`
            : `${field}: ${strip(text, e.property)} / ${field}${ZH[constraint] ?? '无效'}`;
      out.push({ field, message });
    }
    if (e.children?.length) flatten(e.children, field, out);
  }
  return out;
}

/** class-validator starts its messages with the property name; the caller prefixes the full path instead. */
function strip(text: string, property: string): string {
  return text.startsWith(property + ' ') ? text.slice(property.length + 1) : text;
}

/** ValidationPipe `exceptionFactory`: one FieldError per field, all its problems in one message. */
export function validationExceptionFactory(errors: ValidationError[]): RequestValidationError {
  const byField = new Map<string, string[]>();
  for (const e of flatten(errors, '', [])) byField.set(e.field, [...(byField.get(e.field) ?? []), e.message]);
  return new RequestValidationError([...byField].map(([field, messages]) => ({ field, message: messages.join('; ') })));
}
