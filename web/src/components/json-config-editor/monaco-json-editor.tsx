import { useEffect, useRef } from 'react';
import Editor, { DiffEditor, type DiffOnMount } from '@monaco-editor/react';
import { CONFIG_MODEL_GLOB, monaco } from './monaco-setup';
import type { JsonConfigEditorProps, JsonProblem } from './json-config-editor-types';

const OPTIONS = {
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  automaticLayout: true,
  fontSize: 13,
} as const;

/** Model path: under the schema's glob when validated against the config schema, elsewhere when not. */
function modelPath(props: JsonConfigEditorProps, side = ''): string {
  const id = `${props.documentId ?? 'draft'}${side}.json`;
  return props.schema === false ? `trackway://plain/${id}` : CONFIG_MODEL_GLOB.replace('*', id);
}

type DiffEditorInstance = Parameters<DiffOnMount>[0];

/**
 * @monaco-editor/react 4.7 disposes a diff editor's models before the editor itself, which monaco ≥ 0.50
 * reports as "TextModel got disposed before DiffEditorWidget model got reset". The models are kept
 * (keepCurrent…Model) and disposed here once the editor is gone.
 */
function useDisposeDiffModels() {
  const editor = useRef<DiffEditorInstance | null>(null);
  useEffect(
    () => () => {
      const model = editor.current?.getModel();
      if (model) setTimeout(() => [model.original, model.modified].forEach((m) => m.dispose()));
    },
    [],
  );
  return (e: DiffEditorInstance) => {
    editor.current = e;
  };
}

export function MonacoJsonEditor(props: JsonConfigEditorProps) {
  const height = props.height ?? 480;
  const onDiffMount = useDisposeDiffModels();
  if (props.original !== undefined) {
    return (
      <DiffEditor
        keepCurrentOriginalModel
        keepCurrentModifiedModel
        onMount={onDiffMount}
        height={height}
        language="json"
        original={props.original}
        modified={props.modified}
        originalModelPath={modelPath(props, '.original')}
        modifiedModelPath={modelPath(props, '.modified')}
        options={{ ...OPTIONS, readOnly: true, renderSideBySide: true, originalEditable: false }}
      />
    );
  }
  const { onProblems } = props;
  return (
    <Editor
      height={height}
      language="json"
      path={modelPath(props)}
      value={props.value}
      onChange={(v) => props.onChange?.(v ?? '')}
      onValidate={(markers) =>
        onProblems?.(
          markers
            .filter((m) => m.severity >= monaco.MarkerSeverity.Warning)
            .map((m): JsonProblem => ({ message: m.message, line: m.startLineNumber, column: m.startColumn })),
        )
      }
      options={{ ...OPTIONS, readOnly: props.readOnly, domReadOnly: props.readOnly }}
    />
  );
}
