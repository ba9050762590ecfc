/**
 * The progress lines of a real audit (MariaDB): every phase starts and ends, and the schema and planner
 * phases of an app with many tables and queries say how far they are.
 */

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { progressLine, type PhaseEvent } from '../../src/report/progress.js';

const DB_URL = process.env.PERF_AUDIT_TEST_DB ?? 'mysql://root@127.0.0.1:3306';
const TABLES = 30;

const app = mkdtempSync(join(tmpdir(), 'pa-progress-audit-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

beforeAll(() => {
  const files: Record<string, string> = { artisan: '' };
  const creates = Array.from(
    { length: TABLES },
    (_, i) => `        Schema::create('t${i}', function (Blueprint $table) {
            $table->id();
            $table->string('code');
        });`,
  ).join('\n');
  files['database/migrations/2024_01_01_000000_create_tables.php'] = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
${creates}
    }
};
`;
  const lookups = Array.from(
    { length: TABLES },
    (_, i) => `        DB::table('t${i}')->where('code', $code)->first();`,
  ).join('\n');
  files['app/Lookups.php'] = `<?php
namespace App;
use Illuminate\\Support\\Facades\\DB;
class Lookups
{
    public function all(string $code): void
    {
${lookups}
    }
}
`;
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(app, path)), { recursive: true });
    writeFileSync(join(app, path), text);
  }
});

it('writes a line per phase and counts the long ones', async () => {
  const config = defaultConfig(app);
  config.database.url = DB_URL;
  config.baseline = null;
  const events: PhaseEvent[] = [];
  await runAudit(config, { progress: (e) => events.push(e) });
  const lines = events.map((e) => progressLine(e, false));
  const counts = lines.filter((l) => l.startsWith('…'));
  // Every table, and Laravel's migrations table.
  const applied = counts.filter((l) => l.startsWith('… schema:'));
  expect(applied.at(-1)).toBe(`… schema: ${TABLES + 1}/${TABLES + 1} statements applied`);
  expect(counts).toContain(`… planner: ${TABLES}/${TABLES} queries EXPLAINed`);
  // At most a line a tenth per count.
  expect(counts.filter((l) => l.startsWith('… schema:')).length).toBeLessThanOrEqual(10);
  for (const phase of ['project', 'schema', 'planner']) {
    expect(lines).toContain(`▶ ${phase}…`);
    expect(lines.some((l) => l.startsWith(`✔ ${phase} (`))).toBe(true);
  }
  // A count line comes between its phase's start and end.
  const start = lines.indexOf('▶ schema…');
  const end = lines.findIndex((l) => l.startsWith('✔ schema ('));
  const count = lines.indexOf(applied.at(-1)!);
  expect(start < count && count < end).toBe(true);
});
