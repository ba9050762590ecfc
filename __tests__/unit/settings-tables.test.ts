/**
 * Key-value settings tables are small however often a settings screen saves them; an entity-attribute-value
 * table or a cache table with the same key and value columns is not one.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import type { ProjectModel, TableWrite } from '../../src/project/model.js';
import type { Table } from '../../src/schema/model.js';
import { tableSizes } from '../../src/rules/calibrate/size-class.js';
import { isSettingsTable } from '../../src/rules/calibrate/settings-tables.js';

const noTenant = () => false;

describe('a key-value settings table', () => {
  it('is one key and one value, with scope columns or the tenant key beside them', () => {
    expect(isSettingsTable(['id', 'key', 'value', 'created_at', 'updated_at'], noTenant)).toBe(true);
    expect(isSettingsTable(['setting_key', 'value', 'type'], noTenant)).toBe(true);
    expect(isSettingsTable(['id', 'code', 'value', 'channel_code', 'locale_code'], noTenant)).toBe(true);
    expect(isSettingsTable(['id', 'company_id', 'key', 'value'], (c) => c === 'company_id')).toBe(true);
  });

  it('is not a table pointing at rows of another one (entity-attribute-value), a cache, or a plain list', () => {
    expect(isSettingsTable(['id', 'post_id', 'meta_key', 'meta_value'], noTenant)).toBe(false);
    expect(isSettingsTable(['id', 'entity_id', 'entity_type', 'name', 'value'], noTenant)).toBe(false);
    expect(isSettingsTable(['key', 'value', 'expiration'], noTenant)).toBe(false);
    expect(isSettingsTable(['id', 'company_id', 'key', 'value'], noTenant)).toBe(false);
    expect(isSettingsTable(['id', 'name', 'email'], noTenant)).toBe(false);
    expect(isSettingsTable(['id', 'name', 'code', 'value'], noTenant)).toBe(false);
  });
});

describe('its size class', () => {
  const table = (name: string, ...columns: string[]): Table => ({
    name,
    columns: ['id', ...columns].map((c) => ({
      name: c,
      type: 'varchar(191)',
      nullable: false,
      default: null,
    })),
    indexes: [],
    foreignKeys: [],
  });
  const write = (t: string): TableWrite => ({
    table: t,
    method: 'updateorcreate',
    place: 'request',
    location: { file: 'app/Http/Controllers/SettingsController.php', line: 20 },
  });
  const project: ProjectModel = {
    root: '/tmp/app',
    laravelVersion: 11,
    migrationFiles: [],
    schema: {
      source: 'static',
      tables: [table('settings', 'key', 'value'), table('post_meta', 'post_id', 'meta_key', 'meta_value')],
    },
    models: [],
    queries: [],
    writes: [write('settings'), write('post_meta')],
    settings: {},
    problems: [],
    phpFiles: 1,
  };
  const size = tableSizes(project, defaultConfig('/tmp/app'));

  it('is small although a request writes it, saying why', () => {
    expect(size('settings')).toMatchObject({ class: 'small', source: 'code' });
    expect(size('settings').reason).toMatch(/key-value settings table/);
  });

  it('leaves an entity-attribute-value table growing', () => {
    expect(size('post_meta')).toMatchObject({ class: 'growing' });
  });

  it('database.tables still overrides', () => {
    const config = defaultConfig('/tmp/app');
    config.database.tables = { settings: 2_000_000 };
    expect(tableSizes(project, config)('settings')).toMatchObject({ class: 'growing', source: 'config' });
  });
});
