// A tracking config the size of a real goods mini-program's (≈20 KB of canonical JSON): the language package's realistic
// fixture (every part of the language once), its pages repeated under new ids and routes until the size is
// reached. Reads the built language package: the benchmarks build it first.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** `marker` changes the document (and so its hash) without changing its size noticeably. */
export function realisticConfig(targetBytes = 20_000, marker = 'v1') {
  const { realisticConfig: fixture } = require('../../language/dist/config/realistic-config.fixture.js');
  const base = fixture();
  const config = { ...base, description: `${base.description} ${marker}`, pages: [...base.pages] };
  for (let i = 0; JSON.stringify(config).length < targetBytes; i++) {
    const suffix = `_r${i}`;
    const copy = JSON.parse(JSON.stringify(base.pages[i % base.pages.length]), (key, value) =>
      (key === 'id' || key === 'route') && typeof value === 'string' ? value + suffix : value,
    );
    config.pages.push(copy);
  }
  return config;
}
