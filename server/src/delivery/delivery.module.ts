import { Module } from '@nestjs/common';
import { DeliveryRefresher } from './delivery-refresher';
import { DeliverySnapshot } from './delivery-snapshot';

/** The read side of config delivery: the in-memory snapshot and what keeps it fresh. No controllers: the route
 * is answered in front of Fastify (see DeliveryFrontDoor), wired in app.factory.ts. */
@Module({
  providers: [{ provide: DeliverySnapshot, useFactory: () => new DeliverySnapshot() }, DeliveryRefresher],
  exports: [DeliverySnapshot, DeliveryRefresher],
})
export class DeliveryModule {}
