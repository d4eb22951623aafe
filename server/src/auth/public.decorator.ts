import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'trackway:public';

/** Lets a route under /api/ be called without a token (login, the collector's /api/report alias). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
