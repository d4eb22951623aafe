import { useParams } from 'react-router';
import { LiveDebug } from '../features/live/components/live-debug';

/** 实时调试 (ui.md): what a test phone sends, as it sends it, with the catalog's verdict. */
export function LivePage() {
  const { appid = '' } = useParams();
  return <LiveDebug key={appid} appid={appid} />;
}
