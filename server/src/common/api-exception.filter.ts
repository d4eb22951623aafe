import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, type DomainErrorKind } from './domain-error';

const STATUS: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
};

// Codes for errors Nest or Fastify raise themselves (unknown route, throttling, body parsing).
const HTTP_CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_requests',
};

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  [extra: string]: unknown;
}

/** Fastify's own errors carry a statusCode and an FST_ code (invalid JSON, body too large, bad content type). */
interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

/** Maps any thrown value to `{statusCode, code, message, errors?}`; unknown errors become a logged 500. */
export function toApiError(exception: unknown): ApiErrorBody {
  if (exception instanceof DomainError) {
    return { statusCode: STATUS[exception.kind], code: exception.code, message: exception.message, ...exception.extra };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'string'
        ? response
        : String((response as { message?: unknown }).message ?? exception.message);
    // Nest re-throws Fastify's body-parser errors as plain HttpExceptions (routes-resolver
    // mapExternalException), keeping only the message and status: FST_ERR_CTP_INVALID_JSON and _EMPTY_JSON_BODY.
    if (statusCode === 400 && /not valid JSON|cannot be empty when content-type|forbidden prototype/i.test(message)) {
      return { statusCode, code: 'invalid_json', message: `${message} / 请求体不是合法的 JSON` };
    }
    if (statusCode === 413) {
      return { statusCode, code: 'payload_too_large', message: `${message} / 请求体过大` };
    }
    return { statusCode, code: HTTP_CODES[statusCode] ?? 'http_error', message };
  }
  const fastify = exception as FastifyLikeError | undefined;
  if (fastify && typeof fastify.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    if (
      fastify.code === 'FST_ERR_CTP_INVALID_JSON' ||
      (fastify.statusCode === 400 && exception instanceof SyntaxError)
    ) {
      return {
        statusCode: 400,
        code: 'invalid_json',
        message: `The request body is not valid JSON: ${fastify.message} / 请求体不是合法的 JSON`,
      };
    }
    if (fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return {
        statusCode: 413,
        code: 'payload_too_large',
        message: 'The request body is larger than the server accepts / 请求体过大',
      };
    }
    return {
      statusCode: fastify.statusCode,
      code: HTTP_CODES[fastify.statusCode] ?? 'bad_request',
      message: fastify.message ?? 'Bad request',
    };
  }
  return { statusCode: 500, code: 'internal_error', message: 'Internal server error' };
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    const body = toApiError(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(body.statusCode).send(body);
  }
}
