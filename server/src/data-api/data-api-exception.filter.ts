import { ArgumentsHost, Catch, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { toApiError } from '../common/api-exception.filter';
import { DataApiError } from './data-api-error';
import { DATA_API_RETCODES } from './data-api-retcode';

/**
 * Answers every failure of /data-api/v1/* in Youshu's envelope `{retcode, errmsg, data}`, so a Youshu client
 * that only reads `retcode` sees the failure. `data.code` is the stable machine code.
 */
@Catch()
export class DataApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('DataApi');

  catch(exception: unknown, host: ArgumentsHost) {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DataApiError) {
      void reply.status(exception.status).send({
        retcode: exception.retcode,
        errmsg: exception.message,
        data: { code: exception.code, ...exception.extra },
      });
      return;
    }
    const api = toApiError(exception);
    if (api.statusCode >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    const retcode = api.statusCode >= 500 ? DATA_API_RETCODES.internal_error : DATA_API_RETCODES.invalid_body;
    void reply.status(api.statusCode).send({ retcode, errmsg: api.message, data: { code: api.code } });
  }
}
