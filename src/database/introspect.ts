/**
 * Reads the schema MariaDB actually holds from information_schema, in one round trip: tables, columns
 * (COLUMN_TYPE, nullability, COLUMN_DEFAULT, JSON), indexes with column order and uniqueness, foreign keys.
 * This, not the translation of the migrations, is what the rules read.
 */

import type { Connection } from 'mysql2/promise';
import type { Column, ForeignKey, Index, Schema, SchemaSource, Table } from '../schema/model.js';

type Row = Record<string, string | number | null>;

const QUERIES = [
  `SELECT TABLE_NAME, ENGINE, TABLE_COLLATION, TABLE_COMMENT FROM information_schema.TABLES
    WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME`,
  `SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION,
      COLUMN_COMMENT, COLLATION_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION`,
  `SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, NON_UNIQUE, SUB_PART, INDEX_TYPE FROM information_schema.STATISTICS
    WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME = 'PRIMARY' DESC, INDEX_NAME, SEQ_IN_INDEX`,
  `SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME,
      r.UPDATE_RULE, r.DELETE_RULE
    FROM information_schema.KEY_COLUMN_USAGE k
    JOIN information_schema.REFERENTIAL_CONSTRAINTS r
      ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME
    WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
    ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`,
  // MariaDB's JSON is LONGTEXT with a column check `json_valid(`col`)`: only the check tells them apart.
  `SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS
    WHERE CONSTRAINT_SCHEMA = ? AND CHECK_CLAUSE LIKE 'json\\_valid(%'`,
];

const str = (v: string | number | null): string => (v === null ? '' : String(v));

function toColumn(r: Row, tableCollation: string | undefined): Column {
  const extra = str(r.EXTRA).toLowerCase();
  const col: Column = {
    name: str(r.COLUMN_NAME),
    type: str(r.COLUMN_TYPE).toLowerCase(),
    nullable: r.IS_NULLABLE === 'YES',
    default: r.COLUMN_DEFAULT === null ? null : String(r.COLUMN_DEFAULT),
  };
  if (extra.includes('auto_increment')) col.autoIncrement = true;
  if (extra.includes('generated')) {
    col.generated = { expression: str(r.GENERATION_EXPRESSION), stored: extra.includes('stored') };
  }
  const onUpdate = /on update (\S+)/.exec(extra);
  if (onUpdate) col.onUpdate = onUpdate[1];
  if (r.COLUMN_COMMENT) col.comment = String(r.COLUMN_COMMENT);
  if (r.COLLATION_NAME) col.collation = String(r.COLLATION_NAME);
  if (r.CHARACTER_SET_NAME && r.COLLATION_NAME !== tableCollation) col.charset = String(r.CHARACTER_SET_NAME);
  return col;
}

export async function introspectSchema(
  conn: Connection,
  database: string,
  source: SchemaSource = 'migrations',
): Promise<Schema> {
  // One statement per query: the connection may be a confined, single-statement one.
  const results: Row[][] = [];
  for (const q of QUERIES) results.push((await conn.query(q, [database]))[0] as unknown as Row[]);
  const [tableRows, columnRows, indexRows, fkRows, checkRows] = results;
  const tables = new Map<string, Table>();
  for (const r of tableRows) {
    const t: Table = { name: str(r.TABLE_NAME), columns: [], indexes: [], foreignKeys: [] };
    if (r.ENGINE) t.engine = String(r.ENGINE);
    if (r.TABLE_COLLATION) {
      t.collation = String(r.TABLE_COLLATION);
      t.charset = t.collation.split('_')[0];
    }
    if (r.TABLE_COMMENT) t.comment = String(r.TABLE_COMMENT);
    tables.set(t.name, t);
  }
  for (const r of columnRows) {
    const t = tables.get(str(r.TABLE_NAME));
    if (t) t.columns.push(toColumn(r, t.collation));
  }
  for (const r of indexRows) {
    const t = tables.get(str(r.TABLE_NAME));
    if (!t) continue;
    const name = str(r.INDEX_NAME);
    let idx: Index | undefined = t.indexes.find((i) => i.name === name);
    if (!idx) {
      const type = str(r.INDEX_TYPE).toUpperCase();
      idx = {
        name,
        columns: [],
        unique: Number(r.NON_UNIQUE) === 0,
        kind: type === 'FULLTEXT' ? 'fulltext' : type === 'SPATIAL' ? 'spatial' : 'btree',
      };
      if (name === 'PRIMARY') idx.primary = true;
      t.indexes.push(idx);
    }
    idx.columns.push(str(r.COLUMN_NAME));
    // SPATIAL indexes report SUB_PART 32 for the whole geometry: not a prefix.
    const sub = r.SUB_PART === null || idx.kind === 'spatial' ? null : Number(r.SUB_PART);
    if (sub !== null || idx.subParts) {
      idx.subParts ??= idx.columns.slice(0, -1).map(() => null);
      idx.subParts.push(sub);
    }
  }
  for (const r of fkRows) {
    const t = tables.get(str(r.TABLE_NAME));
    if (!t) continue;
    const name = str(r.CONSTRAINT_NAME);
    let fk: ForeignKey | undefined = t.foreignKeys.find((f) => f.name === name);
    if (!fk) {
      fk = {
        name,
        columns: [],
        refTable: str(r.REFERENCED_TABLE_NAME),
        refColumns: [],
        onDelete: str(r.DELETE_RULE),
        onUpdate: str(r.UPDATE_RULE),
      };
      t.foreignKeys.push(fk);
    }
    fk.columns.push(str(r.COLUMN_NAME));
    fk.refColumns.push(str(r.REFERENCED_COLUMN_NAME));
  }
  for (const r of checkRows) {
    const column = str(r.CONSTRAINT_NAME);
    const col = tables.get(str(r.TABLE_NAME))?.columns.find((c) => c.name === column);
    if (col && str(r.CHECK_CLAUSE) === `json_valid(\`${column.replace(/`/g, '``')}\`)`) col.json = true;
  }
  return { source, tables: [...tables.values()] };
}
