import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const languageSrc = fileURLToPath(new URL('../language/src/index.ts', import.meta.url));
// The dev server proxies everything the Nest server answers (npm start on :3000, or TRACKWAY_DEV_API).
const api = process.env.TRACKWAY_DEV_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  // One implementation: the browser runs the language package's own sources (schema, catalog, validator,
  // evaluator), compiled with the UI.
  resolve: { alias: { '@trackway/language': languageSrc } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/api', '/v1', '/health', '/youshu', '/data-api'].map((p) => [p, api])),
  },
});
