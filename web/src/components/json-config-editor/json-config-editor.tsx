import { lazy, Suspense } from 'react';
import { Skeleton } from 'antd';
import type { JsonConfigEditorProps } from './json-config-editor-types';

// Monaco is ≈4 MB: loaded on first use, never in the initial bundle (scripts/check-bundle-budget.mjs).
const MonacoJsonEditor = lazy(() => import('./monaco-json-editor').then((m) => ({ default: m.MonacoJsonEditor })));

/**
 * The one wrapper of monaco in the web: a JSON editor for tracking configs with the config's JSON Schema
 * (validation, completion, hover), read-only mode, and a side-by-side diff mode when `original` is given.
 */
export function JsonConfigEditor(props: JsonConfigEditorProps) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 10 }} />}>
      <div data-testid={props.original === undefined ? 'json-editor' : 'json-diff'}>
        <MonacoJsonEditor {...props} />
      </div>
    </Suspense>
  );
}
