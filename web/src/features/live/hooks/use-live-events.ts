import { useCallback, useEffect, useRef, useState } from 'react';
import { apiRequest, tokenStore } from '../../../api/api-client';
import type { CollectedEvent, CollectedEventList } from '../../../api/api-types';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting';

export interface LiveFilter {
  session?: string;
  event?: string;
}

/** The page keeps at most this many events: a phone session sends a few hundred; more would slow the table. */
const MAX_EVENTS = 1000;
/** EventSource retries by itself (the server sends `retry: 2000`); after a hard close we reopen after this. */
const REOPEN_MS = 3000;

function query(filter: LiveFilter, extra: Record<string, string>): string {
  const q = new URLSearchParams(extra);
  if (filter.session) q.set('session', filter.session);
  if (filter.event) q.set('event', filter.event);
  return q.toString();
}

/** Merges by id (the recent list and the stream overlap after a reconnect), oldest first, capped. */
function merge(list: CollectedEvent[], more: CollectedEvent[]): CollectedEvent[] {
  const seen = new Set(list.map((e) => e.id));
  const fresh = more.filter((e) => !seen.has(e.id));
  if (!fresh.length) return list;
  const all = [...list, ...fresh].sort((a, b) => Number(a.id) - Number(b.id));
  return all.length > MAX_EVENTS ? all.slice(-MAX_EVENTS) : all;
}

/**
 * The collector's events for one app: first the recent-events list, then the SSE stream
 * (`GET /api/apps/:appid/live`, login token as `access_token` since EventSource sends no header — ADR 007).
 * Every (re)connect refills from the list, so nothing sent while the stream was down is missed.
 * Paused: new events wait in a buffer; clear: forgets everything up to the newest id seen.
 */
export function useLiveEvents(appid: string, filter: LiveFilter) {
  const [events, setEvents] = useState<CollectedEvent[]>([]);
  const [buffered, setBuffered] = useState<CollectedEvent[]>([]);
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const [error, setError] = useState<unknown>(null);
  const [paused, setPaused] = useState(false);
  const pausedRef = useRef(false);
  const clearedUpTo = useRef(0);

  const add = useCallback((more: CollectedEvent[]) => {
    const kept = more.filter((e) => Number(e.id) > clearedUpTo.current);
    if (!kept.length) return;
    if (pausedRef.current) setBuffered((b) => merge(b, kept));
    else setEvents((list) => merge(list, kept));
  }, []);

  const { session, event } = filter;
  useEffect(() => {
    let closed = false;
    let source: EventSource | undefined;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    setEvents([]);
    setBuffered([]);
    setStatus('connecting');
    const refill = () =>
      apiRequest<CollectedEventList>(
        'GET',
        `/api/apps/${appid}/events?${query({ session, event }, { limit: '200' })}`,
      ).then(
        (r) => {
          if (closed) return;
          setError(null);
          add(r.events);
        },
        (err: unknown) => !closed && setError(err),
      );
    const open = () => {
      source = new EventSource(
        `/api/apps/${appid}/live?${query({ session, event }, { access_token: tokenStore.get() ?? '' })}`,
      );
      source.onopen = () => {
        setStatus('open');
        void refill();
      };
      source.addEventListener('events', (m) => add(JSON.parse((m as MessageEvent<string>).data) as CollectedEvent[]));
      source.onerror = () => {
        if (closed) return;
        setStatus('reconnecting');
        // CONNECTING: the browser retries by itself; CLOSED (an HTTP error answer): we reopen.
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(open, REOPEN_MS);
        }
      };
    };
    open();
    return () => {
      closed = true;
      clearTimeout(reopen);
      source?.close();
    };
  }, [appid, session, event, add]);

  const setPausedState = useCallback((p: boolean) => {
    pausedRef.current = p;
    setPaused(p);
    if (!p) {
      setBuffered((b) => {
        setEvents((list) => merge(list, b));
        return [];
      });
    }
  }, []);

  const clear = useCallback(() => {
    const ids = [...events, ...buffered].map((e) => Number(e.id));
    clearedUpTo.current = Math.max(clearedUpTo.current, ...ids);
    setEvents([]);
    setBuffered([]);
  }, [events, buffered]);

  return { events, bufferedCount: buffered.length, status, error, paused, setPaused: setPausedState, clear };
}
