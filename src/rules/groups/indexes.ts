import type { Rule } from '../rule.js';
import { pa101MissingIndex } from '../pa101-missing-index.js';
import { pa102FullTableScan } from '../pa102-full-table-scan.js';
import { pa103FilesortTemporary } from '../pa103-filesort-temporary.js';
import { pa104FunctionOnIndexedColumn } from '../pa104-function-on-indexed-column.js';
import { pa105UnindexedForeignKey } from '../pa105-unindexed-foreign-key.js';
import { pa106RedundantIndex } from '../pa106-redundant-index.js';
import { pa107TableWithoutPrimaryKey } from '../pa107-table-without-primary-key.js';

/** The indexes rules, one file each in src/rules/. */
export const indexesRules: Rule[] = [
  pa101MissingIndex,
  pa102FullTableScan,
  pa103FilesortTemporary,
  pa104FunctionOnIndexedColumn,
  pa105UnindexedForeignKey,
  pa106RedundantIndex,
  pa107TableWithoutPrimaryKey,
];
