import { PlanEditor } from '../features/plan/components/plan-editor';

/** 埋点方案: /apps/:appid/plan/* — the editor owns the rest of the path (page, rule). */
export function PlanPage() {
  return <PlanEditor />;
}
