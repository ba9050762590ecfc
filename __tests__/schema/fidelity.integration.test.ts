/**
 * Fidelity: the corpus of migrations runs through Laravel's own schema builder (8.83, the reference) and
 * through perf-audit (fold → DDL → apply → introspect); information_schema must agree on every table,
 * column (type, nullability, default), index (name, columns, order, uniqueness) and foreign key.
 */

import { readdirSync } from 'node:fs';
import { defaultConfig } from '../../src/config/defaults.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runSchemaPhase } from '../../src/database/schema-phase.js';
import { comparable, CORPUS, laravelMigrate, migrationApp, withScratch } from './helpers.js';

describe('migrations corpus: perf-audit builds what Laravel builds', () => {
  it('has at least 60 migration files', () => {
    expect(readdirSync(CORPUS).filter((n) => n.endsWith('.php')).length).toBeGreaterThanOrEqual(60);
  });

  it('agrees with Laravel 8.83 on every table, column, index and foreign key', async () => {
    const reference = await withScratch(async (db) => {
      const res = await laravelMigrate(CORPUS, db);
      expect(res.errors).toEqual([]);
      return introspectSchema(db.conn, db.name);
    });
    const ours = await withScratch(async (db) => {
      const { app, parsed } = migrationApp(CORPUS);
      const config = defaultConfig(app.root);
      config.database.schema = 'migrations';
      const result = await runSchemaPhase(db, { config, app, parsed });
      expect(result.problems).toEqual([]);
      expect(result.foldProblems).toEqual([]);
      expect(result.source).toBe('migrations');
      return result.schema;
    });
    const expected = comparable(reference);
    expect(Object.keys(expected).length).toBeGreaterThan(40);
    // Constructs with a fixture of their own: try/finally, method names in any case, helpers with
    // arguments, columns and callbacks in variables, driver checks, foreignIdFor of models' keys,
    // prefix key parts and PDO driver checks, match/ternary/rescue() statements, change() through Doctrine,
    // a migration that alters the migrator's own table before another one, modifiers chained on commands.
    for (const table of [
      'import_batches',
      'shift_slots',
      'cash_ledgers',
      'card_ledgers',
      'warehouses',
      'search_entries',
      'redemptions',
      'mail_headers',
      'meter_readings',
      'repeat_rules',
    ])
      expect(expected).toHaveProperty(table);
    expect((expected['password_resets'] as { indexes: string[] }).indexes).toContain(
      'password_resets_created_at_index btree (created_at)',
    );
    expect(comparable(ours)).toEqual(expected);
  });
});
