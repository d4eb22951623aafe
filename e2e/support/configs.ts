/** A small valid config: presets on, one goods page with one rule (`extraRuleId` adds a second rule). */
export function goodsConfig(extraRuleId?: string): Record<string, unknown> {
  const rules: unknown[] = [{ id: 'goods-view', event: 'browse_wxapp_page', trigger: { kind: 'page', on: 'show' } }];
  if (extraRuleId) rules.push({ id: extraRuleId, event: 'browse_wxapp_page', trigger: { kind: 'page', on: 'load' } });
  return {
    schemaVersion: 1,
    presets: { app: true, page: true, share: true, pullDownRefresh: true, reachBottom: true },
    pages: [{ id: 'goods', route: 'pages/goods/detail', title: 'Goods', rules }],
    rules: [],
  };
}
