import type { VersionSummary } from '../../../api/api-types';
import { useVersions } from '../../../api/use-versions';

/** The loaded versions, newest first, as one list (plus the query for loading states and more pages). */
export function useVersionList(appid: string) {
  const query = useVersions(appid);
  const versions: VersionSummary[] = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { query, versions, latest: versions[0] as VersionSummary | undefined };
}
