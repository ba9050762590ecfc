/**
 * `BINARY col = ?` (a case-sensitive lookup) is `CAST(col AS BINARY)`: MariaDB cannot seek in col's index
 * and reads every row, while `col = BINARY ?` casts the value and seeks. The SQL grammar lacks the operator
 * on a column; read from real PHP, the query is now understood and PA104 reports it, planned on MariaDB.
 */

import type { Finding } from '../../src/findings.js';
import { bareModel, extract, parseSource, preds } from '../queries/helpers.js';
import { plannedFindings } from './seed.js';

// Written for this test: a webhook looking a payment hash up case-sensitively, three ways.
const controller = parseSource(
  'app/Http/Controllers/WebhookController.php',
  `<?php
namespace App\\Http\\Controllers;
use App\\Models\\PaymentHash;
use Illuminate\\Support\\Facades\\DB;
class WebhookController extends Controller
{
    public function paid($hash)
    {
        return PaymentHash::whereRaw('BINARY \`hash\`= ?', [$hash])->firstOrFail();
    }
    public function refunded($hash)
    {
        return PaymentHash::where(DB::raw('BINARY payment_hashes.reference'), $hash)->first();
    }
    public function settled($hash)
    {
        return PaymentHash::whereRaw('\`hash\` = BINARY ?', [$hash])->where('note', '<>', 'BINARY \`hash\`')->first();
    }
}
`,
);

const SQL = `
CREATE TABLE payment_hashes (
  id bigint unsigned auto_increment PRIMARY KEY,
  hash varchar(255) NOT NULL,
  reference varchar(64) NULL,
  note varchar(255) NULL,
  KEY payment_hashes_hash_index (hash),
  KEY payment_hashes_reference_index (reference)
);`;

const { queries, problems } = extract([controller, bareModel('PaymentHash')]);
const at = (line: number) => queries.find((q) => q.location.line === line)!;

describe('the BINARY operator on a column', () => {
  let of: (rule: string) => Finding[];

  beforeAll(async () => {
    of = await plannedFindings(SQL, queries);
  }, 60_000);

  it('is read as a cast of the column, from whereRaw and from a DB::raw column; on the value it is no cast', () => {
    expect(problems).toEqual([]);
    expect(preds(at(9))).toEqual(['BINARY(hash) =']);
    expect(preds(at(13))).toEqual(['BINARY(reference) =']);
    expect(preds(at(17))).toEqual(['hash =', 'note !=']);
  });

  it('triggers PA104 on both casts, with the rewrite that casts the value', () => {
    const found = of('PA104');
    const hash = found.find((f) => f.columns[0] === 'hash')!;
    expect(hash).toBeDefined();
    expect(hash.title).toBe('BINARY(hash) cannot use payment_hashes_hash_index');
    expect(hash.fix.text).toContain("whereRaw('hash = BINARY ?'");
    expect(hash.line).toBe(9);
    expect(found.some((f) => f.columns[0] === 'reference')).toBe(true);
  });

  it('must not: the cast on the value seeks in the index', () => {
    expect(of('PA104').filter((f) => f.line === 17)).toEqual([]);
  });
});
