// After ncc: the command needs a shebang and the executable bit; the source maps are made to name src/
// from wherever they sit, and carry no copy of the sources (stack traces need only the mappings).
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);

// ncc writes sources as `.././<path from the project root>`, right only for a bundle one folder deep.
const ROOT_PREFIX = '.././';
for (const entry of readdirSync('dist', { recursive: true })) {
  const file = join('dist', String(entry));
  if (!file.endsWith('.js.map')) continue;
  const map = JSON.parse(readFileSync(file, 'utf8'));
  map.sources = map.sources.map((source) =>
    source.startsWith(ROOT_PREFIX) ? relative(dirname(file), source.slice(ROOT_PREFIX.length)) : source,
  );
  delete map.sourcesContent;
  writeFileSync(file, JSON.stringify(map));
}
