// The web's API types come from the server's own OpenAPI document (GET /api/docs-json), so a server DTO
// change that the UI does not follow fails the typecheck. `generateApiTypes` is shared by the generator
// (npm run api:types -w web) and the e2e test that fails when the checked-in file is stale.
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { fileURLToPath } from 'node:url';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/openapi.d.ts', import.meta.url));

const HEADER = '// Generated from the server OpenAPI document by `npm run api:types -w web`. Do not edit.\n\n';

/** The TypeScript text for an OpenAPI document (object), formatted as the repository formats code. */
export async function generateApiTypes(document) {
  const ast = await openapiTS(document);
  const options = await prettier.resolveConfig(API_TYPES_FILE);
  return prettier.format(HEADER + astToString(ast), { ...options, filepath: API_TYPES_FILE });
}
