// ncc emits ESM bundles; the command needs a shebang and the executable bit.
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';

const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
