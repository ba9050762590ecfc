/**
 * SQL text from the repository is cut into quoted and unquoted parts in one pass: escapes, doubled quotes
 * and an unclosed quote are read as MariaDB reads them, and hostile text (thousands of unclosed quotes with
 * escapes, which a backtracking pattern rescans from every quote) is read in full.
 */

import { mapUnquoted, quotedParts } from '../../src/project/sql/quoted-parts.js';
import { binaryAsCast, predicatesFromFragment } from '../../src/project/sql/shapes.js';

test('strings, names and plain text, with escapes and doubled quotes', () => {
  expect(quotedParts("a = 'it''s' AND `b` = \"x\\\"y\" OR c")).toEqual([
    { kind: 'text', text: 'a = ' },
    { kind: 'string', text: "'it''s'" },
    { kind: 'text', text: ' AND ' },
    { kind: 'name', text: '`b`' },
    { kind: 'text', text: ' = ' },
    { kind: 'string', text: '"x\\"y"' },
    { kind: 'text', text: ' OR c' },
  ]);
});

test('an unclosed quote runs to the end; only unquoted text is mapped', () => {
  expect(quotedParts("a = 'open ? and more")).toEqual([
    { kind: 'text', text: 'a = ' },
    { kind: 'string', text: "'open ? and more" },
  ]);
  expect(mapUnquoted("a = ? AND b = '?' AND `?` = ?", (t) => t.replace(/\?/g, "''"))).toBe(
    "a = '' AND b = '?' AND `?` = ''",
  );
});

test('hostile text of 200,000 characters is read to its end, and a BINARY after it still found', () => {
  const hostile = "'\\".repeat(100_000);
  expect(quotedParts(hostile)).toEqual([{ kind: 'string', text: hostile }]);
  const sql = `'${"\\'".repeat(50_000)}x' AND BINARY token = ?`;
  expect(binaryAsCast(sql).endsWith('AND CAST(token AS BINARY) = ?')).toBe(true);
  expect(predicatesFromFragment(`note = '${"\\'".repeat(50_000)}`, 't')).toHaveProperty('error');
});
