/**
 * The app's connection options (config/database.php) in the fold: `strict`/`modes` decide whether a
 * VARCHAR too long for its character set is refused or turned into a text type, as MariaDB does under
 * the sql_mode Laravel's MySqlConnector sets; engine, charset and collation are every CREATE TABLE's
 * defaults. The expected columns are read back from MariaDB given the same DDL in the same sql_mode.
 */

import { schemaFromMigrations } from '../../src/project/laravel/migrations/index.js';
import { connectionOptions } from '../../src/project/laravel/migrations/connection.js';
import { laravelHost } from '../../src/project/laravel/host.js';
import { parsePhp } from '../../src/project/php/parse.js';
import type { PhpValue } from '../../src/project/php/value.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { findTable } from '../../src/schema/model.js';
import { withScratch } from './helpers.js';

const MIGRATION = `<?php
use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;
return new class extends Migration { public function up(): void {
    Schema::create('notes', function (Blueprint $table) {
        $table->increments('id');
        $table->string('body', 60000)->nullable();
        $table->string('title', 200);
    });
    Schema::create('ascii_notes', function (Blueprint $table) {
        $table->charset = 'latin1';
        $table->collation = 'latin1_swedish_ci';
        $table->string('body', 60000)->nullable();
    });
} };`;

function fold(connection: Record<string, PhpValue>) {
  const { parsed } = parsePhp('database/migrations/2024_01_01_000000_notes.php', MIGRATION);
  const config: Record<string, PhpValue> = { 'database.default': 'mysql' };
  for (const [k, v] of Object.entries(connection)) config[`database.connections.mysql.${k}`] = v;
  const host = laravelHost({ config: (key) => config[key] });
  return schemaFromMigrations([parsed!], { connection: connectionOptions(host) });
}

/** What MariaDB makes of the same CREATE TABLE in that sql_mode. */
async function mariadb(sqlMode: string, sql: string) {
  return withScratch(async (db) => {
    await db.conn.query(`SET SESSION sql_mode = '${sqlMode}'`);
    try {
      await db.conn.query(sql);
    } catch (err) {
      return { error: (err as Error).message, schema: null };
    }
    return { error: null, schema: await introspectSchema(db.conn, db.name) };
  });
}

const CREATE =
  'CREATE TABLE notes (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, body varchar(60000) NULL, ' +
  "title varchar(200) NOT NULL) DEFAULT CHARACTER SET utf8mb4 COLLATE 'utf8mb4_unicode_ci'";

describe('connection options from config/database.php', () => {
  it('turns a too long VARCHAR into the text type MariaDB picks when the connection is not strict', async () => {
    const { schema, problems } = fold({ strict: false, charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' });
    expect(problems).toEqual([]);
    const real = await mariadb('NO_ENGINE_SUBSTITUTION', CREATE);
    expect(real.error).toBeNull();
    const types = (s: typeof schema) =>
      findTable(s, 'notes')!
        .columns.filter((c) => c.name !== 'id')
        .map((c) => `${c.name} ${c.type}`);
    expect(types(schema)).toEqual(types(real.schema!));
    expect(types(schema)).toContain('body mediumtext');
    // A single-byte character set holds 60,000 characters in a VARCHAR.
    expect(findTable(schema, 'ascii_notes')!.columns[0].type).toBe('varchar(60000)');
    expect(findTable(schema, 'notes')).toMatchObject({ charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci' });
  });

  it('refuses it, with the error MariaDB gives, when the connection is strict (or sets strict modes)', async () => {
    const real = await mariadb('STRICT_TRANS_TABLES', CREATE);
    const connections: Record<string, PhpValue>[] = [
      { strict: true },
      { strict: false, modes: ['STRICT_ALL_TABLES'] },
      {},
    ];
    for (const connection of connections) {
      const { schema, problems } = fold(connection);
      expect(problems.map((p) => p.message)).toEqual([real.error!.replace(/^.*?(Column length)/, '$1')]);
      expect(findTable(schema, 'notes')!.columns.map((c) => c.name)).toEqual(['id', 'title']);
    }
  });

  it('gives created tables the connection engine unless the Blueprint sets one', () => {
    const { schema } = fold({ strict: false, engine: 'MyISAM' });
    expect(findTable(schema, 'notes')!.engine).toBe('MyISAM');
  });
});
