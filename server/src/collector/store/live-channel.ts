/**
 * NOTIFY channel on which each insert announces the rows it committed, per app: payload
 * `<app uuid>|<min id>|<max id>|<received_at>`. NOTIFY carries at most 8000 bytes, so it names rows rather than
 * carrying them; a listener with viewers of that app reads them back.
 */
export const LIVE_CHANNEL = 'trackway_collector';

export interface LiveNotice {
  appId: string;
  minId: string;
  maxId: string;
  receivedAt: string;
}

export function parseLiveNotice(payload: string): LiveNotice | undefined {
  const [appId, minId, maxId, receivedAt] = payload.split('|');
  return appId && minId && maxId && receivedAt ? { appId, minId, maxId, receivedAt } : undefined;
}
