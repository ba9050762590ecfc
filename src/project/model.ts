/** The project model: everything perf-audit learns from the app's files, without running them. */

import type { Location } from '../findings.js';
import type { Schema } from '../schema/model.js';

/** How a query compares a column. `like-prefix` is LIKE 'abc%' (index-friendly); `like` is any other LIKE. */
export type Operator =
  | '='
  | '!='
  | '<'
  | '>'
  | '<='
  | '>='
  | 'in'
  | 'not in'
  | 'between'
  | 'is null'
  | 'is not null'
  | 'like'
  | 'like-prefix'
  | 'fulltext'
  | 'other';

export interface Predicate {
  column: string;
  op: Operator;
  /** SQL function wrapped around the column (DATE for whereDate, YEAR, LOWER…): it defeats a plain index. */
  fn?: string;
  /** Where the predicate came from when it differs from the chain start (a scope, a relation). */
  via?: string;
  /** Sample literal seen in the code, when there is one (used to render EXPLAIN-able SQL). */
  value?: string | number | boolean | null;
  /**
   * A LIKE whose pattern the code starts with a wildcard (`"%{$term}%"`), known even when the rest is not.
   * A LIKE with an unknown pattern has neither this nor a value: it may be a prefix search.
   */
  wildcardFirst?: true;
  /** The table the column belongs to when it is not the shape's own table (a joined or pivot table). */
  table?: string;
  /**
   * The top-level OR branch this predicate sits in (`a and b or c`: a, b in 0, c in 1). Present only when
   * the chain has a top-level OR; predicates without it (soft deletes, global scopes) are AND-ed with the OR.
   */
  branch?: number;
  /**
   * A parenthesised OR group AND-ed with the rest (`where a and (b or c)`): the group's id (from 1) and the
   * branch inside it. Such a predicate cannot narrow an index seek on its own.
   */
  group?: { id: number; branch: number };
  /**
   * `<`/`<=` against now or today minus an interval (`now()->subDays(30)`): rows older than a cutoff that
   * moves with the clock.
   */
  pastCutoff?: true;
  /** With pastCutoff: the interval in seconds, when the code spells it (`subHours(12)`: 43,200). */
  cutoffSeconds?: number;
  /** whereColumn: the column compared with (op is `other`: a column against a column seeks nothing). */
  compare?: { column: string; table?: string; operator: string };
}

export interface OrderTerm {
  column: string;
  direction: 'asc' | 'desc';
  fn?: string;
  /** The table the column belongs to when it is not the shape's own table (a joined table). */
  table?: string;
  /** The default of a sort the request chooses from a list (sort-choice.ts). */
  chosen?: true;
}

export interface JoinTerm {
  table: string;
  /** Columns compared: [column on the joined table, column on the other side, qualified]. */
  on: { left: string; right: string }[];
  type: 'inner' | 'left' | 'right' | 'cross';
  /**
   * Conditions of the ON clause that compare a column with a value (a join closure's `where`, `whereIn`,
   * `whereNull`; `joinWhere`): they limit the joined rows, not the result (a LEFT JOIN keeps every row of
   * the other side). On the joined table they are looked up with the join columns.
   */
  where?: Predicate[];
}

/** Where a query's code runs: a web request, a queued job, a console command, a seeder/factory, a migration, a test. */
export type QueryPlace = 'request' | 'job' | 'console' | 'seeder' | 'migration' | 'test';

/**
 * A statement that may add rows to a table (create, insert, save, attach…) and where it runs: a table only
 * seeders fill is a reference table, one a request or a job fills grows (rules/calibrate/size-class.ts).
 */
export interface TableWrite {
  table: string;
  /** The method, lower case: `create`, `insert`, `save`, `attach`… */
  method: string;
  place: QueryPlace;
  location: Location;
  /**
   * Pivot rows: the table of the model whose relation added them (`$kit->models()->attach($id)`: the kits
   * table). Each of its rows lists its own pivot rows, so the pivot grows as that side does.
   */
  through?: string;
}

/**
 * A read that loads every row of a table (`Model::all()`, an unfiltered `get()` or `pluck()`) and where it
 * runs: on a request, the app treats the table as small (rules/calibrate/size-class.ts).
 */
export interface WholeTableRead {
  table: string;
  /** The method that ran it, lower case: `all`, `get`, `pluck`. */
  method: string;
  place: QueryPlace;
  location: Location;
}

/**
 * Code that runs rarely or never in production (laravel/rare-paths/): a weekly scheduled job and what only it
 * calls, a job nothing dispatches, a model's delete/restore events, the callback of `Cache::remember`. A query
 * in it can be at most `cap`.
 */
export interface RarePath {
  file: string;
  line: number;
  endLine: number;
  cap: 'warning' | 'info';
  kind:
    | 'schedule'
    | 'console'
    | 'unused-job'
    | 'model-event'
    | 'uncalled-method'
    | 'import'
    | 'export'
    | 'cached';
  /** Why, for the finding's message: `runs only on the schedule ->weekly() (app/Console/Kernel.php:42)`. */
  reason: string;
}

