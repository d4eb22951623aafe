import { ReadinessMatrix } from '../features/readiness/components/readiness-matrix';

/** 就绪度: /apps/:appid/readiness. */
export function ReadinessPage() {
  return <ReadinessMatrix />;
}
