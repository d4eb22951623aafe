import { useMemo, useState } from 'react';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AuditEvent } from '../../../api/api-types';

export interface AuditFilter {
  actions: string[];
  actors: string[];
  text: string;
  range: [Dayjs, Dayjs] | null;
}

const EMPTY: AuditFilter = { actions: [], actors: [], text: '', range: null };

/** Filters the loaded audit events by action, actor, words of the summary and a date range. */
export function useAuditFilter(events: AuditEvent[]) {
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const filtered = useMemo(() => {
    const text = filter.text.trim().toLowerCase();
    return events.filter(
      (e) =>
        (!filter.actions.length || filter.actions.includes(e.action)) &&
        (!filter.actors.length || filter.actors.includes(e.actor)) &&
        (!text || e.summary.toLowerCase().includes(text)) &&
        (!filter.range ||
          (!dayjs(e.createdAt).isBefore(filter.range[0].startOf('day')) &&
            !dayjs(e.createdAt).isAfter(filter.range[1].endOf('day')))),
    );
  }, [events, filter]);
  const actions = useMemo(() => [...new Set(events.map((e) => e.action))].sort(), [events]);
  const actors = useMemo(() => [...new Set(events.map((e) => e.actor))].sort(), [events]);
  return { filter, setFilter, filtered, actions, actors, reset: () => setFilter(EMPTY) };
}
