import { Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { Violation } from '../../../api/api-types';
import { useI18n } from '../../../i18n/i18n';

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** JSON Pointer → the violations at it or below it (a parent of a bad field is marked too). */
function problemsUnder(pointer: string, violations: Violation[]) {
  return violations.filter((v) => v.path === pointer || v.path.startsWith(`${pointer}/`));
}

function scalar(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * A JSON value as an antd tree, keys as JSON Pointers from `base` (violations point into `props`), the paths
 * with an error in red with their messages, warnings in orange.
 */
export function PropsTree({ value, base, violations }: { value: unknown; base: string; violations: Violation[] }) {
  const { pick } = useI18n();
  const build = (v: unknown, pointer: string, name: string): DataNode => {
    const here = violations.filter((x) => x.path === pointer);
    const below = problemsUnder(pointer, violations);
    const color = below.some((x) => x.severity === 'error') ? '#cf1322' : below.length ? '#d46b08' : undefined;
    const isBranch = typeof v === 'object' && v !== null;
    const title = (
      <span style={{ color }} data-testid={here.length ? 'tree-invalid' : undefined} data-path={pointer}>
        <b>{name}</b>
        {!isBranch && <span style={{ fontFamily: 'monospace' }}>: {scalar(v)}</span>}
        {here.map((x, i) => (
          <Typography.Text key={i} style={{ color, marginLeft: 8 }}>
            ⚠ {pick(x.message)}
          </Typography.Text>
        ))}
      </span>
    );
    const children = isBranch
      ? Object.entries(v as Record<string, unknown>).map(([k, c]) => build(c, `${pointer}/${escape(k)}`, k))
      : undefined;
    return { key: pointer || '/', title, children, isLeaf: !isBranch };
  };
  const roots = build(value, base, '').children ?? [];
  return <Tree showLine defaultExpandAll selectable={false} treeData={roots} />;
}
