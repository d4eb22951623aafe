import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConfigListener } from '../../delivery/config-listener';
import {
  COLLECTED_EVENT_COLUMNS,
  toCollectedEventResponse,
  type CollectedEventResponseDto,
  type CollectedEventRow,
} from '../dto/collected-event-response.dto';
import { LIVE_CHANNEL, parseLiveNotice, type LiveNotice } from '../store/live-channel';

export interface LiveViewer {
  session?: string;
  event?: string;
  send(events: CollectedEventResponseDto[]): void;
}

/**
 * Fans stored events out to this instance's live viewers. Every insert, on any instance, NOTIFYs the id range it
 * committed per app (store/live-channel.ts); an instance with viewers of that app reads those rows back once and
 * gives each viewer what matches its filter. Instances without viewers of the app do nothing.
 */
@Injectable()
export class LiveHub implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly viewers = new Map<string, Set<LiveViewer>>();
  private readonly listener: ConfigListener;
  private readonly log = new Logger(LiveHub.name);

  constructor(private readonly dataSource: DataSource) {
    this.listener = new ConfigListener((dataSource.options as { url: string }).url, LIVE_CHANNEL, {
      onNotify: (payload) => {
        const notice = parseLiveNotice(payload);
        if (notice && this.viewers.has(notice.appId)) void this.deliver(notice);
      },
      onListening: () => undefined,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
  }

  /** Returns the function that removes the viewer. */
  watch(appId: string, viewer: LiveViewer): () => void {
    const set = this.viewers.get(appId) ?? new Set<LiveViewer>();
    set.add(viewer);
    this.viewers.set(appId, set);
    return () => {
      set.delete(viewer);
      if (!set.size && this.viewers.get(appId) === set) this.viewers.delete(appId);
    };
  }

  private async deliver(n: LiveNotice): Promise<void> {
    try {
      const rows: CollectedEventRow[] = await this.dataSource.query(
        `SELECT ${COLLECTED_EVENT_COLUMNS} FROM collector_events
          WHERE app_id = $1 AND received_at = $2 AND id BETWEEN $3 AND $4 ORDER BY id`,
        [n.appId, n.receivedAt, n.minId, n.maxId],
      );
      const events = rows.map(toCollectedEventResponse);
      for (const v of this.viewers.get(n.appId) ?? []) {
        const mine = events.filter((e) => (!v.session || e.session === v.session) && (!v.event || e.type === v.event));
        if (mine.length) v.send(mine);
      }
    } catch (err) {
      this.log.warn({ msg: 'live events could not be read', error: (err as Error).message });
    }
  }
}
