import {
  analyzeShape,
  defeatedIndexes,
  indexProposal,
  laravelIndexName,
  matchShape,
  proposeIndex,
} from '../../src/schema/index-match.js';
import type { Index, Table } from '../../src/schema/model.js';
import { shape } from './seed.js';

const idx = (name: string, columns: string[], unique = false, primary = false): Index => ({
  name,
  columns,
  unique,
  primary,
});
const orders: Table = {
  name: 'orders',
  columns: ['id', 'user_id', 'status', 'total', 'paid', 'created_at', 'deleted_at', 'code', 'note'].map(
    (name) => ({
      name,
      type: name === 'paid' ? 'tinyint(1)' : 'varchar(255)',
      nullable: false,
      default: null,
    }),
  ),
  indexes: [
    idx('PRIMARY', ['id'], true, true),
    idx('orders_code_unique', ['code'], true),
    idx('orders_user_id_status_index', ['user_id', 'status']),
    idx('orders_status_created_at_index', ['status', 'created_at']),
  ],
  foreignKeys: [],
};
const items: Table = {
  name: 'order_items',
  columns: ['id', 'order_id', 'sku'].map((name) => ({
    name,
    type: 'bigint(20) unsigned',
    nullable: false,
    default: null,
  })),
  indexes: [idx('PRIMARY', ['id'], true, true)],
  foreignKeys: [],
};
const judge = (s: Parameters<typeof shape>[0]) => matchShape(shape(s), orders);

