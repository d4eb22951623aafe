// The only module that imports monaco-editor. It is loaded lazily (JsonConfigEditor imports it with
// import()), so the initial bundle never carries monaco; the workers are bundled too: no CDN.
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import { CONFIG_JSON_SCHEMA } from '@trackway/language';

self.MonacoEnvironment = {
  getWorker: (_id: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};

/** Model URIs of tracking configs match this glob, so the config schema validates and completes them. */
export const CONFIG_MODEL_GLOB = 'trackway://config/*';

monaco.json.jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: 'trackway://schema/config.json', fileMatch: [CONFIG_MODEL_GLOB], schema: CONFIG_JSON_SCHEMA }],
});

loader.config({ monaco });

export { monaco };
