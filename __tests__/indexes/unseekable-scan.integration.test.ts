/**
 * Scans and sorts whose cost no index changes, end to end on the real MariaDB: a query whose only filter is
 * a LIKE the code starts with a wildcard (PA102), and a sort of every row of a table (PA103), are info; the
 * same reads with a pattern the code does not show, or bounded, or grouped, stay warnings.
 */

import { defaultConfig } from '../../src/config/defaults.js';
import type { ScratchDatabase } from '../../src/database/connection.js';
import { introspectSchema } from '../../src/database/introspect.js';
import { runPlannerPhase, type PlannerResult } from '../../src/database/planner.js';
import { finalize } from '../../src/rules/finalize.js';
import { wantsPartOfTable } from '../../src/rules/pa102-full-table-scan.js';
import { indexesRules } from '../../src/rules/groups/indexes.js';
import type { RuleContext } from '../../src/rules/rule.js';
import type { Schema } from '../../src/schema/model.js';
import { contextWith, scratchWith, shape } from './seed.js';

// Written for this test: articles with a title, a body and an author.
const SQL = `
CREATE TABLE articles (
  id bigint unsigned auto_increment PRIMARY KEY,
  author_id bigint unsigned NOT NULL,
  title varchar(255) NOT NULL,
  body text NULL,
  created_at timestamp NULL,
  slug varchar(255) NOT NULL,
  deleted_at timestamp NULL,
  KEY articles_author_id_index (author_id),
  KEY articles_created_at_index (created_at),
  KEY articles_slug_index (slug)
);
`;

const at = (line: number) => ({ file: 'app/Http/Controllers/ArticleController.php', line });
/** `"%{$q}%"`: the code starts the pattern with a wildcard, whatever `$q` is. */
const contains = shape({
  table: 'articles',
  place: 'request',
  where: [{ column: 'title', op: 'like', wildcardFirst: true }],
  limit: 20,
  location: at(10),
  code: "Article::where('title', 'like', \"%{$q}%\")->take(20)->get()",
});
/** `$q` alone: it may be a prefix search, so it is not assumed to start with a wildcard. */
const unknownPattern = shape({
  table: 'articles',
  place: 'request',
  where: [{ column: 'title', op: 'like' }],
  limit: 21,
  location: at(11),
  code: "Article::where('title', 'like', $q)->take(20)->get()",
});
/** `$q . '%'` on an indexed column: a prefix the code does not show finds few rows, and the index seeks it. */
const slugPrefix = shape({
  table: 'articles',
  place: 'request',
  where: [{ column: 'slug', op: 'like-prefix' }],
  location: at(12),
  code: "Article::where('slug', 'like', $q . '%')->get()",
});
/** A CSV export: every row, sorted. */
const exportAll = shape({
  table: 'articles',
  place: 'request',
  orderBy: [{ column: 'created_at', direction: 'asc' }],
  location: at(20),
  code: "Article::orderBy('created_at')->get()",
});
/** A sort of the rows a filter keeps. */
const authorsSorted = shape({
  table: 'articles',
  place: 'request',
  where: [{ column: 'author_id', op: 'in' }],
  orderBy: [{ column: 'created_at', direction: 'asc' }],
  location: at(21),
  code: "Article::whereIn('author_id', $ids)->orderBy('created_at')->get()",
});
/** The code's own soft-delete filter, spelled out: every live row, counted. */
const liveCount = shape({
  table: 'articles',
  place: 'request',
  where: [{ column: 'deleted_at', op: 'is null' }],
  location: at(30),
  code: "Article::whereNull('deleted_at')->count()",
});
const shapes = [contains, unknownPattern, slugPrefix, exportAll, authorsSorted, liveCount];

function findingsOf(rule: string, ctx: RuleContext) {
  const r = indexesRules.find((x) => x.id === rule)!;
  return r.check(ctx).map((d) => finalize(r, d, ctx.config));
}

