import type { Logger } from '@nestjs/common';

/**
 * Upkeep that runs at start and every `everyMs` on every instance (partition upkeep, retention): one round at a
 * time, a failed round logs a warning and the next one tries again, and stop() waits for the round in flight so
 * that shutdown never cuts a statement in half.
 */
export class HourlyTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly log: Logger,
    private readonly failure: string,
    private readonly everyMs = 3_600_000,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.run(), this.everyMs);
    this.timer.unref();
    void this.run();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; never rejects. */
  run(): Promise<void> {
    this.running ??= this.work()
      .catch((err: Error) => this.log.warn({ msg: this.failure, error: err.message }))
      .finally(() => (this.running = undefined));
    return this.running;
  }
}
