import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForwardError } from '../../forwarding/forward-error';
import { ForwardSenderRegistry, type OutboxRow } from '../../forwarding/forward-sender-registry';
import { ForwardingSettingsService } from '../../forwarding/forwarding-settings.service';
import { postForward } from '../../forwarding/post-forward';

/**
 * Delivers `youshu-report` outbox rows: POSTs the envelopes to the app's report URL with the app's own Youshu
 * token, as sr-sdk-wxapp would have, and counts it delivered only on Youshu's `{code: 0}`.
 */
@Injectable()
export class YoushuReportSender implements OnModuleInit {
  constructor(
    private readonly registry: ForwardSenderRegistry,
    private readonly settings: ForwardingSettingsService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register('youshu-report', (row) => this.send(row));
  }

  async send(row: OutboxRow): Promise<void> {
    const target = await this.settings.target(row.appId);
    if (!target?.reportEnabled || !target.reportUrl) {
      throw new ForwardError('report forwarding was turned off for this app / 该小程序已关闭上报转发', false);
    }
    const [app] = (await this.dataSource.query('SELECT youshu_token FROM apps WHERE id = $1', [row.appId])) as {
      youshu_token: string | null;
    }[];
    if (!app?.youshu_token) {
      throw new ForwardError('the app has no Youshu token (youshuToken) / 该小程序未填写有数 token', false);
    }
    const url = `${target.reportUrl}${target.reportUrl.includes('?') ? '&' : '?'}token=${encodeURIComponent(app.youshu_token)}`;
    const answer = (await postForward(url, row.payload)) as { code?: unknown; msg?: unknown } | null;
    // like sr-sdk-wxapp: only code 0 is success; Youshu refusing the batch (bad token, bad body) will not heal
    if (answer?.code !== 0) {
      throw new ForwardError(`Youshu answered code ${String(answer?.code)}: ${String(answer?.msg ?? '')}`, false);
    }
  }
}
