import { Injectable, type OnModuleInit } from '@nestjs/common';
import { INTERFACE_CATALOG } from '@trackway/language';
import { ForwardError } from '../forwarding/forward-error';
import { ForwardSenderRegistry, type OutboxRow } from '../forwarding/forward-sender-registry';
import { ForwardingSettingsService } from '../forwarding/forwarding-settings.service';
import { postForward } from '../forwarding/post-forward';
import { signedParams } from './data-api-signature';
import type { DataApiForwardPayload } from './data-api.service';

/**
 * Sends accepted data API calls (outbox kind youshu-data-api) to the merchant's Youshu data API, signed at send
 * time with its real Youshu app_id/app_secret (fresh timestamp and nonce, so a retry hours later still passes
 * Youshu's time window). Youshu's retcode ≠ 0 means it refused the data: the row goes dead with the errmsg.
 */
@Injectable()
export class YoushuDataApiSender implements OnModuleInit {
  constructor(
    private readonly registry: ForwardSenderRegistry,
    private readonly settings: ForwardingSettingsService,
  ) {}

  onModuleInit(): void {
    this.registry.register('youshu-data-api', (row) => this.send(row));
  }

  async send(row: OutboxRow): Promise<void> {
    const target = await this.settings.target(row.appId);
    if (!target?.dataApiEnabled || !target.dataApiBaseUrl || !target.youshuAppId || !target.youshuAppSecret) {
      throw new ForwardError('data API forwarding is switched off or incomplete for this app', false);
    }
    const payload = row.payload as DataApiForwardPayload;
    const query = new URLSearchParams({ ...signedParams(target.youshuAppId, target.youshuAppSecret) });
    const url = `${target.dataApiBaseUrl.replace(/\/+$/, '')}${INTERFACE_CATALOG[payload.interface].path}?${query}`;
    const answer = (await postForward(url, payload.body)) as { retcode?: unknown; errmsg?: unknown } | null;
    if (answer?.retcode === 0) return;
    if (typeof answer?.retcode !== 'number') {
      throw new ForwardError(`Youshu answered without a retcode: ${JSON.stringify(answer).slice(0, 200)}`, true);
    }
    throw new ForwardError(`Youshu refused it: retcode ${answer.retcode}, errmsg ${String(answer.errmsg)}`, false);
  }
}
