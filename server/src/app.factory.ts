import 'reflect-metadata';
import { ValidationPipe, type LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import type { AppConfig } from './config/app-config';
import { AppModule } from './app.module';
import { validationExceptionFactory } from './common/request-validation-error';
import { createDeliveryHandler } from './delivery/delivery-handler';
import { DeliveryFrontDoor } from './delivery/delivery-front-door';
import { addDeliveryToDocument } from './delivery/delivery-openapi';
import { DeliverySnapshot } from './delivery/delivery-snapshot';
import { registerWebUi } from './web-ui/register-web-ui';
import { CollectorApps } from './collector/report/collector-apps';
import { createReportHandler } from './collector/report/report-handler';
import { addReportToDocument } from './collector/report/report-openapi';
import { TokenBuckets } from './collector/report/token-bucket';
import { EVENT_SINK, type EventSink } from './collector/store/event-sink';

// 1 MiB: a published config is at most 256 KB (design §5) and a collector batch of 100 events is far below it.
export const BODY_LIMIT = 1024 * 1024;

/** Builds the whole server (used by main.ts and by the tests, so both run the same app). */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  logger: LoggerService | false,
): Promise<NestFastifyApplication> {
  // Fastify, not Express: Nest on Express measured ≈0.35× Nest on Fastify here (shared/notes/performance.md).
  // GET /v1/config is answered in front of Fastify (docs/adr/005-config-delivery-front-door.md).
  const frontDoor = new DeliveryFrontDoor();
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: true,
    serverFactory: frontDoor.serverFactory,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, databaseUrl), adapter, {
    logger,
    bufferLogs: false,
  });
  await app.register(helmet, {
    // The Swagger UI and the web UI use inline bootstrapping scripts and styles.
    contentSecurityPolicy: false,
  });
  if (config.corsOrigins.length) {
    await app.register(cors, { origin: config.corsOrigins.includes('*') ? true : config.corsOrigins });
  }
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Trackway API')
      .setDescription(
        'Admin API (accounts, apps, drafts, versions, releases, audit, collected events) and the public config ' +
          'delivery and event report endpoints.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  addDeliveryToDocument(document);
  addReportToDocument(document);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await registerWebUi(app);
  await app.init();
  frontDoor.attach(createDeliveryHandler(app.get(DeliverySnapshot)));
  frontDoor.attach(
    createReportHandler({
      apps: app.get(CollectorApps),
      sink: app.get<EventSink>(EVENT_SINK),
      buckets: app.get(TokenBuckets),
    }),
  );
  return app;
}
