import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import {
  COLLECTED_EVENT_COLUMNS,
  toCollectedEventResponse,
  type CollectedEventResponseDto,
  type CollectedEventRow,
} from '../dto/collected-event-response.dto';
import type { BehaviourCoverageDto, CoverageResponseDto } from '../dto/coverage.dto';

const DAY_MS = 86_400_000;
const present = (expr: string) => `avg((nullif(${expr}, '') IS NOT NULL)::int)::float8`;

interface CoverageRow {
  type: string;
  count: number;
  valid_share: number;
  guide_id: number;
  room_id: number;
  weixinadinfo: number;
  chan_shop_id: number;
  union_id: number;
}

/** Reads of collector_events for the live page and the coverage view. */
@Injectable()
export class CollectorQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** The newest `limit` events of an app (optionally of one session and behaviour), oldest first. */
  async recent(
    appId: string,
    filter: { session?: string; event?: string },
    limit: number,
  ): Promise<CollectedEventResponseDto[]> {
    const rows: CollectedEventRow[] = await this.dataSource.query(
      `SELECT ${COLLECTED_EVENT_COLUMNS} FROM collector_events
        WHERE app_id = $1 AND ($2::text IS NULL OR debug_session = $2) AND ($3::text IS NULL OR type = $3)
        ORDER BY received_at DESC, id DESC LIMIT $4`,
      [appId, filter.session ?? null, filter.event ?? null, limit],
    );
    return rows.reverse().map(toCollectedEventResponse);
  }

  /** Per behaviour in [from, to): count, share valid and share carrying each analysis field (youshu-spec §1.8). */
  async coverage(appId: string, window: { from?: string; to?: string }): Promise<CoverageResponseDto> {
    const to = window.to ? new Date(window.to) : new Date();
    const from = window.from ? new Date(window.from) : new Date(to.getTime() - DAY_MS);
    if (from >= to) {
      throw new DomainError('invalid', 'invalid_window', 'from must be before to / from 必须早于 to', {
        errors: [{ field: 'from', message: 'from must be before to / from 必须早于 to' }],
      });
    }
    const rows: CoverageRow[] = await this.dataSource.query(
      `SELECT type, count(*)::int AS count, avg(valid::int)::float8 AS valid_share,
              ${present(`props->'chan'->>'guide_id'`)} AS guide_id,
              avg((nullif(props->'chan'->>'room_id', '') IS NOT NULL
                   OR nullif(props->>'room_id', '') IS NOT NULL)::int)::float8 AS room_id,
              ${present(`props->'chan'->>'weixinadinfo'`)} AS weixinadinfo,
              ${present(`props->'chan'->>'chan_shop_id'`)} AS chan_shop_id,
              ${present(`props->'wx_user'->>'union_id'`)} AS union_id
         FROM collector_events
        WHERE app_id = $1 AND received_at >= $2 AND received_at < $3
        GROUP BY type ORDER BY type`,
      [appId, from, to],
    );
    const behaviours: BehaviourCoverageDto[] = rows.map((r) => ({
      type: r.type,
      count: r.count,
      validShare: r.valid_share,
      fields: {
        guide_id: r.guide_id,
        room_id: r.room_id,
        weixinadinfo: r.weixinadinfo,
        chan_shop_id: r.chan_shop_id,
        union_id: r.union_id,
      },
    }));
    return { from: from.toISOString(), to: to.toISOString(), behaviours };
  }
}
