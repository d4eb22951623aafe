import schema from './config-schema.json';

/** The JSON Schema (draft 2020-12) of TrackingConfig, for editors (monaco) and for validateConfig's structure pass. */
export const CONFIG_JSON_SCHEMA: Readonly<Record<string, unknown>> = schema;