/** One query the code sends: the table, its filters, sorts and joins, and where it starts. */
export interface QueryShape {
  /** Stable id: table + predicates + sorts (not the line), used for grouping and fingerprints. */
  id: string;
  table: string;
  /** AND-ed predicates; a chain with an OR over different columns is marked `hasOr`. */
  where: Predicate[];
  hasOr?: boolean;
  joins: JoinTerm[];
  orderBy: OrderTerm[];
  groupBy: string[];
  limit?: number;
  /** The code removed a global scope (`withoutGlobalScope(…)`): it reads past a tenant or other scope on purpose. */
  withoutGlobalScopes?: true;
  /** The query is expected to return one row (first(), find(), firstWhere()). */
  single?: boolean;
  /**
   * The shape could only be read in part: a piece of the chain is unknown (a column in a variable, an OR
   * nested deeper than the shape records). The rest of the chain is kept; `partialReasons` says what is missing.
   */
  partial?: true;
  partialReasons?: string[];
  /**
   * Sorts a request may choose instead of the one in the shape (an allowed-columns list, a switch on the
   * sort key): the shape sorts as a request that chooses none; these are listed, never each a query.
   */
  alsoSortable?: string[];
  /**
   * The query is sent only when an optional branch runs (an `if` with no `else`, a `when()`: optional.ts):
   * the common path plus what that branch adds. `columns`: what the branch filters on; `requestInput`: the
   * branch's condition reads the request's input (`$request->filled('x')`), so the branch is an optional
   * filter a client may or may not send.
   */
  optionalBranch?: {
    columns: string[];
    requestInput: boolean;
    /** With requestInput: how many optional filters read from the request the same query offers. */
    menu?: number;
    /** The line of the branch's code, when it is in the query's file: where its filter is written. */
    line?: number;
  };
  /**
   * whereHas / whereRelation filters AND-ed with the query that fix a column of the related rows to one value
   * (`whereHas('memberships', fn ($q) => $q->where('team_id', $id))`), through a relation that reaches this
   * table by its primary key: the query keeps only rows related to that key's rows (related-key-bound.ts).
   */
  existsIn?: { table: string; columns: string[]; relation: string }[];
  /**
   * A whereHas / has subquery's outer query tables: a column written without its table that the subquery's
   * table lacks is the outer row's, as SQL resolves it (`whereHas('owner', fn ($q) => $q->where('owner_id',
   * '<>', $id))` compares `songs.owner_id`), a constant for each outer row (judged-queries.ts).
   */
  outer?: string[];
  location: Location;
  /**
   * A relation's query (`$asset->licenses`, `with('licenses')`): where the relation method is written, which
   * is where its filter on the key is spelled. Not part of the shape's identity.
   */
  definedAt?: Location;
  origin: 'eloquent' | 'builder' | 'relation' | 'raw' | 'config';
  /**
   * The query deletes the rows older than a moving cutoff (`Log::where('created_at', '<', now()->subDays(15))
   * ->delete()`, a model's `prunable()`): run on a schedule, each run finds only the rows that aged past the
   * cutoff since the last one, not the table's history (render-shape.ts plans it so).
   */
  prunes?: true;
  /** Where the code sending it runs (queries/places.ts); absent for queries from the config file. */
  place?: QueryPlace;
  /** Console code placed as a job because the schedule runs it hourly or more often: which task, how often. */
  scheduled?: string;
  /** The source chain, shortened, for the report: `DiscordPractice::where('start_at', '>', now())->orderBy(…)`. */
  code: string;
  /** Original SQL for raw and config queries. */
  sql?: string;
  /** A name for config queries ("Upcoming practices"). */
  name?: string;
  /** Rules silenced inline with `// perf-audit-ignore PA101 reason` above the query. */
  inlineIgnores?: { rule: string; reason: string }[];
}