describe('scans and sorts no index changes (MariaDB)', () => {
  let db: ScratchDatabase;
  let schema: Schema;
  let planner: PlannerResult;
  let ctx: RuleContext;

  beforeAll(async () => {
    db = await scratchWith(SQL);
    schema = await introspectSchema(db.conn, db.name);
    const config = defaultConfig('/tmp/app');
    config.database.generateRows = 10_000;
    // Measured at production size: a scan is then a warning unless the filters say otherwise (PA102).
    config.database.tables = { articles: 1_000_000 };
    // The sort an IN over a few authors leaves is small at this scale: count it anyway.
    config.rules.PA103 = { options: { 'min-rows': 10 } };
    planner = await runPlannerPhase(db, { config, schema, shapes });
    ctx = contextWith({ shapes, schema, planner, config });
  });
  afterAll(async () => {
    await db?.drop();
  });

  const at102 = (line: number) => findingsOf('PA102', ctx).filter((f) => f.line === line);
  const at103 = (line: number) => findingsOf('PA103', ctx).filter((f) => f.line === line);

  it('PA102: a LIKE the code starts with a wildcard, its only filter, is info and says what would serve it', () => {
    const [f] = at102(10);
    expect(f).toMatchObject({ severity: 'info', table: 'articles' });
    expect(f.message).toMatch(/Info only: no B-tree index can seek title LIKE '%…'/);
    expect(f.fix.text).toMatch(/FULLTEXT/);
    expect(f.fix.text).toMatch(/prefix/);
    expect(f.evidence.unseekable).toEqual(["title LIKE '%…'"]);
  });

  it('PA102: a LIKE whose pattern the code does not show stays a warning', () => {
    const [f] = at102(11);
    expect(f).toMatchObject({ severity: 'warning', table: 'articles' });
    expect(f.message).not.toMatch(/Info only/);
  });

  it('PA102: a prefix LIKE with an unknown text on an indexed column is planned as a seek, not a scan', () => {
    expect(at102(12)).toEqual([]);
    const plan = planner.plans.find((p) => p.shapeId === slugPrefix.id)!;
    expect(plan.before.accesses[0]).toMatchObject({ access: 'range', key: 'articles_slug_index' });
  });

  it("PA102: a query whose only filter is the code's own whereNull('deleted_at') reads every live row: no finding", () => {
    const plan = planner.plans.find((p) => p.shapeId === liveCount.id)!;
    expect(plan.before.accesses[0]).toMatchObject({ access: 'ALL' });
    expect(at102(30)).toEqual([]);
    expect(wantsPartOfTable(liveCount)).toBe(false);
    expect(wantsPartOfTable({ ...liveCount, where: [...liveCount.where, { column: 'slug', op: '=' }] })).toBe(
      true,
    );
  });

  it('PA102: a LEFT JOIN keeps every row of the main table, so it does not narrow it; a joined table is looked up', () => {
    const counted = {
      ...liveCount,
      joins: [
        {
          table: 'comments',
          type: 'left' as const,
          on: [{ left: 'comments.article_id', right: 'articles.id' }],
        },
      ],
    };
    expect(wantsPartOfTable(counted)).toBe(false);
    expect(wantsPartOfTable(counted, 'comments')).toBe(true);
    expect(wantsPartOfTable({ ...counted, joins: [{ ...counted.joins[0], type: 'inner' as const }] })).toBe(
      true,
    );
  });

  it('PA103: sorting every row of a table (no filter, no LIMIT) is info: the read is the cost', () => {
    const [f] = at103(20);
    expect(f).toMatchObject({ severity: 'info', table: 'articles' });
    expect(f.message).toMatch(/Info only: the query reads every row of articles/);
    expect(f.evidence.readsEveryRow).toBe(true);
  });

  it('PA103: a sort of the rows a filter keeps stays a warning', () => {
    const [f] = at103(21);
    expect(f).toMatchObject({ severity: 'warning', table: 'articles' });
    expect(f.message).not.toMatch(/Info only/);
  });
});