describe('leftmost-prefix matching', () => {
  it('serves the first column of a composite index on its own, but not the second', () => {
    expect(judge({ table: 'orders', where: [{ column: 'user_id', op: '=' }] }).verdict).toBe('served');
    const v = judge({ table: 'orders', where: [{ column: 'total', op: '=' }] });
    expect(v.verdict).toBe('none');
    expect(v.reasons).toContain('no index starts with total');
    // (user_id, status) does not serve status alone, but (status, created_at) does.
    expect(judge({ table: 'orders', where: [{ column: 'status', op: '=' }] }).best?.index.name).toBe(
      'orders_status_created_at_index',
    );
  });

  it('takes equality columns in any order as the prefix, then one range column', () => {
    const both = judge({
      table: 'orders',
      where: [
        { column: 'status', op: '=' },
        { column: 'user_id', op: '=' },
      ],
    });
    expect(both.best?.seek).toEqual(['user_id', 'status']);
    const range = judge({
      table: 'orders',
      where: [
        { column: 'created_at', op: '>=' },
        { column: 'status', op: '=' },
      ],
    });
    expect(range.best).toMatchObject({ seek: ['status', 'created_at'] });
    expect(range.verdict).toBe('served');
  });

  it('counts IN as equality for the prefix', () => {
    const v = judge({
      table: 'orders',
      where: [
        { column: 'user_id', op: 'in' },
        { column: 'status', op: '=' },
      ],
    });
    expect(v.best?.seek).toEqual(['user_id', 'status']);
  });

  it('serves ORDER BY when the index continues the equality prefix, but not after an IN', () => {
    const eq = judge({
      table: 'orders',
      where: [{ column: 'status', op: '=' }],
      orderBy: [{ column: 'created_at', direction: 'desc' }],
    });
    expect(eq.verdict).toBe('served');
    const inList = judge({
      table: 'orders',
      where: [{ column: 'status', op: 'in' }],
      orderBy: [{ column: 'created_at', direction: 'desc' }],
    });
    expect(inList.verdict).toBe('partial');
    expect(inList.reasons.join(' ')).toMatch(/filesort/);
  });

  it('does not serve an ORDER BY with mixed directions', () => {
    const v = judge({
      table: 'orders',
      where: [{ column: 'status', op: '=' }],
      orderBy: [
        { column: 'created_at', direction: 'desc' },
        { column: 'id', direction: 'asc' },
      ],
    });
    expect(v.verdict).toBe('partial');
  });

  it('calls a filter served but a sort not served partial, and proposes equality then sort columns', () => {
    const v = judge({
      table: 'orders',
      where: [{ column: 'user_id', op: '=' }],
      orderBy: [{ column: 'created_at', direction: 'desc' }],
    });
    expect(v.verdict).toBe('partial');
    expect(v.proposal).toMatchObject({
      columns: ['user_id', 'created_at'],
      name: 'orders_user_id_created_at_index',
      sql: 'ALTER TABLE orders ADD INDEX orders_user_id_created_at_index (user_id, created_at);',
      migration: "$table->index(['user_id', 'created_at']);",
    });
  });

  it('counts the primary key and unique keys: one row, nothing to sort', () => {
    const find = judge({ table: 'orders', where: [{ column: 'id', op: '=' }], single: true });
    expect(find).toMatchObject({ verdict: 'served', proposal: null });
    const code = judge({
      table: 'orders',
      where: [{ column: 'code', op: '=' }],
      orderBy: [{ column: 'total', direction: 'asc' }],
    });
    expect(code.verdict).toBe('served');
    expect(code.reasons[0]).toMatch(/unique key orders_code_unique/);
  });

  it('sees that a function around a column defeats the index', () => {
    const s = shape({
      table: 'orders',
      where: [
        { column: 'created_at', op: '=', fn: 'DATE' },
        { column: 'status', op: '=' },
      ],
    });
    expect(defeatedIndexes(s, orders).map((d) => d.index.name)).toEqual(['orders_status_created_at_index']);
    const alone = shape({ table: 'orders', where: [{ column: 'created_at', op: '=', fn: 'YEAR' }] });
    // created_at leads no index: nothing is defeated (PA104 stays quiet), and no index could help as written.
    expect(defeatedIndexes(alone, orders)).toEqual([]);
    expect(matchShape(alone, orders).reasons).toContain('YEAR(created_at) cannot use a plain index');
  });

  it('serves GROUP BY from an index that continues the prefix', () => {
    expect(judge({ table: 'orders', groupBy: ['status'] }).verdict).toBe('served');
    const v = judge({ table: 'orders', groupBy: ['total'] });
    expect(v.verdict).toBe('none');
    expect(v.proposal?.columns).toEqual(['total']);
  });

  it('ignores soft deletes and IS NOT NULL as reasons for an index', () => {
    const deletedOnly = judge({
      table: 'orders',
      where: [{ column: 'deleted_at', op: 'is null', via: 'SoftDeletes' }],
    });
    expect(deletedOnly.verdict).toBe('served');
    const withFilter = judge({
      table: 'orders',
      where: [
        { column: 'note', op: '=' },
        { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
      ],
    });
    expect(withFilter.proposal?.columns).toEqual(['note']);
    expect(judge({ table: 'orders', where: [{ column: 'note', op: 'is not null' }] }).verdict).toBe('served');
  });

  it('needs an index on the joined column of a joined table', () => {
    const s = shape({
      table: 'orders',
      where: [{ column: 'user_id', op: '=' }],
      joins: [{ table: 'order_items', on: [{ left: 'order_id', right: 'orders.id' }], type: 'inner' }],
    });
    const a = analyzeShape(s, { source: 'static', tables: [orders, items] });
    expect(a.tables.map((t) => [t.table, t.role, t.verdict])).toEqual([
      ['orders', 'main', 'served'],
      ['order_items', 'join', 'none'],
    ]);
    expect(a.tables[1].proposal?.migration).toBe("$table->index('order_id');");
  });

  it('lets a joined table with its own filter drive the join when the main table has nothing to seek', () => {
    const drives = shape({
      table: 'orders',
      where: [{ column: 'sku', op: '=', table: 'order_items' }],
      joins: [{ table: 'order_items', on: [{ left: 'order_id', right: 'orders.id' }], type: 'inner' }],
    });
    const a = analyzeShape(drives, { source: 'static', tables: [orders, items] });
    expect(a.tables[0].verdict).toBe('served');
    expect(a.tables[1]).toMatchObject({ verdict: 'none', proposal: { columns: ['sku'] } });
    // When the main table seeks on an index, the joined table is looked up by its join column first.
    const inner = shape({ ...drives, id: '', where: [...drives.where, { column: 'user_id', op: '=' }] });
    const b = analyzeShape(inner, { source: 'static', tables: [orders, items] });
    expect(b.tables[1].proposal?.columns).toEqual(['sku', 'order_id']);
  });

  it("reads a join's ON value conditions as part of its lookup: (order_id, sku) serves it", () => {
    // `leftJoin('order_items', fn ($j) => $j->on(…)->where('order_items.sku', …))`: ON, not WHERE.
    const s = shape({
      table: 'orders',
      where: [],
      joins: [
        {
          table: 'order_items',
          on: [{ left: 'order_id', right: 'orders.id' }],
          type: 'left',
          where: [{ column: 'sku', op: '=', table: 'order_items' }],
        },
      ],
    });
    const a = analyzeShape(s, { source: 'static', tables: [orders, items] });
    // A LEFT JOIN's ON condition never drives it: the joined table is looked up by order_id and sku.
    expect([...(a.tables[1].proposal?.columns ?? [])].sort()).toEqual(['order_id', 'sku']);
    const served = {
      ...items,
      indexes: [...items.indexes, idx('order_items_order_id_sku_index', ['order_id', 'sku'])],
    };
    const b = analyzeShape(s, { source: 'static', tables: [orders, served] });
    expect(b.tables[1].verdict).toBe('served');
    // Nothing of it is asked of the main table.
    expect(b.tables[0].demand.equality).toEqual([]);
  });

  it('needs an index per column when an OR spans columns', () => {
    const v = judge({
      table: 'orders',
      where: [
        { column: 'user_id', op: '=' },
        { column: 'note', op: '=' },
      ],
      hasOr: true,
    });
    expect(v.verdict).toBe('partial');
    expect(v.proposal?.columns).toEqual(['note']);
  });

  it('leaves out columns the table does not have, and skips tables the schema does not know', () => {
    const v = judge({ table: 'orders', where: [{ column: 'nope', op: '=' }] });
    expect(v.verdict).toBe('served');
    expect(v.reasons[0]).toMatch(/column nope is not in orders/);
    const a = analyzeShape(shape({ table: 'ghosts', where: [{ column: 'x', op: '=' }] }), {
      source: 'static',
      tables: [orders],
    });
    expect(a).toMatchObject({ tables: [], skipped: ['ghosts'] });
  });

  it('proposes nothing an existing index already starts with', () => {
    expect(
      proposeIndex(shape({ table: 'orders', where: [{ column: 'status', op: '=' }] }), orders),
    ).toBeNull();
  });

  it('proposes nothing for a grouping that starts with a unique key: each group is one row', () => {
    // GROUP BY id, note (every selected column, as a GROUP_CONCAT over a join asks): grouping by id suffices.
    expect(proposeIndex(shape({ table: 'orders', groupBy: ['id', 'note'] }), orders)).toBeNull();
    expect(proposeIndex(shape({ table: 'orders', groupBy: ['code', 'total', 'note'] }), orders)).toBeNull();
  });

  it('still proposes a grouping that holds a unique key only after other columns', () => {
    const v = judge({ table: 'orders', groupBy: ['total', 'id'] });
    expect(v.proposal?.columns).toEqual(['total', 'id']);
  });
});

describe('OR groups AND-ed with the rest', () => {
  const g = (id: number, branch: number) => ({ id, branch });
  it('seeks on the AND-ed columns; the group filters', () => {
    const v = judge({
      table: 'orders',
      where: [
        { column: 'user_id', op: '=' },
        { column: 'total', op: '=', group: g(1, 0) },
        { column: 'note', op: '=', group: g(1, 1) },
      ],
    });
    expect(v.demand.equality).toEqual(['user_id']);
    expect(v.demand.hasOr).toBe(false);
    expect(v.verdict).toBe('served');
  });
  it('reads an OR of one column as an IN', () => {
    const v = judge({
      table: 'orders',
      where: [
        { column: 'total', op: '=', group: g(1, 0) },
        { column: 'total', op: '=', group: g(1, 1) },
      ],
    });
    expect(v.demand.inList).toEqual(['total']);
  });
  it('with nothing else to seek on, the one OR group is judged as an OR (index merge)', () => {
    const v = judge({
      table: 'orders',
      where: [
        { column: 'status', op: '=', group: g(1, 0) },
        { column: 'note', op: '=', group: g(1, 1) },
        { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
      ],
    });
    expect(v.demand.hasOr).toBe(true);
    expect(v.reasons).toContain('OR across columns: no index starts with note');
    expect(v.verdict).toBe('partial');
    expect(v.proposal?.columns).toEqual(['note']);
  });
});

describe('index naming', () => {
  it("names indexes as Laravel's Blueprint does", () => {
    expect(laravelIndexName('discord_practices', ['start_at'])).toBe('discord_practices_start_at_index');
    expect(laravelIndexName('my-app.Orders', ['User_Id'])).toBe('my_app_orders_user_id_index');
  });

  it('shortens names past 64 characters and passes the name to the migration line', () => {
    const p = indexProposal('a_really_long_table_name_for_reports', [
      'organisation_id',
      'generated_at',
      'status',
    ]);
    expect(p.name.length).toBeLessThanOrEqual(64);
    expect(p.name).toMatch(/_index$/);
    expect(p.migration).toBe(`$table->index(['organisation_id', 'generated_at', 'status'], '${p.name}');`);
  });

  it('quotes identifiers only when MariaDB needs it', () => {
    expect(indexProposal('order', ['group']).sql).toBe(
      'ALTER TABLE `order` ADD INDEX order_group_index (`group`);',
    );
  });
});

describe("a global scope's tenant key", () => {
  const lines: Table = {
    name: 'invoice_totals',
    columns: ['id', 'company_id', 'invoice_id', 'code', 'sort_order', 'paid'].map((name) => ({
      name,
      type: name === 'paid' ? 'tinyint(1)' : 'bigint(20) unsigned',
      nullable: false,
      default: null,
    })),
    indexes: [
      idx('PRIMARY', ['id'], true, true),
      idx('invoice_totals_company_id_index', ['company_id']),
      idx('invoice_totals_company_id_code_index', ['company_id', 'code']),
    ],
    foreignKeys: [],
  };
  const scoped = { column: 'company_id', op: '=' as const, via: 'globalScope:App\\Scopes\\Company' };
  const judgeLines = (where: Parameters<typeof shape>[0]['where']) =>
    matchShape(shape({ table: 'invoice_totals', where }), lines);

  it('does not make an index on it alone serve the query’s own filter', () => {
    const v = judgeLines([{ column: 'invoice_id', op: '=' }, scoped]);
    expect(v.verdict).toBe('none');
    expect(v.reasons.join(' ')).toContain("a global scope's key");
    // The query's own column leads the proposal; the tenant key follows it.
    expect(v.proposal?.columns).toEqual(['invoice_id', 'company_id']);
  });

  it('still counts where the query filters on it too, or the index also seeks on its own columns', () => {
    expect(
      judgeLines([
        { column: 'invoice_id', op: '=' },
        { column: 'company_id', op: '=' },
      ]).verdict,
    ).toBe('served');
    expect(judgeLines([{ column: 'code', op: '=' }, scoped]).verdict).toBe('served');
    // Nothing of its own to seek on, or only a boolean: the tenant key's index is what there is.
    expect(judgeLines([scoped]).verdict).toBe('served');
    expect(judgeLines([{ column: 'paid', op: '=' }, scoped]).verdict).toBe('served');
    // With the tenant key, a boolean of its own does not serve the query's selective column either.
    const withFlag: Table = {
      ...lines,
      indexes: [...lines.indexes, idx('invoice_totals_company_id_paid_index', ['company_id', 'paid'])],
    };
    const flagged = matchShape(
      shape({
        table: 'invoice_totals',
        where: [{ column: 'invoice_id', op: '=' }, { column: 'paid', op: '=' }, scoped],
      }),
      withFlag,
    );
    expect(flagged.verdict).toBe('none');
    expect(flagged.proposal?.columns).toEqual(['invoice_id', 'paid', 'company_id']);
  });
});

describe('an index on columns of few values alone', () => {
  const documents: Table = {
    name: 'documents',
    columns: ['id', 'contact_id', 'type', 'number'].map((name) => ({
      name,
      type: name === 'contact_id' ? 'bigint(20) unsigned' : 'varchar(255)',
      nullable: false,
      default: null,
    })),
    indexes: [idx('PRIMARY', ['id'], true, true), idx('documents_type_index', ['type'])],
    foreignKeys: [],
  };
  const judgeDocs = (where: Parameters<typeof shape>[0]['where'], t: Table = documents) =>
    matchShape(shape({ table: 'documents', where }), t);

  it('does not serve a query with a selective column of its own, tenant key or not', () => {
    const v = judgeDocs([
      { column: 'contact_id', op: '=' },
      { column: 'type', op: 'in' },
    ]);
    expect(v.verdict).toBe('none');
    expect(v.reasons.join(' ')).toContain(
      'seeks only on type (columns of few values); no index starts with contact_id',
    );
    expect(v.proposal?.columns).toEqual(['contact_id', 'type']);
  });

  it('serves a query that fixes only such columns, or an index that also seeks on the selective one', () => {
    expect(judgeDocs([{ column: 'type', op: '=' }]).verdict).toBe('served');
    const both: Table = {
      ...documents,
      indexes: [...documents.indexes, idx('documents_type_contact_id_index', ['type', 'contact_id'])],
    };
    expect(
      judgeDocs(
        [
          { column: 'contact_id', op: '=' },
          { column: 'type', op: '=' },
        ],
        both,
      ).verdict,
    ).toBe('served');
  });
});

describe('an index that seeks only on an IS NULL', () => {
  const hashes: Table = {
    name: 'payment_hashes',
    columns: ['id', 'hash', 'fee_invoice_id', 'payment_id', 'processed_at'].map((name) => ({
      name,
      type: name.endsWith('_id') ? 'bigint(20) unsigned' : 'varchar(255)',
      nullable: name !== 'id' && name !== 'hash',
      default: null,
    })),
    indexes: [
      idx('PRIMARY', ['id'], true, true),
      idx('payment_hashes_payment_id_foreign', ['payment_id']),
      idx('payment_hashes_processed_at_index', ['processed_at']),
    ],
    foreignKeys: [],
  };
  const judge = (where: Parameters<typeof shape>[0]['where']) =>
    matchShape(shape({ table: 'payment_hashes', where }), hashes);

  it('does not serve a query that also fixes a column with a value, which then leads the proposal', () => {
    const v = judge([
      { column: 'payment_id', op: 'is null' },
      { column: 'fee_invoice_id', op: '=' },
    ]);
    expect(v.verdict).toBe('none');
    expect(v.reasons.join(' ')).toContain(
      'seeks only on payment_id (IS NULL, which keeps every row without a value); no index starts with fee_invoice_id',
    );
    expect(v.proposal?.columns).toEqual(['fee_invoice_id', 'payment_id']);
  });

  it('serves a query whose only filters are IS NULL, or one that compares the column with a value too', () => {
    expect(judge([{ column: 'processed_at', op: 'is null' }]).verdict).toBe('served');
    expect(
      judge([
        { column: 'payment_id', op: 'is null' },
        { column: 'processed_at', op: 'is null' },
      ]).verdict,
    ).toBe('served');
    expect(
      judge([
        { column: 'payment_id', op: '=' },
        { column: 'fee_invoice_id', op: '=' },
      ]).verdict,
    ).toBe('served');
  });
});

describe('the best index for a query with a selective column and one of few values', () => {
  it('is the one on the selective column, whatever the order of the indexes', () => {
    const totals: Table = {
      name: 'document_totals',
      columns: ['id', 'document_id', 'type'].map((name) => ({
        name,
        type: name === 'document_id' ? 'bigint(20) unsigned' : 'varchar(255)',
        nullable: false,
        default: null,
      })),
      indexes: [
        idx('PRIMARY', ['id'], true, true),
        idx('document_totals_type_index', ['type']),
        idx('document_totals_document_id_index', ['document_id']),
      ],
      foreignKeys: [],
    };
    const v = matchShape(
      shape({
        table: 'document_totals',
        where: [
          { column: 'type', op: '=' },
          { column: 'document_id', op: 'in' },
        ],
      }),
      totals,
    );
    expect(v.verdict).toBe('served');
    expect(v.best?.index.name).toBe('document_totals_document_id_index');
  });
});

describe('a bounded sorted read whose filters keep a large share of the rows', () => {
  const g = (id: number, branch: number) => ({ id, branch });
  const sorted = { orderBy: [{ column: 'created_at', direction: 'desc' as const }], limit: 10 };
  it('needs the index of its sort: a yes/no filter and a visibility OR group ride along', () => {
    const flag = judge({ table: 'orders', ...sorted, where: [{ column: 'paid', op: '=' }] });
    expect(flag.demand.wide).toEqual(['paid']);
    expect(flag.demand.equality).toEqual([]);
    expect(flag.verdict).toBe('none');
    expect(flag.proposal?.columns).toEqual(['created_at']);
    expect(flag.reasons[0]).toMatch(/filters on paid keep a large share of the rows/);
    // `(paid = 0 or (paid = 1 and user_id = ?))`: the first branch alone keeps every unpaid order.
    const scope = judge({
      table: 'orders',
      ...sorted,
      where: [
        { column: 'paid', op: '=', group: g(1, 0) },
        { column: 'paid', op: '=', group: g(1, 1) },
        { column: 'user_id', op: '=', group: g(1, 1) },
        { column: 'deleted_at', op: 'is null', via: 'SoftDeletes' },
      ],
    });
    expect(scope.demand.hasOr).toBe(false);
    expect(scope.demand.wide).toEqual(['paid', 'user_id']);
    expect(scope.proposal?.columns).toEqual(['created_at']);
  });

  it('is served by an index that leads with the yes/no column, then the sort', () => {
    const t: Table = {
      ...orders,
      indexes: [...orders.indexes, idx('orders_paid_created_at_index', ['paid', 'created_at'])],
    };
    const v = matchShape(shape({ table: 'orders', ...sorted, where: [{ column: 'paid', op: '=' }] }), t);
    expect(v.verdict).toBe('served');
  });

  it('keeps a selective filter, an unbounded read, or a group without a yes/no branch as before', () => {
    const selective = judge({
      table: 'orders',
      ...sorted,
      where: [
        { column: 'paid', op: '=' },
        { column: 'total', op: '=' },
      ],
    });
    expect(selective.demand.wide).toEqual([]);
    expect(selective.proposal?.columns).toEqual(['paid', 'total', 'created_at']);
    const unbounded = judge({
      table: 'orders',
      orderBy: sorted.orderBy,
      where: [{ column: 'paid', op: '=' }],
    });
    expect(unbounded.demand.wide).toEqual([]);
    expect(unbounded.demand.equality).toEqual(['paid']);
    const narrowGroup = judge({
      table: 'orders',
      ...sorted,
      where: [
        { column: 'total', op: '=', group: g(1, 0) },
        { column: 'note', op: '=', group: g(1, 1) },
      ],
    });
    expect(narrowGroup.demand.wide).toEqual([]);
    expect(narrowGroup.demand.hasOr).toBe(true);
    // A status holds a handful of values, but one of them may be rare: it still leads the index.
    const status = judge({ table: 'orders', ...sorted, where: [{ column: 'status', op: '=' }] });
    expect(status.demand.wide).toEqual([]);
  });
});
