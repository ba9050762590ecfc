/**
 * The static match and the primary key: InnoDB ends every secondary index with it, so `(company_id)` reads
 * one company's rows in id order; and an unbounded sort by the key alone after a range or IN is no index's
 * to spare (every row found is read), so it does not make the filter's index a partial match.
 */

import { matchShape } from '../../src/schema/index-match.js';
import { withoutImpliedPrimaryKey } from '../../src/schema/table-index-plan.js';
import type { Index, Table } from '../../src/schema/model.js';
import { shape } from './seed.js';

const idx = (name: string, columns: string[], unique = false, primary = false): Index => ({
  name,
  columns,
  unique,
  primary,
});
const invoices = (engine?: string): Table => ({
  name: 'invoices',
  engine,
  columns: ['id', 'company_id', 'status_id', 'balance', 'created_at'].map((name) => ({
    name,
    type: 'bigint(20) unsigned',
    nullable: false,
    default: null,
  })),
  indexes: [
    idx('PRIMARY', ['id'], true, true),
    idx('invoices_company_id_index', ['company_id']),
    idx('invoices_status_id_balance_index', ['status_id', 'balance']),
  ],
  foreignKeys: [],
});
type ShapeSpec = Parameters<typeof shape>[0];
const judge = (s: ShapeSpec, engine?: string) => matchShape(shape(s), invoices(engine));

describe('the primary key a secondary index ends with', () => {
  const oneCompanyById: ShapeSpec = {
    table: 'invoices',
    where: [{ column: 'company_id', op: '=' }],
    orderBy: [{ column: 'id', direction: 'desc' }],
    limit: 20,
  };

  it('serves equality on the index, then ORDER BY the key, bounded or not', () => {
    const v = judge(oneCompanyById);
    expect(v.verdict).toBe('served');
    expect(v.best?.index.name).toBe('invoices_company_id_index');
    expect(v.best?.sortServed).toBe(true);
    expect(judge({ ...oneCompanyById, limit: undefined }).verdict).toBe('served');
  });

  it('reads the engine name before its table options', () => {
    expect(judge(oneCompanyById, 'InnoDB ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8').verdict).toBe('served');
  });

  it('does not on an engine that does not cluster by the key', () => {
    const v = judge(oneCompanyById, 'MyISAM');
    expect(v.verdict).toBe('partial');
    expect(v.reasons.join(' ')).toContain('but not in ORDER BY id desc order (filesort)');
  });

  it('still wants another sorted column after the equality', () => {
    const v = judge({ ...oneCompanyById, orderBy: [{ column: 'created_at', direction: 'desc' }] });
    expect(v.verdict).toBe('partial');
    expect(v.proposal?.columns).toEqual(['company_id', 'created_at']);
  });
});

describe('an unbounded sort by the key alone after a range or IN', () => {
  const openByKey: ShapeSpec = {
    table: 'invoices',
    where: [
      { column: 'status_id', op: 'in' },
      { column: 'balance', op: '>' },
    ],
    orderBy: [{ column: 'id', direction: 'asc' }],
  };

  it('leaves the filter index served, saying why', () => {
    const v = judge(openByKey);
    expect(v.verdict).toBe('served');
    expect(v.proposal).toBeNull();
    expect(v.reasons).toContain(
      'then sorts by the primary key, which no index gives after status_id, balance (see PA103)',
    );
  });

  it('stays partial when bounded, or sorted by another column', () => {
    expect(judge({ ...openByKey, limit: 50 }).verdict).toBe('partial');
    expect(judge({ ...openByKey, orderBy: [{ column: 'created_at', direction: 'asc' }] }).verdict).toBe(
      'partial',
    );
  });
});

describe('a proposal never ends with the key the index holds anyway', () => {
  it('drops it whatever table options follow the engine name', () => {
    expect(withoutImpliedPrimaryKey(invoices(), ['company_id', 'id'])).toEqual(['company_id']);
    expect(withoutImpliedPrimaryKey(invoices('InnoDB ROW_FORMAT=COMPRESSED'), ['company_id', 'id'])).toEqual([
      'company_id',
    ]);
    expect(withoutImpliedPrimaryKey(invoices('MyISAM'), ['company_id', 'id'])).toEqual(['company_id', 'id']);
  });
});
