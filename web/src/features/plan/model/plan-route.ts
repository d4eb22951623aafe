import type { Selection } from './violation-location';

/** The editor's part of the URL (`/apps/:appid/plan/<this>`): `pages/0`, `pages/0/rules/2`, `global/rules/1`, `chan`… */
export function parsePlanPath(splat: string): { selection: Selection; rule?: number } {
  const seg = splat.split('/').filter(Boolean);
  const ruleAt = seg.indexOf('rules');
  const rule = ruleAt >= 0 && /^\d+$/.test(seg[ruleAt + 1] ?? '') ? Number(seg[ruleAt + 1]) : undefined;
  if (seg[0] === 'pages' && /^\d+$/.test(seg[1] ?? ''))
    return { selection: { kind: 'page', page: Number(seg[1]) }, rule };
  if (['global', 'chan', 'user', 'variables', 'settings'].includes(seg[0]))
    return { selection: { kind: seg[0] } as Selection, rule: seg[0] === 'global' ? rule : undefined };
  return { selection: { kind: 'page', page: 0 } };
}

export function planPath(selection: Selection, rule?: number): string {
  const base = selection.kind === 'page' ? `pages/${selection.page}` : selection.kind;
  return rule === undefined ? base : `${base}/rules/${rule}`;
}
