export interface JsonProblem {
  message: string;
  line: number;
  column: number;
}

interface CommonProps {
  /** Height of the editor (CSS). Default 480px. */
  height?: number | string;
  /** Validate and complete against the tracking-config JSON Schema (default true). */
  schema?: boolean;
  /** Stable id of the document (e.g. the appid) so undo history and markers stay with it. */
  documentId?: string;
}

export interface JsonEditProps extends CommonProps {
  value: string;
  onChange?(value: string): void;
  readOnly?: boolean;
  /** Syntax and schema problems monaco found (debounced by monaco). */
  onProblems?(problems: JsonProblem[]): void;
  original?: undefined;
}

export interface JsonDiffProps extends CommonProps {
  /** Left side (e.g. the live version). The diff is always read-only. */
  original: string;
  /** Right side (e.g. the draft). */
  modified: string;
}

export type JsonConfigEditorProps = JsonEditProps | JsonDiffProps;
