/** Where in the editor a config path (JSON Pointer of a validator message) is edited. */
export type Selection =
  | { kind: 'page'; page: number }
  | { kind: 'global' }
  | { kind: 'chan' }
  | { kind: 'user' }
  | { kind: 'variables' }
  | { kind: 'settings' };

export interface Location {
  selection: Selection;
  /** Index of the rule in the selection's list, when the path is inside a rule. */
  rule?: number;
  /** The path itself, to focus the field whose data-path is the longest prefix of it. */
  path: string;
}

/** Maps a violation path to the pane, the rule and the field that edit it. */
export function locate(path: string): Location {
  const seg = path.split('/').slice(1);
  const n = (s: string | undefined) => (s !== undefined && /^\d+$/.test(s) ? Number(s) : undefined);
  switch (seg[0]) {
    case 'pages': {
      const page = n(seg[1]) ?? 0;
      return { selection: { kind: 'page', page }, rule: seg[2] === 'rules' ? n(seg[3]) : undefined, path };
    }
    case 'rules':
      return { selection: { kind: 'global' }, rule: n(seg[1]), path };
    case 'chan':
      return { selection: { kind: 'chan' }, path };
    case 'user':
      return { selection: { kind: 'user' }, path };
    case 'variables':
    case 'propagate':
      return { selection: { kind: 'variables' }, path };
    default:
      return { selection: { kind: 'settings' }, path };
  }
}

/** The JSON Pointer of the rule list a selection shows (`/pages/2/rules`, `/rules`), or undefined. */
export function rulesPointer(sel: Selection): string | undefined {
  if (sel.kind === 'page') return `/pages/${sel.page}/rules`;
  if (sel.kind === 'global') return '/rules';
  return undefined;
}

function fieldOf(path: string): HTMLElement | null {
  const parts = path.split('/');
  for (let i = parts.length; i > 1; i--) {
    const el = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(parts.slice(0, i).join('/'))}"]`);
    if (el)
      return el.matches('input,textarea,button') ? el : (el.querySelector<HTMLElement>('input,textarea,button') ?? el);
  }
  return null;
}

/**
 * Focuses the input whose data-path is the longest prefix of `path` (the field a message names). The rule drawer
 * renders after navigation and takes focus itself when its animation ends, so this polls for up to 3 s and stops
 * once the field has kept the focus for two ticks in a row.
 */
export function focusPath(path: string): void {
  let held = 0;
  const started = Date.now();
  const tick = () => {
    const el = fieldOf(path);
    if (el && document.activeElement === el) held++;
    else if (el) {
      held = 0;
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
    if (held < 2 && Date.now() - started < 3000) setTimeout(tick, 150);
  };
  tick();
}
