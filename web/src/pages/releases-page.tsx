import { Route, Routes } from 'react-router';
import { ReleasesOverview } from '../features/releases/components/releases-overview';
import { VersionCompare } from '../features/releases/components/version-compare';
import { VersionDetail } from '../features/releases/components/version-detail';
import { NotFoundPage } from './not-found-page';

/** 发布: /apps/:appid/releases, …/versions/:n (one version), …/diff/:a/:b (any two compared). */
export function ReleasesPage() {
  return (
    <Routes>
      <Route index element={<ReleasesOverview />} />
      <Route path="versions/:n" element={<VersionDetail />} />
      <Route path="diff/:a/:b" element={<VersionCompare />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
