import { Logger } from '@nestjs/common';
import { Client } from 'pg';

export interface ConfigListenerEvents {
  /** A NOTIFY arrived; the payload is an appid. */
  onNotify(appid: string): void;
  /** (Re)connected and listening: notifications sent while disconnected are lost, so reload everything. */
  onListening(): void;
}

// 100 ms, doubling to 5 s: a database restart is noticed fast, a long outage is not hammered.
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * A dedicated connection that LISTENs on one channel (a pooled connection would be handed to other queries and
 * lose the LISTEN). When it drops, it reconnects with backoff, forever, until stopped.
 */
export class ConfigListener {
  private client?: Client;
  private retryMs = FIRST_RETRY_MS;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private readonly log = new Logger(ConfigListener.name);

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly events: ConfigListenerEvents,
  ) {}

  /** Resolves once listening the first time; later failures only reconnect. */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'trackway-config-listener' });
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.events.onNotify(msg.payload);
    });
    const dropped = (err?: Error) => {
      if (this.client !== client) return;
      this.client = undefined;
      void client.end().catch(() => undefined);
      if (!this.stopped) {
        this.log.warn({
          msg: 'config listener lost its connection; reconnecting',
          error: err?.message,
          retryMs: this.retryMs,
        });
        this.scheduleReconnect();
      }
    };
    client.on('error', dropped);
    client.on('end', () => dropped());
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    this.events.onListening();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.connect().catch((err: Error) => {
        if (this.stopped) return;
        this.log.warn({ msg: 'config listener could not reconnect', error: err.message, retryMs: this.retryMs });
        this.scheduleReconnect();
      });
    }, this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }
}
