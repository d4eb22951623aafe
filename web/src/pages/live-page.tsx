import { ComingSoon } from '../components/coming-soon/coming-soon';

/** 实时调试: waits for the server's debug-session API. */
export function LivePage() {
  return <ComingSoon title="live.comingTitle" text="live.comingText" testId="live-page" />;
}
