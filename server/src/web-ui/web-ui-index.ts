import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Shown at / when the UI was not built (e.g. `node server/dist/main.js` without `npm start`). */
const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Trackway</title></head>
<body style="font-family:sans-serif;max-width:640px;margin:64px auto">
<h1>Trackway</h1><p>网页界面尚未构建。请运行 <code>npm start</code>（会自动构建），或 <code>npm run build -w web</code>。</p>
<p>The web UI is not built. Run <code>npm start</code> (it builds it) or <code>npm run build -w web</code>.</p>
<p><a href="/api/docs">API docs</a></p></body></html>`;

/** index.html of the built UI, read once at start-up (the build is immutable while the server runs). */
export class WebUiIndex {
  readonly html: string;
  readonly built: boolean;

  constructor(readonly dir: string) {
    const file = join(dir, 'index.html');
    this.built = existsSync(file);
    this.html = this.built ? readFileSync(file, 'utf8') : NOT_BUILT;
  }
}
