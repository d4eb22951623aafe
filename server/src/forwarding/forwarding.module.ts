import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { ForwardSenderRegistry } from './forward-sender-registry';
import { ForwardWorker } from './forward-worker';
import { ForwardingController } from './forwarding.controller';
import { ForwardingSettingsService } from './forwarding-settings.service';
import { OutboxService } from './outbox.service';

/**
 * The durable forwarding outbox (docs/adr/008). Other modules enqueue with OutboxService inside their own
 * transaction and register the sender of their kind with ForwardSenderRegistry; ForwardingSettingsService gives
 * senders each app's target and Youshu credentials.
 */
@Module({
  imports: [AppsModule],
  controllers: [ForwardingController],
  providers: [OutboxService, ForwardSenderRegistry, ForwardWorker, ForwardingSettingsService],
  exports: [OutboxService, ForwardSenderRegistry, ForwardWorker, ForwardingSettingsService],
})
export class ForwardingModule {}
