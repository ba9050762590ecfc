/**
 * A finding on a table (a redundant index, an unindexed foreign key) points at the migration that created
 * the table, with real MariaDB as without a database: MariaDB's schema does not say where a table was
 * declared, the static schema does.
 */

import type { AuditReport } from '../../src/report/audit-report.js';
import { writeApp, type WrittenApp } from '../helpers/written-app.js';

const USERS = 'database/migrations/2024_01_01_000000_create_users.php';
const POSTS = 'database/migrations/2024_01_01_000001_create_posts.php';

const migration = (body: string) => `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration {
    public function up(): void
    {
${body}
    }
};
`;

const FILES: Record<string, string> = {
  [USERS]: migration(`        Schema::create('users', function (Blueprint $table) {
            $table->id();
            $table->string('email');
        });`),
  // Line 9 creates posts: (author_id) is a left prefix of (author_id, created_at).
  [POSTS]: migration(`        Schema::create('posts', function (Blueprint $table) {
            $table->id();
            $table->unsignedBigInteger('author_id');
            $table->timestamps();
            $table->index('author_id');
            $table->index(['author_id', 'created_at']);
        });`),
};

let app: WrittenApp;

beforeAll(() => {
  app = writeApp('origins', FILES);
});

afterAll(() => app.remove());

const audit = (database: boolean): Promise<AuditReport> => app.audit(database);

describe('where a table finding points', () => {
  it.each([
    ['with a database', true],
    ['without a database', false],
  ])('%s: at the migration that created the table', async (_, database) => {
    const report = await audit(database);
    const planner = report.phases.find((p) => p.name === 'planner');
    expect(planner?.status === 'ran').toBe(database);
    const redundant = report.findings.find((f) => f.rule === 'PA106' && f.table === 'posts');
    expect(redundant).toMatchObject({ file: POSTS, line: 9, columns: ['author_id'] });
  });
});