export interface ModelInfo {
  className: string;
  /** Fully qualified, without a leading backslash: `App\Models\DiscordPractice`. */
  fqcn: string;
  table: string;
  softDeletes: boolean;
  location: Location;
  /** `$primaryKey` (default `id`). */
  primaryKey?: string;
  /** `const DELETED_AT` when SoftDeletes is used (default `deleted_at`). */
  deletedAtColumn?: string;
  /** `const CREATED_AT` (default `created_at`): the column `latest()` sorts on. */
  createdAtColumn?: string;
  /** Fully qualified parent class. */
  parent?: string;
  /** The app's Eloquent builder class its queries are made with (`newEloquentBuilder`, `#[UseEloquentBuilder]`). */
  builder?: string;
  /** Local scopes: `scopeUpcoming` → `upcoming`, with the predicates/sorts they add. */
  scopes: Record<
    string,
    {
      where: Predicate[];
      orderBy: OrderTerm[];
      /** The scope filters on something the code does not name (a column passed in a variable). */
      opaque?: boolean;
      /**
       * Why the scope's body is not read at all (a vendor trait's method under an alias): the query keeps
       * the rest and is partial.
       */
      unread?: string;
    }
  >;
  /**
   * Global scopes added in boot()/booted() (`static::addGlobalScope(…)`): Laravel adds their predicates to
   * every query of the model unless `withoutGlobalScope(s)` removes them. `name` is the string given, or
   * the scope class (fully qualified).
   */
  globalScopes?: { name: string; where: Predicate[]; orderBy: OrderTerm[] }[];
  /** Relationship methods by name. */
  relations: Record<
    string,
    {
      kind:
        | 'hasMany'
        | 'hasOne'
        | 'belongsTo'
        | 'belongsToMany'
        | 'morphMany'
        | 'morphOne'
        | 'morphTo'
        | 'hasManyThrough'
        | 'hasOneThrough'
        | 'morphToMany'
        | 'morphedByMany'
        | 'other';
      related: string | null;
      table: string | null;
      /** The column the relation query filters on (on `table`, or on `pivotTable` / `through.table`). */
      foreignKey: string | null;
      ownerKey: string | null;
      /** belongsToMany / morphToMany: the pivot table, and its column that points at the related row. */
      pivotTable?: string;
      relatedPivotKey?: string;
      /** morphMany / morphOne / morphToMany: the `*_type` column and the value Laravel stores in it. */
      morphType?: string;
      morphClass?: string;
      /** hasManyThrough / hasOneThrough: the intermediate table, its key filtered on, and its local key. */
      through?: { table: string; firstKey: string; localKey: string; secondKey: string };
      /** Extra predicates and sorts chained on the relation definition (`->where('approved', true)`). */
      where?: Predicate[];
      orderBy?: OrderTerm[];
      /**
       * A method built on a relation that runs its query itself (`return $this->seats()->whereNull(…)->first()`):
       * calling it sends the query and returns one row (`one`), rows (`rows`) or a value (`value`: a count, a
       * sum, plucked keys), not a relation.
       */
      runs?: 'one' | 'rows' | 'value';
      location?: Location;
    }
  >;
}

/** A setting resolved like Laravel does: config/*.php default, overridden by env files. */
export interface ResolvedSetting {
  /** Logical key, e.g. `cache.default`, `session.driver`, `queue.default`, `app.debug`. */
  key: string;
  value: string | null;
  /** Where the winning value was set. */
  location: Location | null;
  /** How it was set: `.env.example: CACHE_DRIVER`, `config/cache.php default`, `Laravel default`. */
  source: string;
  /** The env variable that controls it, when there is one. */
  envKey?: string;
  /** A caveat for the reader, e.g. an env line that has no effect (`CACHE_DRIVER` on Laravel 11+). */
  note?: string;
  /** Every env file line that sets the controlling variable, highest precedence first (the winner included). */
  definitions?: { value: string | null; location: Location; source: string }[];
}

/** Something in the app that perf-audit could not parse or understand: it becomes PA901. */
export interface Problem {
  location: Location;
  message: string;
  /** The construct (`Blueprint::macroColumn`, `parse error`…). */
  construct?: string;
  /**
   * What it may have changed in the schema. Set on every problem of the migration fold and of the schema
   * phase (src/schema/certainty.ts makes the tables it names uncertain); absent on the others.
   */
  touches?: SchemaTouch;
}

/** What a schema construct that was not understood may have changed. */
export interface SchemaTouch {
  /** The tables it names, as written. */
  tables: string[];
  /** The column, when it touched one named column of one table. */
  column?: string;
  /** It may also have changed tables that cannot be named (a table name not known statically, a whole file). */
  unknown: boolean;
}

/** A raw file (config, env, ini, pool conf) kept for rules that need the text. */
export interface ProjectFile {
  path: string;
  text: string;
}

export interface ProjectModel {
  /** Absolute path of the app. */
  root: string;
  /** Laravel major version from composer.lock/composer.json when known. */
  laravelVersion: number | null;
  /** Migration files in the order Laravel runs them (relative paths). */
  migrationFiles: string[];
  /** The schema the migrations (or dump / SQL files) describe, folded in memory. */
  schema: Schema;
  models: ModelInfo[];
  queries: QueryShape[];
  /** Statements that add rows, from the same walk as the queries (absent when not read). */
  writes?: TableWrite[];
  /** Reads of every row of a table, from the same walk (absent when not read). */
  wholeReads?: WholeTableRead[];
  /** Code that runs rarely or never (absent when not read). */
  rarePaths?: RarePath[];
  settings: Record<string, ResolvedSetting>;
  problems: Problem[];
  /** Number of PHP files parsed. */
  phpFiles: number;
  /** The app's default connection and its driver (config/database.php + env), when the config says. */
  database?: { connection: string; driver: string } | null;
}
