import type { Column, Table } from '../../src/schema/model.js';
import { allLowCardinality, isBooleanLike, lowCardinalityOf } from '../../src/schema/low-cardinality.js';
import { selectivityRank } from '../../src/schema/table-index-plan.js';

const col = (name: string, type: string, extra: Partial<Column> = {}): Column => ({
  name,
  type,
  nullable: false,
  default: null,
  ...extra,
});

// Written for this test: one column of each kind.
const devices: Table = {
  name: 'devices',
  columns: [
    col('id', 'bigint(20) unsigned'),
    col('user_id', 'bigint(20) unsigned'),
    col('status_id', 'int(10) unsigned'),
    col('is_active', 'tinyint(1)'),
    col('requestable', 'tinyint(4)', { default: '0' }),
    col('root_admin', 'tinyint(3) unsigned', { default: "'1'" }),
    col('is_shared', 'int(11)'),
    col('quantity', 'tinyint(3) unsigned'),
    col('size', "enum('s','m','l')"),
    col('status', 'varchar(20)', { nullable: true }),
    col('commentable_type', 'varchar(255)'),
    col('serial', 'varchar(64)'),
    col('state_code', 'varchar(8)'),
    col('next_run', 'timestamp'),
    col('type', 'varchar(32)'),
  ],
  indexes: [
    { name: 'PRIMARY', columns: ['id'], unique: true, primary: true },
    { name: 'devices_type_unique', columns: ['type'], unique: true },
  ],
  foreignKeys: [],
};

describe('low-cardinality columns', () => {
  it('booleans: the boolean types, tinyint flags defaulting to 0 or 1, is_… integers', () => {
    const flag = (name: string) => isBooleanLike(devices.columns.find((c) => c.name === name)!);
    expect(['is_active', 'requestable', 'root_admin', 'is_shared'].map(flag)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    // A tinyint with no 0/1 default is a small number; a key of another row is no flag.
    expect(['quantity', 'user_id', 'status_id'].map(flag)).toEqual([false, false, false]);
  });

  it('names why a column holds few values, and leaves selective ones alone', () => {
    expect(lowCardinalityOf(devices, 'requestable')).toBe('boolean');
    expect(lowCardinalityOf(devices, 'size')).toBe('enum');
    expect(lowCardinalityOf(devices, 'status')).toBe('status-like');
    expect(lowCardinalityOf(devices, 'commentable_type')).toBe('type-like');
    for (const c of ['user_id', 'status_id', 'serial', 'state_code', 'next_run', 'quantity', 'missing'])
      expect(lowCardinalityOf(devices, c)).toBeNull();
    // Unique on its own: as many values as rows, whatever the name says.
    expect(lowCardinalityOf(devices, 'type')).toBeNull();
  });

  it('an index is low-cardinality only when every column is', () => {
    expect(allLowCardinality(devices, ['is_active', 'status'])).toEqual({
      is_active: 'boolean',
      status: 'status-like',
    });
    expect(allLowCardinality(devices, ['user_id', 'is_active'])).toBeNull();
    expect(allLowCardinality(devices, ['is_active', 'next_run'])).toBeNull();
    expect(allLowCardinality(devices, [])).toBeNull();
  });

  it('an integer flag ranks with the booleans when the index plan orders equality columns', () => {
    expect(selectivityRank(devices, 'requestable')).toBe(selectivityRank(devices, 'is_active'));
    expect(selectivityRank(devices, 'requestable')).toBeGreaterThan(selectivityRank(devices, 'user_id'));
  });
});
