export const id = 864;
export const ids = [864,755];
export const modules = {

/***/ 75864:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AuditError: () => (/* binding */ AuditError),
  DatabaseUnusable: () => (/* binding */ DatabaseUnusable),
  runAudit: () => (/* binding */ runAudit)
});

// EXTERNAL MODULE: ./src/audit/phases.ts
var audit_phases = __webpack_require__(40755);
;// CONCATENATED MODULE: ./src/audit/explain-rows.ts
/** Turns plans into the report's "critical queries" rows, like the seed's EXPLAIN table. */
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url;
    }
}
function verdictOf(plan) {
    if (plan.error)
        return 'error';
    const scan = plan.accesses.some((a) => a.access === 'ALL');
    const filesort = plan.accesses.some((a) => a.filesort);
    const temporary = plan.accesses.some((a) => a.temporary);
    if (scan && filesort)
        return 'full scan + filesort';
    if (scan)
        return 'full scan';
    if (filesort)
        return 'filesort';
    if (temporary)
        return 'temporary';
    return 'ok';
}
function row(name, plan, shape) {
    const first = plan.accesses.find((a) => !shape || a.table === shape.table) ?? plan.accesses[0];
    return {
        name,
        sql: plan.sql,
        table: first?.table ?? shape?.table ?? '',
        access: first?.access ?? '',
        key: first?.key ?? null,
        rows: first?.rows ?? 0,
        filesort: plan.accesses.some((a) => a.filesort),
        temporary: plan.accesses.some((a) => a.temporary),
        verdict: verdictOf(plan),
        ...(shape ? { code: shape.sql ?? shape.code, location: shape.location } : {}),
        ...(shape?.place ? { place: shape.place } : {}),
        ...(shape?.partial ? { partial: true, partialReasons: shape.partialReasons ?? [] } : {}),
        ...(plan.error ? { error: plan.error } : {}),
    };
}
/**
 * The config's critical queries, each code shape once, then what the running app sent (shown as its
 * shape: the captured literals can be session ids or tokens).
 */
function explainRows(queries, facts, captured = []) {
    const rows = facts.criticalPlans.map((c) => row(c.name, c.plan));
    const seen = new Set();
    for (const plan of facts.plans) {
        if (seen.has(plan.shapeId))
            continue;
        seen.add(plan.shapeId);
        const shape = queries.find((q) => q.id === plan.shapeId);
        if (shape?.origin === 'config')
            continue;
        rows.push(row(shape?.name ?? shape?.code ?? plan.shapeId, plan.before, shape));
    }
    for (const c of captured) {
        const shape = c.shape.length > 90 ? `${c.shape.slice(0, 87)}...` : c.shape;
        rows.push({ ...row(`${shape} (sent by ${pathOf(c.url)})`, c.plan), sql: c.shape });
    }
    return rows;
}

// EXTERNAL MODULE: ./src/findings.ts
var findings = __webpack_require__(81001);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/rules/finalize.ts
/** Turns a rule's drafts into findings: severity policy, fingerprint, docs link. */

/** Collapses literals and whitespace so a fingerprint survives edits that do not change the query's shape. */
function normalizeQuery(sql) {
    return sql
        .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '?')
        .replace(/\b\d+(?:\.\d+)?\b/g, '?')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
}
/** rule + table + columns + normalized query (+ key): never the line, so moving code keeps it stable. */
function fingerprint(rule, draft) {
    const parts = [
        rule,
        draft.table?.toLowerCase() ?? '',
        (draft.columns ?? []).map((c) => c.toLowerCase()).join(','),
        draft.query ? normalizeQuery(draft.query) : '',
        draft.fingerprintKey ?? '',
    ];
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
function finalize(rule, draft, config) {
    const configured = config.rules[rule.id]?.severity;
    const location = draft.location ?? draft.locations?.[0];
    return {
        rule: rule.id,
        severity: configured ?? draft.severity ?? rule.defaultSeverity,
        title: draft.title,
        message: draft.message,
        file: location?.file ?? null,
        line: location?.line ?? null,
        locations: draft.locations ?? (draft.location ? [draft.location] : []),
        table: draft.table ?? null,
        columns: draft.columns ?? [],
        query: draft.query ?? draft.exampleQuery ?? null,
        evidence: draft.evidence ?? {},
        fix: {
            sql: draft.fix?.sql ?? null,
            migration: draft.fix?.migration ?? null,
            text: draft.fix?.text ?? null,
        },
        fingerprint: fingerprint(rule.id, draft),
        status: 'new',
        docs: `docs/rules/${rule.id}.md`,
    };
}

;// CONCATENATED MODULE: ./src/audit/run-rules.ts
/** Runs every enabled rule over the facts; a rule that needs a phase that did not run is skipped. */


function missingFact(rule, ctx) {
    if (rule.needs === 'database' && !ctx.database)
        return 'no database';
    if (rule.needs === 'http' && !ctx.http)
        return 'no URL audited';
    return null;
}
function runRules(rules, ctx) {
    const outcome = { findings: [], skipped: [], errors: [] };
    for (const rule of rules) {
        if (ctx.config.rules[rule.id]?.off) {
            outcome.skipped.push({ rule: rule.id, reason: 'turned off in the config' });
            continue;
        }
        const missing = missingFact(rule, ctx);
        if (missing) {
            outcome.skipped.push({ rule: rule.id, reason: missing });
            continue;
        }
        try {
            for (const draft of rule.check(ctx))
                outcome.findings.push(finalize(rule, draft, ctx.config));
        }
        catch (err) {
            outcome.errors.push({ rule: rule.id, message: err instanceof Error ? err.message : String(err) });
        }
    }
    outcome.findings.sort(findings/* compareFindings */.E);
    return outcome;
}

// EXTERNAL MODULE: ./src/schema/model.ts
var model = __webpack_require__(52442);
;// CONCATENATED MODULE: ./src/audit/rejected-tables.ts
/**
 * A table whose CREATE TABLE MariaDB rejected is missing from the introspected schema: the rules would
 * then say nothing about it (fail open). It is put back as the migrations describe it, so its static
 * verdicts stand (EXPLAIN fails on it, so the planner cannot overturn them), and it is named as uncertain.
 */

function withRejectedTables(schema, rejected) {
    const missing = rejected.filter((t) => !(0,model/* findTable */.UI)(schema, t.name));
    const problems = missing.map((t) => ({
        location: t.origin ?? { file: '', line: 0 },
        message: `table ${t.name}: MariaDB rejected its CREATE TABLE, so its verdicts come from the static analysis only and are uncertain`,
        construct: 'uncertain table',
        touches: { tables: [t.name], unknown: false },
    }));
    return {
        schema: missing.length ? { ...schema, tables: [...schema.tables, ...missing] } : schema,
        problems,
    };
}

;// CONCATENATED MODULE: ./src/schema/certainty.ts
/**
 * Certainty of the audited schema: a table is uncertain when something that built it was not understood
 * (a migration construct the fold could not follow, a statement MariaDB rejected). Findings on uncertain
 * tables warn and never block; the report says how many tables are uncertain. Pure.
 */

function constructOf(p) {
    return {
        construct: p.construct ?? 'not understood',
        file: p.location.file,
        line: p.location.line,
        message: p.message,
    };
}
/** The certainty of `schema`, given the problems met while it was built (those with `touches`). */
function certaintyOf(schema, problems) {
    const byName = new Map();
    const unknownTouches = [];
    for (const p of problems) {
        if (!p.touches)
            continue;
        const construct = constructOf(p);
        if (p.touches.unknown)
            unknownTouches.push(construct);
        for (const written of p.touches.tables) {
            const table = (0,model/* findTable */.UI)(schema, written);
            const name = table?.name ?? written;
            const key = name.toLowerCase();
            const entry = byName.get(key) ?? { name, inSchema: !!table, columns: [], constructs: [] };
            const column = p.touches.tables.length === 1 ? p.touches.column : undefined;
            if (column && !entry.columns.includes(column))
                entry.columns.push(column);
            entry.constructs.push(construct);
            byName.set(key, entry);
        }
    }
    const uncertainTables = [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
    const tables = schema.tables.length;
    const uncertain = uncertainTables.filter((t) => t.inSchema).length;
    return {
        tables,
        uncertain,
        uncertainTables,
        unknownTouches,
        low: tables === 0 || uncertain * 4 > tables,
    };
}
/** The uncertain table of this name that the schema holds, if any. */
function uncertainTable(certainty, name) {
    const lower = name.toLowerCase();
    return certainty?.uncertainTables.find((t) => t.inSchema && t.name.toLowerCase() === lower);
}

;// CONCATENATED MODULE: ./src/audit/certainty.ts
/**
 * Certainty applied to the audit: which problems the audited schema stands on, and findings on uncertain
 * tables turned into warnings that name the construct and where it is. Pure.
 */

/**
 * The problems met while building the schema the rules read: the static fold's (with migration files that
 * do not parse, whose tables cannot be named), or, with a database, the fold of the migrations that built
 * it and what MariaDB rejected.
 */
function schemaProblemsOf(project, database) {
    const migrations = new Set(project.migrationFiles);
    const unparsed = project.problems
        .filter((p) => p.construct === 'parse error' && migrations.has(p.location.file))
        .map((p) => ({ ...p, touches: { tables: [], unknown: true } }));
    if (!database)
        return [...unparsed, ...project.problems.filter((p) => p.touches)];
    const fold = database.foldProblems ?? null;
    return [...(fold ? [...unparsed, ...fold] : []), ...database.applyProblems];
}
/** How many constructs an uncertain finding names before "and N more". */
const NAMED = 3;
/**
 * A finding on an uncertain table is never critical: it becomes a warning whose message names the
 * constructs not understood (file:line), and its evidence lists them. The fingerprint does not change.
 */
function withCertainty(findings, certainty) {
    if (certainty.uncertainTables.length === 0)
        return findings;
    return findings.map((f) => {
        if (!f.table || f.rule === 'PA901')
            return f;
        const table = uncertainTable(certainty, f.table);
        if (!table)
            return f;
        const named = table.constructs
            .slice(0, NAMED)
            .map((c) => `${c.construct} at ${c.file}:${c.line}`)
            .join(', ');
        const more = table.constructs.length > NAMED ? ` and ${table.constructs.length - NAMED} more` : '';
        const critical = f.severity === 'critical';
        return {
            ...f,
            severity: critical ? 'warning' : f.severity,
            message: `${f.message} Uncertain: ${table.name} was built by code perf-audit does not understand ` +
                `(${named}${more}), so a real install may differ${critical ? '; a warning, never critical' : ''}.`,
            evidence: {
                ...f.evidence,
                uncertain: {
                    table: table.name,
                    ...(critical ? { severityWithoutUncertainty: 'critical' } : {}),
                    constructCount: table.constructs.length,
                    constructs: table.constructs.slice(0, 10),
                },
            },
        };
    });
}

// EXTERNAL MODULE: ./src/report/certainty-text.ts
var certainty_text = __webpack_require__(28295);
;// CONCATENATED MODULE: ./src/schema/origins.ts
/**
 * Where the introspected schema's tables, columns and foreign keys were declared. MariaDB knows what the
 * migrations built, not where: the folded schema that built it does. Carried over by name, so a finding on a
 * table (a redundant index, an unindexed foreign key) points at its migration in both modes.
 */
const lower = (s) => s.toLowerCase();
function carryTable(target, from) {
    const columns = new Map(from.columns.map((c) => [lower(c.name), c.origin]));
    const keys = new Map(from.foreignKeys.map((k) => [lower(k.name), k.origin]));
    return {
        ...target,
        ...(from.origin ? { origin: from.origin } : {}),
        columns: target.columns.map((c) => {
            const origin = c.origin ?? columns.get(lower(c.name));
            return origin ? { ...c, origin } : c;
        }),
        foreignKeys: target.foreignKeys.map((k) => {
            const origin = k.origin ?? keys.get(lower(k.name));
            return origin ? { ...k, origin } : k;
        }),
    };
}
/** `target` with the declaration places `folded` knows; a table the fold does not know is left as it is. */
function withOrigins(target, folded) {
    const byName = new Map(folded.tables.map((t) => [lower(t.name), t]));
    return {
        ...target,
        tables: target.tables.map((t) => {
            const from = byName.get(lower(t.name));
            return from && !t.origin ? carryTable(t, from) : t;
        }),
    };
}

// EXTERNAL MODULE: ./src/config/ranges.ts
var ranges = __webpack_require__(7158);
// EXTERNAL MODULE: ./src/database/bounded.ts
var bounded = __webpack_require__(97952);
// EXTERNAL MODULE: ./src/database/connection.ts
var connection = __webpack_require__(72713);
// EXTERNAL MODULE: ./src/database/run-account.ts
var run_account = __webpack_require__(52270);
// EXTERNAL MODULE: ./src/schema/index-match.ts + 1 modules
var index_match = __webpack_require__(53798);
// EXTERNAL MODULE: ./src/database/explain.ts
var explain = __webpack_require__(53630);
// EXTERNAL MODULE: ./src/database/index-candidates.ts
var index_candidates = __webpack_require__(36012);
;// CONCATENATED MODULE: ./src/database/scrub-error.ts
/**
 * MariaDB error messages quote values (`XPATH syntax error: '~…'`, `Duplicate entry '…'`): a repository
 * statement can make one quote data it computed. A message reaches a report only when every quoted part of it
 * is text the statement itself contains, or a name perf-audit made; otherwise only its error code does.
 */
const QUOTED = /'((?:[^'\\]|\\.|'')*)'|`((?:[^`]|``)*)`|"((?:[^"\\]|\\.)*)"/g;
/** Error codes whose text is the statement's own (SIGNAL's MESSAGE_TEXT) or values it computed, always withheld. */
const WITHHELD_CODES = new Set(['ER_SIGNAL_EXCEPTION', 'ER_SIGNAL_WARN', 'ER_SIGNAL_NOT_FOUND']);
/** The message to report: as MariaDB wrote it when nothing in it comes from elsewhere, else a withheld note. */
function scrubDbError(message, code, ctx) {
    const known = ctx.known.filter(Boolean);
    // 'user'@'host' of our own account: the host is the client address the server saw.
    let text = message;
    for (const name of known) {
        text = text.replace(new RegExp(`'${escapeRegExp(name)}'@'[A-Za-z0-9.:%_-]*'`, 'g'), `'${name}'@'…'`);
    }
    const statement = ctx.statement.toLowerCase();
    const lowerKnown = new Set(known.map((k) => k.toLowerCase()));
    // `db.table` and `table.key` forms: every dotted piece a known name or an identifier of the statement.
    const safePiece = (piece) => lowerKnown.has(piece) || (/^[a-z_][a-z0-9_$]*$/.test(piece) && statement.includes(piece));
    const safe = (part) => {
        const p = part.toLowerCase();
        return p === '…' || statement.includes(p) || lowerKnown.has(p) || p.split('.').every(safePiece);
    };
    let withheld = code !== null && WITHHELD_CODES.has(code);
    // A syntax error quotes up to 80 characters of the statement, quotes and all: checked as one part.
    let rest = text;
    const near = /near '([\s\S]*)' at line \d+$/.exec(text);
    if (near) {
        if (!statement.includes(near[1].toLowerCase()))
            withheld = true;
        rest = text.slice(0, near.index);
    }
    // English contractions in MariaDB's own wording (doesn't, Can't) are not quotes.
    rest = rest.replace(/\b([A-Za-z]+n)'t\b/g, '$1_t');
    for (const m of rest.matchAll(QUOTED)) {
        const part = m[1] ?? m[2] ?? m[3] ?? '';
        if (!safe(part))
            withheld = true;
    }
    // An odd quote left over means a quoted part could not be delimited: nothing can be vouched for.
    if (rest.replace(QUOTED, '').match(/['`"]/))
        withheld = true;
    if (!withheld)
        return text;
    return 'message withheld: it quoted text that is not in the statement';
}
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/database/plan-pool.ts
/**
 * Runs many EXPLAINs on a few connections to the planning twin at once: each distinct statement is
 * EXPLAINed once, and the server plans on both cores while the client reads the JSON of the last answer.
 */



/**
 * EXPLAIN FORMAT=JSON of one statement; errors become the plan's `error`, except a server that stopped
 * answering (QueryTimeoutError): the connection is closed and no later EXPLAIN can run, so the caller's
 * phase fails instead of ending with every plan an error. With `scaling`, row counts of the filled tables
 * are scaled up to the assumed size (scaleAccessRows).
 */
async function plan_pool_explain(conn, sql, scaling) {
    const tableRows = scaling?.rows;
    const sampled = scaling?.sampled;
    try {
        const [rows] = await conn.query(`EXPLAIN FORMAT=JSON ${sql}`);
        const first = rows[0] ?? {};
        const plan = (0,explain/* parseExplainJson */.zp)(sql, first.EXPLAIN ?? Object.values(first)[0]);
        if (tableRows) {
            const byLower = lowerCased(tableRows);
            const sampledLower = sampled && sampled.size ? lowerCased(sampled) : null;
            for (const a of plan.accesses) {
                const n = byLower.get(a.table.toLowerCase());
                if (n === undefined)
                    continue;
                a.tableRows = n;
                const s = sampledLower?.get(a.table.toLowerCase());
                if (s === undefined)
                    continue;
                a.sampledRows = a.rows;
                a.rows = scaleAccessRows(a, s, n, scaling?.keyValues?.(a.table, a.usedKeyParts));
            }
        }
        return plan;
    }
    catch (err) {
        if (err instanceof bounded/* QueryTimeoutError */.UF)
            throw err;
        const e = err;
        // The statement is the repository's (or the config's): its error may quote what it computed.
        const { user, database } = conn.config ?? {};
        const message = scrubDbError(e.sqlMessage ?? e.message ?? String(err), e.code ?? null, {
            statement: sql,
            known: [user ?? '', database ?? ''],
        });
        return {
            sql,
            accesses: [],
            error: e.code && !message.includes(e.code) ? `${message} (${e.code})` : message,
        };
    }
}
/** Accesses that read one row by a unique key whatever the table's size: never scaled. */
const SINGLE_ROW = new Set(['system', 'const', 'eq_ref', 'unique_subquery']);
/**
 * Rows of one value in the sample up to which a lookup is taken to be of a typical value of a key with more
 * values than the sample has rows (each such value is in the sample once at most): more, and the value is
 * one the rows share (NULL, a default), as frequent in production as in the sample.
 */
const TYPICAL_VALUE_ROWS = 2;
/**
 * The rows an access of a table holding `sampled` generated rows would read at `assumed` rows: estimates
 * grow with the table (a scan, a lookup of a value that repeats), except unique lookups and a full-index
 * read cut short by a LIMIT (fewer than half the rows: its count is the LIMIT's, not the table's).
 * A `ref` lookup reads the rows of one value: of a key that takes more values than the sample has rows
 * (`keyValues` at production size: a key into a large parent, a column distinct per row), a typical value
 * is `assumed / keyValues` rows in production. A key of few values (a flag, a tenant) repeats in the
 * sample as in production: linear.
 */
function scaleAccessRows(a, sampled, assumed, keyValues) {
    if (sampled <= 0 || assumed <= sampled || SINGLE_ROW.has(a.access))
        return a.rows;
    if (a.access === 'index' && a.rows < sampled / 2)
        return a.rows;
    if (a.access === 'ref' && keyValues !== undefined && keyValues > sampled && a.rows <= TYPICAL_VALUE_ROWS)
        return Math.max(1, Math.round((a.rows * assumed) / keyValues));
    return Math.max(1, Math.round((a.rows * assumed) / sampled));
}
const lowerCache = new WeakMap();
/** The rows map keyed by lower-case table name, built once per map (thousands of EXPLAINs share it). */
function lowerCased(tableRows) {
    let byLower = lowerCache.get(tableRows);
    if (!byLower) {
        byLower = new Map([...tableRows].map(([t, n]) => [t.toLowerCase(), n]));
        lowerCache.set(tableRows, byLower);
    }
    return byLower;
}
/**
 * The plans of the jobs, in their order. Jobs sending the same text share one EXPLAIN (and one Plan
 * object when they also show the same SQL); plans are only read afterwards, never changed.
 */
async function explainMany(conns, jobs, scaling, progress) {
    const distinct = [...new Set(jobs.map((j) => j.run))];
    const planned = new Map();
    let next = 0;
    progress?.(0, distinct.length);
    await Promise.all(conns.map(async (conn) => {
        while (next < distinct.length) {
            const run = distinct[next++];
            planned.set(run, await plan_pool_explain(conn, run, scaling));
            progress?.(planned.size, distinct.length);
        }
    }));
    return jobs.map((j) => {
        const plan = planned.get(j.run);
        return plan.sql === j.sql ? plan : { ...plan, sql: j.sql };
    });
}

// EXTERNAL MODULE: ./src/database/render-shape.ts
var render_shape = __webpack_require__(82161);
// EXTERNAL MODULE: ./src/project/sql/dialects.ts
var dialects = __webpack_require__(64387);
;// CONCATENATED MODULE: ./src/project/sql/parser.ts
/** node-sql-parser (MariaDB dialect), loaded once: parsing statements and printing expressions back as SQL. */

let parser = null;
/** Parses with the MariaDB grammar, then the MySQL one (which reads more ALTER TABLE forms); null if neither can. */
function parseSql(sql) {
    parser ??= new dialects/* SqlParser */.i();
    for (const database of ['MariaDB', 'MySQL']) {
        try {
            const ast = parser.astify(sql, { database });
            return (Array.isArray(ast) ? ast : [ast]);
        }
        catch {
            // try the next grammar
        }
    }
    return null;
}
/** SQL text of one expression node (generated column expressions, defaults), printed by node-sql-parser. */
function sqlOfExpression(expr) {
    parser ??= new dialects/* SqlParser */.i();
    try {
        const select = parser.astify('SELECT 1', { database: 'MariaDB' });
        const node = (Array.isArray(select) ? select[0] : select);
        node.columns = [{ expr, as: null }];
        return parser.sqlify(node, { database: 'MariaDB' }).replace(/^SELECT /, '');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/database/executable-comments.ts
/**
 * MariaDB runs the text inside `/*! … *\/` and `/*M! … *\/` comments (optionally versioned, `/*!40101 …`)
 * while a parser skips it as a comment. Unwrapping them lets the guard check, and the server run, the same
 * text. Quotes, backquotes and ordinary comments are honoured.
 */
/** The statement with its executable comments opened; null when one is not closed. */
function unwrapExecutableComments(sql) {
    let out = '';
    let i = 0;
    let open = 0;
    const n = sql.length;
    while (i < n) {
        const ch = sql[i];
        if (ch === "'" || ch === '"' || ch === '`') {
            let k = i + 1;
            while (k < n && sql[k] !== ch)
                k += sql[k] === '\\' && ch !== '`' ? 2 : 1;
            out += sql.slice(i, k + 1);
            i = k + 1;
            continue;
        }
        if (ch === '/' && sql[i + 1] === '*') {
            const exec = /^\/\*M?!\d{0,6}/.exec(sql.slice(i, i + 10));
            if (exec) {
                out += ' ';
                open++;
                i += exec[0].length;
                continue;
            }
            const end = sql.indexOf('*/', i + 2);
            if (end < 0)
                return open ? null : out + sql.slice(i);
            out += sql.slice(i, end + 2);
            i = end + 2;
            continue;
        }
        if (ch === '*' && sql[i + 1] === '/' && open > 0) {
            out += ' ';
            open--;
            i += 2;
            continue;
        }
        out += ch;
        i++;
    }
    return open ? null : out;
}

;// CONCATENATED MODULE: ./src/database/statement-guard.ts
/**
 * Decides whether a raw statement from the repository (DB::statement/unprepared, a dump, a .sql file) may
 * run: it must parse (node-sql-parser, MariaDB dialect) as one DDL/DML statement on the scratch schema.
 * Whatever does not parse is refused: the server would read it some way we did not check. The per-run
 * account's privileges are the enforcement; this check gives a clear message at the statement's file:line
 * and refuses what privileges do not cover (loadable functions, session settings, file-backed engines).
 */


/** Session settings a schema dump sets around its statements; every other setting is refused. */
const SESSION_SETTINGS = new Set([
    'foreign_key_checks',
    'unique_checks',
    'sql_mode',
    'time_zone',
    'character_set_client',
    'character_set_results',
    'collation_connection',
    'sql_notes',
    'sql_quote_show_create',
    'names',
]);
/** Functions that wait, lock, or read the server's disk; refused wherever they appear. */
const DENIED_FUNCTIONS = new Set([
    'sleep',
    'benchmark',
    'load_file',
    'get_lock',
    'release_lock',
    'release_all_locks',
    'is_free_lock',
    'is_used_lock',
    'master_pos_wait',
    'master_gtid_wait',
    'sys_exec',
    'sys_eval',
    'sys_get',
    'sys_set',
]);
/** Storage engines that keep their rows in InnoDB-like local tables; others reach files or other servers. */
const ENGINES = new Set(['innodb', 'myisam', 'aria', 'memory', 'heap']);
const TABLE_OBJECTS = {
    create: new Set(['table', 'index', 'view']),
    drop: new Set(['table', 'index', 'view']),
};
const DML = new Set([
    'insert',
    'replace',
    'update',
    'delete',
    'alter',
    'truncate',
    'rename',
    'lock',
    'unlock',
]);
function walk(node, visit) {
    if (Array.isArray(node))
        for (const x of node)
            walk(x, visit);
    else if (node && typeof node === 'object') {
        visit(node);
        for (const v of Object.values(node))
            walk(v, visit);
    }
}
function functionName(n) {
    if (n.type !== 'function' && n.type !== 'aggr_func')
        return null;
    const name = n.name;
    if (typeof name === 'string')
        return name;
    const parts = name?.name;
    if (Array.isArray(parts))
        return parts.map((p) => String(p?.value ?? '')).join('.');
    return null;
}
function setProblem(ast) {
    const scope = String(ast.keyword ?? '').toUpperCase();
    if (scope && scope !== 'SESSION' && scope !== 'LOCAL')
        return `SET ${scope} changes the server for everyone`;
    for (const e of ast.expr ?? []) {
        const left = e?.left;
        if (left?.type !== 'var')
            return 'only session settings and user variables may be SET';
        if (left.prefix === '@')
            continue;
        const name = String(left.name).toLowerCase();
        const target = name === 'session' || name === 'local' ? String(left.members?.[0] ?? '') : name;
        if (name === 'global' || !SESSION_SETTINGS.has(target.toLowerCase()))
            return `SET ${left.name}${left.members?.length ? `.${left.members.join('.')}` : ''} is not a schema setting`;
    }
    return null;
}
function kindProblem(ast) {
    const type = String(ast.type ?? '').toLowerCase();
    const keyword = String(ast.keyword ?? '').toLowerCase();
    if (type in TABLE_OBJECTS) {
        return TABLE_OBJECTS[type].has(keyword)
            ? null
            : `${type.toUpperCase()} ${keyword.toUpperCase() || '(unknown)'} is not DDL on the scratch schema`;
    }
    if (type === 'set')
        return setProblem(ast);
    if (DML.has(type))
        return null;
    return `${type.toUpperCase() || 'this statement'} is not DDL/DML on the scratch schema`;
}
/** Table options (CREATE and ALTER alike) that reach files or other servers, and views run as someone else. */
function tableOptionProblem(ast) {
    if (ast.definer)
        return 'DEFINER= would run the view as another account';
    let problem = null;
    walk(ast, (n) => {
        const key = typeof n.keyword === 'string' ? n.keyword.toLowerCase() : '';
        if (problem || !key)
            return;
        if (key.includes('directory'))
            problem = `${key.toUpperCase()} writes outside the server's data folder`;
        else if (key === 'connection')
            problem = 'CONNECTION= reaches another server';
        else if (key === 'engine') {
            const engine = String(n.value ?? n.engine ?? '').toLowerCase();
            if (!ENGINES.has(engine))
                problem = `ENGINE=${n.value ?? n.engine} is not allowed (only InnoDB, MyISAM, Aria, MEMORY)`;
        }
    });
    return problem;
}
function referenceProblem(ast, scratch, udfs) {
    let problem = null;
    walk(ast, (n) => {
        if (problem)
            return;
        for (const key of ['db', 'schema', 'database']) {
            const v = n[key];
            if (typeof v === 'string' && v !== '' && v.toLowerCase() !== scratch.toLowerCase()) {
                problem = `it names the database \`${v}\`; only the scratch database is reachable`;
                return;
            }
        }
        if (n.type === 'var' && n.prefix === '@@' && String(n.name).toLowerCase() === 'global') {
            problem = 'it reads a global server variable';
            return;
        }
        const fn = functionName(n)?.toLowerCase();
        if (fn && fn.includes('.'))
            problem = `it calls the stored function ${fn}`;
        else if (fn && (DENIED_FUNCTIONS.has(fn) || udfs.has(fn)))
            problem = `it calls ${fn}()`;
    });
    return problem;
}
/** `SET NAMES x [COLLATE y]` (dumps start with it); node-sql-parser does not read it. */
const SET_NAMES = /^SET\s+NAMES\s+'?[A-Za-z0-9_]+'?(\s+COLLATE\s+'?[A-Za-z0-9_]+'?)?\s*;?\s*$/i;
/**
 * The verdict for one statement. `sql` in an ok verdict is what must be sent: executable comments unwrapped,
 * so the server runs exactly the text that was checked.
 */
function guardStatement(raw, scratch, udfs = new Set()) {
    const unwrapped = unwrapExecutableComments(raw);
    if (unwrapped === null)
        return { ok: false, reason: 'an executable comment (/*! … */) is not closed' };
    const sql = unwrapped.trim().replace(/;\s*$/, '').trim();
    if (sql === '')
        return { ok: false, reason: 'empty statement' };
    if (SET_NAMES.test(sql))
        return { ok: true, sql };
    const asts = parseSql(sql);
    if (!asts)
        return { ok: false, reason: 'it does not parse as MariaDB DDL/DML' };
    if (asts.length !== 1)
        return { ok: false, reason: 'one statement at a time' };
    const ast = asts[0];
    const problem = kindProblem(ast) ?? tableOptionProblem(ast) ?? referenceProblem(ast, scratch, udfs) ?? intoProblem(ast);
    return problem ? { ok: false, reason: problem } : { ok: true, sql };
}
/** INSERT … SELECT … INTO OUTFILE and friends: any INTO with a target writes outside the schema. */
function intoProblem(ast) {
    let problem = null;
    walk(ast, (n) => {
        const into = n.into;
        if (!problem && into && typeof into === 'object' && !Array.isArray(into) && (into.type || into.expr))
            problem = 'SELECT … INTO writes outside the schema';
    });
    return problem;
}
/**
 * The verdict for a query that is only EXPLAINed (a configured critical query, a captured one): one SELECT
 * reading the scratch schema, with no function that waits, locks or reads files (EXPLAIN may evaluate
 * constant subqueries).
 */
function guardSelect(raw, scratch, udfs = new Set()) {
    const unwrapped = unwrapExecutableComments(raw);
    if (unwrapped === null)
        return { ok: false, reason: 'an executable comment (/*! … */) is not closed' };
    const sql = unwrapped.trim().replace(/;\s*$/, '').trim();
    const asts = parseSql(sql);
    if (!asts)
        return { ok: false, reason: 'it does not parse as a MariaDB SELECT' };
    if (asts.length !== 1)
        return { ok: false, reason: 'one statement at a time' };
    const ast = asts[0];
    if (String(ast.type).toLowerCase() !== 'select')
        return { ok: false, reason: 'only SELECT statements are EXPLAINed' };
    const problem = referenceProblem(ast, scratch, udfs) ?? intoProblem(ast);
    return problem ? { ok: false, reason: problem } : { ok: true, sql };
}
/**
 * For DDL that perf-audit renders from the repository's schema (defaults, generated columns): a call to a
 * denied or loadable function anywhere outside string literals. Such a default would run on the first INSERT.
 */
function deniedCall(sql, udfs = new Set()) {
    const code = sql.replace(/'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`/g, "''");
    for (const m of code.matchAll(/\b([A-Za-z_][A-Za-z0-9_$]*)\s*\(/g)) {
        const name = m[1].toLowerCase();
        if (DENIED_FUNCTIONS.has(name) || udfs.has(name))
            return `it calls ${name}()`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/database/parallel.ts
/** Spreading statements over a few connections: MariaDB runs DDL of different tables side by side. */
/** Runs `work` over the items, each connection taking the next item when it is free. */
async function onEach(conns, items, work) {
    let next = 0;
    await Promise.all(conns.map(async (c) => {
        while (next < items.length)
            await work(c, items[next++]);
    }));
}
function chunks(xs, size) {
    const out = [];
    for (let i = 0; i < xs.length; i += size)
        out.push(xs.slice(i, i + size));
    return out;
}

;// CONCATENATED MODULE: ./src/database/drop-batches.ts
/**
 * Batches of tables to drop side by side on several connections. Tables a foreign key links (either way,
 * through any chain) go in the same batch: two connections dropping a child and its parent at once can
 * wait on each other's metadata locks for good, while one DROP TABLE of both is one statement.
 */
/** Tables in batches of about `size`; each group of linked tables whole, in one batch (pure). */
function dropBatches(tables, links, size) {
    const parent = new Map();
    const find = (t) => {
        let root = t;
        while (parent.get(root) !== root)
            root = parent.get(root);
        // Path compression: later finds of the same chain are one step.
        for (let at = t; at !== root;) {
            const next = parent.get(at);
            parent.set(at, root);
            at = next;
        }
        return root;
    };
    for (const t of tables)
        parent.set(t, t);
    // Names as information_schema spells them: the server compares them case-sensitively on Linux.
    for (const [x, y] of links) {
        // A link to a table outside the list (another schema, already dropped) ties nothing here.
        if (!parent.has(x) || !parent.has(y))
            continue;
        const rx = find(x);
        const ry = find(y);
        if (rx !== ry)
            parent.set(rx, ry);
    }
    const groups = new Map();
    for (const t of new Set(tables)) {
        const root = find(t);
        const group = groups.get(root);
        if (group)
            group.push(t);
        else
            groups.set(root, [t]);
    }
    // Largest groups first, each into the first batch with room (a group larger than `size` is a batch alone).
    const ordered = [...groups.values()].sort((a, b) => b.length - a.length);
    const batches = [];
    for (const group of ordered) {
        const room = batches.find((b) => b.length + group.length <= size);
        if (room)
            room.push(...group);
        else
            batches.push([...group]);
    }
    return batches;
}

// EXTERNAL MODULE: ./node_modules/mysql2/promise.js
var promise = __webpack_require__(27588);
// EXTERNAL MODULE: ./src/lifecycle/cleanup.ts
var cleanup = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/stats/model.ts
var stats_model = __webpack_require__(51374);
;// CONCATENATED MODULE: ./src/stats/sizes.ts
/** Which size the planner gives a table, and where it comes from: the config, the statistics file, or the default. */
function tableSize(table, opts) {
    const hit = Object.entries(opts.tables).find(([t]) => t.toLowerCase() === table.toLowerCase());
    const measured = opts.stats?.rowsOf(table) ?? null;
    const [rows, source] = hit
        ? [hit[1], 'config']
        : measured !== null
            ? [measured, 'measured']
            : [opts.assumeRows, 'assumed'];
    return { rows: Math.max(1, Math.round(rows)), source };
}
/** The tables (of those given) whose size came from the statistics file, with the rows used. */
function measuredSizes(tables, opts) {
    const out = {};
    for (const t of [...tables].sort()) {
        const size = tableSize(t, opts);
        if (size.source === 'measured')
            out[t] = size.rows;
    }
    return out;
}

// EXTERNAL MODULE: ./src/database/generate/distribution.ts
var distribution = __webpack_require__(95643);
;// CONCATENATED MODULE: ./src/database/generate/insert-sql.ts
/** Spells a table's generation plan as one INSERT … SELECT over MariaDB's SEQUENCE engine. Pure. */

const q = (name) => `\`${name.replace(/`/g, '``')}\``;
/** Value index k (1..distinct) of a row, from the row number `seq`. */
function drawSql(pick, distinct) {
    switch (pick.kind) {
        case 'seq':
            return 'seq';
        case 'random':
            // RAND(constant) is seeded once per statement: the same rows every run, each column its own stream.
            return `(1 + FLOOR(RAND(${pick.seed}) * ${distinct}))`;
    }
}
function renderSql(render, k) {
    switch (render.kind) {
        case 'int':
            return render.offset === 0 ? k : `${k} - ${-render.offset}`;
        case 'decimal':
            return `${k} + 0.5`;
        case 'list':
            return `ELT(${k}, ${render.values.join(', ')})`;
        case 'string':
            return render.prefix ? `CONCAT('sample', ${k})` : `CAST(${k} AS CHAR)`;
        case 'date':
            return `DATE'${distribution/* FIRST_GENERATED_DAY */.ow}' + INTERVAL (${k} - 1) * ${render.stepDays} DAY`;
        case 'datetime':
            return `TIMESTAMP'${distribution/* FIRST_GENERATED_DAY */.ow} 00:00:00' + INTERVAL (${k} - 1) * ${render.stepSeconds} SECOND`;
        case 'time':
            return `SEC_TO_TIME((${k} - 1) % 86400)`;
        case 'year':
            return `2000 + (${k} - 1) % 50`;
        case 'json':
            return `'{}'`;
    }
}
/** A seed for a column's NULL choice, apart from its value's stream. */
const nullSeed = (c) => (c.pick.kind === 'random' ? c.pick.seed + 1 : 7) % 1_000_000_007;
function columnSql(c) {
    const value = renderSql(c.render, drawSql(c.pick, c.distinct));
    if (c.nulls <= 0)
        return value;
    if (c.nulls >= 1)
        return 'NULL';
    return `IF(RAND(${nullSeed(c)}) < ${c.nulls}, NULL, ${value})`;
}
/**
 * INSERT IGNORE: a row that would repeat a unique key (a composite key with fewer combinations than rows)
 * or hold a value the column cannot is dropped or clipped instead of failing the table.
 */
function insertSql(plan) {
    const cols = plan.columns.map((c) => q(c.column)).join(', ');
    const values = plan.columns.map(columnSql).join(', ');
    return `INSERT IGNORE INTO ${q(plan.table)} (${cols}) SELECT ${values} FROM seq_1_to_${Math.max(1, Math.floor(plan.rows))}`;
}

;// CONCATENATED MODULE: ./src/database/generate/fill.ts
/**
 * Fills planning twins with the rows planned by distribution.ts, tables side by side on a few connections
 * (each INSERT … SELECT runs on one core; two statements keep both busy), and has MariaDB measure them.
 */


const fill_q = (name) => `\`${name.replace(/`/g, '``')}\``;
/**
 * Runs each table's INSERT, then has MariaDB measure the rows (table_stats and index_stats: the planner's
 * rows per key; column histograms are left out: they cost most of the time and the index dives already
 * see the data). Returns table → rows it now holds. A table whose INSERT fails stays empty (one
 * statement: InnoDB rolls it back whole) and is named in `warnings`; the planner then falls back to
 * written statistics for it. With `creation`, each table is created first on the connection that fills
 * it: one table is filled (CPU) while another is created (log writes), no step waits for every table.
 */
async function fillTables(conns, plans, warnings, creation = { tables: [], create: async () => undefined }) {
    const filled = new Map();
    const toCreate = new Set(creation.tables);
    if (plans.length === 0 && toCreate.size === 0)
        return filled;
    // The twins are scratch copies without foreign keys (CREATE TABLE … LIKE copies none), and tables
    // planned in place are never written by the app: this makes sure no check ever stands between a
    // generated row and its table.
    if (plans.length)
        await Promise.all(conns.map((c) => c.query('SET SESSION foreign_key_checks = 0')));
    const planned = new Set(plans.map((p) => p.table));
    // Largest first, so the last table to finish is a small one; the tables left empty only need creating.
    const order = [
        ...[...plans]
            .sort((a, b) => b.rows * b.columns.length - a.rows * a.columns.length)
            .map((plan) => ({ table: plan.table, plan })),
        ...creation.tables.filter((t) => !planned.has(t)).map((table) => ({ table })),
    ];
    const failed = [];
    await onEach(conns, order, async (c, { table, plan }) => {
        if (toCreate.has(table))
            await creation.create(c, table);
        if (!plan)
            return;
        try {
            const [res] = await c.query(insertSql(plan));
            // Rows INSERT IGNORE dropped (unique keys that hold far fewer combinations than planned, a check
            // the values fail) would make a few rows stand for the whole table: it is emptied and planned on
            // statistics.
            if (res.affectedRows * 2 >= plan.rows)
                filled.set(plan.table, res.affectedRows);
            else {
                const why = await failedCheck(c);
                await c.query(`TRUNCATE TABLE ${fill_q(plan.table)}`);
                failed.push(`${plan.table} (${droppedRows(res.affectedRows, plan.rows, why)})`);
            }
        }
        catch (err) {
            failed.push(`${plan.table} (${err.sqlMessage ?? err.message})`);
        }
        if (filled.has(plan.table))
            await c.query(`ANALYZE TABLE ${fill_q(plan.table)} PERSISTENT FOR COLUMNS () INDEXES ALL`);
    });
    if (failed.length)
        warnings.push(`could not generate rows for ${failed.sort().join(', ')}; planned on written statistics`);
    return filled;
}
/**
 * Why INSERT IGNORE dropped rows: a check the values failed (MariaDB's message), else null (a repeated unique
 * key, or a warning past the ones the server keeps). Values clipped into their column are kept, not dropped.
 */
async function failedCheck(c) {
    const [rows] = await c.query('SHOW WARNINGS').catch(() => [[]]);
    const check = rows.find((r) => Number(r.Code) === ER_CONSTRAINT_FAILED);
    return check ? String(check.Message) : null;
}
/** MariaDB's error code for a row that fails a CHECK constraint. */
const ER_CONSTRAINT_FAILED = 4025;
/** How many rows a table kept, and why the others were dropped. Pure. */
function droppedRows(kept, planned, failedCheck) {
    if (!failedCheck)
        return `its unique keys hold ${kept} of ${planned} rows`;
    return `${kept} of ${planned} rows kept: ${failedCheck}`;
}

;// CONCATENATED MODULE: ./src/database/index-frequency.ts
/**
 * Measures a filled table's indexes as ANALYZE TABLE … PERSISTENT FOR COLUMNS () INDEXES (…) would, with
 * one read-only SELECT, for mysql.index_stats. MariaDB's avg_frequency of a k-column prefix
 * (sql_statistics.cc, Index_prefix_calc) is the number of index entries without a NULL in those k columns
 * over the number of distinct k-tuples among them: SUM(all k NOT NULL) / COUNT(DISTINCT c1, …, ck), as
 * COUNT(DISTINCT) skips tuples with a NULL and compares in the column's collation, as the index does. It is
 * unknown (NULL) from the first column the index holds only a prefix of, and a non-unique secondary InnoDB
 * index goes on with the primary key columns it lacks (extended keys), whose prefixes are measured too.
 *
 * Why not ANALYZE: it also recomputes and commits the engine's statistics of every index of the table and
 * waits on the statistics tables' locks; after the planner's ALTER TABLEs that took longer than the
 * ALTER TABLEs themselves (bench/RESULTS.md). The new indexes' engine statistics were computed by the
 * ALTER TABLE that built them.
 */

/** Index definitions from STATISTICS rows (B-tree indexes only: the others have no prefix statistics). */
function indexDefinitions(rows) {
    const out = new Map();
    for (const r of rows) {
        if (r.kind.toUpperCase() !== 'BTREE')
            continue;
        const def = out.get(r.index) ?? { name: r.index, unique: !r.nonUnique, parts: [] };
        def.parts.push({ column: r.column, partial: r.subPart !== null });
        out.set(r.index, def);
    }
    return out;
}
/**
 * The parts MariaDB measures: a non-unique secondary index is extended with the primary key columns it
 * does not hold whole (TABLE_SHARE's ext_key_parts, with optimizer_switch extended_keys=on, the default),
 * unless it holds a column only in part.
 */
function measuredParts(index, primary) {
    // An index holding only a prefix of a column is not extended (seen on MariaDB 10.11).
    if (index.name === 'PRIMARY' || index.unique || !primary || index.parts.some((p) => p.partial))
        return index.parts;
    const whole = new Set(index.parts.filter((p) => !p.partial).map((p) => p.column.toLowerCase()));
    return [...index.parts, ...primary.parts.filter((p) => !whole.has(p.column.toLowerCase()))];
}
/** The SELECT that measures the indexes' prefixes, and where each prefix's figures are in its one row. */
function frequencySql(table, indexes, primary) {
    const exprs = [];
    const slots = [];
    for (const index of indexes) {
        // A single-column primary key is measured as 1 without a scan (Index_prefix_calc's is_single_comp_pk).
        if (index.name === 'PRIMARY' && index.parts.length === 1) {
            slots.push({ index: index.name, arity: 1, at: null });
            continue;
        }
        const parts = measuredParts(index, primary);
        const cut = parts.findIndex((p) => p.partial);
        parts.forEach((_, i) => {
            if (cut !== -1 && i >= cut) {
                slots.push({ index: index.name, arity: i + 1, at: null });
                return;
            }
            const cols = parts.slice(0, i + 1).map((p) => (0,index_match/* sqlIdentifier */.I3)(p.column));
            exprs.push(`SUM(${cols.map((c) => `${c} IS NOT NULL`).join(' AND ')})`);
            exprs.push(`COUNT(DISTINCT ${cols.join(', ')})`);
            slots.push({ index: index.name, arity: i + 1, at: [exprs.length - 2, exprs.length - 1] });
        });
    }
    const select = exprs.length ? exprs.map((e, i) => `${e} AS m${i}`).join(', ') : '1 AS m0';
    return { sql: `SELECT ${select} FROM ${(0,index_match/* sqlIdentifier */.I3)(table)}`, slots };
}
/** The frequencies from the SELECT's row (values may come back as strings: SUM is DECIMAL). */
function frequenciesFrom(slots, row, singlePrimary) {
    return slots.map((s) => {
        if (!s.at) {
            const known = s.index === 'PRIMARY' && singlePrimary && s.arity === 1;
            return { index: s.index, arity: s.arity, frequency: known ? 1 : null };
        }
        const entries = Number(row[`m${s.at[0]}`] ?? 0);
        const distinct = Number(row[`m${s.at[1]}`] ?? 0);
        return { index: s.index, arity: s.arity, frequency: distinct > 0 ? entries / distinct : null };
    });
}
/**
 * Measures the named indexes of `table` on `conn` (read-only). Returns null when the table has no
 * primary key: which key InnoDB extends the others with is then MariaDB's choice, so ANALYZE must tell.
 */
async function measureIndexFrequencies(conn, database, table, names) {
    const [rows] = await conn.query('SELECT INDEX_NAME AS i, NON_UNIQUE AS nu, COLUMN_NAME AS c, SUB_PART AS sp, INDEX_TYPE AS kind FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX', [database, table]);
    const defs = indexDefinitions(rows.map((r) => ({
        index: String(r.i),
        nonUnique: Number(r.nu) !== 0,
        column: String(r.c),
        subPart: r.sp === null || r.sp === undefined ? null : Number(r.sp),
        kind: String(r.kind),
    })));
    const primary = defs.get('PRIMARY');
    if (!primary)
        return null;
    const wanted = names.map((n) => defs.get(n)).filter((d) => d !== undefined);
    if (wanted.length !== names.length)
        return null;
    const { sql, slots } = frequencySql(table, wanted, primary);
    const [result] = await conn.query(sql);
    return frequenciesFrom(slots, result[0] ?? {}, primary.parts.length === 1);
}

;// CONCATENATED MODULE: ./src/database/scale.ts
/**
 * Makes MariaDB's planner see production-size tables without production data.
 *
 * The planner works on twins of the audited tables (CREATE TABLE … LIKE, in a second scratch database), so
 * no verdict depends on how many rows CI happens to hold, and proposed indexes are tried without touching
 * the audited schema.
 *
 * Tables the query shapes read are filled with generated rows shaped like production (generate/): on an
 * empty InnoDB table `ref` and `range` estimates come from index dives, which no written statistic changes,
 * so a weak index (deleted_at, a boolean) looks perfect at "1 row". Their statistics come from ANALYZE of
 * those rows, and EXPLAIN's row counts are scaled from the rows generated to the rows assumed
 * (`sampled` → `rows`). The other tables stay empty with written statistics: ANALYZE TABLE … PERSISTENT
 * FOR ALL creates the rows, the table and index statistics are overwritten with the assumed production
 * cardinality and FLUSH TABLES makes the planner reload them (use_stat_tables=PREFERABLY_FOR_QUERIES,
 * 10.11's default). That path still serves the scan-versus-index choice of tables no shape reads (critical
 * queries from the config, captured queries), and of a filled table whose INSERT failed.
 */











/** Connections running DDL on different tables at once: the server overlaps their log flushes. */
const DDL_CONNECTIONS = 6;
const scale_q = (name) => `\`${name.replace(/`/g, '``')}\``;
/** Rows assumed for a table: the per-table override (case-insensitive), else the measured rows, else assume-rows. */
function assumedRows(table, opts) {
    return tableSize(table, opts).rows;
}
/** How many distinct values a column of this type can hold at most (booleans 2, enums their members), else null. */
function smallDomain(columnType) {
    const t = columnType.toLowerCase();
    if (/^(tinyint\(1\)|bool|boolean|bit\(1\))/.test(t))
        return 2;
    const e = /^(enum|set)\((.*)\)$/.exec(t);
    if (e)
        return Math.max(1, e[2].split(',').length);
    return null;
}
/**
 * Average rows per distinct prefix value (mysql.index_stats.avg_frequency): 1 once the prefix is unique,
 * rows / members for small domains, else ~10 rows per value for the first column, then 1.
 */
function avgFrequency(rows, prefixTypes, uniqueAtPrefix) {
    if (uniqueAtPrefix)
        return 1;
    let distinct = 1;
    for (const type of prefixTypes)
        distinct *= smallDomain(type) ?? Math.max(1, rows / 10);
    return Math.max(1, rows / distinct);
}
async function preparePlanningDatabase(source, opts) {
    const [tableRows] = await source.conn.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME", [source.name]);
    const tables = tableRows.map((r) => String(r.t));
    // In place, tables linked by foreign keys are dropped in one statement (drop-batches.ts): dropping them
    // side by side can leave MariaDB waiting on their metadata locks for good.
    const [keys] = opts.inPlace
        ? await source.conn.query('SELECT TABLE_NAME AS t, REFERENCED_TABLE_NAME AS r FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = ? AND UNIQUE_CONSTRAINT_SCHEMA = ?', [source.name, source.name])
        : [[]];
    const links = keys.map((k) => [String(k.t), String(k.r)]);
    const inPlace = !!opts.inPlace;
    const twin = inPlace ? null : await (0,connection.createScratchDatabase)(source.url, { account: source.account });
    const name = twin?.name ?? source.name;
    // perf-audit's own statistics writes and FLUSH TABLES need the given account; nothing from the repository
    // runs on this connection (the twin's tables are copied and planned as the run's account).
    let stats = null;
    let first = twin?.conn ?? null;
    let conns = [];
    const warnings = [];
    let closing = null;
    // One close, whoever asks first; it stays registered until it is done, so a signal that arrives while
    // the run's own close is under way waits for it instead of exiting halfway.
    const close = () => (closing ??= closeTwin().finally(() => unregister()));
    // Dropping the tables side by side first halves the time DROP DATABASE would take alone (filled tables: a
    // fifth). In place too: `source` is dropped right after, by its owner (on a signal, at once).
    const drop = (c, batch) => c.query(`DROP TABLE IF EXISTS ${batch.map(scale_q).join(', ')}`);
    const dropAll = (c, batch) => drop(c, batch).catch(() => undefined);
    const endAll = (list) => Promise.all([...new Set(list)].map((c) => c?.end().catch(() => undefined)));
    /** The twin: its tables, its statistics rows, then the database itself. */
    const closeCopy = async (copy, stopping) => {
        await onEach(conns, chunks(tables, 25), dropAll).catch(() => undefined);
        await endAll(conns);
        const admin = stats ?? (await (0,connection.connect)(source.url).catch(() => null));
        for (const table of ['table_stats', 'index_stats', 'column_stats']) {
            await admin?.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [copy.name]).catch(() => undefined);
        }
        await admin?.end().catch(() => undefined);
        await copy.drop(stopping);
    };
    /**
     * In place: the tables only, linked ones together; its owner's drop of `source` deletes the statistics
     * rows written for it too (dropRunDatabase), and on a signal it drops everything at once.
     */
    const closeInPlace = async (stopping) => {
        let failure = null;
        if (!stopping && conns.length) {
            // One last statement drops what a failed batch left; its failure (a server gone) is the phase's, as
            // the twin's drop would be. Without the checks, a batch may drop a parent before its children.
            await Promise.all(conns.map((c) => c.query('SET SESSION foreign_key_checks = 0'))).catch(() => undefined);
            await onEach(conns, dropBatches(tables, links, 25), dropAll).catch(() => undefined);
            await drop(conns[0], tables).catch((err) => (failure = { err }));
        }
        await endAll([first, ...conns, stats]);
        if (failure)
            throw failure.err;
    };
    const closeTwin = async () => {
        // On a signal the statistics writer may be between two INSERTs: its connection goes first, so no row
        // is written after the DELETE of its rows, and the drop kills (and waits for) a statement still running.
        const stopping = (0,cleanup.shuttingDown)();
        if (stopping) {
            stats?.destroy();
            stats = null;
        }
        await (twin ? closeCopy(twin, stopping) : closeInPlace(stopping));
    };
    // A signal or an error exit still removes the twin and its statistics rows.
    const unregister = (0,cleanup.registerCleanup)(`close ${name}`, () => close());
    try {
        first ??= await (0,connection.connect)(source.account.url, name);
        const byLower = new Map();
        for (const t of tables)
            if (!byLower.has(t.toLowerCase()))
                byLower.set(t.toLowerCase(), t);
        const tableName = (t) => byLower.get(t.toLowerCase()) ?? t;
        const generation = opts.generate
            ? (0,distribution/* planGeneration */.CK)({ ...opts.generate, rowsOf: (t) => assumedRows(t, opts) })
            : { plans: [], skipped: [] };
        for (const skip of generation.skipped)
            warnings.push(`${skip.table} left empty (${skip.reason}): planned on written statistics`);
        const plans = generation.plans
            .filter((p) => byLower.has(p.table.toLowerCase()))
            .map((p) => ({ ...p, table: tableName(p.table) }));
        // DDL on different tables overlaps well in the server (it waits on its own fsyncs): a few connections.
        const helperCount = tables.length > 50 ? DDL_CONNECTIONS - 1 : plans.length > 1 ? 1 : 0;
        const helpers = helperCount ? await (0,bounded/* openAll */.kr)(helperCount, () => (0,connection.connect)(source.account.url, name)) : [];
        let sampled = new Map();
        try {
            const ddl = [first, ...helpers];
            // Each table is copied, filled and measured in turn on one connection, so the server fills one
            // table (CPU) while it creates another (waiting on its log): no step waits for all tables.
            sampled = await fillTables(ddl, plans, warnings, {
                tables: twin ? tables : [],
                create: (c, t) => c.query(`CREATE TABLE ${scale_q(t)} LIKE ${scale_q(source.name)}.${scale_q(t)}`),
            });
            await onEach(ddl, chunks(tables.filter((t) => !sampled.has(t)), 25), (c, batch) => c.query(`ANALYZE TABLE ${batch.map(scale_q).join(', ')} PERSISTENT FOR ALL`));
        }
        finally {
            await Promise.all(helpers.map((c) => c.end().catch(() => undefined)));
        }
        const rows = new Map(tables.map((t) => [t, assumedRows(t, opts)]));
        stats = await (0,connection.connect)(source.url, name);
        const statsConn = stats;
        const empty = tables.filter((t) => !sampled.has(t));
        const scaled = empty.length === 0 || (await writeStatistics(statsConn, name, empty, rows, warnings, opts.stats));
        conns = [
            first,
            ...(await (0,bounded/* openAll */.kr)(Math.max(1, opts.connections ?? 1) - 1, () => (0,connection.connect)(source.account.url, name))),
        ];
        // Filled tables' new indexes, measured on their rows and written with the next statistics batch.
        const measured = new Map();
        const measureIndexes = async (conn, table, names) => {
            // A filled table's new index is measured on its rows, like the table's own indexes.
            const t = tableName(table);
            if (!sampled.has(t) || names.length === 0)
                return;
            const frequencies = await measureIndexFrequencies(conn, name, t, names);
            if (frequencies)
                measured.set(t, [...(measured.get(t) ?? []), ...frequencyValues(name, t, frequencies)]);
            else
                await conn.query(`ANALYZE TABLE ${scale_q(t)} PERSISTENT FOR COLUMNS () INDEXES (${names.map(scale_q).join(', ')})`);
        };
        const addIndexStatistics = async (table, index) => {
            await measureIndexes(conns[0], table, [index.name]);
            await addIndexStatisticsBatch([{ table, ...index }]);
        };
        const addIndexStatisticsBatch = async (indexes) => {
            if (indexes.length === 0)
                return;
            const values = [];
            for (const index of indexes) {
                const t = tableName(index.table);
                if (sampled.has(t)) {
                    values.push(...(measured.get(t) ?? []));
                    measured.delete(t);
                    continue;
                }
                const info = {
                    table: t,
                    name: index.name,
                    unique: false,
                    columns: index.columns.map((c) => c.toLowerCase()),
                };
                values.push(...indexStatValues(name, info, rows.get(t) ?? opts.assumeRows, index.types, opts.stats));
            }
            for (const batch of chunks(values, 500)) {
                await statsConn.query(`REPLACE INTO mysql.index_stats (db_name, table_name, index_name, prefix_arity, avg_frequency) VALUES ${batch.join(', ')}`);
            }
            await flushTables(statsConn, [...new Set(indexes.map((i) => tableName(i.table)))]);
        };
        const dropIndexStatistics = async (table, index) => {
            await statsConn.query('DELETE FROM mysql.index_stats WHERE db_name = ? AND table_name = ? AND index_name = ?', [name, tableName(table), index]);
        };
        const planOf = new Map(plans.map((p) => [p.table.toLowerCase(), p]));
        const keyValues = (table, columns) => {
            const t = tableName(table);
            const plan = planOf.get(t.toLowerCase());
            return plan && sampled.has(t) ? (0,distribution/* prefixValues */.TO)(plan, rows.get(t) ?? opts.assumeRows, columns) : undefined;
        };
        return {
            name,
            conn: conns[0],
            conns,
            rows,
            sampled,
            keyValues,
            scaled,
            warnings,
            addIndexStatistics,
            measureIndexes,
            addIndexStatisticsBatch,
            dropIndexStatistics,
            close,
        };
    }
    catch (err) {
        await close();
        throw err;
    }
}
async function writeStatistics(conn, db, tables, rows, warnings, stats) {
    const tableValues = tables.map((t) => `(${promise.escape(db)}, ${promise.escape(t)}, ${rows.get(t)})`);
    try {
        await conn.query(`REPLACE INTO mysql.table_stats (db_name, table_name, cardinality) VALUES ${tableValues.join(', ')}`);
        await writeIndexStatistics(conn, db, tables, rows, stats);
    }
    catch (err) {
        warnings.push(`could not write production-size statistics (${err.message}); planner verdicts skipped`);
        return false;
    }
    try {
        await flushTables(conn, tables);
    }
    catch (err) {
        warnings.push(`FLUSH TABLES failed (${err.message}); statistics may apply late`);
    }
    return true;
}
/** mysql.index_stats rows for every prefix of an index (VALUES tuples). */
function indexStatValues(db, info, rows, types, stats) {
    // InnoDB appends the primary key to a non-unique index, which makes the longer prefix unique.
    const arity = info.unique ? info.columns.length : info.columns.length + 1;
    const out = [];
    for (let k = 1; k <= arity; k++) {
        const uniqueAtPrefix = k > info.columns.length || (info.unique && k === info.columns.length);
        const measured = uniqueAtPrefix
            ? null
            : (0,stats_model/* measuredFrequency */.zv)(stats, info.table, info.columns.slice(0, k), rows);
        const freq = measured ?? avgFrequency(rows, types.slice(0, k), uniqueAtPrefix);
        out.push(indexStatTuple(db, info.table, info.name, k, freq.toFixed(4)));
    }
    return out;
}
/**
 * mysql.index_stats VALUES tuples of measured frequencies (NULL: unknown, as ANALYZE leaves it); the column's
 * DECIMAL(12,4) rounds them as it rounds ANALYZE's.
 */
function frequencyValues(db, table, frequencies) {
    return frequencies.map((f) => indexStatTuple(db, table, f.index, f.arity, f.frequency === null ? 'NULL' : String(f.frequency)));
}
/** One mysql.index_stats VALUES tuple (db_name, table_name, index_name, prefix_arity, avg_frequency). */
function indexStatTuple(db, table, index, arity, frequency) {
    return `(${[db, table, index].map((v) => promise.escape(v)).join(', ')}, ${arity}, ${frequency})`;
}
/** The planner reads persistent statistics when a table is opened: close the tables so they reopen with them. */
async function flushTables(conn, tables) {
    for (const batch of chunks(tables, 50))
        await conn.query(`FLUSH TABLES ${batch.map(scale_q).join(', ')}`);
}
/**
 * Writes mysql.index_stats for every index of the tables as production data would have them. Without a
 * value (NULL after ANALYZE of an empty table) the planner ignores an index for ORDER BY … LIMIT.
 */
async function writeIndexStatistics(conn, db, tables, rows, stats) {
    if (tables.length === 0)
        return;
    const [cols] = await conn.query('SELECT TABLE_NAME AS t, COLUMN_NAME AS c, COLUMN_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?)', [db, tables]);
    const columnTypes = new Map(cols.map((r) => [`${r.t}.${String(r.c).toLowerCase()}`, String(r.type)]));
    const [stat] = await conn.query('SELECT TABLE_NAME AS t, INDEX_NAME AS i, NON_UNIQUE AS nu, COLUMN_NAME AS c, INDEX_TYPE AS kind FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (?) ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX', [db, tables]);
    const indexes = new Map();
    for (const r of stat) {
        if (String(r.kind).toUpperCase() !== 'BTREE')
            continue;
        const key = `${r.t}.${r.i}`;
        const info = indexes.get(key) ?? {
            table: String(r.t),
            name: String(r.i),
            unique: Number(r.nu) === 0,
            columns: [],
        };
        info.columns.push(String(r.c).toLowerCase());
        indexes.set(key, info);
    }
    const values = [];
    for (const info of indexes.values()) {
        const types = info.columns.map((c) => columnTypes.get(`${info.table}.${c}`) ?? '');
        values.push(...indexStatValues(db, info, rows.get(info.table) ?? 1, types, stats));
    }
    await conn.query('DELETE FROM mysql.index_stats WHERE db_name = ? AND table_name IN (?)', [db, tables]);
    for (const batch of chunks(values, 500)) {
        await conn.query(`INSERT INTO mysql.index_stats (db_name, table_name, index_name, prefix_arity, avg_frequency) VALUES ${batch.join(', ')}`);
    }
}
/** Runs `work` over the items, each connection taking the next item when it is free. */

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/config/regular-file.ts
var regular_file = __webpack_require__(89085);
;// CONCATENATED MODULE: ./src/stats/load.ts
/**
 * Finds and reads the production statistics file for a run: the flag or input, else the config file's
 * database.stats-file (relative to the app), else .perf-audit-stats.json at the app root when present.
 * A file that cannot be used is named in a message and the run goes on with the assumed sizes.
 */




/** Larger than any real schema's figures (about 1 KB per table): a bigger file is refused unread. */
const MAX_BYTES = 32 * 1024 * 1024;
const NONE = { stats: null, file: null, problems: [] };
function inside(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function load(config) {
    const given = config.database.statsFile;
    if (given === null)
        return NONE;
    // A flag or input is resolved already (absolute); the config file's value and the default come from the repository.
    const fromRepository = given === undefined || !(0,external_node_path_.isAbsolute)(given);
    const path = (0,external_node_path_.resolve)(config.app, given ?? stats_model/* DEFAULT_STATS_FILE */.F0);
    const shown = inside(path, config.app) ? (0,external_node_path_.relative)(config.app, path) : path;
    if (!(0,external_node_fs_.existsSync)(path)) {
        return given === undefined ? NONE : { stats: null, file: shown, problems: [`${shown}: file not found`] };
    }
    const refuse = (why) => ({
        stats: null,
        file: shown,
        problems: [`${shown}: ${why}; the assumed sizes are used`],
    });
    try {
        // What the repository names must stay in the repository (a link to a file elsewhere is not read).
        if (fromRepository && !inside((0,external_node_fs_.realpathSync)(path), (0,external_node_fs_.realpathSync)(config.app)))
            return refuse('it points outside the app');
        if ((0,external_node_fs_.statSync)(path).size > MAX_BYTES)
            return refuse(`larger than ${MAX_BYTES / 1024 / 1024} MB`);
        const text = (0,regular_file/* readRegularFileSync */.c)(path, 'statistics file');
        const parsed = (0,stats_model/* parseStats */.BN)(text, shown);
        if (!parsed.stats)
            return {
                stats: null,
                file: shown,
                problems: [...parsed.problems, `${shown}: not used; the assumed sizes are used`],
            };
        return { stats: parsed.stats, file: shown, problems: parsed.problems };
    }
    catch (err) {
        return refuse(`cannot be read (${err.code ?? err.message})`);
    }
}
const loaded = new WeakMap();
/** The run's statistics, read once per Config (the planner and the captured-query plans share them). */
function loadStatistics(config) {
    let hit = loaded.get(config);
    if (!hit)
        loaded.set(config, (hit = load(config)));
    return hit;
}

;// CONCATENATED MODULE: ./src/database/planner.ts
/**
 * The planner phase: EXPLAIN every query shape (and the config's critical queries) at production scale,
 * then prove each proposed index by adding it to the planning twin and EXPLAINing again. All proposals of
 * a table are added with one ALTER TABLE and each is proved with the others hidden (IGNORE INDEX), so every
 * proof sees the schema plus that one index, as if it had been added and dropped alone.
 * Only EXPLAIN ever runs a query here: ANALYZE <stmt> and EXPLAIN ANALYZE would execute it.
 */












/**
 * Connections to the planning twin: EXPLAINs run side by side (the server plans on both cores while the
 * client parses JSON), and the ALTER TABLEs of different tables overlap their log flushes.
 */
const PLANNING_CONNECTIONS = 6;
/** Only a single SELECT (or WITH … SELECT) from the config is EXPLAINed; anything else is refused unread. */
function criticalQueryProblem(sql) {
    const body = sql.replace(/^(\s|--[^\n]*\n|#[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '').replace(/[\s;]+$/, '');
    if (!/^(select|with|\()/i.test(body))
        return 'only SELECT statements are EXPLAINed';
    return null;
}
function cleanSql(sql) {
    return sql.trim().replace(/[\s;]+$/, '');
}
async function runPlannerPhase(db, input) {
    const started = Date.now();
    const { config, schema } = input;
    const { stats, file: statsFile } = loadStatistics(config);
    const sizing = { assumeRows: config.database.assumeRows, tables: config.database.tables, stats };
    const distinctOf = input.distinctOf ??
        (stats ? (table, column) => stats.distinctOf(table, column) ?? undefined : undefined);
    const planning = await preparePlanningDatabase(db, {
        ...sizing,
        connections: PLANNING_CONNECTIONS,
        inPlace: input.inPlace,
        generate: {
            schema,
            shapes: input.shapes,
            maxRows: config.database.generateRows,
            distinctOf,
            parentRowsOf: input.parentRowsOf,
        },
    });
    try {
        const overrides = Object.entries(config.database.tables);
        const measured = Object.keys(measuredSizes([...planning.rows.keys()], sizing)).length;
        const scaleText = `${config.database.assumeRows.toLocaleString('en-US')} rows per table` +
            (overrides.length
                ? ` (${overrides.map(([t, n]) => `${t}: ${n.toLocaleString('en-US')}`).join(', ')})`
                : '') +
            (measured ? `, measured sizes for ${measured} tables from ${statsFile}` : '');
        if (!planning.scaled) {
            return {
                plans: [],
                criticalPlans: [],
                proofs: [],
                ms: Date.now() - started,
                planningDatabase: planning.name,
                note: `planner skipped: ${planning.warnings.join('; ')}`,
            };
        }
        // One EXPLAIN per distinct shape: the same query in several places has one plan.
        const shapes = new Map();
        for (const s of input.shapes)
            if (!shapes.has(s.id))
                shapes.set(s.id, s);
        const plans = [];
        const sqlById = new Map();
        const jobs = [];
        const planned = [];
        let failed = 0;
        for (const shape of shapes.values()) {
            const rendered = (0,render_shape/* renderShapeSql */.Mm)(shape, schema);
            if ('error' in rendered) {
                failed++;
                plans.push({ shapeId: shape.id, before: { sql: '', accesses: [], error: rendered.error } });
                continue;
            }
            // The plan shows the app's query (`?` for bound values); EXPLAIN runs it with sample values.
            const sp = { shapeId: shape.id, before: { sql: rendered.display, accesses: [] } };
            plans.push(sp);
            planned.push(sp);
            jobs.push({ run: rendered.sql, sql: rendered.display });
        }
        const before = await explainMany(planning.conns, jobs, planning, input.progress);
        planned.forEach((sp, i) => {
            sp.before = before[i];
            if (sp.before.error)
                failed++;
            else
                sqlById.set(sp.shapeId, sp.before.sql);
        });
        const criticalPlans = [];
        for (const cq of config.queries) {
            const sql = cleanSql(cq.sql);
            const problem = criticalQueryProblem(cq.sql);
            const verdict = problem ? null : guardSelect(sql, planning.name, db.account.udfs);
            const refused = problem ?? (verdict && !verdict.ok ? `not EXPLAINed: ${verdict.reason}` : null);
            criticalPlans.push({
                name: cq.name,
                plan: refused || !verdict?.ok
                    ? { sql, accesses: [], error: refused ?? 'not EXPLAINed' }
                    : await plan_pool_explain(planning.conn, verdict.sql, planning),
            });
        }
        const proofs = await proveIndexes(planning, schema, shapes, plans, sqlById);
        const warn = planning.warnings.length ? `; ${planning.warnings.join('; ')}` : '';
        return {
            plans,
            criticalPlans,
            proofs,
            ms: Date.now() - started,
            planningDatabase: planning.name,
            note: `EXPLAINed ${plans.length} query shapes and ${criticalPlans.length} critical queries on copies ` +
                `scaled to ${scaleText} (${generatedText(planning.sampled)}); ${failed} could not be planned; ` +
                `${proofs.length} proposed indexes tried${warn}`,
        };
    }
    finally {
        if (input.closeLater)
            input.closeLater(planning.close());
        else
            await planning.close();
    }
}
/**
 * The table's merged index plan (src/database/index-candidates.ts, the one PA101 reports) is what gets
 * proved: each merged index is added to the twin and every query it serves is EXPLAINed again with the other
 * proposed indexes hidden; the worst before/after pair is the index's proof and each query keeps its own.
 * A table whose proposals cannot all be added in one ALTER TABLE (one of them is invalid, or too many keys)
 * has each one added, proved and dropped alone, as the error must be that index's own. A filled table's
 * new indexes are measured right after its ALTER TABLE, on the same connection.
 */
async function proveIndexes(planning, schema, shapes, plans, sqlById) {
    const planById = new Map(plans.map((p) => [p.shapeId, p]));
    const candidates = [...shapes.values()].flatMap((shape) => (0,index_candidates/* indexCandidates */.Pv)(shape, schema, (0,index_candidates/* usablePlan */.k8)(planById.get(shape.id)?.before)));
    // Only the queries that were planned can be planned again; the others still shape the merge.
    const all = (0,index_candidates/* mergeIndexCandidates */.r8)(candidates)
        .map((m) => ({
        proposal: m.proposal,
        shapeIds: [...new Set(m.candidates.map((c) => c.shape.id))].filter((id) => sqlById.has(id)),
    }))
        .filter((w) => w.shapeIds.length > 0);
    const byTable = new Map();
    for (const w of all) {
        const t = w.proposal.table.toLowerCase();
        byTable.set(t, [...(byTable.get(t) ?? []), w]);
    }
    // Every proposal of a table at once; the proposals still present are hidden from each proof below.
    const added = new Map();
    const alone = [];
    const groups = [...byTable.entries()];
    let next = 0;
    await Promise.all(planning.conns.map(async (conn) => {
        while (next < groups.length) {
            const [t, ws] = groups[next++];
            try {
                await conn.query(`ALTER TABLE ${(0,index_match/* sqlIdentifier */.I3)(ws[0].proposal.table)} ${ws.map((w) => addIndexClause(w.proposal)).join(', ')}`);
            }
            catch {
                alone.push(...ws);
                continue;
            }
            const names = ws.map((w) => w.proposal.name);
            added.set(t, names);
            // Measured at once on this connection, while the others still alter their tables: MariaDB runs
            // the ALTER TABLEs one after the other and mostly waits on its log meanwhile.
            await planning.measureIndexes(conn, ws[0].proposal.table, names);
        }
    }));
    await planning.addIndexStatisticsBatch(all
        .filter((w) => added.has(w.proposal.table.toLowerCase()))
        .map((w) => indexStatistics(schema, w.proposal)));
    const renderFallback = (shape) => {
        const plain = (0,render_shape/* renderShapeSql */.Mm)(shape, schema);
        return 'error' in plain ? sqlById.get(shape.id) : plain.sql;
    };
    // The proof of an index plans each query as it must be written to use it: `DATE(col)` compared on col.
    const shapeSql = (id, keep, proposal) => {
        const shape = shapes.get(id);
        const rendered = (0,render_shape/* renderShapeSql */.Mm)(shape, schema, (table) => (added.get(table.toLowerCase()) ?? []).filter((name) => name !== keep), { table: proposal.table, columns: proposal.columns });
        return 'error' in rendered ? renderFallback(shape) : rendered.sql;
    };
    const afters = new Map();
    const errors = new Map();
    // Proposals that could not join their table's ALTER TABLE: one at a time, added and dropped.
    const conn = planning.conn;
    const aloneSet = new Set(alone);
    for (const w of all.filter((x) => aloneSet.has(x))) {
        const { proposal, shapeIds } = w;
        const t = (0,index_match/* sqlIdentifier */.I3)(proposal.table);
        try {
            await conn.query(`ALTER TABLE ${t} ${addIndexClause(proposal)}`);
        }
        catch (err) {
            const e = err;
            const message = scrubDbError(e.sqlMessage ?? e.message ?? String(err), e.code ?? null, {
                statement: `ALTER TABLE ${t} ${addIndexClause(proposal)}`,
                known: [planning.name],
            });
            errors.set(w, `could not add the index: ${message}`);
            continue;
        }
        try {
            await planning.addIndexStatistics(proposal.table, indexStatistics(schema, proposal));
            const jobs = shapeIds.map((id) => ({ run: shapeSql(id, null, proposal), sql: sqlById.get(id) }));
            afters.set(w, await explainMany([conn], jobs, planning));
        }
        finally {
            await conn.query(`ALTER TABLE ${t} DROP INDEX ${(0,index_match/* sqlIdentifier */.I3)(proposal.name)}`);
            await planning.dropIndexStatistics(proposal.table, proposal.name);
        }
    }
    const together = all.filter((w) => !aloneSet.has(w));
    const jobs = together.flatMap((w) => w.shapeIds.map((id) => ({ run: shapeSql(id, w.proposal.name, w.proposal), sql: sqlById.get(id) })));
    const plansOut = await explainMany(planning.conns, jobs, planning);
    let at = 0;
    for (const w of together) {
        afters.set(w, plansOut.slice(at, at + w.shapeIds.length));
        at += w.shapeIds.length;
    }
    const proofs = [];
    for (const w of all) {
        const { proposal, shapeIds } = w;
        const error = errors.get(w);
        if (error !== undefined) {
            const sp = planById.get(shapeIds[0]);
            proofs.push({
                table: proposal.table,
                columns: proposal.columns,
                indexName: proposal.name,
                before: sp.before,
                after: { sql: sp.before.sql, accesses: [], error },
            });
            continue;
        }
        const after = afters.get(w);
        let proof = null;
        const queries = shapeIds.map((shapeId, i) => ({ shapeId, after: after[i] }));
        shapeIds.forEach((id, i) => {
            const sp = planById.get(id);
            sp.after = after[i];
            sp.proposedIndex = proposal.name;
            const rowsBefore = tableRows(sp.before, proposal.table);
            if (!proof || rowsBefore > tableRows(proof.before, proposal.table)) {
                proof = {
                    table: proposal.table,
                    columns: proposal.columns,
                    indexName: proposal.name,
                    before: sp.before,
                    after: after[i],
                    queries,
                };
            }
        });
        if (proof)
            proofs.push(proof);
    }
    return proofs;
}
/** `12 tables filled with 2,000–50,000 generated rows`, or that the copies were left empty. */
function generatedText(sampled) {
    if (sampled.size === 0)
        return 'empty copies with written statistics';
    const counts = [...sampled.values()];
    const [lo, hi] = [Math.min(...counts), Math.max(...counts)];
    const range = lo === hi ? lo.toLocaleString('en-US') : `${lo.toLocaleString('en-US')}–${hi.toLocaleString('en-US')}`;
    return `${sampled.size} queried table${sampled.size === 1 ? '' : 's'} filled with ${range} generated rows, the rest empty with written statistics`;
}
function addIndexClause(proposal) {
    const part = (c) => {
        const chars = proposal.prefixes?.[c];
        return chars ? `${(0,index_match/* sqlIdentifier */.I3)(c)}(${chars})` : (0,index_match/* sqlIdentifier */.I3)(c);
    };
    return `ADD INDEX ${(0,index_match/* sqlIdentifier */.I3)(proposal.name)} (${proposal.columns.map(part).join(', ')})`;
}
function indexStatistics(schema, proposal) {
    const table = (0,model/* findTable */.UI)(schema, proposal.table);
    const types = proposal.columns.map((c) => table?.columns.find((x) => x.name.toLowerCase() === c.toLowerCase())?.type ?? '');
    return { table: proposal.table, name: proposal.name, columns: proposal.columns, types };
}
function tableRows(plan, table) {
    return (0,explain/* accessesOf */.Cn)(plan, table).reduce((n, a) => n + a.rows, 0);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/project/php/ast.ts
/**
 * The one toolkit over php-parser's AST: field access, walking, locations, chains, name resolution and a
 * short printer. Nodes are typed loosely because the parser's typings do not model every field, and
 * summaries and caches carry nodes as plain data (no prototypes), so nothing here uses instanceof.
 */
function isNode(v) {
    return typeof v === 'object' && v !== null && typeof v.kind === 'string';
}
/** A child node stored under `key`, or null. */
function child(n, key) {
    if (!n)
        return null;
    const v = n[key];
    return isNode(v) ? v : null;
}
/** Child nodes stored as an array under `key` (nulls dropped). */
function children(n, key) {
    if (!n)
        return [];
    const v = n[key];
    return Array.isArray(v) ? v.filter(isNode) : [];
}
/** A plain (non-node) field: strings, booleans, numbers. */
function field(n, key) {
    if (!n)
        return null;
    const v = n[key];
    return v === undefined || v === null || isNode(v) ? null : v;
}
function lineOf(n, fallback = 1) {
    return n?.loc?.start?.line ?? fallback;
}
function endLineOf(n) {
    return n?.loc?.end?.line ?? lineOf(n);
}
/** The plain name of an identifier, name or variable node (`where`, `User`, `this`); null when dynamic. */
function nameOf(n) {
    if (!n)
        return null;
    if (n.kind === 'identifier' || n.kind === 'name' || n.kind === 'variable') {
        const v = n.name;
        return typeof v === 'string' ? v : null;
    }
    return null;
}
/** The class name a `name` node spells (`Schema`, `\DB`), or null for variables and expressions. */
function classNameOf(n) {
    return n?.kind === 'name' && typeof n.name === 'string' ? n.name : null;
}
/** `$name` → `name`; null for `$$dynamic` and anything that is not a variable. */
function variableName(n) {
    return n?.kind === 'variable' && typeof n.name === 'string' ? n.name : null;
}
function nameKey(name) {
    return name == null ? null : name.replace(/^\\/, '').toLowerCase();
}
/** Last segment of a possibly qualified class name: `\Illuminate\Support\Facades\Schema` → `Schema`. */
function baseName(name) {
    const parts = name.split('\\');
    return parts[parts.length - 1];
}
const SKIP_KEYS = new Set(['loc', 'leadingComments', 'trailingComments', 'comments', 'errors', 'tokens']);
/**
 * Kinds whose nodes hold no node (php-parser's scalars, names and identifiers): a third to a half of
 * every file's nodes. `variable` is not one (`$$name`, `${expr}`).
 */
const CHILDLESS_KINDS = new Set([
    'string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'inline', 'magic', 'nowdoc',
    'selfreference', 'staticreference', 'parentreference', 'typereference',
]); // prettier-ignore
/**
 * For each of php-parser's node kinds, the fields that can hold a node or a list of nodes, in the order
 * its constructors set them (the order `Object.keys` lists them, `attrGroups` last where the parser adds
 * it after construction). Reading these fields instead of listing every node's keys makes walking a file
 * several times cheaper and allocates nothing per node. Kinds not listed (nodes made by hand) fall back to
 * their own keys; __tests__/php/walk.test.ts checks the table against real files.
 */
const CHILD_KEYS = {
    array: ['items'],
    arrowfunc: ['arguments', 'body', 'type', 'attrGroups'],
    assign: ['left', 'right'],
    assignref: ['left', 'right'],
    attrgroup: ['attrs'],
    attribute: ['name', 'args'],
    bin: ['type', 'left', 'right'],
    block: ['children'],
    boolean: [],
    break: ['level'],
    byref: ['what'],
    call: ['what', 'arguments'],
    case: ['test', 'body'],
    cast: ['type', 'expr'],
    catch: ['body', 'what', 'variable'],
    class: ['name', 'extends', 'implements', 'body', 'attrGroups'],
    classconstant: ['constants', 'type', 'attrGroups'],
    clone: ['what', 'properties'],
    closure: ['uses', 'arguments', 'type', 'body', 'attrGroups'],
    commentblock: ['value'],
    commentline: ['value'],
    constant: ['name', 'value'],
    constantstatement: ['constants'],
    continue: ['level'],
    declare: ['children', 'directives'],
    declaredirective: ['key', 'value'],
    do: ['test', 'body'],
    echo: ['expressions'],
    empty: ['expression'],
    encapsed: ['value', 'type'],
    encapsedpart: ['expression'],
    entry: ['key', 'value'],
    enum: ['name', 'valueType', 'implements', 'body', 'attrGroups'],
    enumcase: ['name', 'value', 'attrGroups'],
    error: ['expected'],
    eval: ['source'],
    exit: ['expression'],
    expressionstatement: ['expression'],
    for: ['init', 'test', 'increment', 'body'],
    foreach: ['source', 'key', 'value', 'body'],
    function: ['name', 'arguments', 'type', 'body', 'attrGroups'],
    global: ['items'],
    goto: ['label'],
    halt: [],
    identifier: [],
    if: ['test', 'body', 'alternate'],
    include: ['target'],
    inline: [],
    interface: ['name', 'extends', 'body', 'attrGroups'],
    intersectiontype: ['name', 'types'],
    isset: ['variables'],
    label: ['name'],
    list: ['items'],
    magic: [],
    match: ['cond', 'arms'],
    matcharm: ['conds', 'body'],
    method: ['name', 'arguments', 'type', 'body', 'attrGroups'],
    name: [],
    namedargument: ['name', 'value'],
    namespace: ['children', 'name'],
    new: ['what', 'arguments'],
    noop: [],
    nowdoc: [],
    nullkeyword: [],
    nullsafepropertylookup: ['what', 'offset'],
    number: [],
    offsetlookup: ['what', 'offset'],
    parameter: ['name', 'value', 'type', 'hooks', 'attrGroups'],
    parentreference: [],
    post: ['type', 'what'],
    pre: ['type', 'what'],
    print: ['expression'],
    program: ['children'],
    property: ['name', 'value', 'type', 'attrGroups', 'hooks'],
    propertyhook: ['name', 'parameter', 'body', 'attrGroups'],
    propertylookup: ['what', 'offset'],
    propertystatement: ['properties'],
    retif: ['test', 'trueExpr', 'falseExpr'],
    return: ['expr'],
    selfreference: [],
    silent: ['expr'],
    static: ['variables'],
    staticlookup: ['what', 'offset'],
    staticreference: [],
    staticvariable: ['variable', 'defaultValue'],
    string: [],
    switch: ['test', 'body'],
    throw: ['what'],
    trait: ['name', 'body', 'attrGroups'],
    traitalias: ['trait', 'method', 'as'],
    traitprecedence: ['trait', 'method', 'instead'],
    traituse: ['traits', 'adaptations'],
    try: ['body', 'catches', 'always'],
    typereference: [],
    unary: ['type', 'what'],
    uniontype: ['name', 'types'],
    unset: ['variables'],
    usegroup: ['name', 'type', 'items'],
    useitem: ['name', 'alias', 'type'],
    variable: ['name'],
    variadic: ['what'],
    variadicplaceholder: [],
    while: ['test', 'body'],
    yield: ['value', 'key'],
    yieldfrom: ['value'],
};
const CHILD_KEYS_BY_KIND = new Map(Object.entries(CHILD_KEYS).map(([kind, keys]) => [kind, CHILDLESS_KINDS.has(kind) ? [] : keys]));
/** The fields of `n` that may hold child nodes, in source order. */
function childKeys(n) {
    return CHILD_KEYS_BY_KIND.get(n.kind) ?? Object.keys(n).filter((key) => !SKIP_KEYS.has(key));
}
/** Visits every node below `root` (depth first, source order), the root included. */
function ast_walk(root, visit) {
    if (Array.isArray(root)) {
        for (let i = 0; i < root.length; i++)
            ast_walk(root[i], visit);
        return;
    }
    if (!isNode(root))
        return;
    visit(root);
    const keys = childKeys(root);
    for (let i = 0; i < keys.length; i++) {
        const value = root[keys[i]];
        if (value && typeof value === 'object')
            ast_walk(value, visit);
    }
}
/**
 * The first node (depth first) that satisfies `match` among those whose lines cover `line`: subtrees
 * that end before or start after the line are not entered, so finding a declaration costs little.
 */
function findAtLine(root, line, match) {
    if (Array.isArray(root)) {
        for (const item of root) {
            const found = findAtLine(item, line, match);
            if (found)
                return found;
        }
        return null;
    }
    if (!isNode(root))
        return null;
    const start = root.loc?.start?.line;
    const end = root.loc?.end?.line;
    if (start !== undefined && end !== undefined && (line < start || line > end))
        return null;
    if (match(root))
        return root;
    for (const key of childKeys(root)) {
        const value = root[key];
        if (value && typeof value === 'object') {
            const found = findAtLine(value, line, match);
            if (found)
                return found;
        }
    }
    return null;
}
/** Node kinds that hold no expression worth walking into (no call can sit inside them). */
const LEAF_KINDS = new Set([
    'string', 'number', 'boolean', 'nullkeyword', 'identifier', 'name', 'variable', 'inline', 'commentline',
    'commentblock', 'constref', 'magic', 'nowdoc', 'selfreference', 'staticreference', 'parentreference',
    'typereference', 'classconstant', 'propertystatement', 'traituse', 'usegroup', 'declare', 'noop',
]); // prettier-ignore
/** Every direct child node that can hold an expression, in source order of the fields. */
function childNodes(n) {
    const out = [];
    const keys = childKeys(n);
    for (let i = 0; i < keys.length; i++) {
        const v = n[keys[i]];
        if (typeof v !== 'object' || v === null)
            continue;
        if (Array.isArray(v)) {
            for (const item of v)
                if (isNode(item) && !LEAF_KINDS.has(item.kind))
                    out.push(item);
        }
        else if (isNode(v) && !LEAF_KINDS.has(v.kind))
            out.push(v);
    }
    return out;
}
/** The method name of `$x->name(...)`, `$x?->name(...)` or `X::name(...)`. */
function calledMethod(call) {
    const what = child(call, 'what');
    if (!what)
        return null;
    if (LOOKUPS.has(what.kind) || what.kind === 'staticlookup') {
        const offset = child(what, 'offset');
        return offset?.kind === 'identifier' ? nameOf(offset) : null;
    }
    return null;
}
const LOOKUPS = new Set(['propertylookup', 'nullsafepropertylookup']);
function offsetName(lookup) {
    const off = child(lookup, 'offset');
    return off && off.kind === 'identifier' ? nameOf(off) : null;
}
/** Flattens a call / property chain into its root and steps, outermost last. */
function flatten(node) {
    const steps = [];
    let cur = node;
    for (;;) {
        if (cur.kind === 'call') {
            const what = child(cur, 'what');
            if (what && LOOKUPS.has(what.kind)) {
                steps.unshift({ kind: 'call', name: offsetName(what), args: children(cur, 'arguments'), node: cur });
                cur = child(what, 'what') ?? what;
                continue;
            }
            if (what && what.kind === 'staticlookup') {
                steps.unshift({
                    kind: 'static',
                    name: offsetName(what),
                    args: children(cur, 'arguments'),
                    node: cur,
                });
                return { root: child(what, 'what') ?? what, steps };
            }
            return { root: cur, steps };
        }
        if (LOOKUPS.has(cur.kind)) {
            steps.unshift({ kind: 'prop', name: offsetName(cur), args: [], node: cur });
            cur = child(cur, 'what') ?? cur;
            continue;
        }
        if (cur.kind === 'parenthesis') {
            const inner = child(cur, 'inner');
            if (inner) {
                cur = inner;
                continue;
            }
        }
        return { root: cur, steps };
    }
}
/** `->where('a', 1)` as shown in reports. */
function renderStep(step) {
    const sep = step.kind === 'static' ? '::' : '->';
    if (step.kind === 'prop')
        return `${sep}${step.name ?? '…'}`;
    return `${sep}${step.name ?? '…'}(${step.args.map((a) => render(a)).join(', ')})`;
}
// ---------------------------------------------------------------------------------------------------------
// Functions
/** The name of a function's parameter node (`$query` → `query`). */
function paramName(p) {
    return nameOf(child(p, 'name')) ?? field(p, 'name');
}
/** The name of a closure's / arrow function's first parameter (`$query`). */
function firstParamName(fn) {
    const p = children(fn, 'arguments')[0];
    return p ? paramName(p) : null;
}
/** The statements of a function body; an arrow function's expression as one statement. */
function bodyStatements(fn) {
    if (fn.kind === 'arrowfunc') {
        const body = child(fn, 'body');
        return body ? [{ kind: 'expressionstatement', expression: body, loc: body.loc }] : [];
    }
    return children(child(fn, 'body'), 'children');
}
function isFunctionLike(n) {
    return !!n && (n.kind === 'closure' || n.kind === 'arrowfunc');
}
function newFileScope(file, namespace = '') {
    return { file, namespace, uses: new Map() };
}
/** Resolves a class reference the way PHP does (`Post` → `App\Models\Post`). */
function resolveClass(raw, resolution, scope) {
    if (resolution === 'fqn' || raw.startsWith('\\'))
        return raw.replace(/^\\/, '');
    if (resolution === 'rn')
        return joinNs(scope.namespace, raw.replace(/^namespace\\/i, ''));
    // The first segment is looked up among the imports; the rest follows it (`Models\\Post`).
    const cut = raw.indexOf('\\');
    const imported = scope.uses.get((cut < 0 ? raw : raw.slice(0, cut)).toLowerCase());
    if (imported)
        return cut < 0 ? imported : imported + raw.slice(cut);
    return joinNs(scope.namespace, raw);
}
/** A type or class name node resolved in `scope`; builtin type names (`int`, `array`) come back as written. */
function resolveName(n, scope) {
    if (!n)
        return null;
    if (n.kind === 'typereference')
        return typeof n.name === 'string' ? n.name.toLowerCase() : null;
    if (n.kind !== 'name' || typeof n.name !== 'string')
        return null;
    return resolveClass(n.name, field(n, 'resolution'), scope);
}
function joinNs(ns, name) {
    return ns ? `${ns}\\${name}` : name;
}
/** Reads `use` statements of one namespace body into the scope. */
function addUses(scope, usegroup) {
    if (field(usegroup, 'type') === 'function' || field(usegroup, 'type') === 'const')
        return;
    const prefix = field(usegroup, 'name');
    for (const item of children(usegroup, 'items')) {
        const t = field(item, 'type');
        if (t === 'function' || t === 'const')
            continue;
        const name = field(item, 'name');
        if (!name)
            continue;
        const fq = (prefix ? `${prefix}\\${name}` : name).replace(/^\\/, '');
        const alias = nameOf(child(item, 'alias')) ?? fq.split('\\').pop();
        scope.uses.set(alias.toLowerCase(), fq);
    }
}
/** Every `use` import of a file, whatever its namespace: alias (lower case) → fully qualified name. */
function useMap(root) {
    const scope = newFileScope('');
    ast_walk(root, (node) => {
        if (node.kind === 'usegroup')
            addUses(scope, node);
    });
    return scope.uses;
}
/**
 * Visits a file's top-level declarations and statements with the namespace and imports in force, through
 * bracketed and unbracketed namespaces and into `if (! class_exists(…)) { … }` guards.
 */
function forEachTopLevel(file, program, visit) {
    const go = (nodes, scope) => {
        for (const node of nodes) {
            if (node.kind === 'namespace') {
                // The global `namespace { … }` has the name `['']`.
                const name = node.name;
                go(children(node, 'children'), newFileScope(file, typeof name === 'string' ? name : ''));
            }
            else if (node.kind === 'usegroup') {
                addUses(scope, node);
            }
            else if (node.kind === 'if' || node.kind === 'block') {
                go([...children(node, 'children'), ...children(child(node, 'body'), 'children')], scope);
            }
            else
                visit(node, scope);
        }
    };
    go(children(program, 'children'), newFileScope(file));
}
// ---------------------------------------------------------------------------------------------------------
// Printing
/** Elements of an array literal: `[key => value]` pairs in order (spreads have `unpack`). */
function arrayEntries(n) {
    if (!n || n.kind !== 'array')
        return [];
    const out = [];
    for (const item of children(n, 'items')) {
        if (item.kind === 'entry') {
            const value = child(item, 'value');
            if (value)
                out.push({ key: child(item, 'key'), value, unpack: item.unpack === true });
        }
        else
            out.push({ key: null, value: item, unpack: false });
    }
    return out;
}
/** A compact one-line rendering of an expression for reports: closures and long arrays collapse to `…`. */
function render(n, depth = 0) {
    if (!n)
        return '';
    if (depth > 6)
        return '…';
    const r = (x) => render(x, depth + 1);
    switch (n.kind) {
        case 'string':
            return `'${field(n, 'value') ?? ''}'`;
        case 'number':
            return field(n, 'value') ?? '';
        case 'boolean':
            return String(field(n, 'value'));
        case 'nullkeyword':
            return 'null';
        case 'variable':
            return `$${nameOf(n) ?? '…'}`;
        case 'name':
        case 'identifier':
            return nameOf(n) ?? '';
        case 'call': {
            const args = children(n, 'arguments').map(r).join(', ');
            return `${r(child(n, 'what'))}(${args})`;
        }
        case 'propertylookup':
            return `${r(child(n, 'what'))}->${r(child(n, 'offset'))}`;
        case 'nullsafepropertylookup':
            return `${r(child(n, 'what'))}?->${r(child(n, 'offset'))}`;
        case 'staticlookup':
            return `${r(child(n, 'what'))}::${r(child(n, 'offset'))}`;
        case 'array': {
            const items = arrayEntries(n);
            if (items.length > 3)
                return '[…]';
            return `[${items.map((e) => (e.key ? `${r(e.key)} => ${r(e.value)}` : r(e.value))).join(', ')}]`;
        }
        case 'closure':
            return 'function (…) {…}';
        case 'arrowfunc':
            return 'fn (…) => …';
        case 'new':
            return `new ${r(child(n, 'what'))}(…)`;
        case 'bin':
            return `${r(child(n, 'left'))} ${field(n, 'type')} ${r(child(n, 'right'))}`;
        case 'unary':
            return `${field(n, 'type')}${r(child(n, 'what'))}`;
        case 'cast':
            return `(${field(n, 'type')}) ${r(child(n, 'expr'))}`;
        case 'offsetlookup':
            return `${r(child(n, 'what'))}[${r(child(n, 'offset'))}]`;
        case 'encapsed':
            return '"…"';
        case 'parenthesis':
            return `(${r(child(n, 'inner'))})`;
        case 'selfreference':
            return 'self';
        case 'staticreference':
            return 'static';
        case 'parentreference':
            return 'parent';
        default:
            return '…';
    }
}
/** Shortens a rendering to at most `max` characters. */
function shorten(text, max = 160) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

;// CONCATENATED MODULE: ./src/project/php/value.ts
/**
 * What a PHP expression evaluates to, statically. Unknown is a value like any other (with the reason and
 * the node that made it unknown), so one unknown piece never loses the rest of an array or a call.
 */
/** Something only PHP at run time can compute. */
class Unknown {
    reason;
    node;
    constructor(reason, node) {
        this.reason = reason;
        this.node = node;
    }
}
/** An opaque value a host made (Laravel's DB::raw, an enum case, a closure): the evaluator carries it. */
class HostValue {
    /** What `(string) $value` gives, or undefined when PHP would refuse or it is not known. */
    toPhpString() {
        return undefined;
    }
}
/**
 * A value only run time decides, read symbolically (Laravel's env() when a reader wants to know WHICH
 * variable decides): the evaluator carries it as itself through arrays, arguments, returns and branches
 * it can choose, and anything computed from it (comparisons, truthiness, builtins) is Unknown.
 */
class SymbolicValue extends HostValue {
    /** `(type) $value`: undefined when the cast makes it unknown. */
    cast(_type) {
        return undefined;
    }
}
/** The first symbolic value among `values` (arrays searched deeply), or null. */
function firstSymbolic(values) {
    for (const v of values) {
        if (v instanceof SymbolicValue)
            return v;
        const inner = Array.isArray(v) ? v : isKeyedArray(v) ? Object.values(v) : null;
        const found = inner ? firstSymbolic(inner) : null;
        if (found)
            return found;
    }
    return null;
}
/** `Status::Active` of a (backed) enum: `->value` and `->name` read it. */
class EnumCase extends HostValue {
    fqcn;
    name;
    value;
    constructor(fqcn, name, value) {
        super();
        this.fqcn = fqcn;
        this.name = name;
        this.value = value;
    }
}
/** A closure or arrow function, with the variables it captured when it was made. */
class ClosureValue extends HostValue {
    node;
    captured;
    constructor(node, captured) {
        super();
        this.node = node;
        this.captured = captured;
    }
}
/** `new X(…)`: an object whose class is known (its state is not). */
class ObjectValue extends HostValue {
    fqcn;
    constructor(fqcn) {
        super();
        this.fqcn = fqcn;
    }
}
function isUnknown(v) {
    return v instanceof Unknown;
}
function isKeyedArray(v) {
    return (typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof HostValue) && !isUnknown(v));
}
/** The first unknown inside a value (arrays searched deeply), or null when all of it is known. */
function value_firstUnknown(v) {
    if (v instanceof Unknown)
        return v;
    if (Array.isArray(v)) {
        for (const item of v) {
            const u = value_firstUnknown(item);
            if (u)
                return u;
        }
    }
    else if (isKeyedArray(v)) {
        for (const item of Object.values(v)) {
            const u = value_firstUnknown(item);
            if (u)
                return u;
        }
    }
    return null;
}
/** PHP's truthiness; unknown stays unknown. */
function truthy(v) {
    if (v instanceof Unknown)
        return v;
    if (Array.isArray(v))
        return v.length > 0;
    if (v instanceof SymbolicValue)
        return new Unknown(v.describe(), null);
    if (v instanceof HostValue)
        return true;
    if (v !== null && typeof v === 'object')
        return Object.keys(v).length > 0;
    return v !== null && v !== false && v !== 0 && v !== '' && v !== '0';
}
/** PHP's string conversion; arrays and unknown values give Unknown. */
function toPhpString(v, node) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    if (typeof v === 'boolean')
        return v ? '1' : '';
    if (v === null)
        return '';
    if (v instanceof Unknown)
        return v;
    if (v instanceof SymbolicValue)
        return new Unknown(v.describe(), node);
    if (v instanceof HostValue)
        return v.toPhpString() ?? new Unknown('an object used as a string', node);
    return new Unknown('an array used as a string', node);
}
/** Entries of an array value as PHP's foreach sees them; null for anything that is not an array. */
function entriesOf(v) {
    if (Array.isArray(v))
        return v.map((item, i) => [i, item]);
    // A keyed array stores integer keys as strings; PHP's keys are integers again.
    if (isKeyedArray(v))
        return Object.entries(v).map(([k, x]) => [arrayKey(k), x]);
    return null;
}
/**
 * An array value from its entries in order (a later key replaces an earlier one in place): a plain list
 * when the keys are 0..n-1 in that order, else a keyed array.
 */
function arrayFrom(entries) {
    const map = new Map();
    for (const [k, v] of entries)
        map.set(arrayKey(k), v);
    let i = 0;
    for (const k of map.keys())
        if (k !== i++)
            return Object.fromEntries(map);
    return [...map.values()];
}
/** A key as PHP stores it: a decimal integer string (`'7'`, `'-1'`, not `'07'`) becomes an integer. */
function arrayKey(k) {
    return typeof k === 'string' && /^(0|-?[1-9]\d*)$/.test(k) && Number.isSafeInteger(Number(k))
        ? Number(k)
        : k;
}
const NUMERIC = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$/;
const LEADING_NUMBER = /^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
/** Whether a string is numeric to PHP 8 (`'12'`, `' 1.5'`, `'1e3'`; not `'12abc'`, not `'0x1A'`). */
function isNumericString(s) {
    return NUMERIC.test(s);
}
/** The number a value is in arithmetic (numbers, numeric strings, booleans, null); undefined otherwise. */
function toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (v === null)
        return 0;
    if (typeof v === 'string' && isNumericString(v))
        return Number(v.trim());
    return undefined;
}
/** `(int)` / `(float)` of a string: its leading number (`'12abc'` → 12, `'1e3'` → 1000), else 0. */
function leadingNumber(s) {
    const m = LEADING_NUMBER.exec(s);
    return m ? Number(m[0].trim()) : 0;
}
/** PHP's `===`: unknown when either side holds an unknown, or for two objects whose identity is not known. */
function strictEquals(a, b) {
    const u = value_firstUnknown(a) ?? value_firstUnknown(b);
    if (u)
        return u;
    return sameStrict(a, b);
}
function sameStrict(a, b) {
    if (a instanceof HostValue || b instanceof HostValue) {
        if (a === b)
            return true;
        if (a instanceof EnumCase && b instanceof EnumCase)
            return a.fqcn === b.fqcn && a.name === b.name;
        if (a instanceof EnumCase || b instanceof EnumCase)
            return false;
        return a instanceof HostValue && b instanceof HostValue
            ? new Unknown('two objects compared', null)
            : false;
    }
    const ea = entriesOf(a);
    const eb = entriesOf(b);
    if (ea || eb) {
        if (!ea || !eb || ea.length !== eb.length)
            return false;
        for (let i = 0; i < ea.length; i++) {
            if (ea[i][0] !== eb[i][0])
                return false;
            const same = sameStrict(ea[i][1], eb[i][1]);
            if (same !== true)
                return same;
        }
        return true;
    }
    return a === b;
}
/** PHP 8's `==`: numeric strings compare as numbers, null and booleans by truthiness, arrays by pairs. */
function looseEquals(a, b) {
    const u = value_firstUnknown(a) ?? value_firstUnknown(b);
    if (u)
        return u;
    return sameLoose(a, b);
}
function sameLoose(a, b) {
    if (typeof a === 'boolean' || typeof b === 'boolean' || a === null || b === null) {
        if (a === null && typeof b === 'string')
            return b === '';
        if (b === null && typeof a === 'string')
            return a === '';
        return truthy(a) === truthy(b);
    }
    if (typeof a === 'number' && typeof b === 'number')
        return a === b;
    if (typeof a === 'string' && typeof b === 'string') {
        return isNumericString(a) && isNumericString(b) ? Number(a.trim()) === Number(b.trim()) : a === b;
    }
    if (typeof a === 'number' && typeof b === 'string')
        return isNumericString(b) ? Number(b.trim()) === a : String(a) === b;
    if (typeof a === 'string' && typeof b === 'number')
        return sameLoose(b, a);
    if (a instanceof HostValue || b instanceof HostValue)
        return sameStrict(a, b);
    const ea = entriesOf(a);
    const eb = entriesOf(b);
    if (!ea || !eb)
        return false;
    if (ea.length !== eb.length)
        return false;
    const other = new Map(eb.map(([k, x]) => [String(k), x]));
    for (const [k, x] of ea) {
        const y = other.get(String(k));
        if (y === undefined)
            return false;
        const same = sameLoose(x, y);
        if (same !== true)
            return same;
    }
    return true;
}
/**
 * PHP 8's `<=>` for numbers, numeric strings and strings (byte order): -1, 0 or 1; undefined when the
 * comparison is one the evaluator does not model (arrays, objects, mixed non-numeric types).
 */
function compareValues(a, b) {
    if (typeof a === 'string' && typeof b === 'string' && !(isNumericString(a) && isNumericString(b))) {
        return a < b ? -1 : a > b ? 1 : 0;
    }
    const x = typeof a === 'string' || typeof a === 'number' ? toNumber(a) : undefined;
    const y = typeof b === 'string' || typeof b === 'number' ? toNumber(b) : undefined;
    if (x === undefined || y === undefined)
        return undefined;
    return x < y ? -1 : x > y ? 1 : 0;
}
/**
 * The element at `path` (`$v['a']['b']`): undefined when an array along the way has no such key or a
 * scalar stands in the way, the Unknown when an unknown one does.
 */
function valueAt(v, path) {
    let current = v;
    for (const key of path) {
        if (current instanceof Unknown)
            return current;
        const entries = entriesOf(current);
        const found = entries?.find(([k]) => String(k) === String(key));
        if (!found)
            return undefined;
        current = found[1];
    }
    return current;
}
/**
 * `$v['a']['b'] = $x` without touching `v`: a copy with `x` at `path`, arrays created where nothing (or
 * null) was. Writing into an unknown value leaves it unknown; into a scalar, PHP would fail: Unknown.
 */
function withValueAt(v, path, x) {
    if (!path.length)
        return x;
    if (v instanceof Unknown)
        return v;
    const entries = v === undefined || v === null ? [] : entriesOf(v);
    if (!entries)
        return new Unknown('a key set on a value that is not an array', x instanceof Unknown ? x.node : null);
    const out = {};
    for (const [k, item] of entries)
        out[String(k)] = item;
    const [head, ...rest] = path;
    out[String(head)] = withValueAt(out[String(head)], rest, x);
    const keys = Object.keys(out);
    return keys.every((k, i) => k === String(i)) ? keys.map((k) => out[k]) : out;
}

;// CONCATENATED MODULE: ./src/project/php/builtins.ts
/**
 * The pure PHP functions apps call where values are decided statically (table names, column lists, config
 * defaults): string and array helpers with no side effects. Anything else is not evaluated.
 */

function str(v, node) {
    return toPhpString(v ?? null, node);
}
function strings(fn) {
    return (args, node) => {
        const out = [];
        for (const a of args) {
            const s = str(a, node);
            if (s instanceof Unknown)
                return s;
            out.push(s);
        }
        return fn(...out);
    };
}
function list(v) {
    const e = v === undefined ? null : entriesOf(v);
    return e ? e.map(([, x]) => x) : null;
}
/** PHP's sprintf: `%s %d %u %f %F %x %X %o %b %c %e %%`, positions (`%1$s`), flags, width and precision. */
function sprintf(args, node) {
    const format = str(args[0], node);
    if (format instanceof Unknown)
        return format;
    let next = 1;
    let failed = null;
    const out = format.replace(/%(?:(\d+)\$)?((?:[-+ 0]|'.)*)(\d*)(?:\.(\d+))?([bcdeEfFosuxX%])/g, (whole, pos, flags, width, precision, conv) => {
        if (conv === '%')
            return '%';
        const v = args[pos ? Number(pos) : next++];
        if (v === undefined) {
            failed ??= new Unknown('sprintf() with too few arguments', node);
            return whole;
        }
        const text = formatOne(v, conv, flags, precision, node);
        if (text instanceof Unknown) {
            failed ??= text;
            return '';
        }
        return pad(text, flags, Number(width || 0), conv);
    });
    return failed ?? out;
}
function formatOne(v, conv, flags, precision, node) {
    if (conv === 's') {
        const s = str(v, node);
        return s instanceof Unknown || precision === undefined ? s : s.slice(0, Number(precision));
    }
    const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
    if (n === undefined)
        return v instanceof Unknown ? v : new Unknown('sprintf() of a non-number', node);
    const sign = flags.includes('+') && n >= 0 ? '+' : '';
    switch (conv) {
        case 'd':
            return sign + String(Math.trunc(n));
        case 'u':
            return String(Math.trunc(n) >>> 0);
        case 'f':
        case 'F':
            return sign + n.toFixed(precision === undefined ? 6 : Number(precision));
        case 'e':
        case 'E': {
            const e = n
                .toExponential(precision === undefined ? 6 : Number(precision))
                .replace(/e([+-])(\d)$/, 'e$1$2');
            return sign + (conv === 'E' ? e.toUpperCase() : e);
        }
        case 'x':
            return (Math.trunc(n) >>> 0).toString(16);
        case 'X':
            return (Math.trunc(n) >>> 0).toString(16).toUpperCase();
        case 'o':
            return (Math.trunc(n) >>> 0).toString(8);
        case 'b':
            return (Math.trunc(n) >>> 0).toString(2);
        case 'c':
            return String.fromCharCode(Math.trunc(n) & 0xff);
        default:
            return new Unknown(`sprintf() %${conv}`, node);
    }
}
/** Width padding: spaces by default, `0` or `'x` to pad with another character, `-` to pad on the right. */
function pad(text, flags, width, conv) {
    if (text.length >= width)
        return text;
    const custom = /'(.)/.exec(flags);
    const char = custom ? custom[1] : flags.replace(/'./g, '').includes('0') ? '0' : ' ';
    if (flags.replace(/'./g, '').includes('-'))
        return text + (char === '0' ? ' ' : char).repeat(width - text.length);
    const fill = char.repeat(width - text.length);
    // Zero padding goes after the sign of a number.
    if (char === '0' && conv !== 's' && /^[+-]/.test(text))
        return text[0] + fill + text.slice(1);
    return fill + text;
}
function implode(args, node) {
    // implode(glue, pieces) and the legacy implode(pieces, glue).
    const [a, b] = args;
    const pieces = list(b) ?? list(a);
    const glue = list(b) ? a : b;
    if (!pieces)
        return new Unknown('implode() pieces', node);
    const g = str(glue ?? '', node);
    if (g instanceof Unknown)
        return g;
    const parts = [];
    for (const p of pieces) {
        const s = str(p, node);
        if (s instanceof Unknown)
            return s;
        parts.push(s);
    }
    return parts.join(g);
}
function arrayMerge(args, node) {
    const out = [];
    let next = 0;
    for (const a of args) {
        const entries = entriesOf(a);
        if (!entries)
            return a instanceof Unknown ? a : new Unknown('array_merge() of a non-array', node);
        // Integer keys are renumbered; string keys of a later array replace earlier ones.
        for (const [k, v] of entries)
            out.push([typeof k === 'number' ? next++ : k, v]);
    }
    return arrayFrom(out);
}
/** str_replace with strings or arrays of searches and replacements, on a string or an array of them. */
function strReplace(args, node) {
    const [search, replace, subject] = args;
    const searches = list(search) ?? [search ?? null];
    const replaceList = list(replace);
    const pairs = [];
    for (let i = 0; i < searches.length; i++) {
        const from = str(searches[i], node);
        if (from instanceof Unknown)
            return from;
        const to = str(replaceList ? (replaceList[i] ?? '') : (replace ?? null), node);
        if (to instanceof Unknown)
            return to;
        pairs.push([from, to]);
    }
    const one = (v) => {
        let s = str(v, node);
        if (s instanceof Unknown)
            return s;
        for (const [from, to] of pairs)
            if (from !== '')
                s = s.split(from).join(to);
        return s;
    };
    const subjects = subject === undefined ? null : entriesOf(subject);
    if (!subjects)
        return one(subject ?? null);
    return arrayFrom(subjects.map(([k, v]) => [k, one(v)]));
}
/** PHP's version_compare() order of the special words: dev < alpha = a < beta = b < RC = rc < # < pl = p. */
function versionRank(part) {
    if (/^\d+$/.test(part))
        return 4;
    const word = part.toLowerCase();
    if (word.startsWith('dev'))
        return 0;
    if (word.startsWith('alpha') || word === 'a')
        return 1;
    if (word.startsWith('beta') || word === 'b')
        return 2;
    if (word.startsWith('rc'))
        return 3;
    if (word === 'pl' || word === 'p')
        return 5;
    return -1;
}
/** PHP's version_compare($a, $b): -1, 0 or 1 (canonical parts, numbers compared as numbers). */
function compareVersions(a, b) {
    const parts = (v) => v
        .replace(/[-_+]/g, '.')
        .replace(/(\d)([^\d.])/g, '$1.$2')
        .replace(/([^\d.])(\d)/g, '$1.$2')
        .split('.')
        .filter((p) => p !== '');
    const x = parts(a);
    const y = parts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const p = x[i];
        const q = y[i];
        // A missing part ranks below a number and above the pre-release words, as PHP compares them.
        const rp = p === undefined ? (versionRank(q) === 4 ? -2 : 3.5) : versionRank(p);
        const rq = q === undefined ? (versionRank(p) === 4 ? -2 : 3.5) : versionRank(q);
        if (rp === 4 && rq === 4) {
            const d = Number(p) - Number(q);
            if (d !== 0)
                return d < 0 ? -1 : 1;
        }
        else if (rp !== rq)
            return rp < rq ? -1 : 1;
    }
    return 0;
}
const VERSION_OPERATORS = {
    '<': (c) => c < 0,
    lt: (c) => c < 0,
    '<=': (c) => c <= 0,
    le: (c) => c <= 0,
    '>': (c) => c > 0,
    gt: (c) => c > 0,
    '>=': (c) => c >= 0,
    ge: (c) => c >= 0,
    '==': (c) => c === 0,
    eq: (c) => c === 0,
    '!=': (c) => c !== 0,
    '<>': (c) => c !== 0,
    ne: (c) => c !== 0,
};
const BUILTINS = {
    version_compare: (args, node) => {
        const [a, b, op] = args;
        if (typeof a !== 'string' || typeof b !== 'string')
            return new Unknown('version_compare() of non-strings', node);
        const c = compareVersions(a, b);
        if (op === undefined || op === null)
            return c;
        const test = typeof op === 'string' ? VERSION_OPERATORS[op] : undefined;
        return test ? test(c) : null;
    },
    sprintf,
    implode,
    join: implode,
    strtolower: strings((s) => s.toLowerCase()),
    strtoupper: strings((s) => s.toUpperCase()),
    ucfirst: strings((s) => s.charAt(0).toUpperCase() + s.slice(1)),
    lcfirst: strings((s) => s.charAt(0).toLowerCase() + s.slice(1)),
    trim: strings((s, chars) => (chars === undefined ? s.trim() : trimChars(s, chars))),
    rtrim: strings((s, chars) => (chars === undefined ? s.trimEnd() : trimChars(s, chars, false, true))),
    ltrim: strings((s, chars) => (chars === undefined ? s.trimStart() : trimChars(s, chars, true, false))),
    str_replace: strReplace,
    str_contains: strings((h, n) => h.includes(n)),
    str_starts_with: strings((h, n) => h.startsWith(n)),
    str_ends_with: strings((h, n) => h.endsWith(n)),
    strlen: strings((s) => Buffer.byteLength(s)),
    explode: (args, node) => {
        const [d, s] = args.map((a) => str(a, node));
        if (d instanceof Unknown)
            return d;
        if (s instanceof Unknown)
            return s;
        return d === '' ? new Unknown('explode() with an empty delimiter', node) : s.split(d);
    },
    array_merge: arrayMerge,
    array_keys: (args, node) => {
        const e = args[0] === undefined ? null : entriesOf(args[0]);
        return e ? e.map(([k]) => k) : new Unknown('array_keys() of a non-array', node);
    },
    array_values: (args, node) => list(args[0]) ?? new Unknown('array_values() of a non-array', node),
    in_array: (args, node) => {
        const hay = list(args[1]);
        if (!hay)
            return new Unknown('in_array() of a non-array', node);
        const strict = args[2] === undefined ? false : truthy(args[2]);
        if (strict instanceof Unknown)
            return strict;
        let unknown = null;
        for (const h of hay) {
            const same = strict ? strictEquals(args[0] ?? null, h) : looseEquals(args[0] ?? null, h);
            if (same === true)
                return true;
            if (same instanceof Unknown)
                unknown ??= same;
        }
        return unknown ?? false;
    },
    count: (args, node) => list(args[0])?.length ?? new Unknown('count() of a non-array', node),
    is_null: (args) => (args[0] instanceof Unknown ? args[0] : args[0] === null),
    boolval: (args) => truthy(args[0] ?? null),
    intval: (args, node) => {
        const v = args[0];
        if (v instanceof Unknown)
            return v;
        if (v === undefined)
            return new Unknown('intval()', node);
        const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
        if (n !== undefined)
            return Math.trunc(n);
        const entries = entriesOf(v);
        return entries ? (entries.length ? 1 : 0) : new Unknown('intval() of an object', node);
    },
    strval: (args, node) => str(args[0], node),
    max: (args, node) => numeric(args, node, Math.max),
    min: (args, node) => numeric(args, node, Math.min),
    array_key_exists: (args, node) => {
        const k = args[0];
        const a = args[1];
        if (k instanceof Unknown)
            return k;
        if (Array.isArray(a))
            return typeof k === 'number' && k >= 0 && k < a.length;
        if (isKeyedArray(a))
            return String(k) in a;
        return new Unknown('array_key_exists() of a non-array', node);
    },
};
function numeric(args, node, fn) {
    const values = args.length === 1 ? (list(args[0]) ?? []) : args;
    if (!values.length || values.some((v) => typeof v !== 'number'))
        return new Unknown('min()/max() of non-numbers', node);
    return fn(...values);
}
function trimChars(s, chars, left = true, right = true) {
    let a = 0;
    let b = s.length;
    while (left && a < b && chars.includes(s[a]))
        a++;
    while (right && b > a && chars.includes(s[b - 1]))
        b--;
    return s.slice(a, b);
}
/** A pure builtin's result, or undefined when the function is not one of them. */
function callBuiltin(name, args, node) {
    const fn = Object.prototype.hasOwnProperty.call(BUILTINS, name) ? BUILTINS[name] : undefined;
    if (!fn)
        return undefined;
    // A pure function of an unknown argument is unknown for the argument's reason (`$ids`, not `count()`).
    const unknown = args.find((a) => a instanceof Unknown);
    return unknown ?? fn(args, node);
}

;// CONCATENATED MODULE: ./src/project/php/choice.ts
/**
 * A value picked at run time from a list the code spells, with the value used when the input names none:
 *   in_array($request->sort, $allowed) ? $request->sort : 'created_at'
 *   match ($request->sort) { 'name' => 'name', 'date' => 'created_at', default => 'id' }
 *   $columns[$request->sort] ?? 'id'
 * Which entry a request picks is unknown; that it is one of these, and which one a request without the
 * input gets, is known. Carried symbolically (anything computed from it is Unknown); a reader that knows
 * what a choice means (a sort column) takes the fallback and records the rest.
 */


class ChoiceValue extends SymbolicValue {
    fallback;
    options;
    constructor(
    /** What a request that names no allowed entry gets. */
    fallback, 
    /** Every value the code allows, the fallback included, in the code's order. */
    options) {
        super();
        this.fallback = fallback;
        this.options = options;
    }
    describe() {
        return `one of ${this.options.join(', ')} (chosen at run time)`;
    }
}
const allowed = (fallback, values) => new ChoiceValue(fallback, [...new Set([fallback, ...values])]);
/** The strings of a known list (values of a list, or of a keyed array); null when any is not one. */
function choice_strings(v) {
    const entries = entriesOf(v);
    if (!entries?.length)
        return null;
    const out = entries.map(([, x]) => x);
    return out.every((x) => typeof x === 'string') ? out : null;
}
/** Two expressions read the same input (`$request->sort` twice, `$sort` twice): compared without positions. */
function sameExpression(a, b) {
    if (!a || !b)
        return false;
    const strip = (n) => {
        if (Array.isArray(n))
            return n.map(strip);
        if (n && typeof n === 'object') {
            const o = {};
            for (const [k, v] of Object.entries(n))
                if (k !== 'loc' && k !== 'leadingComments')
                    o[k] = strip(v);
            return o;
        }
        return n;
    };
    return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}
/** `in_array($x, LIST) ? $x : 'd'` and `!in_array($x, LIST) ? 'd' : $x`; null for any other ternary. */
function ternaryChoice(node, evaluate) {
    let test = child(node, 'test');
    let picked = child(node, 'trueExpr');
    let other = child(node, 'falseExpr');
    while (test?.kind === 'parenthesis')
        test = child(test, 'inner');
    if (test?.kind === 'unary' && test.type === '!') {
        test = child(test, 'what');
        [picked, other] = [other, picked];
    }
    if (test?.kind !== 'call' || !picked || !other)
        return null;
    const fn = child(test, 'what');
    if (fn?.kind !== 'name' || nameKey(String(fn.name)) !== 'in_array')
        return null;
    const [needle, hay] = children(test, 'arguments');
    const escaped = escapedArgument(picked);
    if (!sameExpression(needle, escaped ?? picked))
        return null;
    const list = choice_strings(evaluate(hay));
    // Escaping returns a plain name unchanged, so the picked value is still one of the list's.
    if (escaped && !list?.every((x) => PLAIN_NAME.test(x)))
        return null;
    const fallback = evaluate(other);
    return list && typeof fallback === 'string' ? allowed(fallback, list) : null;
}
/**
 * Functions that escape a string for HTML or trim it: on a column name (letters, digits, `_`, `.`) they
 * return it unchanged. `e()` is Laravel's HTML escape (`in_array($sort, $allowed) ? e($sort) : 'id'`).
 */
const NAME_PRESERVING = new Set([
    'e',
    'htmlspecialchars',
    'htmlentities',
    'strip_tags',
    'trim',
    'addslashes',
]);
const PLAIN_NAME = /^[A-Za-z0-9_.]+$/;
/** `e($x)`: the `$x` an escaping call wraps; null for anything else. */
function escapedArgument(node) {
    if (node.kind !== 'call')
        return null;
    const fn = child(node, 'what');
    if (fn?.kind !== 'name' || !NAME_PRESERVING.has(nameKey(String(fn.name))))
        return null;
    const args = children(node, 'arguments');
    return args.length === 1 ? args[0] : null;
}
/** `match ($x) { 'a' => 'col_a', …, default => 'col' }` on an unknown `$x`: every arm a string. */
function matchChoice(node, evaluate) {
    let fallback = null;
    const values = [];
    for (const arm of children(node, 'arms')) {
        const v = evaluate(child(arm, 'body'));
        if (typeof v !== 'string')
            return null;
        if (arm.conds)
            values.push(v);
        else
            fallback = v;
    }
    return fallback !== null && values.length ? allowed(fallback, values) : null;
}
/** `$map[$x] ?? 'd'`: a known map of strings looked up with an unknown key. */
function lookupChoice(left, right, evaluate) {
    if (left?.kind !== 'offsetlookup')
        return null;
    if (!(evaluate(child(left, 'offset')) instanceof Unknown))
        return null;
    const list = choice_strings(evaluate(child(left, 'what')));
    const fallback = evaluate(right);
    return list && typeof fallback === 'string' ? allowed(fallback, list) : null;
}

;// CONCATENATED MODULE: ./src/project/php/evaluate.ts
/**
 * The static evaluator: what a PHP expression is worth without running PHP. Literals, strings and
 * interpolation, arrays, arithmetic, comparisons, ternaries, `??`, class constants and enum cases, magic
 * constants, a few pure functions, and whatever the host knows (Laravel's config(), env(), DB::raw…).
 * It never throws: what cannot be known comes back as an Unknown value, and the rest goes on.
 */




/** How a node is named in "cannot know" messages. */
function describe(node) {
    if (node.kind === 'variable')
        return `$${node.name}`;
    if (node.kind === 'call')
        return 'a function call';
    return `a ${node.kind} expression`;
}
const NAMED_CONSTANTS = {
    true: true,
    false: false,
    null: null,
    php_eol: '\n',
    php_int_max: Number.MAX_SAFE_INTEGER,
    directory_separator: '/',
};
/** The class a `name`/`self`/`static`/`parent` node refers to, resolved; null when dynamic. */
function classOf(n, ctx) {
    if (!n)
        return null;
    if (n.kind === 'selfreference')
        return ctx.declaring ?? ctx.self ?? null;
    if (n.kind === 'staticreference')
        return ctx.self ?? null;
    if (n.kind === 'parentreference')
        return ctx.parent ?? null;
    if (n.kind !== 'name')
        return null;
    const raw = String(n.name);
    const lower = raw.toLowerCase();
    if (lower === 'self')
        return ctx.declaring ?? ctx.self ?? null;
    if (lower === 'static')
        return ctx.self ?? null;
    if (lower === 'parent')
        return ctx.parent ?? null;
    return ctx.scope ? resolveName(n, ctx.scope) : raw.replace(/^\\/, '');
}
function evaluate(node, ctx = {}) {
    if (!node)
        return new Unknown('nothing', null);
    switch (node.kind) {
        case 'string':
        case 'nowdoc':
            return String(node.value);
        case 'number': {
            const raw = String(node.value).replace(/_/g, '');
            // `0755` is octal in PHP (as `0o755` is); a leading zero followed by a dot or exponent is not.
            const n = /^0[0-7]+$/.test(raw) ? parseInt(raw, 8) : Number(raw);
            return Number.isNaN(n) ? new Unknown(`number ${node.value}`, node) : n;
        }
        case 'boolean':
            return Boolean(node.value);
        case 'nullkeyword':
            return null;
        case 'name': {
            const n = nameKey(String(node.name));
            return n in NAMED_CONSTANTS ? NAMED_CONSTANTS[n] : new Unknown(`constant ${node.name}`, node);
        }
        case 'magic':
            return magic(node, ctx);
        case 'parenthesis':
            return evaluate(node.inner, ctx);
        case 'unary':
            return unary(node, ctx);
        case 'bin':
            return binary(node, ctx);
        case 'retif':
            return ternary(node, ctx);
        case 'encapsed':
            return interpolate(node, ctx);
        case 'array':
            return arrayValue(node, ctx);
        case 'variable': {
            const name = typeof node.name === 'string' ? node.name : null;
            const v = name !== null ? ctx.variable?.(name) : undefined;
            return v === undefined ? new Unknown(describe(node), node) : v;
        }
        case 'cast':
            return cast(node, ctx);
        case 'offsetlookup':
            return offset(node, ctx);
        case 'staticlookup':
            return staticLookup(node, ctx);
        case 'propertylookup':
        case 'nullsafepropertylookup':
            return propertyLookup(node, ctx);
        case 'new': {
            const cls = classOf(child(node, 'what'), ctx);
            if (!cls)
                return new Unknown('an object', node);
            const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
            return ctx.host?.construct?.(cls, args, node) ?? new ObjectValue(cls);
        }
        case 'call':
            return call(node, ctx);
        case 'closure':
        case 'arrowfunc': {
            const captured = new Map();
            const names = node.kind === 'closure' ? children(node, 'uses').map((u) => nameOf(u)) : [];
            for (const n of names) {
                const v = n ? ctx.variable?.(n) : undefined;
                if (n && v !== undefined)
                    captured.set(n, v);
            }
            return new ClosureValue(node, captured);
        }
        case 'match':
            return matchValue(node, ctx);
        case 'empty': {
            const t = truthy(evaluate(node.expression, ctx));
            return t instanceof Unknown ? t : !t;
        }
        default:
            return new Unknown(describe(node), node);
    }
}
/** Call arguments, named ones apart, `...$spread` of a known list expanded. */
function evaluateArgs(nodes, ctx) {
    const out = { positional: [], named: {} };
    for (const n of nodes) {
        if (n.kind === 'namedargument')
            out.named[String(n.name)] = evaluate(n.value, ctx);
        else if (n.kind === 'variadic') {
            const v = evaluate(n.what, ctx);
            const entries = entriesOf(v);
            if (entries)
                out.positional.push(...entries.map(([, x]) => x));
            else
                out.positional.push(v instanceof Unknown ? v : new Unknown('a spread argument', n));
        }
        else
            out.positional.push(evaluate(n, ctx));
    }
    return out;
}
function magic(node, ctx) {
    const raw = String(node.raw ?? node.value ?? '').toUpperCase();
    switch (raw) {
        case '__CLASS__':
            return ctx.declaring ?? ctx.self ?? new Unknown('__CLASS__', node);
        case '__NAMESPACE__':
            return ctx.scope ? ctx.scope.namespace : new Unknown('__NAMESPACE__', node);
        case '__FILE__':
            return ctx.file ?? new Unknown('__FILE__', node);
        case '__DIR__':
            return ctx.file
                ? ctx.file.slice(0, Math.max(0, ctx.file.lastIndexOf('/')))
                : new Unknown('__DIR__', node);
        case '__LINE__':
            return node.loc?.start.line ?? new Unknown('__LINE__', node);
        default:
            return new Unknown(raw || 'a magic constant', node);
    }
}
function unary(node, ctx) {
    const v = evaluate(node.what, ctx);
    if (v instanceof Unknown)
        return v;
    if (node.type === '!')
        return not(truthy(v));
    const n = toNumber(v);
    if (node.type === '-' && n !== undefined)
        return -n;
    if (node.type === '+' && n !== undefined)
        return n;
    if (node.type === '~' && typeof v === 'number')
        return bitwise('^', v, -1) ?? new Unknown('unary ~', node);
    return new Unknown(`unary ${node.type}`, node);
}
function binary(node, ctx) {
    const type = String(node.type);
    // Short-circuit operators decide on the left alone when they can, as PHP does.
    if (type === '??') {
        const l = evaluate(node.left, ctx);
        if (l instanceof Unknown)
            return lookupChoice(node.left, node.right, (n) => evaluate(n, ctx)) ?? l;
        if (l instanceof SymbolicValue)
            return new Unknown(l.describe(), node);
        return l === null ? evaluate(node.right, ctx) : l;
    }
    if (type === '&&' || type === 'and' || type === '||' || type === 'or') {
        const isAnd = type === '&&' || type === 'and';
        const l = truthy(evaluate(node.left, ctx));
        if (l === !isAnd)
            return l;
        const r = truthy(evaluate(node.right, ctx));
        // An unknown left side still gives way to a right side that settles the result (`$x && false`).
        if (l instanceof Unknown)
            return r === !isAnd ? r : l;
        return r;
    }
    const l = evaluate(node.left, ctx);
    const r = evaluate(node.right, ctx);
    const symbolic = symbolicUnknown([l, r], node);
    if (symbolic)
        return symbolic;
    switch (type) {
        case '===':
            return strictEquals(l, r);
        case '!==':
            return not(strictEquals(l, r));
        case '==':
            return looseEquals(l, r);
        case '!=':
            return not(looseEquals(l, r));
    }
    if (l instanceof Unknown)
        return l;
    if (r instanceof Unknown)
        return r;
    switch (type) {
        case '.': {
            const a = toPhpString(l, node);
            if (a instanceof Unknown)
                return a;
            const b = toPhpString(r, node);
            return b instanceof Unknown ? b : a + b;
        }
        case 'xor': {
            const a = truthy(l);
            const b = truthy(r);
            return a instanceof Unknown ? a : b instanceof Unknown ? b : a !== b;
        }
        case '<':
        case '>':
        case '<=':
        case '>=':
        case '<=>': {
            const c = compareValues(l, r);
            if (c === undefined)
                return new Unknown(`operator ${type}`, node);
            if (type === '<=>')
                return c;
            return type === '<' ? c < 0 : type === '>' ? c > 0 : type === '<=' ? c <= 0 : c >= 0;
        }
    }
    if (type === '+' && isArrayValue(l) && isArrayValue(r)) {
        // Array union: keys of the left win.
        const left = entriesOf(l) ?? [];
        const taken = new Set(left.map(([k]) => k));
        return arrayFrom([...left, ...(entriesOf(r) ?? []).filter(([k]) => !taken.has(k))]);
    }
    // Arithmetic on numbers, numeric strings, booleans and null, as PHP 8 converts them.
    const a = toNumber(l);
    const b = toNumber(r);
    if (a === undefined || b === undefined)
        return new Unknown(`operator ${type}`, node);
    switch (type) {
        case '+':
            return a + b;
        case '-':
            return a - b;
        case '*':
            return a * b;
        case '/':
            return b === 0 ? new Unknown('division by zero', node) : a / b;
        case '%':
            return Math.trunc(b) === 0 ? new Unknown('modulo by zero', node) : Math.trunc(a) % Math.trunc(b);
        case '**':
            return a ** b;
        case '|':
        case '&':
        case '^':
        case '<<':
        case '>>':
            return bitwise(type, a, b) ?? new Unknown(`operator ${type}`, node);
    }
    return new Unknown(`operator ${type}`, node);
}
/** PHP's bitwise operators on 64-bit integers; undefined when the result is beyond a safe JS number. */
function bitwise(type, a, b) {
    const x = BigInt(Math.trunc(a));
    const y = BigInt(Math.trunc(b));
    let r;
    if (type === '|')
        r = x | y;
    else if (type === '&')
        r = x & y;
    else if (type === '^')
        r = x ^ y;
    else if (y < 0n || y > 63n)
        return undefined;
    else
        r = type === '<<' ? x << y : x >> y;
    const n = Number(BigInt.asIntN(64, r));
    return Number.isSafeInteger(n) ? n : undefined;
}
function not(v) {
    return v instanceof Unknown ? v : !v;
}
/** An Unknown when a symbolic value (deeply) takes part in a computation; null otherwise. */
function symbolicUnknown(values, node) {
    const s = firstSymbolic(values);
    return s ? new Unknown(s.describe(), node) : null;
}
function isArrayValue(v) {
    return Array.isArray(v) || isKeyedArray(v);
}
function ternary(node, ctx) {
    const test = evaluate(node.test, ctx);
    const t = truthy(test);
    if (t instanceof Unknown) {
        // Both branches agreeing decides it whatever the test is.
        if (!node.trueExpr)
            return t;
        const choice = ternaryChoice(node, (n) => evaluate(n, ctx));
        if (choice)
            return choice;
        const a = evaluate(node.trueExpr, ctx);
        return strictEquals(a, evaluate(node.falseExpr, ctx)) === true ? a : t;
    }
    if (!node.trueExpr)
        return t ? test : evaluate(node.falseExpr, ctx); // `a ?: b`
    return t ? evaluate(node.trueExpr, ctx) : evaluate(node.falseExpr, ctx);
}
function interpolate(node, ctx) {
    if (node.type !== 'string' && node.type !== 'heredoc')
        return new Unknown(`${node.type} string`, node);
    let out = '';
    for (const part of node.value ?? []) {
        const v = evaluate(part.kind === 'encapsedpart' ? part.expression : part, ctx);
        const s = toPhpString(v, node);
        if (s instanceof Unknown)
            return s;
        out += s;
    }
    return out;
}
function arrayValue(node, ctx) {
    const items = arrayEntries(node);
    const hasKeys = items.some((i) => i.key || i.unpack);
    if (!hasKeys)
        return items.map((i) => evaluate(i.value, ctx));
    const entries = [];
    let next = 0;
    for (const i of items) {
        if (i.unpack) {
            const spread = entriesOf(evaluate(i.value, ctx));
            if (!spread && ctx.skipUnknownKeys)
                continue;
            if (!spread)
                return new Unknown('a spread of an unknown array', i.value);
            for (const [k, v] of spread)
                entries.push([typeof k === 'number' ? next++ : k, v]);
            continue;
        }
        let key;
        if (i.key) {
            const k = phpKey(evaluate(i.key, ctx));
            if (k === undefined || k instanceof Unknown) {
                if (ctx.skipUnknownKeys)
                    continue;
                return k instanceof Unknown ? k : new Unknown('an array key', i.key);
            }
            key = k;
        }
        else
            key = next;
        if (typeof key === 'number' && key >= next)
            next = key + 1;
        entries.push([key, evaluate(i.value, ctx)]);
    }
    return arrayFrom(entries);
}
/** A value used as an array key: integers and strings, with booleans, null and floats cast as PHP does. */
function phpKey(k) {
    if (typeof k === 'string')
        return arrayKey(k);
    if (typeof k === 'number')
        return Math.trunc(k);
    if (typeof k === 'boolean')
        return k ? 1 : 0;
    if (k === null)
        return '';
    return k instanceof Unknown ? k : undefined;
}
function cast(node, ctx) {
    const v = evaluate(node.expr, ctx);
    if (v instanceof Unknown)
        return v;
    if (v instanceof SymbolicValue)
        return v.cast(String(node.type)) ?? new Unknown(v.describe(), node);
    switch (node.type) {
        case 'string':
            return toPhpString(v, node);
        case 'int':
        case 'float': {
            const n = typeof v === 'string' ? leadingNumber(v) : toNumber(v);
            if (n === undefined)
                return isArrayValue(v) ? (truthy(v) ? 1 : 0) : new Unknown(`cast ${node.type}`, node);
            return node.type === 'int' ? Math.trunc(n) : n;
        }
        case 'bool':
            return truthy(v);
        case 'array':
            return isArrayValue(v) ? v : v === null ? [] : [v];
        default:
            return new Unknown(`cast ${node.type}`, node);
    }
}
function offset(node, ctx) {
    const base = evaluate(node.what, ctx);
    if (base instanceof Unknown)
        return base;
    // `"$row[key]"` in a string spells the key as a bare word.
    const off = child(node, 'offset');
    const raw = off?.kind === 'identifier' ? nameOf(off) : evaluate(off, ctx);
    if (raw instanceof Unknown)
        return raw;
    const key = typeof raw === 'string' ? arrayKey(raw) : raw;
    if (Array.isArray(base) && typeof key === 'number')
        return base[key] ?? null;
    if (isKeyedArray(base) && (typeof key === 'string' || typeof key === 'number'))
        return base[String(key)] ?? null;
    if (typeof base === 'string' && typeof key === 'number') {
        const i = key < 0 ? base.length + key : key;
        return i >= 0 && i < base.length ? base[i] : new Unknown('a string offset out of range', node);
    }
    return new Unknown('an array element', node);
}
function staticLookup(node, ctx) {
    const offsetName = nameOf(node.offset);
    const what = child(node, 'what');
    const cls = classOf(what, ctx);
    if (offsetName?.toLowerCase() === 'class' && cls)
        return cls;
    if (cls && offsetName && node.offset?.kind === 'identifier') {
        const v = ctx.classConstant?.(cls, offsetName);
        if (v !== undefined)
            return v;
    }
    return new Unknown('a class constant', node);
}
function propertyLookup(node, ctx) {
    const prop = nameOf(node.offset);
    const what = child(node, 'what');
    if (what?.kind === 'variable' && what.name === 'this' && prop) {
        const v = ctx.property?.(prop);
        return v === undefined ? new Unknown(`$this->${prop}`, node) : v;
    }
    const base = what ? evaluate(what, ctx) : null;
    if (base instanceof EnumCase && prop === 'value')
        return base.value;
    if (base instanceof EnumCase && prop === 'name')
        return base.name;
    const hosted = prop && base instanceof HostValue ? ctx.host?.readProperty?.(base, prop, node) : undefined;
    if (hosted !== undefined)
        return hosted;
    return new Unknown(prop ? `->${prop}` : 'a property', node);
}
function call(node, ctx) {
    const what = child(node, 'what');
    if (!what)
        return new Unknown(describe(node), node);
    if (what.kind === 'name') {
        const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
        const fname = nameKey(String(what.name));
        const hosted = ctx.host?.callFunction?.(fname, args, node);
        if (hosted !== undefined)
            return hosted;
        const symbolic = symbolicUnknown(args, node);
        const builtin = symbolic ? undefined : callBuiltin(fname, args, node);
        return builtin ?? symbolic ?? new Unknown(describe(node), node);
    }
    const method = methodName(child(what, 'offset'), ctx);
    if (!method)
        return new Unknown(describe(node), node);
    if (what.kind === 'staticlookup') {
        const target = child(what, 'what');
        const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
        // `static::` binds late as `$this->` does; `self::` is the declaring class.
        const lower = target?.kind === 'name' ? String(target.name).toLowerCase() : null;
        const followed = target?.kind === 'selfreference' || lower === 'self'
            ? 'self'
            : target?.kind === 'staticreference' || lower === 'static'
                ? 'this'
                : target?.kind === 'parentreference' || lower === 'parent'
                    ? 'parent'
                    : null;
        if (followed) {
            const v = ctx.callMethod?.(followed, method, args, node);
            if (v !== undefined)
                return v;
        }
        const cls = classOf(target, ctx);
        if (cls) {
            const hosted = ctx.host?.callStatic?.(cls, method, args, node);
            if (hosted !== undefined)
                return hosted;
            if (!followed) {
                const v = ctx.callMethod?.(cls, method, args, node);
                if (v !== undefined)
                    return v;
            }
        }
        return new Unknown(describe(node), node);
    }
    if (what.kind === 'propertylookup' || what.kind === 'nullsafepropertylookup') {
        const target = child(what, 'what');
        if (target?.kind === 'variable' && target.name === 'this') {
            const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
            const v = ctx.callMethod?.('this', method, args, node);
            if (v !== undefined)
                return v;
        }
        else if (target && ctx.host?.callObject) {
            const object = evaluate(target, ctx);
            if (object instanceof HostValue) {
                const args = evaluateArgs(children(node, 'arguments'), ctx).positional;
                const v = ctx.host.callObject(object, method, args, node);
                if (v !== undefined)
                    return v;
            }
        }
    }
    return new Unknown(describe(node), node);
}
/** `->name()`, or `->$name()` / `->{$name}()` when the name evaluates to a string. */
function methodName(offset, ctx) {
    if (!offset)
        return null;
    if (offset.kind === 'identifier')
        return nameOf(offset);
    // `{$name}` is parsed as an interpolation part around the expression.
    const v = evaluate(offset.kind === 'encapsedpart' ? child(offset, 'expression') : offset, ctx);
    return typeof v === 'string' && v !== '' ? v : null;
}
function matchValue(node, ctx) {
    const cond = evaluate(node.cond, ctx);
    if (cond instanceof Unknown)
        return matchChoice(node, (n) => evaluate(n, ctx)) ?? cond;
    const symbolic = symbolicUnknown([cond], node);
    if (symbolic)
        return symbolic;
    let fallback = null;
    for (const arm of children(node, 'arms')) {
        const conds = arm.conds;
        if (!conds) {
            fallback = child(arm, 'body');
            continue;
        }
        for (const c of conds) {
            const v = evaluate(c, ctx);
            if (v instanceof SymbolicValue)
                return new Unknown(v.describe(), c);
            const same = strictEquals(v, cond);
            if (same instanceof Unknown)
                return same;
            if (same)
                return evaluate(arm.body, ctx);
        }
    }
    return fallback ? evaluate(fallback, ctx) : new Unknown('an unmatched match', node);
}
/** A string value, or null when the value is not a string (unknown included). */
function stringValue(v) {
    return typeof v === 'string' ? v : null;
}
/** The value with every unknown removed from view: the first Unknown of it, or the value. */
function knownOrUnknown(v) {
    return firstUnknown(v) ?? v;
}

// EXTERNAL MODULE: ./src/project/php/parse.ts
var parse = __webpack_require__(55817);
;// CONCATENATED MODULE: ./src/project/php/called-names.ts
/**
 * Where a file names a method: a call on any receiver (`->m(`, `?->m(`, `::m(`), a property read (`->rel`,
 * how a relation or an `Attribute` accessor is used), and any word of a string (`[$this, 'm']`,
 * `'Controller@m'`, `with('rel.sub')`, a route action, an event listener). Part of each file's summary,
 * so which methods nothing calls is known without parsing the app again (laravel/rare-paths/uncalled.ts).
 * Also the calls whose method name the code does not spell (`$this->$name()`): what they may call is
 * unknown, so the reader treats their receiver's methods as called.
 */


/**
 * Method names are case-insensitive in PHP, and Laravel reads `$post->author_name` through
 * `authorName()`: names compare lower-case and without underscores.
 */
function normalizeName(name) {
    return name.toLowerCase().replace(/_/g, '');
}
const called_names_LOOKUPS = new Set(['propertylookup', 'nullsafepropertylookup', 'staticlookup']);
const SELF = new Set(['selfreference', 'staticreference', 'parentreference']);
/** Functions that call the callable they are given first. */
const CALLERS = new Set([
    'call_user_func',
    'call_user_func_array',
    'forward_static_call',
    'forward_static_call_array',
]);
/** Longer strings, and strings with blanks, are prose, markup or SQL (a translation, a raw clause), not names. */
const MAX_STRING = 255;
const BLANK = /\s/;
const WORD = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WORDS = /[A-Za-z_][A-Za-z0-9_]*/g;
/**
 * Translation files (`lang/de/texts.php`, `resources/lang/en/…`, a module's `Resources/lang/…`) return the
 * strings the translator shows: thousands of keys and phrases, none a name code calls. Their words are not
 * recorded (they were most of the cost of this pass on an app with many locales).
 */
function isTranslationFile(path) {
    return /(^|\/)lang\//i.test(path);
}
/** `get-user-sessions`: words a name may be built from (`Str::camel`). */
const KEBAB = /^[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+$/;
class CallCollector {
    /**
     * By the name as written, normalized once per distinct spelling in result(); the lines a name is on (one
     * line as a number: most names are written once, and a file names thousands).
     */
    names = new Map();
    dynamic = [];
    /** Outermost concatenations and interpolated strings, read only if the file has a dynamic call. */
    built = [];
    inner = new Set();
    /** Records what `node` names; called for every node of the file. */
    visit(node, scope, from) {
        switch (node.kind) {
            case 'propertylookup':
            case 'nullsafepropertylookup':
            case 'staticlookup': {
                const offset = child(node, 'offset');
                if (offset?.kind === 'identifier')
                    this.add(nameOf(offset), lineOf(node));
                break;
            }
            // Also the literal parts of `"…{$x}…"` and of `->{'m'}(`, which are string nodes too.
            case 'string':
            case 'nowdoc':
                this.addWords(field(node, 'value'), lineOf(node));
                break;
            case 'bin':
                if (field(node, 'type') !== '.' || this.inner.has(node))
                    break;
                this.built.push(node);
                // The concatenations inside it are pieces of it.
                for (let n = child(node, 'left'); n?.kind === 'bin' && field(n, 'type') === '.'; n = child(n, 'left'))
                    this.inner.add(n);
                break;
            case 'encapsed':
                this.built.push(node);
                break;
            case 'call':
                this.visitCall(node, scope, from);
                break;
            case 'array':
                this.visitCallable(node, scope, from);
                break;
        }
    }
    result() {
        const merged = new Map();
        for (const [raw, at] of this.names) {
            const lines = typeof at === 'number' ? [at] : at;
            const key = normalizeName(raw);
            const known = merged.get(key);
            if (!known)
                merged.set(key, lines);
            else
                merged.set(key, [...new Set([...known, ...lines])].sort((a, b) => a - b));
        }
        // The ends of concatenations matter only where a call's name is built.
        const patterns = new Map();
        if (this.dynamic.length)
            for (const n of this.built) {
                const pieces = n.kind === 'bin' ? concatPieces(n) : children(n, 'value').map((p) => child(p, 'expression') ?? p);
                const pattern = literalEnds(pieces);
                if (pattern)
                    patterns.set(pattern.join('\0'), pattern);
            }
        return {
            names: [...merged.keys()],
            lines: [...merged.values()],
            dynamic: this.dynamic,
            patterns: [...patterns.values()],
        };
    }
    add(name, line) {
        if (!name)
            return;
        const lines = this.names.get(name);
        if (lines === undefined)
            this.names.set(name, line);
        else if (typeof lines === 'number') {
            if (lines !== line)
                this.names.set(name, [lines, line]);
        }
        else if (lines[lines.length - 1] !== line)
            lines.push(line);
    }
    addWords(value, line) {
        if (!value || value.length > MAX_STRING)
            return;
        if (WORD.test(value))
            return this.add(value, line);
        if (BLANK.test(value))
            return;
        for (const word of value.match(WORDS) ?? [])
            this.add(word, line);
        if (KEBAB.test(value))
            this.add(value.replace(/-/g, ''), line);
    }
    visitCall(node, scope, from) {
        const what = child(node, 'what');
        if (!what)
            return;
        if (called_names_LOOKUPS.has(what.kind)) {
            let offset = child(what, 'offset');
            if (offset?.kind === 'encapsedpart')
                offset = child(offset, 'expression');
            // `->m(`, `->{'m'}(`: the name is read where it is written.
            if (!offset || offset.kind === 'identifier' || isLiteral(offset))
                return;
            this.dynamic.push(dynamicCall(lineOf(node), child(what, 'what'), scope, from));
            return;
        }
        const fn = what.kind === 'name' ? nameKey(nameOf(what)) : null;
        if (!fn)
            return;
        const args = children(node, 'arguments');
        if (fn === 'method_exists' && args.length >= 2 && !isLiteral(args[1]))
            // `method_exists($this, $name)` guards a call by a name the code builds.
            this.dynamic.push(dynamicCall(lineOf(node), args[0], scope, from));
        else if (CALLERS.has(fn) && (args[0]?.kind === 'bin' || args[0]?.kind === 'encapsed'))
            // `call_user_func('Foo::' . $name)`; a callable array is read where it is written (visitCallable).
            this.dynamic.push({ line: lineOf(node), receiver: null, from });
    }
    /** `[$this, $method]`, `[Foo::class, $name]`: a callable whose method name is built. */
    visitCallable(node, scope, from) {
        const items = children(node, 'items');
        if (items.length !== 2 || items.some((i) => i.kind !== 'entry' || child(i, 'key') || i.unpack))
            return;
        const [target, method] = items.map((i) => child(i, 'value'));
        if (!target || !method || isLiteral(method))
            return;
        if (!['variable', 'staticlookup', 'new'].includes(target.kind))
            return;
        if (target.kind === 'variable' && nameOf(target) !== 'this')
            return;
        if (target.kind === 'staticlookup' && nameOf(child(target, 'offset'))?.toLowerCase() !== 'class')
            return;
        if (!['variable', 'propertylookup', 'nullsafepropertylookup', 'staticlookup', 'call', 'offsetlookup', 'bin', 'encapsed'].includes(method.kind))
            return; // prettier-ignore
        this.dynamic.push(dynamicCall(lineOf(node), target, scope, from));
    }
}
/** The pieces of `'a' . $b . 'c'`, left to right. */
function concatPieces(node) {
    if (node.kind === 'bin' && field(node, 'type') === '.') {
        const left = child(node, 'left');
        const right = child(node, 'right');
        return [...(left ? concatPieces(left) : []), ...(right ? concatPieces(right) : [])];
    }
    return [node];
}
/** [prefix, suffix] of a built name: its literal first and last pieces when they are name-like; null when neither is. */
function literalEnds(pieces) {
    const end = (n) => {
        const v = n?.kind === 'string' ? field(n, 'value') : null;
        return v && /^[A-Za-z0-9_]+$/.test(v) ? normalizeName(v) : '';
    };
    const prefix = end(pieces[0]);
    const suffix = pieces.length > 1 ? end(pieces[pieces.length - 1]) : '';
    return prefix || suffix ? [prefix, suffix] : null;
}
function isLiteral(n) {
    return n.kind === 'string' || n.kind === 'nowdoc';
}
function dynamicCall(line, on, scope, from) {
    const receiver = receiverOf(on, scope, from);
    const property = receiver === null && on?.kind === 'propertylookup' && nameOf(child(on, 'what')) === 'this'
        ? nameOf(child(on, 'offset'))
        : null;
    return { line, receiver, ...(property ? { property } : {}), from };
}
/** The class a dynamic call's receiver is: `$this`/`static::` the enclosing class, `Foo::`, `new Foo`. */
function receiverOf(n, scope, from) {
    if (!n)
        return null;
    if ((n.kind === 'variable' && nameOf(n) === 'this') || SELF.has(n.kind))
        return from;
    const named = (c) => {
        const raw = c?.kind === 'name' ? nameOf(c) : null;
        return raw ? resolveClass(raw, field(c, 'resolution'), scope) : null;
    };
    if (n.kind === 'name')
        return named(n);
    if (n.kind === 'new')
        return named(child(n, 'what'));
    if (n.kind === 'staticlookup' && nameOf(child(n, 'offset'))?.toLowerCase() === 'class') {
        const what = child(n, 'what');
        return what && SELF.has(what.kind) ? from : named(what);
    }
    return null;
}
/** Tokens whose text holds words a method name may be: identifiers, strings, text around PHP tags. */
const WORD_TOKENS = new Set([
    'T_STRING',
    'T_CONSTANT_ENCAPSED_STRING',
    'T_ENCAPSED_AND_WHITESPACE',
    'T_INLINE_HTML',
]);
/**
 * The names a file that does not parse spells, from php-parser's lexer: every identifier and every word of
 * its strings, whatever their length (no call of it is read as dynamic: its receivers cannot be told).
 */
function lexedNames(text) {
    const tokens = (0,parse/* lexPhp */.s)(text);
    if (!tokens)
        return { names: [], lines: [], dynamic: [], patterns: [], unread: true };
    const names = new Map();
    for (const t of tokens) {
        if (typeof t === 'string' || !WORD_TOKENS.has(t[0]))
            continue;
        for (const word of t[1].match(WORDS) ?? []) {
            const key = normalizeName(word);
            const lines = names.get(key);
            if (!lines)
                names.set(key, [t[2]]);
            else if (lines[lines.length - 1] !== t[2])
                lines.push(t[2]);
        }
    }
    return { names: [...names.keys()], lines: [...names.values()], dynamic: [], patterns: [] };
}

;// CONCATENATED MODULE: ./src/project/php/class-references.ts
/**
 * Where a file names classes: `new X`, `X::m()`, `X::class`, `instanceof X`, type hints, and class names
 * written as strings. Part of each file's summary, so whether anything still dispatches a job, or only the
 * scheduler runs a service, is known without parsing the app again (laravel/rare-paths/).
 */

/** A string that spells a namespaced class name (`'App\\Jobs\\Prune'`). */
const CLASS_STRING = /^\\?[A-Za-z_][A-Za-z0-9_]*(\\[A-Za-z_][A-Za-z0-9_]*)+$/;
class ReferenceCollector {
    seen = new Set();
    references = [];
    /** Records `node` when it names a class; called for every node of the file. */
    visit(node, scope, from) {
        let name = null;
        if (node.kind === 'name') {
            const raw = nameOf(node);
            if (raw)
                name = resolveClass(raw, field(node, 'resolution'), scope);
        }
        else if (node.kind === 'string') {
            const value = field(node, 'value');
            // Most strings hold no backslash: the pattern needs one.
            if (value && value.includes('\\') && CLASS_STRING.test(value))
                name = value.replace(/^\\/, '');
        }
        if (!name)
            return;
        const line = lineOf(node);
        const key = `${name.toLowerCase()}@${line}`;
        if (this.seen.has(key))
            return;
        this.seen.add(key);
        this.references.push({ name, line, from });
    }
}
/** The class a top-level statement declares (the `from` of the references inside it). */
function declaredClass(node, scope) {
    if (!['class', 'trait', 'enum', 'interface'].includes(node.kind) || node.isAnonymous)
        return null;
    const name = nameOf(node.name);
    return name ? joinNs(scope.namespace, name) : null;
}

;// CONCATENATED MODULE: ./src/project/php/summary.ts
/**
 * Per-file summaries: what a PHP file declares (classes, interfaces, traits, enums; their parents, traits,
 * constants, enum cases, properties and methods with types), as plain data. A summary holds no AST beyond
 * the small constant/default-value expressions, so it can be built in a worker, serialized, and cached by
 * the file's content hash; method bodies are read from the file's AST only when a call is followed.
 */



/**
 * Bumped whenever the shape below changes, so cached summaries of an older shape are not read (6: the
 * method names a file calls, 7: trait method aliases).
 */
const SUMMARY_VERSION = 7;
const CLASS_KINDS = new Set(['class', 'interface', 'trait', 'enum']);
function anonymousClassName(file, line) {
    return `class@anonymous ${file}:${line}`;
}
/** Summarizes one parsed file. Pure: the same AST always gives the same summary. */
function summarizeFile(file, program) {
    const classes = [];
    const functions = [];
    const seen = new Set();
    const refs = new ReferenceCollector();
    const calls = isTranslationFile(file) ? null : new CallCollector();
    forEachTopLevel(file, program, (node, scope) => {
        const from = declaredClass(node, scope);
        const fname = node.kind === 'function' ? nameOf(child(node, 'name')) : null;
        if (fname) {
            functions.push({
                name: joinNs(scope.namespace, fname),
                namespace: scope.namespace,
                uses: [...scope.uses],
                line: lineOf(node),
            });
        }
        if (CLASS_KINDS.has(node.kind) && !node.isAnonymous) {
            seen.add(node);
            classes.push(summarizeClass(node, scope));
        }
        // Anonymous classes (`return new class extends Migration {…}`) anywhere under this statement.
        ast_walk(node, (inner) => {
            refs.visit(inner, scope, from);
            calls?.visit(inner, scope, from);
            if (inner.kind === 'class' && inner.isAnonymous && !seen.has(inner)) {
                seen.add(inner);
                classes.push(summarizeClass(inner, scope));
            }
        });
    });
    return {
        file,
        classes,
        functions,
        references: refs.references,
        calls: calls?.result() ?? { names: [], lines: [], dynamic: [], patterns: [] },
    };
}
function snapshot(scope) {
    // Later `use` lines of the same file do not apply to earlier classes in PHP either.
    return { ...scope, uses: new Map(scope.uses) };
}
function summarizeClass(node, outer) {
    const scope = snapshot(outer);
    const anonymous = node.isAnonymous === true;
    const line = lineOf(node);
    const name = anonymous ? anonymousClassName(scope.file, line) : (nameOf(child(node, 'name')) ?? '');
    const resolve = (n) => resolveClass(nameOf(n) ?? '', field(n, 'resolution'), scope);
    const ext = child(node, 'extends');
    // An interface's `extends` is a list of interfaces.
    const parents = Array.isArray(node.extends) ? children(node, 'extends').map(resolve) : [];
    const doc = docblock(node);
    const summary = {
        kind: node.kind,
        fqcn: anonymous ? name : joinNs(scope.namespace, name),
        name,
        anonymous,
        isAbstract: node.isAbstract === true,
        parent: ext ? resolve(ext) : null,
        interfaces: [...children(node, 'implements').map(resolve), ...parents],
        traits: [],
        file: scope.file,
        namespace: scope.namespace,
        uses: [...scope.uses],
        line,
        endLine: endLineOf(node),
        constants: [],
        cases: [],
        properties: docProperties(doc, scope, line),
        methods: [],
    };
    for (const member of children(node, 'body')) {
        switch (member.kind) {
            case 'traituse':
                for (const t of children(member, 'traits'))
                    summary.traits.push(resolve(t));
                for (const a of children(member, 'adaptations')) {
                    const method = typeof a.method === 'string' ? a.method : nameOf(child(a, 'method'));
                    const alias = nameOf(child(a, 'as'));
                    if (a.kind !== 'traitalias' || !method || !alias)
                        continue;
                    const trait = child(a, 'trait');
                    (summary.traitAliases ??= []).push({ trait: trait ? resolve(trait) : null, method, alias });
                }
                break;
            case 'classconstant':
                for (const c of children(member, 'constants')) {
                    const cname = nameOf(child(c, 'name'));
                    const value = child(c, 'value');
                    if (cname && value)
                        summary.constants.push({ name: cname, value, line: lineOf(c) });
                }
                break;
            case 'enumcase': {
                const cname = nameOf(child(member, 'name'));
                if (cname)
                    summary.cases.push({ name: cname, value: child(member, 'value'), line: lineOf(member) });
                break;
            }
            case 'propertystatement': {
                const docType = tagType(docblock(member), 'var', scope);
                for (const p of children(member, 'properties')) {
                    const pname = nameOf(child(p, 'name'));
                    if (!pname)
                        continue;
                    setProperty(summary, {
                        name: pname,
                        type: typeOf(child(p, 'type'), p.nullable === true, scope),
                        docType,
                        default: child(p, 'value'),
                        isStatic: member.isStatic === true,
                        source: 'declared',
                        line: lineOf(p),
                    });
                }
                break;
            }
            case 'method': {
                const method = summarizeMethod(member, scope);
                if (!method)
                    break;
                summary.methods.push(method);
                if (method.name.toLowerCase() === '__construct') {
                    for (const p of method.params) {
                        if (!p.promoted)
                            continue;
                        setProperty(summary, {
                            name: p.name,
                            type: p.type,
                            docType: p.docType,
                            default: null,
                            isStatic: false,
                            source: 'promoted',
                            line: method.line,
                        });
                    }
                }
                break;
            }
        }
    }
    return summary;
}
/** A declared property replaces a `@property` tag of the same name (the code wins over the docblock). */
function setProperty(summary, prop) {
    const i = summary.properties.findIndex((p) => p.name === prop.name);
    if (i >= 0) {
        const old = summary.properties[i];
        summary.properties[i] = { ...prop, docType: prop.docType ?? old.docType };
    }
    else
        summary.properties.push(prop);
}
function summarizeMethod(node, scope) {
    const name = nameOf(child(node, 'name'));
    if (!name)
        return null;
    const doc = docblock(node);
    const paramDocs = typedTags(doc, 'param', scope);
    return {
        name,
        isStatic: node.isStatic === true,
        isAbstract: node.isAbstract === true || !node.body,
        visibility: String(node.visibility || 'public'),
        params: children(node, 'arguments').map((p) => {
            const pname = nameOf(child(p, 'name')) ?? field(p, 'name') ?? '';
            return {
                name: pname,
                type: typeOf(child(p, 'type'), p.nullable === true, scope),
                docType: paramDocs.get(pname) ?? null,
                default: child(p, 'value'),
                variadic: p.variadic === true,
                byRef: p.byref === true,
                promoted: typeof p.flags === 'number' && p.flags !== 0,
            };
        }),
        returnType: typeOf(child(node, 'type'), node.nullable === true, scope),
        docReturnType: tagType(doc, 'return', scope),
        line: lineOf(node),
        endLine: endLineOf(node),
        ...(children(node, 'attrGroups').length ? { attributed: true } : {}),
    };
}
const BUILTIN_TYPES = new Set([
    'int', 'integer', 'float', 'double', 'string', 'bool', 'boolean', 'array', 'iterable', 'callable', 'object',
    'mixed', 'void', 'null', 'never', 'false', 'true', 'self', 'static', 'parent', 'resource', 'list',
]); // prettier-ignore
/** A type node (`User`, `?int`, `A|B`) → its resolved names. */
function typeOf(n, nullable, scope) {
    if (!n)
        return null;
    if (n.kind === 'uniontype' || n.kind === 'intersectiontype') {
        const names = [];
        let isNullable = nullable;
        for (const t of children(n, 'types')) {
            const sub = typeOf(t, false, scope);
            for (const name of sub?.names ?? []) {
                if (name === 'null')
                    isNullable = true;
                else
                    names.push(name);
            }
        }
        return names.length ? { names, nullable: isNullable } : null;
    }
    if (n.kind === 'nullabletype')
        return typeOf(child(n, 'what'), true, scope);
    if (n.kind === 'typereference')
        return { names: [String(n.name).toLowerCase()], nullable };
    if (n.kind === 'selfreference')
        return { names: ['self'], nullable };
    if (n.kind === 'parentreference')
        return { names: ['parent'], nullable };
    if (n.kind === 'name') {
        const raw = String(n.name);
        if (BUILTIN_TYPES.has(raw.toLowerCase()))
            return { names: [raw.toLowerCase()], nullable };
        const resolved = resolveName(n, scope);
        return resolved ? { names: [resolved], nullable } : null;
    }
    return null;
}
// ---------------------------------------------------------------------------------------------------------
// Docblocks. php-parser keeps a docblock as one comment; its tags (`@var`, `@param`, `@return`,
// `@property`) are not PHP code, so they are read as text here.
function docblock(node) {
    // A docblock written above an attribute (`/** … */ #[Attr] class X`) is attached to the attribute group.
    const comments = [
        ...children(node, 'attrGroups').flatMap((g) => g.leadingComments ?? []),
        ...(node.leadingComments ?? []),
    ];
    const last = comments.filter((c) => c.kind === 'commentblock' && String(c.value).startsWith('/**')).pop();
    return last ? String(last.value) : '';
}
const DOC_TAGS = new Set(['var', 'return', 'param', 'property', 'property-read', 'property-write']);
/**
 * The type tags of a docblock. A type runs to the first blank outside brackets, so generics and shapes
 * with spaces (`Collection<int, User>`, `array{id: int}`) stay whole; `callable(X): Y` keeps its return.
 */
function tags(doc) {
    const out = [];
    let i = 0;
    const blank = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '*';
    while ((i = doc.indexOf('@', i)) >= 0) {
        let j = i + 1;
        while (j < doc.length && /[\w-]/.test(doc[j]))
            j++;
        const tag = doc.slice(i + 1, j);
        i = j;
        if (!DOC_TAGS.has(tag) || !blank(doc[j]))
            continue;
        while (j < doc.length && (doc[j] === ' ' || doc[j] === '\t'))
            j++;
        const start = j;
        let depth = 0;
        for (; j < doc.length; j++) {
            const c = doc[j];
            if (c === '<' || c === '(' || c === '{' || c === '[')
                depth++;
            else if (c === '>' || c === ')' || c === '}' || c === ']')
                depth = Math.max(0, depth - 1);
            else if (depth === 0 && blank(c)) {
                // `callable(X): Y` goes on after the colon.
                if (doc[j - 1] === ':') {
                    while (j + 1 < doc.length && (doc[j + 1] === ' ' || doc[j + 1] === '\t'))
                        j++;
                    continue;
                }
                break;
            }
        }
        // A type spread over several lines loses the lines' leading `*`.
        const type = doc.slice(start, j).replace(/\s*\n\s*\*?\s*/g, ' ');
        while (j < doc.length && (doc[j] === ' ' || doc[j] === '\t'))
            j++;
        const variable = /^(?:&\s*)?(?:\.\.\.)?\$(\w+)/.exec(doc.slice(j, j + 200));
        if (type)
            out.push({ tag, type, variable: variable ? variable[1] : null });
        i = j;
    }
    return out;
}
function tagType(doc, tag, scope) {
    const t = tags(doc).find((x) => x.tag === tag);
    return t ? docType(t.type, scope) : null;
}
/** The `@param` types of a function, method or closure node's docblock, by parameter name. */
function paramDocTypes(fn, scope) {
    return typedTags(docblock(fn), 'param', scope);
}
/** A docblock above a statement (`@var \App\Models\User $user`): the types it gives locals, by name. */
function varDocTypes(doc, scope) {
    return typedTags(doc, 'var', scope);
}
/** The types a docblock's `@param` or `@var` tags give, by variable name. */
function typedTags(doc, tag, scope) {
    const out = new Map();
    for (const t of tags(doc)) {
        if (t.tag !== tag || !t.variable)
            continue;
        const type = docType(t.type, scope);
        if (type)
            out.set(t.variable, type);
    }
    return out;
}
function docProperties(doc, scope, line) {
    const out = [];
    for (const t of tags(doc)) {
        if (!t.tag.startsWith('property') || !t.variable)
            continue;
        out.push({
            name: t.variable,
            type: null,
            docType: docType(t.type, scope),
            default: null,
            isStatic: false,
            source: 'docblock',
            line,
        });
    }
    return out;
}
/**
 * A docblock type (`\App\Models\User|null`, `Collection<int, Post>`, `Post[]`) → resolved names. Generic
 * arguments and `[]` element types are kept as `Base<Arg>` / `Elem[]` so a reader can tell a collection.
 */
function docType(text, scope) {
    const names = [];
    let nullable = false;
    for (const part of splitTopLevel(text.replace(/^\?/, (q) => ((nullable = q === '?'), '')), '|')) {
        const trimmed = part.trim();
        if (!trimmed)
            continue;
        if (trimmed.toLowerCase() === 'null') {
            nullable = true;
            continue;
        }
        const resolved = resolveDocName(trimmed, scope);
        if (resolved)
            names.push(resolved);
    }
    return names.length ? { names, nullable } : null;
}
function resolveDocName(text, scope) {
    if (text.endsWith('[]')) {
        const inner = resolveDocName(text.slice(0, -2), scope);
        return inner ? `${inner}[]` : null;
    }
    const lt = text.indexOf('<');
    if (lt > 0 && text.endsWith('>')) {
        const base = resolveDocName(text.slice(0, lt), scope);
        const args = splitTopLevel(text.slice(lt + 1, -1), ',').map((a) => resolveDocName(a.trim(), scope) ?? a.trim());
        return base ? `${base}<${args.join(', ')}>` : null;
    }
    if (text.toLowerCase() === '$this')
        return 'static';
    if (!/^\\?[A-Za-z_][\w\\]*$/.test(text))
        return null;
    if (BUILTIN_TYPES.has(text.toLowerCase()))
        return text.toLowerCase();
    return resolveClass(text, null, scope);
}
/** Splits on `sep` outside `<…>` and `(…)`. */
function splitTopLevel(text, sep) {
    const out = [];
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '<' || c === '(' || c === '{')
            depth++;
        else if (c === '>' || c === ')' || c === '}')
            depth--;
        else if (c === sep && depth === 0) {
            out.push(text.slice(start, i));
            start = i + 1;
        }
    }
    out.push(text.slice(start));
    return out;
}
/** The file scope a summary was made in, rebuilt (imports included). */
function scopeOf(summary) {
    return { file: summary.file, namespace: summary.namespace, uses: new Map(summary.uses) };
}

;// CONCATENATED MODULE: ./src/project/php/class-index.ts
/**
 * Every class, interface, trait and enum of the app, built from per-file summaries: parents and traits
 * followed (trait methods merged, nearest wins), constants and enum cases evaluated, properties with
 * their declared, promoted and docblock types. Method bodies come from the file's AST on demand.
 */




const class_index_CLASS_KINDS = new Set(['class', 'interface', 'trait', 'enum']);
const MAX_CONSTANT_DEPTH = 8;
class ClassIndex {
    ast;
    host;
    classes = [];
    byFqcn = new Map();
    methodCache = new Map();
    nodeCache = new Map();
    methodNodes = new Map();
    resolving = new Set();
    /** get() answers by the name as asked: readers ask the same few names once per node they read. */
    lookups = new Map();
    /** ancestry() answers: every query asks where it runs (places.ts), through isA(). */
    ancestries = new Map();
    constructor(summaries, ast = () => null, 
    /** Host knowledge (config(), env()) used when constants and defaults call it. */
    host) {
        this.ast = ast;
        this.host = host;
        for (const file of summaries) {
            for (const summary of file.classes) {
                const decl = {
                    summary,
                    kind: summary.kind,
                    fqcn: summary.fqcn,
                    name: summary.name,
                    isAbstract: summary.isAbstract,
                    parent: summary.parent,
                    traits: summary.traits,
                    file: summary.file,
                    line: summary.line,
                    scope: scopeOf(summary),
                };
                this.classes.push(decl);
                // The first declaration wins, as PHP's autoloader loads one file per class.
                if (!this.byFqcn.has(decl.fqcn.toLowerCase()))
                    this.byFqcn.set(decl.fqcn.toLowerCase(), decl);
            }
        }
    }
    /**
     * This index with the classes of more files that it does not already declare (an app class of the same
     * name wins, as the autoloader would load the app's).
     */
    extendedWith(files) {
        const extra = files.filter((f) => summarizeFile(f.path, f.ast).classes.some((c) => !this.get(c.fqcn)));
        if (extra.length === 0)
            return this;
        const asts = new Map(extra.map((f) => [f.path, f.ast]));
        const own = { file: '', classes: this.classes.map((d) => d.summary), functions: [] };
        return new ClassIndex([own, ...extra.map((f) => summarizeFile(f.path, f.ast))], (path) => asts.get(path) ?? this.ast(path), this.host);
    }
    get(fqcn) {
        if (!fqcn)
            return undefined;
        if (this.lookups.has(fqcn))
            return this.lookups.get(fqcn);
        const decl = this.byFqcn.get(nameKey(fqcn));
        this.lookups.set(fqcn, decl);
        return decl;
    }
    /** The class and its in-app ancestors, nearest first (stops at cycles and vendor classes). */
    lineage(fqcn) {
        const out = [];
        const seen = new Set();
        let current = this.get(fqcn);
        while (current && !seen.has(current.fqcn.toLowerCase())) {
            seen.add(current.fqcn.toLowerCase());
            out.push(current);
            current = current.parent ? this.get(current.parent) : undefined;
        }
        return out;
    }
    /** The first vendor (not in the app) ancestor of a class: where its parent chain leaves the app. */
    vendorRoot(fqcn) {
        const chain = this.lineage(fqcn);
        if (chain.length === 0)
            return fqcn;
        return chain[chain.length - 1].parent;
    }
    /** Whether `fqcn` is, extends or implements `ancestor` as far as the app's code shows. */
    isA(fqcn, ancestor) {
        return this.ancestry(fqcn).has(nameKey(ancestor));
    }
    /** The lower-case names `fqcn` is, extends or implements, up to the first class the app does not declare. */
    ancestry(fqcn) {
        const key = fqcn.toLowerCase();
        const cached = this.ancestries.get(key);
        if (cached)
            return cached;
        const names = new Set();
        const visit = (name) => {
            const lower = name.toLowerCase();
            if (names.has(lower))
                return;
            names.add(lower);
            const decl = this.get(name);
            if (!decl)
                return;
            if (decl.parent)
                visit(decl.parent);
            for (const i of decl.summary.interfaces)
                visit(i);
        };
        visit(fqcn);
        this.ancestries.set(key, names);
        return names;
    }
    /** Traits used by the class and its ancestors, and the traits those traits use (in-app ones are followed). */
    traitsOf(fqcn) {
        const out = [];
        const seen = new Set();
        const add = (t) => {
            if (seen.has(t.toLowerCase()))
                return;
            seen.add(t.toLowerCase());
            out.push(t);
            for (const inner of this.get(t)?.traits ?? [])
                add(inner);
        };
        for (const c of this.lineage(fqcn))
            c.traits.forEach(add);
        return out;
    }
    /**
     * The class's own and inherited methods, with those of in-app traits merged (PHP's order: the class's
     * own methods, then its traits', then the parent's), keyed by lower-case name.
     */
    methodsOf(fqcn) {
        const key = fqcn.toLowerCase();
        const cached = this.methodCache.get(key);
        if (cached)
            return cached;
        const out = new Map();
        this.methodCache.set(key, out);
        const takeTrait = (name, seen) => {
            const trait = this.get(name);
            if (!trait || seen.has(trait.fqcn.toLowerCase()))
                return;
            seen.add(trait.fqcn.toLowerCase());
            this.take(trait, out);
            for (const inner of trait.traits)
                takeTrait(inner, seen);
        };
        for (const c of this.lineage(fqcn)) {
            this.take(c, out);
            this.takeAliases(c, out);
            const seen = new Set();
            for (const t of c.traits)
                takeTrait(t, seen);
        }
        return out;
    }
    /**
     * The in-app trait method an alias names (`use T { scopeRole as scopeWhereRole; }`: T's scopeRole); null
     * when no trait of the app has it.
     */
    aliased(decl, a) {
        for (const t of a.trait ? [a.trait] : decl.traits) {
            const found = this.get(t) ? this.methodsOf(t).get(a.method.toLowerCase()) : undefined;
            if (found)
                return found;
        }
        return null;
    }
    /** The in-app trait methods the class's aliases name, under the alias too. */
    takeAliases(decl, out) {
        for (const a of decl.summary.traitAliases ?? []) {
            const lalias = a.alias.toLowerCase();
            const found = out.has(lalias) ? null : this.aliased(decl, a);
            if (!found)
                continue;
            out.set(lalias, {
                decl: found.decl,
                summary: { ...found.summary, name: a.alias },
                get node() {
                    return found.node;
                },
            });
        }
    }
    /**
     * Aliases the class (or a parent) gives to methods of traits outside the app (`use HasRoles { scopeRole as
     * scopeWhereRole; }` with the trait in vendor/): the method exists, its body is not known.
     */
    vendorAliases(fqcn) {
        const out = [];
        for (const c of this.lineage(fqcn))
            for (const a of c.summary.traitAliases ?? []) {
                const traits = a.trait ? [a.trait] : c.traits;
                if (!this.aliased(c, a) && traits.some((t) => !this.get(t)))
                    out.push({ alias: a.alias, method: a.method });
            }
        return out;
    }
    take(decl, out) {
        for (const m of decl.summary.methods) {
            const lname = m.name.toLowerCase();
            if (out.has(lname))
                continue;
            const nodeOf = () => this.methodNode(decl, m);
            out.set(lname, {
                decl,
                summary: m,
                get node() {
                    return nodeOf();
                },
            });
        }
    }
    /** A method of the class (own, trait or inherited). */
    method(fqcn, name) {
        return this.methodsOf(fqcn).get(name.toLowerCase()) ?? null;
    }
    /**
     * A method as callers see it: the class's own, trait or inherited one, else the signature one of its
     * interfaces (or their parents) declares, for its return type (a property typed by an interface).
     */
    signature(fqcn, name) {
        const own = this.method(fqcn, name);
        if (own)
            return own;
        const seen = new Set();
        const visit = (names) => {
            for (const n of names) {
                const i = this.get(n);
                if (!i || seen.has(i.fqcn.toLowerCase()))
                    continue;
                seen.add(i.fqcn.toLowerCase());
                const found = i.kind === 'interface' ? this.method(i.fqcn, name) : null;
                const deeper = found ?? visit(i.summary.interfaces);
                if (deeper)
                    return deeper;
            }
            return null;
        };
        for (const c of this.lineage(fqcn)) {
            const found = visit(c.summary.interfaces);
            if (found)
                return found;
        }
        return null;
    }
    /** `scopeOfType` of a model (or its parents and traits) for the scope name `ofType`. */
    scopeMethod(fqcn, scope) {
        return this.method(fqcn, `scope${scope}`);
    }
    /** A property declared (or promoted, or `@property`-documented) by the class, its traits or parents. */
    property(fqcn, name) {
        for (const c of this.lineage(fqcn)) {
            const own = c.summary.properties.find((p) => p.name === name);
            if (own)
                return { decl: c, summary: own };
            for (const t of this.traitsOf(c.fqcn)) {
                const trait = this.get(t);
                const p = trait?.summary.properties.find((x) => x.name === name);
                if (trait && p)
                    return { decl: trait, summary: p };
            }
        }
        return null;
    }
    /** A property's default value, evaluated in its class; undefined when it has none in the app. */
    propertyDefault(fqcn, name) {
        const found = this.property(fqcn, name);
        if (!found || found.summary.source !== 'declared')
            return undefined;
        return found.summary.default ? evaluate(found.summary.default, this.contextFor(found.decl, fqcn)) : null;
    }
    /** The declared type of a property: the signature's, else the docblock's. */
    propertyType(fqcn, name) {
        const found = this.property(fqcn, name);
        if (!found)
            return null;
        return preferClass(found.summary.type, found.summary.docType);
    }
    /** `Post::STATUS_PUBLISHED` or an enum case, evaluated; undefined when the class or constant is unknown. */
    constant(fqcn, name) {
        const key = `${fqcn.toLowerCase()}::${name}`;
        if (this.resolving.has(key) || this.resolving.size > MAX_CONSTANT_DEPTH)
            return new Unknown('a recursive constant', null);
        for (const c of this.lineage(fqcn)) {
            const enumCase = c.kind === 'enum' ? c.summary.cases.find((x) => x.name === name) : undefined;
            const found = enumCase ? null : this.declaredConstant(c, name);
            if (!found && !enumCase)
                continue;
            this.resolving.add(key);
            try {
                if (enumCase) {
                    const v = enumCase.value ? evaluate(enumCase.value, this.contextFor(c, fqcn)) : null;
                    return new EnumCase(c.fqcn, enumCase.name, typeof v === 'string' || typeof v === 'number' ? v : null);
                }
                // Evaluated where it is written: `self::` is the declaring class, names resolve in its file.
                return evaluate(found.constant.value, this.contextFor(found.decl, fqcn));
            }
            finally {
                this.resolving.delete(key);
            }
        }
        return undefined;
    }
    /** A constant the class itself declares, or one of its interfaces (and their parents) or traits does. */
    declaredConstant(decl, name) {
        const own = decl.summary.constants.find((x) => x.name === name);
        if (own)
            return { decl, constant: own };
        const seen = new Set([decl.fqcn.toLowerCase()]);
        const visit = (names) => {
            for (const n of names) {
                const other = this.get(n);
                if (!other || seen.has(other.fqcn.toLowerCase()))
                    continue;
                seen.add(other.fqcn.toLowerCase());
                const found = other.summary.constants.find((x) => x.name === name);
                if (found)
                    return { decl: other, constant: found };
                const deeper = visit([...other.summary.interfaces, ...other.traits]);
                if (deeper)
                    return deeper;
            }
            return null;
        };
        return visit([...decl.summary.interfaces, ...decl.traits]);
    }
    /** A class reference node (`User`, `self`, `static`, `parent`) → FQCN. */
    resolveRef(cls, scope, selfFqcn) {
        return classOf(cls, {
            scope,
            self: selfFqcn,
            parent: selfFqcn ? (this.get(selfFqcn)?.parent ?? null) : null,
        });
    }
    /**
     * How code inside `decl` evaluates: its names, `static::` and `$this` (the late-bound class, `staticFqcn`
     * when a subclass runs it), `self::`/`parent::` (the declaring class and its parent), constants.
     */
    contextFor(decl, staticFqcn, scope) {
        const self = staticFqcn ?? decl?.fqcn ?? null;
        return {
            scope: scope ?? decl?.scope ?? null,
            self,
            declaring: decl?.fqcn ?? null,
            parent: decl?.parent ?? null,
            file: decl?.file,
            classConstant: (cls, name) => this.constant(cls, name),
            host: this.host,
        };
    }
    /** The class node of a declaration in its file's AST. */
    classNode(decl) {
        // The source is asked every time, cached node or not: a caller may be tracking which files are read.
        const program = this.ast(decl.file);
        if (this.nodeCache.has(decl))
            return this.nodeCache.get(decl);
        const isDecl = (n) => class_index_CLASS_KINDS.has(n.kind) &&
            lineOf(n) === decl.line &&
            (decl.summary.anonymous ? n.isAnonymous === true : nameOf(child(n, 'name')) === decl.name);
        let found = program ? findAtLine(program, decl.line, isDecl) : null;
        if (program && !found) {
            // A node whose recorded lines do not cover its children's: look everywhere.
            ast_walk(program, (n) => {
                if (!found && isDecl(n))
                    found = n;
            });
        }
        this.nodeCache.set(decl, found);
        return found;
    }
    /** A method's AST in its class's file. */
    methodNode(decl, method) {
        const cls = this.classNode(decl);
        // Scopes and helpers are run for every call of them: the class body is searched once per method.
        if (this.methodNodes.has(method))
            return this.methodNodes.get(method);
        const found = children(cls, 'body').find((m) => m.kind === 'method' && nameOf(child(m, 'name'))?.toLowerCase() === method.name.toLowerCase()) ?? null;
        this.methodNodes.set(method, found);
        return found;
    }
}
/** A class index of parsed files: their summaries, and their ASTs for method bodies. */
function class_index_indexOfFiles(files, host) {
    const asts = new Map(files.map((f) => [f.path, f.ast]));
    const summaries = files.map((f) => summarizeFile(f.path, f.ast));
    return new ClassIndex(summaries, (path) => asts.get(path) ?? null, host);
}
/** The type a reader can act on: a class name from the signature, else from the docblock. */
function preferClass(declared, doc) {
    const hasClass = (t) => !!t && t.names.some((n) => n.includes('\\') || /^[A-Z]/.test(n));
    if (hasClass(declared))
        return declared;
    if (hasClass(doc))
        return doc;
    return declared ?? doc;
}

;// CONCATENATED MODULE: ./src/project/php/calls.ts
/**
 * Calls followed into the app's own code: `$this->method(…)`, `self::`/`static::`/`parent::` and
 * `Class::method(…)`, trait methods and private helpers of the class and its parents. Arguments are bound
 * to parameters (named, defaults, variadics); a depth and step budget stops recursion and runaway loops.
 * Interpreters (migrations, queries) run the bound body their own way; `returnValue` evaluates the
 * body of a pure helper (`return config('x.table', 'posts');`).
 */



class CallBudget {
    maxDepth;
    maxSteps;
    depth = 0;
    steps = 0;
    active = [];
    constructor(maxDepth = 8, maxSteps = 20_000) {
        this.maxDepth = maxDepth;
        this.maxSteps = maxSteps;
    }
    /** Enters a call; false (and nothing entered) when it would recurse or go deeper than allowed. */
    enter(key) {
        if (this.depth >= this.maxDepth || this.active.includes(key.toLowerCase()))
            return false;
        this.active.push(key.toLowerCase());
        this.depth++;
        return true;
    }
    leave() {
        this.active.pop();
        this.depth--;
    }
    /** Counts one statement; false once the budget is spent. */
    step() {
        this.steps++;
        return this.steps <= this.maxSteps;
    }
    get spent() {
        return this.steps > this.maxSteps;
    }
}
/**
 * The method a call reaches. `lateStatic` is the class `$this`/`static::` stand for (a subclass may
 * override the method); `self::` looks from the declaring class, `parent::` above it.
 */
function resolveCall(index, target, method, lateStatic, declaring = lateStatic) {
    if (target === 'this' || target === 'self') {
        const from = target === 'self' ? (declaring ?? lateStatic) : lateStatic;
        const found = from ? index.method(from, method) : null;
        return found && lateStatic ? { found, self: lateStatic } : null;
    }
    if (target === 'parent') {
        const parent = declaring ? index.get(declaring)?.parent : null;
        const found = parent ? index.method(parent, method) : null;
        return found && lateStatic ? { found, self: lateStatic } : null;
    }
    const found = index.method(target, method);
    return found ? { found, self: target } : null;
}
/** Binds call arguments to the method's parameters; a missing argument takes its default, evaluated. */
function bindArguments(found, args, defaults) {
    return bindParameters(found.summary.params, args, defaults);
}
/** Binds call arguments to parameters: positional, then named, then the default evaluated. */
function bindParameters(params, args, defaults) {
    const vars = new Map();
    params.forEach((p, i) => {
        if (p.variadic) {
            vars.set(p.name, args.positional.slice(i));
            return;
        }
        let v = i < args.positional.length ? args.positional[i] : args.named[p.name];
        if (v === undefined)
            v = p.default ? evaluate(p.default, defaults) : new Unknown(`$${p.name}`, null);
        vars.set(p.name, v);
    });
    return vars;
}
/** Whether a followed call on `self` runs on the framework object (so `$this` is that object). */
const onObject = (opts, self) => !!opts.object && !!self && self.toLowerCase() === opts.object.fqcn.toLowerCase();
/**
 * What a followed method returns, evaluated statically: assignments to locals, `if`/`else` on known
 * conditions, `return`. Anything the evaluator cannot decide makes the result Unknown.
 */
function returnValue(target, method, args, node, opts) {
    const self = opts.caller.self ?? null;
    const resolved = resolveCall(opts.index, target, method, self, opts.caller.declaring ?? self);
    if (!resolved)
        return target === 'this' && onObject(opts, self)
            ? opts.object.method(method, args.positional)
            : undefined;
    const { found } = resolved;
    const body = found.node;
    if (!body || found.summary.isAbstract)
        return new Unknown(`${method}() has no body in the app`, node);
    const key = `${found.decl.fqcn}::${method}`;
    if (!opts.budget.enter(key))
        return new Unknown(`${method}() calls itself or nests too deep`, node);
    try {
        const ctx = methodContext(opts, found, resolved.self);
        const vars = bindArguments(found, args, ctx);
        const local = {
            ...ctx,
            variable: (n) => vars.get(n),
            // A helper calling a helper: arguments see this method's locals.
            callMethod: (t, m, a, n) => returnValue(t, m, callArguments(n, a, local), n, { ...opts, caller: local }),
        };
        return bodyReturnValue(bodyStatements(body), vars, local, opts.budget);
    }
    finally {
        opts.budget.leave();
    }
}
/** The arguments of a call as the evaluator passed them, with named ones read again from the node. */
function callArguments(call, positional, ctx) {
    const nodes = children(call, 'arguments');
    return nodes.some((a) => a.kind === 'namedargument') ? evaluateArgs(nodes, ctx) : { positional, named: {} };
}
/**
 * The evaluation context inside a followed method: its class's names and constants, and nested calls.
 * A trait's method runs as part of the class using it (`self::`, `parent::`, `__CLASS__`), with the
 * trait file's names.
 */
function methodContext(opts, found, self) {
    const using = found.decl.kind === 'trait' ? usingClass(opts.index, found.decl, self) : null;
    const base = using
        ? { ...opts.index.contextFor(using, self, found.decl.scope), file: found.decl.file }
        : opts.index.contextFor(found.decl, self);
    // `$this` is the caller's object only when the callee runs for the same class (not `Other::helper()`).
    const sameObject = opts.caller.self?.toLowerCase() === self.toLowerCase();
    const ctx = {
        ...base,
        host: opts.caller.host ?? base.host,
        property: (name) => (sameObject ? opts.caller.property?.(name) : undefined) ?? opts.index.propertyDefault(self, name),
        callMethod: (target, m, a, n) => returnValue(target, m, callArguments(n, a, ctx), n, { ...opts, caller: ctx }),
    };
    return ctx;
}
/** The class (of `lateStatic` and its ancestors) whose `use` brings in a trait, directly or through traits. */
function usingClass(index, trait, lateStatic) {
    const want = trait.fqcn.toLowerCase();
    const uses = (names, seen) => names.some((n) => {
        const lower = n.toLowerCase();
        if (lower === want)
            return true;
        if (seen.has(lower))
            return false;
        seen.add(lower);
        return uses(index.get(n)?.traits ?? [], seen);
    });
    return index.lineage(lateStatic).find((c) => uses(c.traits, new Set())) ?? null;
}
const NO_RETURN = Symbol('no return');
/** What a function body returns with `vars` bound, run as `returnValue` runs a method; null without a return. */
function bodyReturnValue(statements, vars, ctx, budget) {
    const out = runForValue(statements, vars, ctx, budget);
    return out === NO_RETURN ? null : out;
}
function runForValue(statements, vars, ctx, budget) {
    for (const st of statements) {
        if (!budget.step())
            return new Unknown('the work limit was reached', st);
        switch (st.kind) {
            case 'return':
                return st.expr ? evaluate(st.expr, ctx) : null;
            case 'expressionstatement': {
                const e = child(st, 'expression');
                if (e?.kind === 'assign' && !calls_assign(e, vars, ctx)) {
                    return new Unknown('an assignment the evaluator does not follow', e);
                }
                // Other expression statements (logging, events) do not change what is returned.
                break;
            }
            case 'block': {
                const v = runForValue(children(st, 'children'), vars, ctx, budget);
                if (v !== NO_RETURN)
                    return v;
                break;
            }
            case 'if': {
                const t = truthy(evaluate(child(st, 'test'), ctx));
                if (t instanceof Unknown)
                    return t;
                const branch = t ? child(st, 'body') : child(st, 'alternate');
                if (!branch)
                    break;
                const v = runForValue(branch.kind === 'block' ? children(branch, 'children') : [branch], vars, ctx, budget);
                if (v !== NO_RETURN)
                    return v;
                break;
            }
            case 'foreach': {
                const entries = entriesOf(evaluate(child(st, 'source'), ctx));
                const valueName = variableName(child(st, 'value'));
                const keyName = variableName(child(st, 'key'));
                if (!entries || !valueName)
                    return new Unknown('a loop over values not known statically', st);
                const body = child(st, 'body');
                for (const [k, v] of entries) {
                    if (!budget.step())
                        return new Unknown('the work limit was reached', st);
                    if (keyName)
                        vars.set(keyName, k);
                    vars.set(valueName, v);
                    const r = runForValue(body?.kind === 'block' ? children(body, 'children') : body ? [body] : [], vars, ctx, budget);
                    if (r !== NO_RETURN)
                        return r;
                }
                break;
            }
            case 'inline':
            case 'noop':
            case 'echo':
                break;
            default:
                return new Unknown(`${st.kind} statement at line ${lineOf(st)} is not followed`, st);
        }
    }
    return NO_RETURN;
}
/**
 * A local assignment: `$x = …`, `$x .= …` (and the other compound operators), `$list[] = …`,
 * `$map['k'] = …`. False for what is not followed (`$this->x = …`, `[$a, $b] = …`, nested offsets).
 */
function calls_assign(e, vars, ctx) {
    const left = child(e, 'left');
    const right = child(e, 'right');
    const op = String(e.operator);
    const name = variableName(left);
    if (name) {
        if (op === '=')
            vars.set(name, evaluate(right, ctx));
        // `$x .= 'y'` is `$x = $x . 'y'`, evaluated as that expression.
        else
            vars.set(name, evaluate({ kind: 'bin', type: op.slice(0, -1), left, right, loc: e.loc }, ctx));
        return true;
    }
    const arrayName = left?.kind === 'offsetlookup' ? variableName(child(left, 'what')) : null;
    if (!arrayName || op !== '=')
        return false;
    const current = vars.get(arrayName) ?? [];
    const offset = child(left, 'offset');
    const key = offset ? evaluate(offset, ctx) : null;
    if (key !== null && typeof key !== 'string' && typeof key !== 'number') {
        vars.set(arrayName, key instanceof Unknown ? key : new Unknown('an array key', offset));
        return true;
    }
    vars.set(arrayName, withElement(current, key, evaluate(right, ctx), e));
    return true;
}
/** An array with one element set (`key` null appends), as a new value. */
function withElement(base, key, value, node) {
    const entries = entriesOf(base);
    if (!entries)
        return base instanceof Unknown ? base : new Unknown('an element set on a non-array', node);
    return arrayFrom([...entries, [key === null ? nextIndex(entries) : key, value]]);
}
function nextIndex(entries) {
    let next = 0;
    for (const [k] of entries)
        if (typeof k === 'number' && k >= next)
            next = k + 1;
    return next;
}
/**
 * The method name of a call node on `$this` / `self::` / `static::` / `parent::`, with its target
 * (`static::` comes back as `this`: both stand for the late-bound class).
 */
function ownCallTarget(call) {
    const what = child(call, 'what');
    const method = what && child(what, 'offset')?.kind === 'identifier' ? nameOf(child(what, 'offset')) : null;
    if (!what || !method)
        return null;
    if ((what.kind === 'propertylookup' || what.kind === 'nullsafepropertylookup') &&
        variableName(child(what, 'what')) === 'this') {
        return { target: 'this', method };
    }
    if (what.kind !== 'staticlookup')
        return null;
    const cls = child(what, 'what');
    // `static::` binds late, as `$this->` does; `self::` is the declaring class.
    const raw = cls?.kind === 'name' ? String(cls.name).toLowerCase() : null;
    if (cls?.kind === 'selfreference' || raw === 'self')
        return { target: 'self', method };
    if (cls?.kind === 'staticreference' || raw === 'static')
        return { target: 'this', method };
    if (cls?.kind === 'parentreference' || raw === 'parent')
        return { target: 'parent', method };
    return null;
}

// EXTERNAL MODULE: ./src/project/laravel/settings/dotenv.ts
var dotenv = __webpack_require__(91427);
// EXTERNAL MODULE: ./src/project/laravel/naming.ts
var naming = __webpack_require__(18651);
;// CONCATENATED MODULE: ./src/project/laravel/host.ts
/**
 * What Laravel adds to PHP for the static evaluator: `config('x.y')` from the app's config files,
 * `env('X')` from the resolved environment, `DB::raw()` / `new Expression()` as SQL written by hand, the
 * `Str::` helpers Laravel's naming uses, and the container's `app(X::class)` / `resolve(X::class)`.
 */





/** `DB::raw('...')` / `new Expression('...')`: SQL used as written. */
class RawSql extends HostValue {
    sql;
    constructor(sql) {
        super();
        this.sql = sql;
    }
    toPhpString() {
        return this.sql;
    }
}
const DB_FACADES = new Set(['db', 'illuminate\\support\\facades\\db']);
const STR = new Set(['str', 'illuminate\\support\\str']);
const EXPRESSIONS = new Set(['expression', 'illuminate\\database\\query\\expression']);
const STR_HELPERS = {
    snake: (s, d) => (0,naming/* snake */.t9)(s, typeof d === 'string' ? d : '_'),
    studly: (s) => (0,naming/* studly */.uG)(s),
    camel: (s) => (0,naming/* camel */.nJ)(s),
    plural: (s) => (0,naming/* plural */.LS)(s),
    singular: (s) => (0,naming/* singular */.cL)(s),
    lower: (s) => s.toLowerCase(),
    upper: (s) => s.toUpperCase(),
    kebab: (s) => (0,naming/* snake */.t9)(s, '-'),
    classbasename: (s) => (0,naming/* classBasename */.l4)(s),
};
function host_str(v, node) {
    return toPhpString(v ?? null, node);
}
/** Laravel's knowledge as an evaluator host. */
function laravelHost(knows = {}) {
    return {
        callFunction(name, args, node) {
            switch (name) {
                case 'config': {
                    const key = args[0];
                    if (typeof key !== 'string')
                        return undefined;
                    const v = knows.config?.(key);
                    if (v !== undefined)
                        return v;
                    if (args.length > 1)
                        return args[1];
                    return knows.configFileRead?.(key) ? null : undefined;
                }
                case 'value':
                    // Laravel's value(): a closure is called (not followed here), anything else is itself.
                    return args.length >= 1 && !(args[0] instanceof ClosureValue) ? args[0] : undefined;
                case 'env': {
                    const key = args[0];
                    if (typeof key !== 'string')
                        return undefined;
                    const v = knows.env?.(key);
                    if (v !== undefined)
                        return v === null ? null : envValue(v);
                    return args.length > 1 ? args[1] : undefined;
                }
                case 'class_basename': {
                    const s = host_str(args[0], node);
                    return s instanceof Unknown ? s : (0,naming/* classBasename */.l4)(s);
                }
                default:
                    return undefined;
            }
        },
        callStatic(fqcn, method, args, node) {
            const cls = fqcn.toLowerCase();
            const m = method.toLowerCase();
            if (DB_FACADES.has(cls) && m === 'raw' && args.length === 1) {
                const sql = host_str(args[0], node);
                return sql instanceof Unknown ? sql : new RawSql(sql);
            }
            if (STR.has(cls) && Object.prototype.hasOwnProperty.call(STR_HELPERS, m)) {
                const s = host_str(args[0], node);
                return s instanceof Unknown ? s : STR_HELPERS[m](s, ...args.slice(1));
            }
            return undefined;
        },
        construct(fqcn, args, node) {
            const base = fqcn.toLowerCase();
            if ((EXPRESSIONS.has(base) || base.endsWith('\\expression')) && args.length === 1) {
                const sql = host_str(args[0], node);
                return sql instanceof Unknown ? sql : new RawSql(sql);
            }
            return undefined;
        },
    };
}
/**
 * env() as PHP sees it: Laravel's reading of the raw text (null, empty, quotes: laravelEnvValue), with
 * "true" and "false" (bare or in parentheses) as booleans.
 */
function envValue(raw) {
    const bare = raw.toLowerCase().replace(/^\((true|false)\)$/, '$1');
    if (bare === 'true' || bare === 'false')
        return bare === 'true';
    return (0,dotenv/* laravelEnvValue */.S)(raw);
}
const APPLICATION = 'Illuminate\\Foundation\\Application';
const CONTAINERS = new Set([
    'illuminate\\foundation\\application',
    'illuminate\\container\\container',
    'illuminate\\contracts\\foundation\\application',
    'illuminate\\contracts\\container\\container',
]);
const RESOLVING = new Set(['make', 'makewith', 'get', 'resolve']);
/**
 * The container as Laravel's own base classes hold it, by their docblocks: `$this->container->make(X::class)`
 * in a form request, `$this->app->make(…)` in a service provider, `$this->laravel->make(…)` in a command.
 */
const FRAMEWORK_PROPERTIES = new Map([
    ['illuminate\\foundation\\http\\formrequest', { container: 'Illuminate\\Contracts\\Container\\Container' }],
    ['illuminate\\support\\serviceprovider', { app: 'Illuminate\\Contracts\\Foundation\\Application' }],
    ['illuminate\\console\\command', { laravel: 'Illuminate\\Contracts\\Foundation\\Application' }],
]);
/** The container's `app(X::class)` / `resolve(X::class)` / `app()->make(X::class)`: an X. */
const laravelTypes = {
    functionType(name, args, ctx) {
        if ((name === 'app' || name === 'resolve') && args[0])
            return classArgument(args[0], ctx);
        // `app()` alone is the application container.
        if (name === 'app' && args.length === 0)
            return APPLICATION;
        return null;
    },
    methodType(fqcn, method, args, ctx) {
        if (CONTAINERS.has(fqcn.toLowerCase()) && RESOLVING.has(method.toLowerCase()) && args[0]) {
            return classArgument(args[0], ctx);
        }
        return null;
    },
    propertyType(fqcn, prop) {
        const props = FRAMEWORK_PROPERTIES.get(nameKey(fqcn));
        return props && Object.prototype.hasOwnProperty.call(props, prop) ? props[prop] : null;
    },
    staticType(fqcn, method, args, ctx) {
        const cls = fqcn.toLowerCase();
        if ((cls === 'app' || cls === 'illuminate\\support\\facades\\app') &&
            method.toLowerCase() === 'make' &&
            args[0]) {
            return classArgument(args[0], ctx);
        }
        return null;
    },
};
function classArgument(arg, ctx) {
    if (arg.kind !== 'staticlookup' ||
        arg.offset?.kind !== 'identifier' ||
        String(arg.offset.name).toLowerCase() !== 'class') {
        return null;
    }
    return classOf(arg.what, { scope: ctx.scope, self: ctx.self });
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/frame.ts
/**
 * Where the migration interpreter stands while it runs a method body: the class (for `self::`, constants
 * and `$this->prop` defaults), the local variables, and how values are evaluated there. The PHP floor
 * returns what it cannot know as Unknown values; the interpreter needs known values to build a schema,
 * so meeting one stops the statement with NotStatic, reported as "cannot know statically: <reason>".
 */





/**
 * Laravel as the evaluator knows it when the caller says nothing of the app's configuration: DB::raw,
 * `new Expression`, the Str:: helpers; config() and env() stay unknown (their defaults would be guesses).
 */
function defaultHost() {
    const host = laravelHost();
    return {
        ...host,
        callFunction: (name, args, node) => name === 'config' || name === 'env' ? undefined : host.callFunction?.(name, args, node),
    };
}
/** A value the interpreter needs is not known statically; the statement is reported and skipped. */
class NotStatic extends Error {
    node;
    constructor(node, what) {
        super(what);
        this.node = node;
    }
}
class Frame {
    env;
    decl;
    self;
    vars;
    inClass;
    eval;
    constructor(env, 
    /** The class whose method is running (a trait or parent for inherited helpers). */
    decl, 
    /** The migration class itself: what `$this` and `static::` stand for. */
    self, vars, 
    /** How code of this class evaluates, locals aside (shared by the frames of one method's closures). */
    inClass = classContext(env, decl, self)) {
        this.env = env;
        this.decl = decl;
        this.self = self;
        this.vars = vars;
        this.inClass = inClass;
        this.eval = { ...inClass, variable: (name) => vars.get(name) };
    }
    /** The same class with other local variables (a closure's). */
    with(vars) {
        return new Frame(this.env, this.decl, this.self, vars, this.inClass);
    }
}
function classContext(env, decl, self) {
    const { index, host, calls } = env;
    const ctx = {
        ...index.contextFor(decl, self),
        host,
        property: (name) => knownOrNothing(ownDefault(index, self, name)),
        classConstant: (cls, name) => knownOrNothing(index.constant(cls, name)),
        callMethod: (target, method, args, node) => returnValue(target, method, { positional: args, named: {} }, node, {
            index,
            budget: calls,
            caller: ctx,
        }),
    };
    return ctx;
}
/** `$this->prop`'s declared default; a property without one is set at run time (not known here). */
function ownDefault(index, self, name) {
    const found = index.property(self, name);
    return found?.summary.default ? index.propertyDefault(self, name) : undefined;
}
/**
 * A member whose value is only partly known is left unknown as a whole, so the use site is reported
 * (`$this->table`, `a class constant`) rather than a line inside the declaration.
 */
function knownOrNothing(v) {
    return v === undefined || value_firstUnknown(v) ? undefined : v;
}
/** Objects the schema builder cannot take as a value (SQL from DB::raw and closures are fine). */
function opaque(v) {
    if (v instanceof ObjectValue)
        return 'an object';
    if (v instanceof EnumCase)
        return 'a class constant';
    if (v instanceof HostValue)
        return null;
    const items = Array.isArray(v) ? v : isKeyedArray(v) ? Object.values(v) : [];
    for (const item of items) {
        const found = opaque(item);
        if (found)
            return found;
    }
    return null;
}
/**
 * The value itself when all of it is known; otherwise NotStatic at the node that made it unknown when that
 * node is part of `node` (an Unknown made in a helper's body or a declaration elsewhere is reported here).
 */
function known(v, node) {
    const unknown = value_firstUnknown(v);
    if (unknown)
        throw new NotStatic(frame_inside(unknown.node, node) ? unknown.node : (node ?? unknown.node), unknown.reason);
    const what = opaque(v);
    if (what)
        throw new NotStatic(node, what);
    return v;
}
function frame_inside(inner, outer) {
    if (!inner || !outer)
        return !outer;
    const line = lineOf(inner);
    return line >= lineOf(outer) && line <= endLineOf(outer);
}
function frame_valueOf(node, frame) {
    return known(evaluate(node, frame.eval), node);
}
/** PHP truthiness of a known value. */
function isTrue(v, node) {
    return truthy(known(v, node)) === true;
}
/** Call arguments, every one of them known (checked in source order, as PHP evaluates them). */
function argsOf(nodes, frame) {
    const out = { positional: [], named: {} };
    for (const n of nodes) {
        const one = evaluateArgs([n], frame.eval);
        for (const v of one.positional)
            out.positional.push(known(v, n));
        for (const [name, v] of Object.entries(one.named))
            out.named[name] = known(v, n);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/schema/fold.ts
/**
 * The in-memory schema that migrations are folded into: each operation edits tables here, so the final
 * schema can be created once (one CREATE TABLE per table, indexes inline) instead of replaying every ALTER.
 * Operations mirror what MariaDB does with the same DDL (e.g. the index InnoDB adds for a foreign key and
 * drops again when another index can serve it). Each method returns an error message or null.
 */
const fold_lower = (s) => s.toLowerCase();
/** Bytes per character at most, by character set (MariaDB's mbmaxlen). */
const fold_MAX_BYTES = {
    utf8mb4: 4,
    utf8: 3,
    utf8mb3: 3,
    utf16: 4,
    utf16le: 4,
    utf32: 4,
    ucs2: 2,
    big5: 2,
    gbk: 2,
    sjis: 2,
    ujis: 3,
    euckr: 2,
};
/** A VARCHAR's whole length in bytes may not pass 65,535 (the row limit). */
const VARCHAR_MAX_BYTES = 65535;
class SchemaFold {
    tables = [];
    /** Lower-cased name → first table of that name; rebuilt after tables are added, dropped or renamed. */
    byName = null;
    mode = { strict: true, charset: 'utf8mb4' };
    /**
     * A VARCHAR longer than its character set allows: MariaDB refuses it under a strict sql_mode and turns
     * it into MEDIUMTEXT (LONGTEXT past 16 MB) otherwise, as it does with the same DDL.
     */
    fit(t, column) {
        const m = /^varchar\((\d+)\)/.exec(column.type);
        if (!m)
            return column;
        const charset = fold_lower(column.charset ?? t.charset ?? this.mode.charset).replace(/_.*$/, '');
        const perChar = fold_MAX_BYTES[charset] ?? 1;
        const bytes = Number(m[1]) * perChar;
        if (bytes <= VARCHAR_MAX_BYTES)
            return column;
        if (this.mode.strict)
            return `Column length too big for column '${column.name}' (max = ${Math.floor(VARCHAR_MAX_BYTES / perChar)}); use BLOB or TEXT instead`;
        return { ...column, type: bytes <= 16777215 ? 'mediumtext' : 'longtext' };
    }
    /** Starts from an existing schema (e.g. a loaded schema dump, introspected); FK-named indexes count as InnoDB's own. */
    static fromSchema(schema) {
        const fold = new SchemaFold();
        for (const t of schema.tables) {
            const copy = structuredClone(t);
            const implicit = new Set(copy.indexes.filter((i) => copy.foreignKeys.some((fk) => fk.name === i.name)).map((i) => i.name));
            fold.tables.push({ ...copy, implicit });
        }
        return fold;
    }
    /** Every operation looks its table up by name: a map, not a scan of a few hundred tables each time. */
    table(name) {
        if (!this.byName) {
            this.byName = new Map();
            for (const t of this.tables) {
                const key = fold_lower(t.name);
                if (!this.byName.has(key))
                    this.byName.set(key, t);
            }
        }
        return this.byName.get(fold_lower(name));
    }
    hasTable(name) {
        return this.table(name) !== undefined;
    }
    hasColumn(table, column) {
        return this.table(table)?.columns.some((c) => fold_lower(c.name) === fold_lower(column)) ?? false;
    }
    hasIndex(table, name) {
        return this.table(table)?.indexes.some((i) => fold_lower(i.name) === fold_lower(name)) ?? false;
    }
    createTable(name, options) {
        if (this.hasTable(name))
            return `Table '${name}' already exists`;
        const t = { name, columns: [], indexes: [], foreignKeys: [], implicit: new Set() };
        if (options.engine)
            t.engine = options.engine;
        if (options.charset)
            t.charset = options.charset;
        if (options.collation)
            t.collation = options.collation;
        if (options.comment)
            t.comment = options.comment;
        if (options.origin)
            t.origin = options.origin;
        this.tables.push(t);
        // No table of this name exists (checked above), so the new one is the first of its name.
        this.byName?.set(fold_lower(name), t);
        return null;
    }
    dropTable(name, ifExists) {
        const t = this.table(name);
        if (!t)
            return ifExists ? null : `Unknown table '${name}'`;
        const referencing = this.tables.find((o) => o !== t && o.foreignKeys.some((fk) => fold_lower(fk.refTable) === fold_lower(name)));
        if (referencing) {
            return `Cannot drop table '${name}' referenced by a foreign key constraint of table '${referencing.name}'`;
        }
        this.tables = this.tables.filter((x) => x !== t);
        this.byName = null;
        return null;
    }
    renameTable(from, to) {
        const t = this.table(from);
        if (!t)
            return `Table '${from}' doesn't exist`;
        if (this.hasTable(to))
            return `Table '${to}' already exists`;
        for (const o of this.tables)
            for (const fk of o.foreignKeys)
                if (fold_lower(fk.refTable) === fold_lower(from))
                    fk.refTable = to;
        t.name = to;
        this.byName = null;
        return null;
    }
    addColumn(table, column, position) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        if (t.columns.some((c) => fold_lower(c.name) === fold_lower(column.name)))
            return `Duplicate column name '${column.name}'`;
        const fitted = this.fit(t, column);
        if (typeof fitted === 'string')
            return fitted;
        return this.place(t, fitted, position);
    }
    place(t, column, position) {
        if (position && 'first' in position) {
            t.columns.unshift(column);
        }
        else if (position && 'after' in position) {
            const i = t.columns.findIndex((c) => fold_lower(c.name) === fold_lower(position.after));
            if (i < 0)
                return `Unknown column '${position.after}' in '${t.name}'`;
            t.columns.splice(i + 1, 0, column);
        }
        else {
            t.columns.push(column);
        }
        return null;
    }
    column(table, name) {
        return this.table(table)?.columns.find((c) => fold_lower(c.name) === fold_lower(name));
    }
    /** Replaces a column's definition in place (MODIFY/CHANGE); a new name renames it in indexes and keys too. */
    replaceColumn(table, name, column, position = null) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        const i = t.columns.findIndex((c) => fold_lower(c.name) === fold_lower(name));
        if (i < 0)
            return `Unknown column '${name}' in '${table}'`;
        if (fold_lower(column.name) !== fold_lower(name) && t.columns.some((c) => fold_lower(c.name) === fold_lower(column.name))) {
            return `Duplicate column name '${column.name}'`;
        }
        const fitted = this.fit(t, column);
        if (typeof fitted === 'string')
            return fitted;
        column = fitted;
        if (position) {
            t.columns.splice(i, 1);
            const err = this.place(t, column, position);
            if (err)
                return err;
        }
        else {
            t.columns[i] = column;
        }
        if (column.name !== name)
            this.renameColumnRefs(t, name, column.name);
        return null;
    }
    renameColumn(table, from, to) {
        const c = this.column(table, from);
        if (!c)
            return this.table(table) ? `Unknown column '${from}' in '${table}'` : `Table '${table}' doesn't exist`;
        return this.replaceColumn(table, from, { ...c, name: to });
    }
    renameColumnRefs(t, from, to) {
        const swap = (cols) => cols.map((c) => (fold_lower(c) === fold_lower(from) ? to : c));
        for (const i of t.indexes)
            i.columns = swap(i.columns);
        for (const fk of t.foreignKeys)
            fk.columns = swap(fk.columns);
        for (const o of this.tables) {
            for (const fk of o.foreignKeys)
                if (fold_lower(fk.refTable) === fold_lower(t.name))
                    fk.refColumns = swap(fk.refColumns);
        }
    }
    /** Drops a column; MariaDB removes it from every index and drops indexes left with no column. */
    dropColumn(table, name) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        if (!t.columns.some((c) => fold_lower(c.name) === fold_lower(name))) {
            return `Can't DROP COLUMN \`${name}\`; check that it exists`;
        }
        const fk = t.foreignKeys.find((f) => f.columns.some((c) => fold_lower(c) === fold_lower(name)));
        if (fk)
            return `Cannot drop column '${name}': needed in a foreign key constraint '${fk.name}'`;
        t.columns = t.columns.filter((c) => fold_lower(c.name) !== fold_lower(name));
        for (const i of t.indexes) {
            const keep = i.columns.map((c, n) => (fold_lower(c) === fold_lower(name) ? -1 : n)).filter((n) => n >= 0);
            if (i.subParts)
                i.subParts = keep.map((n) => i.subParts[n] ?? null);
            i.columns = keep.map((n) => i.columns[n]);
        }
        t.indexes = t.indexes.filter((i) => i.columns.length > 0);
        return null;
    }
    addIndex(table, index) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        if (index.primary && t.indexes.some((i) => i.primary))
            return 'Multiple primary key defined';
        if (t.indexes.some((i) => fold_lower(i.name) === fold_lower(index.name)))
            return `Duplicate key name '${index.name}'`;
        for (const c of index.columns) {
            if (!t.columns.some((x) => fold_lower(x.name) === fold_lower(c)))
                return `Key column '${c}' doesn't exist in table`;
        }
        // InnoDB drops the index it made for a foreign key once another index can serve that key.
        for (const name of [...t.implicit]) {
            const fkIndex = t.indexes.find((i) => i.name === name);
            if (fkIndex && startsWith(index.columns, fkIndex.columns)) {
                t.indexes = t.indexes.filter((i) => i !== fkIndex);
                t.implicit.delete(name);
            }
        }
        if (index.primary)
            t.indexes.unshift(index);
        else
            t.indexes.push(index);
        return null;
    }
    dropIndex(table, name) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        const idx = t.indexes.find((i) => fold_lower(i.name) === fold_lower(name) || (i.primary && fold_lower(name) === 'primary'));
        if (!idx)
            return `Can't DROP INDEX \`${name}\`; check that it exists`;
        const needs = t.foreignKeys.find((fk) => startsWith(idx.columns, fk.columns) &&
            !t.indexes.some((o) => o !== idx && startsWith(o.columns, fk.columns)));
        if (needs)
            return `Cannot drop index '${idx.name}': needed in a foreign key constraint`;
        t.indexes = t.indexes.filter((i) => i !== idx);
        return null;
    }
    renameIndex(table, from, to) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        const idx = t.indexes.find((i) => fold_lower(i.name) === fold_lower(from));
        if (!idx)
            return `Key '${from}' doesn't exist in table '${table}'`;
        if (t.indexes.some((i) => fold_lower(i.name) === fold_lower(to)))
            return `Duplicate key name '${to}'`;
        if (t.implicit.delete(idx.name))
            t.implicit.add(to);
        idx.name = to;
        return null;
    }
    addForeignKey(table, fk) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        if (t.foreignKeys.some((f) => fold_lower(f.name) === fold_lower(fk.name)))
            return `Duplicate foreign key constraint name '${fk.name}'`;
        const parent = this.table(fk.refTable);
        if (!parent && fold_lower(fk.refTable) !== fold_lower(table)) {
            return `Can't create table \`${table}\` (errno: 150 "Foreign key constraint is incorrectly formed")`;
        }
        for (const c of fk.columns) {
            if (!t.columns.some((x) => fold_lower(x.name) === fold_lower(c)))
                return `Key column '${c}' doesn't exist in table`;
        }
        const refused = parent ? fold_referenceProblem(table, t, parent, fk) : null;
        if (refused)
            return refused;
        t.foreignKeys.push(fk);
        const serving = t.indexes.filter((i) => startsWith(i.columns, fk.columns));
        const own = serving.filter((i) => !t.implicit.has(i.name));
        const sameImplicit = serving.filter((i) => t.implicit.has(i.name) && i.columns.length === fk.columns.length);
        if (own.length > 0 || serving.length > sameImplicit.length)
            return null;
        // InnoDB creates an index named after the constraint when none can serve it; one it made earlier for
        // another key on the same columns is replaced by the new one (seen on MariaDB 10.11).
        for (const old of sameImplicit)
            t.implicit.delete(old.name);
        t.indexes = t.indexes.filter((i) => !sameImplicit.includes(i));
        t.indexes.push({ name: fk.name, columns: [...fk.columns], unique: false, kind: 'btree' });
        t.implicit.add(fk.name);
        return null;
    }
    dropForeignKey(table, name) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        const fk = t.foreignKeys.find((f) => fold_lower(f.name) === fold_lower(name));
        if (!fk)
            return `Can't DROP FOREIGN KEY \`${name}\`; check that it exists`;
        t.foreignKeys = t.foreignKeys.filter((f) => f !== fk);
        // The index InnoDB made for it stays, and InnoDB still drops it once another index covers its
        // columns (MariaDB 10.11 keeps that flag on the index after the key is gone).
        return null;
    }
    setTableOption(table, option, value) {
        const t = this.table(table);
        if (!t)
            return `Table '${table}' doesn't exist`;
        t[option] = value;
        return null;
    }
    /** Whether an index is one InnoDB created for a foreign key (the DDL leaves it to InnoDB to create again). */
    isImplicitIndex(table, name) {
        return this.table(table)?.implicit.has(name) ?? false;
    }
    toSchema(source) {
        return {
            source,
            tables: this.tables.map((t) => {
                const { implicit: _implicit, ...table } = t;
                return structuredClone(table);
            }),
        };
    }
}
/** Whether `cols` begins with all of `prefix` (the leftmost-prefix rule). */
const INTEGERS = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/;
const STRINGS = /^(char|varchar|uuid)\b/;
/** A column type as InnoDB compares key columns: lower case, integer display widths dropped. */
function keyType(type) {
    return type
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .replace(/^(tinyint|smallint|mediumint|int|integer|bigint)\(\d+\)/, '$1');
}
/** Integers must match exactly (size and sign); an integer never references a string or back. */
function compatibleKeyTypes(child, parent) {
    const a = keyType(child);
    const b = keyType(parent);
    if (INTEGERS.test(a) || INTEGERS.test(b))
        return a === b;
    if (STRINGS.test(a) !== STRINGS.test(b))
        return false;
    return true;
}
/**
 * What MariaDB refuses when the key is added (even with FOREIGN_KEY_CHECKS off): a referenced column
 * that does not exist, no index on the referenced columns, or key columns of incompatible types.
 */
function fold_referenceProblem(table, t, parent, fk) {
    for (const ref of fk.refColumns) {
        if (!parent.columns.some((c) => fold_lower(c.name) === fold_lower(ref)))
            return `Failed to add the foreign key constraint. Missing column '${ref}' for constraint '${fk.name}' in the referenced table '${fk.refTable}'`;
    }
    const refs = fk.refColumns.map(fold_lower);
    if (!parent.indexes.some((i) => startsWith(i.columns.map(fold_lower), refs)))
        return `Failed to add the foreign key constraint. Missing index for constraint '${fk.name}' in the referenced table '${fk.refTable}'`;
    for (const [i, c] of fk.columns.entries()) {
        const mine = t.columns.find((x) => fold_lower(x.name) === fold_lower(c));
        const theirs = parent.columns.find((x) => fold_lower(x.name) === fold_lower(fk.refColumns[i] ?? ''));
        if (mine && theirs && !compatibleKeyTypes(mine.type, theirs.type))
            return `Failed to add the foreign key constraint on table '${table}'. Incorrect options in FOREIGN KEY constraint '${fk.name}' (${mine.name} ${mine.type} references ${fk.refTable}.${theirs.name} ${theirs.type})`;
    }
    return null;
}
function startsWith(cols, prefix) {
    if (prefix.length > cols.length)
        return false;
    return prefix.every((c, i) => fold_lower(c) === fold_lower(cols[i]));
}

;// CONCATENATED MODULE: ./src/project/sql/create-table.ts
/** CREATE TABLE read with node-sql-parser and applied to the in-memory fold (dumps, SQL files, raw migration SQL). */

function columnType(def) {
    const base = String(def.dataType ?? '').toLowerCase();
    if ((base === 'enum' || base === 'set') && def.expr?.value) {
        return `${base}(${def.expr.value.map((v) => `'${String(v.value).replace(/'/g, "''")}'`).join(',')})`;
    }
    let type = base;
    if (def.length !== undefined && def.length !== null)
        type += `(${def.length}${def.scale !== undefined && def.scale !== null ? `,${def.scale}` : ''})`;
    for (const s of (def.suffix ?? []))
        type += ` ${String(s).toLowerCase()}`;
    return type;
}
/** A column definition node (CREATE TABLE, ALTER TABLE ADD/MODIFY) as a Column. */
function columnFromDefinition(d) {
    const col = {
        name: d.column.column,
        type: columnType(d.definition),
        nullable: d.nullable?.type !== 'not null' && !d.primary_key,
        default: null,
    };
    const dv = d.default_val?.value;
    if (dv) {
        if (dv.type === 'null')
            col.default = 'NULL';
        else if (dv.type === 'single_quote_string' || dv.type === 'string')
            col.default = `'${String(dv.value).replace(/'/g, "''")}'`;
        else if (dv.type === 'number' || dv.type === 'bool')
            col.default = String(dv.value);
        else
            col.default = sqlOfExpression({ ...dv, over: null }) ?? null;
        // node-sql-parser hangs `ON UPDATE …` on the default expression.
        if (dv.over?.type === 'on update')
            col.onUpdate = String(dv.over.keyword);
    }
    if (d.auto_increment)
        col.autoIncrement = true;
    if (d.generated?.expr) {
        col.generated = {
            expression: sqlOfExpression(d.generated.expr) ?? '',
            stored: d.generated.storage_type === 'stored',
        };
    }
    if (d.comment?.value?.value !== undefined)
        col.comment = String(d.comment.value.value);
    if (d.collate?.collate?.name)
        col.collation = d.collate.collate.name;
    if (d.character_set?.value?.value)
        col.charset = d.character_set.value.value;
    return col;
}
function indexColumns(defs) {
    const columns = defs.map((c) => String(c.column));
    const subParts = defs.map((c) => typeof c.suffix === 'string' && /^\(\d+\)$/.test(c.suffix) ? Number(c.suffix.slice(1, -1)) : null);
    return subParts.some((s) => s !== null) ? { columns, subParts } : { columns };
}
/** A FOREIGN KEY constraint node as a ForeignKey, or null when the node is something else. */
function foreignKeyFrom(d) {
    if (String(d.constraint_type ?? '').toLowerCase() !== 'foreign key')
        return null;
    const ref = d.reference_definition;
    const actions = {};
    for (const a of (ref?.on_action ?? []))
        actions[a.type] = String(a.value?.value ?? '').toUpperCase();
    return {
        name: d.constraint ?? `fk_${d.definition.map((c) => c.column).join('_')}`,
        columns: d.definition.map((c) => String(c.column)),
        refTable: ref?.table?.[0]?.table,
        refColumns: (ref?.definition ?? []).map((c) => String(c.column)),
        ...(actions['on delete'] ? { onDelete: actions['on delete'] } : {}),
        ...(actions['on update'] ? { onUpdate: actions['on update'] } : {}),
    };
}
/** A key/index/unique/primary/fulltext/spatial node as an Index (CHECK constraints give null). */
function indexFrom(d) {
    const kind = String(d.constraint_type ?? d.keyword ?? '').toLowerCase();
    if (kind === 'check' || !Array.isArray(d.definition))
        return null;
    const cols = indexColumns(d.definition);
    const name = d.index ?? d.constraint ?? cols.columns[0];
    if (kind.includes('primary'))
        return { name: 'PRIMARY', ...cols, unique: true, primary: true, kind: 'btree' };
    if (kind.includes('fulltext'))
        return { name, ...cols, unique: false, kind: 'fulltext' };
    if (kind.includes('spatial'))
        return { name, ...cols, unique: false, kind: 'spatial' };
    return { name, ...cols, unique: kind.includes('unique'), kind: 'btree' };
}
/**
 * Applies one CREATE TABLE; returns an error message or null. Foreign keys go to `pendingKeys` when given
 * (dumps: added once every table exists), else are added at once.
 */
function createTable(fold, ast, origin, pendingKeys) {
    const name = ast.table?.[0]?.table;
    if (!name)
        return 'CREATE TABLE without a table name';
    if (ast.if_not_exists && fold.hasTable(name))
        return null;
    const options = {};
    for (const o of (ast.table_options ?? [])) {
        const value = typeof o.value === 'object' ? o.value?.value : o.value;
        const key = String(o.keyword).toLowerCase();
        if (key === 'engine')
            options.engine = String(value);
        else if (key.includes('charset') || key.includes('character set'))
            options.charset = String(value);
        else if (key.includes('collate'))
            options.collation = String(value);
        else if (key === 'comment')
            options.comment = String(value).replace(/^'|'$/g, '');
    }
    const err = fold.createTable(name, { ...options, origin });
    if (err)
        return err;
    const later = [];
    for (const d of (ast.create_definitions ?? [])) {
        if (d.resource === 'column') {
            const col = columnFromDefinition(d);
            const e = fold.addColumn(name, col, null);
            if (e)
                return e;
            if (d.primary_key)
                later.push(() => fold.addIndex(name, {
                    name: 'PRIMARY',
                    columns: [col.name],
                    unique: true,
                    primary: true,
                    kind: 'btree',
                }));
            if (d.unique)
                later.push(() => fold.addIndex(name, { name: col.name, columns: [col.name], unique: true, kind: 'btree' }));
            continue;
        }
        const fk = foreignKeyFrom(d);
        if (fk) {
            // Dumps create tables alphabetically with FOREIGN_KEY_CHECKS=0: keys are added once every table exists.
            const key = { origin, run: () => fold.addForeignKey(name, fk) };
            if (pendingKeys)
                pendingKeys.push(key);
            else
                later.push(key.run);
            continue;
        }
        const index = indexFrom(d);
        if (!index)
            continue;
        const e = fold.addIndex(name, index);
        if (e)
            return e;
    }
    for (const step of later) {
        const e = step();
        if (e)
            return e;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/project/sql/fold-sql.ts
/**
 * Reads the SQL statements that only add or drop indexes (CREATE INDEX, ALTER TABLE … ADD INDEX/UNIQUE/
 * FULLTEXT, DROP INDEX) with node-sql-parser, so raw migration SQL of that kind joins the folded schema.
 * Anything else is left for MariaDB to run as written.
 */


/** CREATE INDEX columns; node-sql-parser reads a prefix `name(10)` as a call. */
function createIndexColumns(defs) {
    const plain = defs.map((d) => d.type === 'function' && d.args?.value?.length === 1 && d.args.value[0].type === 'number'
        ? { column: d.name?.name?.[0]?.value, suffix: `(${d.args.value[0].value})` }
        : d);
    if (plain.some((d) => typeof d.column !== 'string'))
        return null;
    return indexColumns(plain);
}
function position(e) {
    const keyword = String(e.suffix?.keyword ?? '').toLowerCase();
    if (keyword === 'after' && e.suffix.expr?.column)
        return { after: String(e.suffix.expr.column) };
    if (keyword === 'first')
        return { first: true };
    return null;
}
/** One ALTER TABLE action as a fold step, or null when it is not one the fold follows. */
function alterStep(fold, table, e) {
    const action = String(e.action ?? '').toLowerCase();
    const resource = String(e.resource ?? '').toLowerCase();
    if (action === 'add' && resource === 'column' && e.definition) {
        const column = columnFromDefinition(e);
        return () => fold.addColumn(table, column, position(e));
    }
    if (action === 'add' && resource === 'index') {
        const index = indexFrom({ ...e, constraint_type: e.keyword });
        return index ? () => fold.addIndex(table, index) : null;
    }
    if (action === 'add' && resource === 'constraint' && e.create_definitions) {
        const fk = foreignKeyFrom(e.create_definitions);
        if (fk)
            return () => fold.addForeignKey(table, fk);
        const index = indexFrom(e.create_definitions);
        return index ? () => fold.addIndex(table, index) : null;
    }
    if (action === 'drop' && resource === 'column' && e.column?.column)
        return () => fold.dropColumn(table, String(e.column.column));
    if (action === 'drop' && resource === 'index' && typeof e.index === 'string')
        return () => fold.dropIndex(table, e.index);
    if (action === 'drop' &&
        resource === 'key' &&
        String(e.keyword).toLowerCase() === 'foreign key' &&
        typeof e.key === 'string') {
        return () => fold.dropForeignKey(table, e.key);
    }
    if (action === 'modify' && resource === 'column' && e.definition) {
        const column = columnFromDefinition(e);
        return () => fold.replaceColumn(table, column.name, column, position(e));
    }
    if (action === 'rename' && resource === 'column' && e.old_column?.column && e.column?.column) {
        return () => fold.renameColumn(table, String(e.old_column.column), String(e.column.column));
    }
    return null;
}
/** Applies the statement to the fold when it is one of the index statements above. */
function foldSqlStatement(fold, sql, origin = { file: '', line: 0 }) {
    const asts = parseSql(sql);
    if (!asts || asts.length !== 1)
        return { folded: false };
    const ast = asts[0];
    // CREATE TABLE that node-sql-parser reads fully joins the fold, so later Schema::table calls find it.
    if (ast.type === 'create' && ast.keyword === 'table' && !ast.temporary && !ast.as && !ast.query_expr) {
        return { folded: true, error: createTable(fold, ast, origin) };
    }
    if (ast.type === 'create' && ast.keyword === 'index' && typeof ast.index === 'string') {
        const cols = createIndexColumns(ast.index_columns ?? []);
        if (!cols || ast.index_using || !ast.table?.table || !fold.hasTable(ast.table.table))
            return { folded: false };
        const type = String(ast.index_type ?? '').toLowerCase();
        const index = {
            name: ast.index,
            ...cols,
            unique: type.includes('unique'),
            kind: type.includes('fulltext') ? 'fulltext' : type.includes('spatial') ? 'spatial' : 'btree',
        };
        return { folded: true, error: fold.addIndex(ast.table.table, index) };
    }
    if (ast.type === 'drop' &&
        ast.keyword === 'index' &&
        fold.hasTable(ast.table?.table ?? '') &&
        typeof ast.name?.column === 'string') {
        return { folded: true, error: fold.dropIndex(ast.table.table, ast.name.column) };
    }
    if (ast.type === 'alter' && Array.isArray(ast.table) && ast.table.length === 1 && Array.isArray(ast.expr)) {
        const table = ast.table[0].table;
        // Tables the fold does not know (made by other raw SQL) are left to MariaDB.
        if (!fold.hasTable(table))
            return { folded: false };
        const steps = [];
        for (const e of ast.expr) {
            const step = alterStep(fold, table, e);
            // One part the fold cannot follow: the whole statement runs as written.
            if (!step)
                return { folded: false };
            steps.push(step);
        }
        for (const step of steps) {
            const error = step();
            if (error)
                return { folded: true, error };
        }
        return { folded: true, error: null };
    }
    return { folded: false };
}

;// CONCATENATED MODULE: ./src/project/sql/split.ts
/**
 * Splits SQL text (a dump, a migration .sql file, a DB::unprepared string) into statements, keeping the line
 * each one starts on. Quotes, backticks, comments and mysql-client `DELIMITER` lines are honoured; the
 * statements themselves are passed on as written.
 */
function splitSql(text) {
    const out = [];
    let delimiter = ';';
    let buf = '';
    let startLine = 0;
    let line = 1;
    let i = 0;
    const n = text.length;
    const flush = () => {
        const sql = buf.trim();
        if (sql)
            out.push({ sql, line: startLine || line });
        buf = '';
        startLine = 0;
    };
    while (i < n) {
        const ch = text[i];
        const atLineStart = buf.trim() === '';
        // mysql client directive: DELIMITER $$
        if (atLineStart && /^delimiter\s/i.test(text.slice(i, i + 10))) {
            const end = text.indexOf('\n', i);
            const directive = text.slice(i, end < 0 ? n : end).trim();
            delimiter = directive.split(/\s+/)[1] || ';';
            buf = '';
            i = end < 0 ? n : end;
            continue;
        }
        if (ch === '\n')
            line++;
        // Comments: -- , #, /* */ (MariaDB executable comments /*! */ are kept as text).
        if ((ch === '-' && text[i + 1] === '-' && /\s/.test(text[i + 2] ?? ' ')) || ch === '#') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? n : end;
            continue;
        }
        if (ch === '/' && text[i + 1] === '*' && text[i + 2] !== '!') {
            const end = text.indexOf('*/', i + 2);
            const stop = end < 0 ? n : end + 2;
            for (let k = i; k < stop; k++)
                if (text[k] === '\n')
                    line++;
            i = stop;
            continue;
        }
        if (ch === "'" || ch === '"' || ch === '`') {
            if (!startLine)
                startLine = line;
            let k = i + 1;
            while (k < n) {
                if (text[k] === '\\' && ch !== '`') {
                    k += 2;
                    continue;
                }
                if (text[k] === ch) {
                    if (text[k + 1] === ch) {
                        k += 2;
                        continue;
                    }
                    break;
                }
                k++;
            }
            const piece = text.slice(i, Math.min(k + 1, n));
            for (const c of piece.slice(1))
                if (c === '\n')
                    line++;
            buf += piece;
            i = k + 1;
            continue;
        }
        if (text.startsWith(delimiter, i)) {
            flush();
            i += delimiter.length;
            continue;
        }
        if (!startLine && !/\s/.test(ch))
            startLine = line;
        buf += ch;
        i++;
    }
    flush();
    return out;
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/budget.ts
/**
 * Limits on interpreting migrations. Loops over literal arrays nest: a 4 KB file can ask for a million
 * iterations, each running a statement; a string doubled in a loop grows without end. Each file and the
 * whole run have a budget of statements and raw SQL statements, and a string value has a maximum size;
 * past a limit the file (or the remaining files) is not read further and a PA901 problem says why.
 */
const LIMITS = {
    /** Statements interpreted in one migration file (loop iterations count each time). */
    stepsPerFile: 100_000,
    /** DB::statement/unprepared calls in one migration file. */
    rawPerFile: 1_000,
    /** Statements interpreted over all migration files. */
    stepsTotal: 1_000_000,
    /** DB::statement/unprepared calls over all migration files. */
    rawTotal: 10_000,
    /** The longest string a migration may build (characters). */
    stringChars: 1_000_000,
};
/** Thrown when a limit is reached: the interpreter stops the file and reports it. */
class LimitReached extends Error {
    total;
    name = 'LimitReached';
    constructor(message, 
    /** The whole run's budget is spent: later files are not read either. */
    total) {
        super(message);
        this.total = total;
    }
}
/** The work done so far: one per run, shared by the files; `file*` reset for each file. */
class WorkBudget {
    steps = 0;
    raw = 0;
    fileSteps = 0;
    fileRaw = 0;
    startFile() {
        this.fileSteps = 0;
        this.fileRaw = 0;
    }
    get spent() {
        return this.steps >= LIMITS.stepsTotal || this.raw >= LIMITS.rawTotal;
    }
    step() {
        this.steps += 1;
        this.fileSteps += 1;
        if (this.fileSteps > LIMITS.stepsPerFile)
            throw new LimitReached(`stopped interpreting this migration after ${LIMITS.stepsPerFile} statements (loops?): the rest of the file is not read`, false);
        if (this.steps > LIMITS.stepsTotal)
            throw new LimitReached(`stopped interpreting migrations after ${LIMITS.stepsTotal} statements in total: this file's rest and later files are not read`, true);
    }
    rawStatement() {
        this.raw += 1;
        this.fileRaw += 1;
        if (this.fileRaw > LIMITS.rawPerFile)
            throw new LimitReached(`stopped interpreting this migration after ${LIMITS.rawPerFile} DB::statement calls: the rest of the file is not read`, false);
        if (this.raw > LIMITS.rawTotal)
            throw new LimitReached(`stopped interpreting migrations after ${LIMITS.rawTotal} DB::statement calls in total: later files are not read`, true);
    }
    value(value) {
        if (typeof value === 'string' && value.length > LIMITS.stringChars)
            throw new LimitReached(`stopped interpreting this migration: a string longer than ${LIMITS.stringChars} characters was built`, false);
        return value;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/blueprint.ts
/**
 * Laravel's Blueprint, re-told: what each `$table->method(...)` call adds (column definitions and commands,
 * with the same attribute names as Laravel's Fluent objects), so the grammar can render it as Laravel would.
 */



/** Laravel 11+ signatures that differ from Laravel 8–10. */
const MODERN_METHODS = {
    float: { type: 'float', params: [['precision', 53]] },
    double: { type: 'double', params: [] },
    decimal: {
        type: 'decimal',
        params: [
            ['total', 8],
            ['places', 2],
        ],
    },
    geometry: {
        type: 'geometry',
        params: [
            ['subtype', null],
            ['srid', 0],
        ],
    },
};
class BlueprintError extends Error {
}
const INT_PARAMS = [
    ['autoIncrement', false],
    ['unsigned', false],
];
const NUM_PARAMS = (total, places) => [
    ['total', total],
    ['places', places],
    ['unsigned', false],
];
const PRECISION = [['precision', 0]];
const COLUMN_METHODS = {
    char: { type: 'char', params: [['length', null]] },
    string: { type: 'string', params: [['length', null]] },
    tinyText: { type: 'tinyText', params: [] },
    text: { type: 'text', params: [] },
    mediumText: { type: 'mediumText', params: [] },
    longText: { type: 'longText', params: [] },
    integer: { type: 'integer', params: INT_PARAMS },
    tinyInteger: { type: 'tinyInteger', params: INT_PARAMS },
    smallInteger: { type: 'smallInteger', params: INT_PARAMS },
    mediumInteger: { type: 'mediumInteger', params: INT_PARAMS },
    bigInteger: { type: 'bigInteger', params: INT_PARAMS },
    unsignedInteger: { type: 'integer', params: [['autoIncrement', false]], fixed: { unsigned: true } },
    unsignedTinyInteger: { type: 'tinyInteger', params: [['autoIncrement', false]], fixed: { unsigned: true } },
    unsignedSmallInteger: {
        type: 'smallInteger',
        params: [['autoIncrement', false]],
        fixed: { unsigned: true },
    },
    unsignedMediumInteger: {
        type: 'mediumInteger',
        params: [['autoIncrement', false]],
        fixed: { unsigned: true },
    },
    unsignedBigInteger: { type: 'bigInteger', params: [['autoIncrement', false]], fixed: { unsigned: true } },
    increments: { type: 'integer', params: [], fixed: { autoIncrement: true, unsigned: true } },
    integerIncrements: { type: 'integer', params: [], fixed: { autoIncrement: true, unsigned: true } },
    tinyIncrements: { type: 'tinyInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
    smallIncrements: { type: 'smallInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
    mediumIncrements: { type: 'mediumInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
    bigIncrements: { type: 'bigInteger', params: [], fixed: { autoIncrement: true, unsigned: true } },
    foreignId: {
        type: 'bigInteger',
        params: [],
        fixed: { autoIncrement: false, unsigned: true },
        foreignable: true,
    },
    float: { type: 'float', params: NUM_PARAMS(8, 2) },
    double: { type: 'double', params: NUM_PARAMS(null, null) },
    decimal: { type: 'decimal', params: NUM_PARAMS(8, 2) },
    unsignedFloat: { type: 'float', params: NUM_PARAMS(8, 2).slice(0, 2), fixed: { unsigned: true } },
    unsignedDouble: { type: 'double', params: NUM_PARAMS(null, null).slice(0, 2), fixed: { unsigned: true } },
    unsignedDecimal: { type: 'decimal', params: NUM_PARAMS(8, 2).slice(0, 2), fixed: { unsigned: true } },
    boolean: { type: 'boolean', params: [] },
    enum: { type: 'enum', params: [['allowed', []]] },
    set: { type: 'set', params: [['allowed', []]] },
    json: { type: 'json', params: [] },
    jsonb: { type: 'jsonb', params: [] },
    date: { type: 'date', params: [] },
    dateTime: { type: 'dateTime', params: PRECISION },
    dateTimeTz: { type: 'dateTimeTz', params: PRECISION },
    time: { type: 'time', params: PRECISION },
    timeTz: { type: 'timeTz', params: PRECISION },
    timestamp: { type: 'timestamp', params: PRECISION },
    timestampTz: { type: 'timestampTz', params: PRECISION },
    year: { type: 'year', params: [] },
    binary: { type: 'binary', params: [] },
    uuid: { type: 'uuid', params: [] },
    foreignUuid: { type: 'uuid', params: [], foreignable: true },
    ulid: { type: 'char', params: [['length', 26]] },
    foreignUlid: { type: 'char', params: [['length', 26]], foreignable: true },
    ipAddress: { type: 'ipAddress', params: [] },
    macAddress: { type: 'macAddress', params: [] },
    geometry: { type: 'geometry', params: [] },
    point: { type: 'point', params: [['srid', null]] },
    lineString: { type: 'lineString', params: [] },
    polygon: { type: 'polygon', params: [] },
    geometryCollection: { type: 'geometryCollection', params: [] },
    multiPoint: { type: 'multiPoint', params: [] },
    multiLineString: { type: 'multiLineString', params: [] },
    multiPolygon: { type: 'multiPolygon', params: [] },
};
/** Column methods whose name argument is optional in newer Laravel versions. */
const DEFAULT_COLUMN = {
    uuid: 'uuid',
    ulid: 'ulid',
    ipAddress: 'ip_address',
    macAddress: 'mac_address',
};
const INDEX_METHODS = {
    index: 'index',
    unique: 'unique',
    primary: 'primary',
    fullText: 'fulltext',
    fulltext: 'fulltext',
    spatialIndex: 'spatialIndex',
};
const DROP_INDEX_METHODS = {
    dropPrimary: 'primary',
    dropUnique: 'unique',
    dropIndex: 'index',
    dropFullText: 'fulltext',
    dropSpatialIndex: 'spatialIndex',
    dropForeign: 'foreign',
};
/** Blueprint methods handled one by one in BlueprintBuilder.call. */
const OTHER_METHODS = [
    'id',
    'foreign',
    'foreignIdFor',
    'timestamps',
    'nullableTimestamps',
    'timestampsTz',
    'datetimes',
    'softDeletes',
    'softDeletesTz',
    'softDeletesDatetime',
    'rememberToken',
    'morphs',
    'nullableMorphs',
    'numericMorphs',
    'nullableNumericMorphs',
    'uuidMorphs',
    'nullableUuidMorphs',
    'ulidMorphs',
    'nullableUlidMorphs',
    'dropColumn',
    'dropConstrainedForeignId',
    'dropForeignIdFor',
    'dropConstrainedForeignIdFor',
    'dropTimestamps',
    'dropTimestampsTz',
    'dropSoftDeletes',
    'dropSoftDeletesTz',
    'dropRememberToken',
    'dropMorphs',
    'renameColumn',
    'renameIndex',
    'rename',
    'drop',
    'dropIfExists',
    'engine',
    'charset',
    'collation',
    'comment',
    'temporary',
    'create',
];
/**
 * Blueprint's methods by lower-case name: PHP method names are case-insensitive, so `->dateTime()`,
 * `->datetime()` and `->DROPCOLUMN()` are one method (`fulltext` and `fullText` are both declared).
 */
const CANONICAL = new Map([
    ...Object.keys(COLUMN_METHODS),
    ...Object.keys(INDEX_METHODS),
    ...Object.keys(DROP_INDEX_METHODS),
    ...OTHER_METHODS,
].map((m) => [m.toLowerCase(), m]));
/** The method as Blueprint declares it; unknown names as written. */
function blueprintMethod(method) {
    return CANONICAL.get(method.toLowerCase()) ?? method;
}
function bind(args, params, offset = 0) {
    const out = {};
    params.forEach(([name, fallback], i) => {
        const v = name in args.named ? args.named[name] : args.positional[i + offset];
        out[name] = v === undefined ? fallback : v;
    });
    return out;
}
function arg(args, i, name) {
    return name in args.named ? args.named[name] : args.positional[i];
}
function blueprint_str(v, what) {
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number')
        return String(v);
    throw new BlueprintError(`${what} must be a literal string`);
}
/** `name(80)` (quoted or not) as raw index SQL: the column and its prefix length; anything else is refused. */
function keyPart(sql) {
    const m = /^\s*`?([A-Za-z0-9_$]+)`?\s*(?:\(\s*(\d+)\s*\))?\s*$/.exec(sql);
    if (!m)
        throw new BlueprintError(`index on the expression ${sql} is not understood`);
    return { text: sql, column: m[1], length: m[2] ? Number(m[2]) : null };
}
function strList(v, what) {
    if (Array.isArray(v))
        return v.map((x) => blueprint_str(x, what));
    if (isKeyedArray(v))
        return Object.values(v).map((x) => blueprint_str(x, what));
    return [blueprint_str(v, what)];
}
class BlueprintBuilder {
    settings;
    def;
    /** Set by `$table->after('col', fn)`: columns added inside the callback follow each other after it. */
    afterColumn = null;
    constructor(table, creating, settings) {
        this.settings = settings;
        this.def = { table, creating, columns: [], commands: [], fullChange: settings.laravelMajor >= 11 };
        // A CREATE TABLE carries the connection's engine, charset and collation unless the Blueprint sets its own.
        const conn = settings.connection;
        if (creating && conn) {
            if (conn.engine)
                this.def.engine = conn.engine;
            if (conn.charset)
                this.def.charset = conn.charset;
            if (conn.collation)
                this.def.collation = conn.collation;
        }
    }
    /** Laravel's createIndexName: `users_email_unique`. */
    indexName(type, columns) {
        return `${this.def.table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
    }
    addColumn(type, name, attrs, line, foreignable = false) {
        const col = { type, name, attrs: { ...attrs }, line, foreignable };
        if (this.afterColumn) {
            col.attrs.after = this.afterColumn;
            this.afterColumn = name;
        }
        if ((type === 'string' || type === 'char') && (attrs.length === null || attrs.length === undefined)) {
            col.attrs.length = this.settings.defaultStringLength;
        }
        this.def.columns.push(col);
        return col;
    }
    command(name, attrs, line) {
        const cmd = { name, attrs, line };
        this.def.commands.push(cmd);
        return cmd;
    }
    indexCommand(type, columns, name, line, algorithm) {
        // `DB::raw('title(80)')`: a key part on a prefix of the column; Laravel names the index after the text.
        const parts = (Array.isArray(columns) ? columns : isKeyedArray(columns) ? Object.values(columns) : [columns]).map((c) => c instanceof RawSql
            ? keyPart(c.sql)
            : { text: blueprint_str(c, 'index columns'), column: blueprint_str(c, 'index columns'), length: null });
        const cols = parts.map((p) => p.column);
        const index = name === null || name === undefined
            ? this.indexName(type, parts.map((p) => p.text))
            : blueprint_str(name, 'index name');
        const subParts = parts.some((p) => p.length !== null) ? parts.map((p) => p.length) : null;
        return this.command(type, { index, columns: cols, subParts, algorithm: algorithm ?? null }, line);
    }
    dropIndexCommand(command, type, index, line) {
        let columns = [];
        let name;
        if (index === null || index === undefined) {
            name = this.indexName(type, columns);
        }
        else if (Array.isArray(index)) {
            columns = strList(index, 'index columns');
            name = this.indexName(type, columns);
        }
        else {
            name = blueprint_str(index, 'index name');
        }
        return this.command(command, { index: name, columns }, line);
    }
    /** Runs one Blueprint method; returns the fluent object further chained calls modify. */
    call(written, args, line) {
        const method = INDEX_METHODS[written] ? written : blueprintMethod(written);
        const modern = this.settings.laravelMajor >= 11 ? MODERN_METHODS[method] : undefined;
        const spec = modern ?? COLUMN_METHODS[method];
        if (spec) {
            const name = blueprint_str(arg(args, 0, 'column') ?? DEFAULT_COLUMN[method], `${method}() column name`);
            const attrs = { ...bind(args, spec.params, 1), ...spec.fixed };
            if (spec.type === 'uuid' && this.settings.mariadbGrammar)
                attrs.nativeUuid = true;
            return { column: this.addColumn(spec.type, name, attrs, line, spec.foreignable) };
        }
        if (method in INDEX_METHODS) {
            const type = INDEX_METHODS[method];
            return {
                command: this.indexCommand(type, arg(args, 0, 'columns'), arg(args, 1, 'name'), line, arg(args, 2, 'algorithm')),
            };
        }
        if (method in DROP_INDEX_METHODS) {
            const type = DROP_INDEX_METHODS[method];
            return { command: this.dropIndexCommand(method, type, arg(args, 0, 'index'), line) };
        }
        switch (method) {
            case 'id':
                return this.call('bigIncrements', { positional: [arg(args, 0, 'column') ?? 'id'], named: {} }, line);
            case 'foreign': {
                return { command: this.indexCommand('foreign', arg(args, 0, 'columns'), arg(args, 1, 'name'), line) };
            }
            case 'foreignIdFor': {
                const model = blueprint_str(arg(args, 0, 'model'), 'foreignIdFor() model');
                const column = arg(args, 1, 'column');
                const key = this.modelKey(model);
                const name = column === null || column === undefined ? key.foreignKey : blueprint_str(column, 'column');
                return this.call(key.method, { positional: [name], named: {} }, line);
            }
            case 'timestamps':
            case 'nullableTimestamps':
            case 'timestampsTz': {
                const precision = arg(args, 0, 'precision') ?? 0;
                const type = method === 'timestampsTz' ? 'timestampTz' : 'timestamp';
                this.addColumn(type, 'created_at', { precision, nullable: true }, line);
                this.addColumn(type, 'updated_at', { precision, nullable: true }, line);
                return { done: true };
            }
            case 'datetimes': {
                const precision = arg(args, 0, 'precision') ?? 0;
                this.addColumn('dateTime', 'created_at', { precision, nullable: true }, line);
                this.addColumn('dateTime', 'updated_at', { precision, nullable: true }, line);
                return { done: true };
            }
            case 'softDeletes':
            case 'softDeletesTz':
            case 'softDeletesDatetime': {
                const name = arg(args, 0, 'column') ?? 'deleted_at';
                const precision = arg(args, 1, 'precision') ?? 0;
                const type = method === 'softDeletesTz'
                    ? 'timestampTz'
                    : method === 'softDeletesDatetime'
                        ? 'dateTime'
                        : 'timestamp';
                return { column: this.addColumn(type, blueprint_str(name, 'column'), { precision, nullable: true }, line) };
            }
            case 'rememberToken':
                return { column: this.addColumn('string', 'remember_token', { length: 100, nullable: true }, line) };
            case 'morphs':
            case 'nullableMorphs': {
                if (this.settings.legacyMorphs)
                    return this.legacyMorphs(args, method === 'nullableMorphs', line);
                const kind = this.settings.defaultMorphKeyType;
                const prefix = method === 'morphs' ? '' : 'nullable';
                const target = kind === 'uuid' ? 'UuidMorphs' : kind === 'ulid' ? 'UlidMorphs' : 'NumericMorphs';
                const full = prefix ? `${prefix}${target}` : target[0].toLowerCase() + target.slice(1);
                return this.call(full, args, line);
            }
            case 'numericMorphs':
            case 'nullableNumericMorphs':
            case 'uuidMorphs':
            case 'nullableUuidMorphs':
            case 'ulidMorphs':
            case 'nullableUlidMorphs': {
                const name = blueprint_str(arg(args, 0, 'name'), 'morph name');
                const nullable = method.startsWith('nullable');
                const idMethod = /uuid/i.test(method) ? 'uuid' : /ulid/i.test(method) ? 'ulid' : 'unsignedBigInteger';
                const type = this.call('string', { positional: [`${name}_type`], named: {} }, line);
                const id = this.call(idMethod, { positional: [`${name}_id`], named: {} }, line);
                if (nullable) {
                    type.column.attrs.nullable = true;
                    id.column.attrs.nullable = true;
                }
                this.indexCommand('index', [`${name}_type`, `${name}_id`], arg(args, 1, 'indexName'), line);
                return { done: true };
            }
            case 'dropColumn': {
                const first = arg(args, 0, 'columns');
                const cols = Array.isArray(first)
                    ? strList(first, 'column')
                    : args.positional.map((v) => blueprint_str(v, 'column'));
                return { command: this.command('dropColumn', { columns: cols }, line) };
            }
            case 'dropConstrainedForeignId': {
                const col = blueprint_str(arg(args, 0, 'column'), 'column');
                this.dropIndexCommand('dropForeign', 'foreign', [col], line);
                return { command: this.command('dropColumn', { columns: [col] }, line) };
            }
            case 'dropForeignIdFor':
            case 'dropConstrainedForeignIdFor': {
                const model = blueprint_str(arg(args, 0, 'model'), 'model');
                const column = arg(args, 1, 'column');
                const col = column === null || column === undefined ? this.modelKey(model).foreignKey : blueprint_str(column, 'column');
                this.dropIndexCommand('dropForeign', 'foreign', [col], line);
                if (method === 'dropConstrainedForeignIdFor')
                    this.command('dropColumn', { columns: [col] }, line);
                return { done: true };
            }
            case 'dropTimestamps':
            case 'dropTimestampsTz':
                this.command('dropColumn', { columns: ['created_at', 'updated_at'] }, line);
                return { done: true };
            case 'dropSoftDeletes':
            case 'dropSoftDeletesTz':
                this.command('dropColumn', { columns: [blueprint_str(arg(args, 0, 'column') ?? 'deleted_at', 'column')] }, line);
                return { done: true };
            case 'dropRememberToken':
                this.command('dropColumn', { columns: ['remember_token'] }, line);
                return { done: true };
            case 'dropMorphs': {
                const name = blueprint_str(arg(args, 0, 'name'), 'morph name');
                const cols = [`${name}_type`, `${name}_id`];
                const indexName = arg(args, 1, 'indexName');
                this.dropIndexCommand('dropIndex', 'index', indexName ?? cols, line);
                this.command('dropColumn', { columns: cols }, line);
                return { done: true };
            }
            case 'renameColumn':
                return {
                    command: this.command('renameColumn', { from: blueprint_str(arg(args, 0, 'from'), 'column'), to: blueprint_str(arg(args, 1, 'to'), 'column') }, line),
                };
            case 'renameIndex':
                return {
                    command: this.command('renameIndex', { from: blueprint_str(arg(args, 0, 'from'), 'index'), to: blueprint_str(arg(args, 1, 'to'), 'index') }, line),
                };
            case 'rename':
                return { command: this.command('rename', { to: blueprint_str(arg(args, 0, 'to'), 'table name') }, line) };
            case 'drop':
            case 'dropIfExists':
                return { command: this.command(method, {}, line) };
            case 'engine':
            case 'charset':
            case 'collation':
            case 'comment':
                this.def[method] = blueprint_str(arg(args, 0, method), method);
                return { done: true };
            case 'temporary':
                this.def.temporary = true;
                return { done: true };
            case 'create':
                this.def.creating = true;
                return { done: true };
            default:
                throw new BlueprintError(`Blueprint::${method}() is not understood`);
        }
    }
    /** The model's key as foreignIdFor() reads it; Laravel's defaults for a class the app does not declare. */
    modelKey(model) {
        const found = this.settings.modelKey?.(model.replace(/^\\/, ''));
        return found ?? { method: 'foreignId', foreignKey: `${(0,naming/* snake */.t9)(model.split('\\').pop())}_id` };
    }
    legacyMorphs(args, nullable, line) {
        const name = blueprint_str(arg(args, 0, 'name'), 'morph name');
        const id = this.addColumn('integer', `${name}_id`, { autoIncrement: false, unsigned: true }, line);
        const type = this.addColumn('string', `${name}_type`, { length: null }, line);
        if (nullable) {
            id.attrs.nullable = true;
            type.attrs.nullable = true;
        }
        this.indexCommand('index', [`${name}_id`, `${name}_type`], arg(args, 1, 'indexName'), line);
        return { done: true };
    }
    /** A call chained on a fluent object: column modifiers, `constrained()`, foreign key actions. */
    modify(fluent, method, args, line) {
        if ('done' in fluent)
            throw new BlueprintError(`->${method}() is not understood here`);
        if ('column' in fluent) {
            const col = fluent.column;
            if (col.foreignable && method === 'constrained') {
                const column = blueprint_str(arg(args, 1, 'column') ?? 'id', 'column');
                const tableArg = arg(args, 0, 'table');
                const suffix = `_${column}`;
                const base = col.name.endsWith(suffix) ? col.name.slice(0, -suffix.length) : col.name;
                const on = tableArg === null || tableArg === undefined ? (0,naming/* plural */.LS)(base) : blueprint_str(tableArg, 'table');
                const indexName = arg(args, 2, 'indexName');
                const cmd = this.indexCommand('foreign', [col.name], indexName, line);
                cmd.attrs.references = [column];
                cmd.attrs.on = on;
                return { command: cmd };
            }
            if (col.foreignable && method === 'references') {
                const cmd = this.indexCommand('foreign', [col.name], null, line);
                cmd.attrs.references = strList(arg(args, 0, 'column'), 'column');
                return { command: cmd };
            }
            col.attrs[method] = args.positional.length > 0 ? args.positional[0] : true;
            return fluent;
        }
        const cmd = fluent.command;
        const action = /^(cascade|restrict|null|noAction)On(Delete|Update)$/.exec(method);
        if (action) {
            const word = { cascade: 'cascade', restrict: 'restrict', null: 'set null', noAction: 'no action' }[action[1]];
            cmd.attrs[action[2] === 'Delete' ? 'onDelete' : 'onUpdate'] = word;
            return fluent;
        }
        switch (method) {
            case 'references':
                cmd.attrs.references = strList(args.positional[0], 'column');
                return fluent;
            case 'on':
                cmd.attrs.on = blueprint_str(args.positional[0], 'table');
                return fluent;
            case 'onDelete':
            case 'onUpdate':
                cmd.attrs[method] = blueprint_str(args.positional[0], method);
                return fluent;
            default:
                // Commands are plain Fluent objects in Laravel: any other call only sets an attribute
                // (so `->constrained()->nullable()` leaves the column NOT NULL there too).
                cmd.attrs[method] = args.positional.length > 0 ? args.positional[0] : true;
                return fluent;
        }
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/chain.ts
/**
 * Call chains as the migration interpreter reads them: `$table->string('a')->nullable()` is the root
 * `$table` and its calls in source order; `Schema::connection('x')->create(…)` the root `Schema`;
 * `$this->schema->create(…)` the root `$this->schema` (a property holding a schema builder).
 */

/**
 * The chain of a call expression, or null when one of its method names is dynamic (`$t->$method()`).
 * Property steps end the chain at the outermost one: `$this->schema->create()` has the root `$this->schema`.
 */
function chainOf(expr) {
    const { root, steps } = flatten(expr);
    const lastProp = steps.map((s) => s.kind).lastIndexOf('prop');
    const calls = steps.slice(lastProp + 1);
    const links = [];
    for (const step of calls) {
        if (step.name === null)
            return null;
        links.push({ method: step.name, args: step.args, line: lineOf(step.node) });
    }
    return { root: lastProp >= 0 ? steps[lastProp].node : root, links };
}
/** `$this->prop` when the node is a property of the migration itself, else null. */
function thisProperty(node) {
    if (node.kind !== 'propertylookup' || variableName(node.what) !== 'this')
        return null;
    return node.offset?.kind === 'identifier' ? String(node.offset.name) : null;
}
/** `Artisan::call()`, `$t->foo()->bar()`: how a chain that is not understood is named in reports. */
function describeChain(chain) {
    const { root, links } = chain;
    const variable = variableName(root);
    const head = variable !== null ? `$${variable}` : (classNameOf(root) ?? root.kind);
    const sep = root.kind === 'name' ? '::' : '->';
    return `${head}${sep}${links.map((l) => `${l.method}()`).join('->')}`;
}

;// CONCATENATED MODULE: ./src/schema/ddl.ts
/**
 * Renders the final schema as MariaDB DDL, in the words Laravel's MySQL grammar uses (`bigint unsigned`,
 * `varchar(255)`, `collate 'utf8mb4_unicode_ci'`): one CREATE TABLE per table with its indexes inline, then
 * the foreign keys once every table exists.
 */
const DEFAULT_CHARSET = 'utf8mb4';
const DEFAULT_COLLATION = 'utf8mb4_unicode_ci';
function quoteIdent(name) {
    return '`' + name.replace(/`/g, '``') + '`';
}
function quoteString(value) {
    return "'" + value.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
}
const columnList = (cols, subParts) => cols.map((c, i) => quoteIdent(c) + (subParts?.[i] ? `(${subParts[i]})` : '')).join(', ');
function renderColumn(c) {
    let sql = `${quoteIdent(c.name)} ${c.type}`;
    if (c.charset)
        sql += ` character set ${c.charset}`;
    if (c.collation)
        sql += ` collate ${quoteString(c.collation)}`;
    if (c.generated) {
        sql += ` as (${c.generated.expression})${c.generated.stored ? ' stored' : ''}`;
        if (!c.nullable)
            sql += ' not null';
    }
    else {
        sql += c.nullable ? ' null' : ' not null';
    }
    if (c.default !== null && c.default !== undefined && !c.generated)
        sql += ` default ${c.default}`;
    if (c.onUpdate)
        sql += ` on update ${c.onUpdate}`;
    if (c.autoIncrement)
        sql += ' auto_increment';
    if (c.comment !== undefined && c.comment !== '')
        sql += ` comment ${quoteString(c.comment)}`;
    return sql;
}
function renderIndex(i) {
    const cols = columnList(i.columns, i.subParts);
    if (i.primary)
        return `primary key (${cols})`;
    if (i.kind === 'fulltext')
        return `fulltext key ${quoteIdent(i.name)} (${cols})`;
    if (i.kind === 'spatial')
        return `spatial key ${quoteIdent(i.name)} (${cols})`;
    return `${i.unique ? 'unique key' : 'key'} ${quoteIdent(i.name)} (${cols})`;
}
function ddl_renderForeignKey(table, fk) {
    let sql = `alter table ${quoteIdent(table)} add constraint ${quoteIdent(fk.name)} foreign key (${columnList(fk.columns)})` +
        ` references ${quoteIdent(fk.refTable)} (${columnList(fk.refColumns)})`;
    // RESTRICT is the default; written out, MariaDB 10.11 records it as NO ACTION when the key is added with
    // FOREIGN_KEY_CHECKS=0, so it is left implicit (information_schema then says RESTRICT, as Laravel's does).
    if (fk.onDelete && fk.onDelete.toUpperCase() !== 'RESTRICT')
        sql += ` on delete ${fk.onDelete}`;
    if (fk.onUpdate && fk.onUpdate.toUpperCase() !== 'RESTRICT')
        sql += ` on update ${fk.onUpdate}`;
    return sql;
}
/** CREATE TABLE with columns and indexes; foreign keys are left to renderSchemaDdl. */
function ddl_renderCreateTable(table) {
    const parts = [...table.columns.map(renderColumn), ...table.indexes.map(renderIndex)];
    let sql = `create table ${quoteIdent(table.name)} (${parts.join(', ')})`;
    sql += ` default character set ${table.charset ?? DEFAULT_CHARSET}`;
    sql += ` collate ${quoteString(table.collation ?? defaultCollation(table.charset))}`;
    if (table.engine)
        sql += ` engine = ${table.engine}`;
    if (table.comment)
        sql += ` comment = ${quoteString(table.comment)}`;
    return sql;
}
/** A table charset other than utf8mb4 without a collation gets that charset's default collation from MariaDB. */
function defaultCollation(charset) {
    if (!charset || charset === DEFAULT_CHARSET)
        return DEFAULT_COLLATION;
    return charset === 'utf8' || charset === 'utf8mb3' ? 'utf8mb3_unicode_ci' : `${charset}_general_ci`;
}
/** Every table, then every foreign key: no ordering problem between tables that reference each other. */
function renderSchemaDdl(schema) {
    const out = schema.tables.map(ddl_renderCreateTable);
    for (const t of schema.tables)
        for (const fk of t.foreignKeys)
            out.push(ddl_renderForeignKey(t.name, fk));
    return out;
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/grammar.ts
/**
 * Laravel's MySQL schema grammar, re-told against the in-memory fold: column types and modifiers as
 * MySqlGrammar renders them, and a Blueprint's commands applied in the order Blueprint::build runs them
 * (changed columns, added columns, explicit commands as written, then the indexes declared on columns).
 */



const SERIALS = new Set(['bigInteger', 'integer', 'mediumInteger', 'smallInteger', 'tinyInteger']);
function num(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
        return Number(v);
    return null;
}
function enumList(allowed) {
    const values = Array.isArray(allowed) ? allowed : isKeyedArray(allowed) ? Object.values(allowed) : [];
    return values.map((v) => quoteString(String(v))).join(', ');
}
const GEOMETRY_SUBTYPES = new Set([
    'point',
    'linestring',
    'polygon',
    'geometrycollection',
    'multipoint',
    'multilinestring',
    'multipolygon',
]);
function doubleType(a) {
    const total = num(a.total);
    const places = num(a.places);
    return total && places ? `double(${total}, ${places})` : 'double';
}
/** MySqlGrammar::type*() (Laravel 8 words; Laravel 11+ where the column says so). */
function grammar_columnType(def) {
    const a = def.attrs;
    const precision = num(a.precision);
    const withPrecision = (base) => (precision ? `${base}(${precision})` : base);
    switch (def.type) {
        case 'char':
            return `char(${a.length})`;
        case 'string':
            return `varchar(${a.length})`;
        case 'tinyText':
            return 'tinytext';
        case 'text':
            return 'text';
        case 'mediumText':
            return 'mediumtext';
        case 'longText':
            return 'longtext';
        case 'bigInteger':
            return 'bigint';
        case 'integer':
            return 'int';
        case 'mediumInteger':
            return 'mediumint';
        case 'tinyInteger':
            return 'tinyint';
        case 'smallInteger':
            return 'smallint';
        case 'float':
            // Laravel 11+: float($column, $precision = 53).
            if (a.precision !== undefined && a.total === undefined)
                return num(a.precision) ? `float(${num(a.precision)})` : 'float';
            return doubleType(a);
        case 'double':
            return doubleType(a);
        case 'decimal':
            return `decimal(${num(a.total) ?? 8}, ${num(a.places) ?? 0})`;
        case 'boolean':
            return 'tinyint(1)';
        case 'enum':
            return `enum(${enumList(a.allowed)})`;
        case 'set':
            return `set(${enumList(a.allowed)})`;
        case 'json':
        case 'jsonb':
            return 'json';
        case 'date':
            return 'date';
        case 'dateTime':
        case 'dateTimeTz':
            return withPrecision('datetime');
        case 'time':
        case 'timeTz':
            return withPrecision('time');
        case 'timestamp':
        case 'timestampTz':
            return withPrecision('timestamp');
        case 'year':
            return 'year';
        case 'binary':
            return 'blob';
        case 'uuid':
            return a.nativeUuid ? 'uuid' : 'char(36)';
        case 'geometry': {
            const subtype = typeof a.subtype === 'string' ? a.subtype.toLowerCase() : null;
            return subtype && GEOMETRY_SUBTYPES.has(subtype) ? subtype : 'geometry';
        }
        case 'ipAddress':
            return 'varchar(45)';
        case 'macAddress':
            return 'varchar(17)';
        default:
            // geometry, point, lineString… are the type name in lower case.
            return def.type.toLowerCase();
    }
}
/** Laravel's getDefaultValue: expressions as written, booleans as '0'/'1', everything else quoted. */
function defaultSql(v) {
    if (v instanceof RawSql)
        return v.sql;
    if (typeof v === 'boolean')
        return v ? "'1'" : "'0'";
    return quoteString(String(v));
}
/** The column a definition produces (what the CREATE/ALTER would give MariaDB). */
function toColumn(def) {
    const a = def.attrs;
    const generated = isSet(a.storedAs) || isSet(a.virtualAs);
    const col = {
        name: def.name,
        type: grammar_columnType(def) + (a.unsigned ? ' unsigned' : ''),
        nullable: generated ? a.nullable !== false : Boolean(a.nullable),
        default: null,
    };
    const precision = num(a.precision);
    const current = precision ? `CURRENT_TIMESTAMP(${precision})` : 'CURRENT_TIMESTAMP';
    const timeType = ['timestamp', 'timestampTz', 'dateTime', 'dateTimeTz'].includes(def.type);
    if (timeType && a.useCurrent)
        col.default = current;
    else if (isSet(a.default))
        col.default = defaultSql(a.default);
    if (timeType && a.useCurrentOnUpdate)
        col.onUpdate = current;
    if (SERIALS.has(def.type) && a.autoIncrement)
        col.autoIncrement = true;
    if (isSet(a.storedAs))
        col.generated = { expression: exprText(a.storedAs), stored: true };
    else if (isSet(a.virtualAs))
        col.generated = { expression: exprText(a.virtualAs), stored: false };
    if (isSet(a.comment))
        col.comment = String(a.comment);
    if (isSet(a.charset))
        col.charset = String(a.charset);
    if (isSet(a.collation))
        col.collation = String(a.collation);
    return col;
}
function isSet(v) {
    return v !== undefined && v !== null;
}
function exprText(v) {
    return v instanceof RawSql ? v.sql : String(v);
}
/**
 * `->change()` as Laravel 8 does it through Doctrine DBAL: the new type replaces the old, and a modifier
 * that the call does not mention (nullable, default, comment) keeps the column's current value.
 */
function changedColumn(current, def) {
    const next = toColumn(def);
    const a = def.attrs;
    const out = { ...current, name: def.name, type: next.type, autoIncrement: next.autoIncrement };
    if (!out.autoIncrement)
        delete out.autoIncrement;
    if ('nullable' in a)
        out.nullable = next.nullable;
    if ('default' in a || 'useCurrent' in a)
        out.default = next.default;
    if ('useCurrentOnUpdate' in a)
        out.onUpdate = next.onUpdate;
    if ('comment' in a)
        out.comment = next.comment;
    if ('charset' in a)
        out.charset = next.charset;
    if ('collation' in a)
        out.collation = next.collation;
    if (!/char|text|enum|set/.test(out.type)) {
        delete out.charset;
        delete out.collation;
    }
    return out;
}
/**
 * The Blueprint types Laravel 10 and older can `->change()`: those with a Doctrine DBAL type (bigInteger
 * → bigint, mediumText/longText → text with a length, binary → blob, uuid → guid, the rest by name).
 * Any other (double, char, enum, tinyInteger, timestamp, year…) fails with Doctrine's "Unknown column
 * type" (checked against Laravel 8.83 on MariaDB).
 */
const DOCTRINE_TYPES = new Set([
    'bigInteger',
    'smallInteger',
    'integer',
    'string',
    'text',
    'mediumText',
    'longText',
    'binary',
    'uuid',
    'boolean',
    'date',
    'dateTime',
    'dateTimeTz',
    'decimal',
    'float',
    'json',
    'time',
]);
/** Doctrine's float is DOUBLE PRECISION without total and places: `float('x', 6, 2)->change()` is `double`. */
function doctrineFloat(def) {
    if (def.type !== 'float')
        return def;
    return { ...def, type: 'double', attrs: { ...def.attrs, total: null, places: null, precision: null } };
}
const FLUENT_INDEXES = ['primary', 'unique', 'index', 'fulltext', 'fullText', 'spatialIndex'];
/** Applies one Blueprint to the fold in Laravel's order; every failing step is reported, the rest goes on. */
function applyBlueprint(fold, bp, file, line) {
    const errors = [];
    const fail = (at, msg) => {
        if (msg)
            errors.push({ line: at, message: msg });
        return msg;
    };
    let table = bp.table;
    const tableOptions = {
        engine: bp.engine,
        charset: bp.charset,
        collation: bp.collation,
        comment: bp.comment,
    };
    const added = bp.columns.filter((c) => !c.attrs.change);
    const changed = bp.columns.filter((c) => c.attrs.change);
    if (!bp.fullChange) {
        // Laravel compiles the whole Blueprint before running any of it: one refused change runs nothing.
        const refused = changed.find((c) => !DOCTRINE_TYPES.has(c.type));
        if (refused) {
            fail(refused.line, `Unknown column type "${refused.type.toLowerCase()}" requested: Laravel before 11 changes columns ` +
                'through Doctrine DBAL, which has no such type, so nothing of this Blueprint runs');
            return errors;
        }
    }
    if (bp.creating) {
        const origin = { file, line };
        if (fail(line, fold.createTable(table, { ...tableOptions, origin })))
            return errors;
    }
    else {
        if (!fold.hasTable(table)) {
            // Schema::dropIfExists on a missing table is a no-op, as in MariaDB.
            if (bp.commands.length > 0 && bp.commands.every((c) => c.name === 'dropIfExists'))
                return errors;
            fail(line, `Table '${table}' doesn't exist`);
            return errors;
        }
        for (const [k, v] of Object.entries(tableOptions)) {
            if (v)
                fold.setTableOption(table, k, v);
        }
        for (const def of changed) {
            const current = fold.column(table, def.name);
            if (!current) {
                fail(def.line, `Unknown column '${def.name}' in '${table}'`);
                continue;
            }
            const next = {
                ...(bp.fullChange ? toColumn(def) : changedColumn(current, doctrineFloat(def))),
                origin: { file, line: def.line },
            };
            fail(def.line, fold.replaceColumn(table, def.name, next));
        }
    }
    for (const def of added) {
        const position = isSet(def.attrs.after)
            ? { after: String(def.attrs.after) }
            : def.attrs.first
                ? { first: true }
                : null;
        const col = { ...toColumn(def), origin: { file, line: def.line } };
        if (fail(def.line, fold.addColumn(table, col, bp.creating ? null : position)))
            continue;
        if (col.autoIncrement) {
            // Laravel writes `auto_increment primary key` on the column itself.
            fail(def.line, fold.addIndex(table, {
                name: 'PRIMARY',
                columns: [def.name],
                unique: true,
                primary: true,
                kind: 'btree',
            }));
        }
    }
    for (const cmd of bp.commands) {
        const renamed = applyCommand(fold, table, cmd, fail, file);
        if (renamed)
            table = renamed;
    }
    for (const def of bp.columns) {
        for (const key of FLUENT_INDEXES) {
            const v = def.attrs[key];
            if (v === undefined)
                continue;
            const type = key === 'fullText' ? 'fulltext' : key;
            const name = v === true || v === false || v === null ? defaultIndexName(table, type, [def.name]) : String(v);
            fail(def.line, fold.addIndex(table, makeIndex(type, name, [def.name])));
            break;
        }
    }
    return errors;
}
function defaultIndexName(table, type, columns) {
    return `${table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
}
function makeIndex(type, name, columns) {
    if (type === 'primary')
        return { name: 'PRIMARY', columns, unique: true, primary: true, kind: 'btree' };
    if (type === 'fulltext')
        return { name, columns, unique: false, kind: 'fulltext' };
    if (type === 'spatialIndex')
        return { name, columns, unique: false, kind: 'spatial' };
    return { name, columns, unique: type === 'unique', kind: 'btree' };
}
function withSubParts(index, a) {
    const parts = a.subParts;
    if (Array.isArray(parts))
        index.subParts = parts.map((p) => (typeof p === 'number' ? p : null));
    return index;
}
function strs(v) {
    return Array.isArray(v) ? v.map(String) : v === undefined || v === null ? [] : [String(v)];
}
/** Returns the table's new name when the command renamed it. */
function applyCommand(fold, table, cmd, fail, file) {
    const a = cmd.attrs;
    const at = cmd.line;
    switch (cmd.name) {
        case 'index':
        case 'unique':
        case 'primary':
        case 'fulltext':
        case 'spatialIndex':
            fail(at, fold.addIndex(table, withSubParts(makeIndex(cmd.name, String(a.index), strs(a.columns)), a)));
            return null;
        case 'foreign': {
            if (!isSet(a.on)) {
                fail(at, `foreign key ${a.index} has no ->on(table)`);
                return null;
            }
            fail(at, fold.addForeignKey(table, {
                name: String(a.index),
                columns: strs(a.columns),
                refTable: String(a.on),
                refColumns: strs(a.references ?? 'id'),
                ...(isSet(a.onDelete) ? { onDelete: String(a.onDelete).toUpperCase() } : {}),
                ...(isSet(a.onUpdate) ? { onUpdate: String(a.onUpdate).toUpperCase() } : {}),
                origin: { file, line: at },
            }));
            return null;
        }
        case 'dropColumn':
            for (const c of strs(a.columns))
                fail(at, fold.dropColumn(table, c));
            return null;
        case 'renameColumn':
            fail(at, fold.renameColumn(table, String(a.from), String(a.to)));
            return null;
        case 'dropPrimary':
            fail(at, fold.dropIndex(table, 'PRIMARY'));
            return null;
        case 'dropUnique':
        case 'dropIndex':
        case 'dropFullText':
        case 'dropSpatialIndex':
            fail(at, fold.dropIndex(table, String(a.index)));
            return null;
        case 'dropForeign':
            fail(at, fold.dropForeignKey(table, String(a.index)));
            return null;
        case 'renameIndex':
            fail(at, fold.renameIndex(table, String(a.from), String(a.to)));
            return null;
        case 'rename':
            return fail(at, fold.renameTable(table, String(a.to))) ? null : String(a.to);
        case 'drop':
            fail(at, fold.dropTable(table, false));
            return null;
        case 'dropIfExists':
            fail(at, fold.dropTable(table, true));
            return null;
        default:
            fail(at, `${cmd.name} is not understood`);
            return null;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/driver.ts
/**
 * The database connection as migrations ask about it: `DB::getDriverName()`,
 * `DB::connection()->getDriverName()`, `Schema::getConnection()->getDriverName()` and
 * `->getConfig('driver')` answer the driver perf-audit builds for (mysql, or mariadb for Laravel 11+'s
 * mariadb connection), so driver checks and `switch` on the driver are decided as on the app's server.
 * `getTablePrefix()` (and a Blueprint's `getPrefix()`) is '' as the schema is built without a table
 * prefix (index and key names too).
 */

/** A database connection object (what `DB::connection()` returns). */
class DbConnection extends HostValue {
    driver;
    serverVersion;
    constructor(driver, 
    /** VERSION() of the server the schema is built on, when a database is given. */
    serverVersion = null) {
        super();
        this.driver = driver;
        this.serverVersion = serverVersion;
    }
}
/** The Blueprint a closure receives, as a value: `$table->getTable()`, `$table->getPrefix()`. */
class BlueprintRef extends HostValue {
    table;
    constructor(table) {
        super();
        this.table = table;
    }
}
/** The connection's PDO object (`DB::connection()->getPdo()`). */
class PdoHandle extends HostValue {
    conn;
    constructor(conn) {
        super();
        this.conn = conn;
    }
}
/** PDO::ATTR_DRIVER_NAME: PDO's driver is `mysql` for MySQL and MariaDB alike. */
const PDO_ATTR_DRIVER_NAME = 16;
/** PDO::ATTR_SERVER_VERSION: the server's VERSION() text (mysqlnd gives MariaDB's as VERSION() does). */
const PDO_ATTR_SERVER_VERSION = 4;
const DB = new Set(['db', 'illuminate\\support\\facades\\db']);
const SCHEMA = new Set(['schema', 'illuminate\\support\\facades\\schema']);
function connectionAnswer(conn, method, args) {
    switch (method.toLowerCase()) {
        case 'getdrivername':
            return conn.driver;
        case 'getconfig':
            return args[0] === 'driver' ? conn.driver : args[0] === 'prefix' ? '' : undefined;
        case 'gettableprefix':
            return '';
        case 'getpdo':
        case 'getreadpdo':
            return new PdoHandle(conn);
        case 'getserverversion':
            return conn.serverVersion ?? undefined;
        default:
            return undefined;
    }
}
/** The host with the connection's driver known (and the server's version, when a database is given). */
function withDriver(host, driver, serverVersion = null) {
    const conn = new DbConnection(driver, serverVersion);
    return {
        ...host,
        callStatic(fqcn, method, args, node) {
            const cls = fqcn.toLowerCase();
            const m = method.toLowerCase();
            if (DB.has(cls) && m === 'connection')
                return conn;
            if (SCHEMA.has(cls) && (m === 'getconnection' || m === 'connection'))
                return conn;
            if (DB.has(cls)) {
                const v = connectionAnswer(conn, method, args);
                if (v !== undefined)
                    return v;
            }
            return host.callStatic?.(fqcn, method, args, node);
        },
        callObject(target, method, args, node) {
            if (target instanceof BlueprintRef) {
                const m = method.toLowerCase();
                return m === 'gettable' ? target.table : m === 'getprefix' ? '' : undefined;
            }
            if (target instanceof PdoHandle) {
                if (method.toLowerCase() !== 'getattribute')
                    return undefined;
                const { driver, serverVersion } = target.conn;
                if (args[0] === PDO_ATTR_DRIVER_NAME)
                    return driver === 'mysql' || driver === 'mariadb' ? 'mysql' : undefined;
                if (args[0] === PDO_ATTR_SERVER_VERSION)
                    return serverVersion ?? undefined;
                return undefined;
            }
            if (target instanceof DbConnection) {
                if (method.toLowerCase() === 'getconnection')
                    return target;
                return connectionAnswer(target, method, args);
            }
            return host.callObject?.(target, method, args, node);
        },
    };
}
/**
 * The host with `Schema::hasTable()` and the like answered from the migrations run so far, so a guard
 * passed as a value (`rescue_if(Schema::hasColumn('a', 'b'), …)`, `$exists = Schema::hasTable('a')`) is
 * decided as MariaDB would at that point.
 */
function withSchemaState(host, state) {
    return {
        ...host,
        callStatic(fqcn, method, args, node) {
            if (SCHEMA.has(fqcn.toLowerCase())) {
                const [table, second] = args;
                switch (method.toLowerCase()) {
                    case 'hastable':
                        if (typeof table === 'string')
                            return state.hasTable(table);
                        break;
                    case 'hascolumn':
                        if (typeof table === 'string' && typeof second === 'string')
                            return state.hasColumn(table, second);
                        break;
                    case 'hascolumns':
                        if (typeof table === 'string' && Array.isArray(second))
                            return second.every((c) => state.hasColumn(table, String(c)));
                        break;
                    case 'hasindex':
                        if (typeof table === 'string' && typeof second === 'string')
                            return state.hasIndex(table, second);
                        break;
                }
            }
            return host.callStatic?.(fqcn, method, args, node);
        },
        callObject(target, method, args, node) {
            const answer = doctrineAnswer(state, target, method.toLowerCase(), args);
            return answer !== undefined ? answer : host.callObject?.(target, method, args, node);
        },
    };
}
/** Doctrine DBAL's schema manager (`$connection->getDoctrineSchemaManager()`), as Laravel 10 and older give it. */
class DoctrineSchemaManager extends HostValue {
}
/** A table as Doctrine introspects it (`$sm->introspectTable('pages')`, `listTableDetails()`). */
class DoctrineTable extends HostValue {
    name;
    constructor(name) {
        super();
        this.name = name;
    }
}
/**
 * Doctrine's schema reads, answered from the schema so far as Schema::hasIndex() is: a migration that drops
 * an index only `if ($sm->introspectTable('pages')->hasIndex('search'))` is decided as on the app's server.
 */
function doctrineAnswer(state, target, method, args) {
    const [first] = args;
    if (target instanceof DbConnection)
        return method === 'getdoctrineschemamanager' || method === 'createschemamanager'
            ? new DoctrineSchemaManager()
            : undefined;
    if (target instanceof DoctrineSchemaManager) {
        if ((method === 'introspecttable' || method === 'listtabledetails') && typeof first === 'string')
            return new DoctrineTable(first);
        if (method === 'tablesexist' && (typeof first === 'string' || Array.isArray(first)))
            return (Array.isArray(first) ? first : [first]).every((t) => state.hasTable(String(t)));
        return undefined;
    }
    if (target instanceof DoctrineTable) {
        if (method === 'hasindex' && typeof first === 'string')
            return state.hasIndex(target.name, first);
        if (method === 'hascolumn' && typeof first === 'string')
            return state.hasColumn(target.name, first);
        if (method === 'getname')
            return target.name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/migration-class.ts
/**
 * The migration class of a file, found through the class index: `return new class extends Migration {…}`
 * (fqcn `class@anonymous <file>:<line>`) or a named class, with its up() (own, inherited or from a trait)
 * and the properties its constructor sets to a schema builder.
 */


const byFile = new WeakMap();
function classesIn(index, file) {
    let files = byFile.get(index);
    if (!files) {
        files = new Map();
        for (const decl of index.classes) {
            if (decl.kind !== 'class')
                continue;
            const list = files.get(decl.file) ?? [];
            list.push(decl);
            files.set(decl.file, list);
        }
        byFile.set(index, files);
    }
    return files.get(file) ?? [];
}
/** The first class of the file that has an up() with a body. */
function findMigrationClass(index, file) {
    for (const decl of classesIn(index, file)) {
        const up = index.method(decl.fqcn, 'up');
        const node = up?.node;
        if (!up || !node || up.summary.isAbstract)
            continue;
        const ctor = index.method(decl.fqcn, '__construct')?.node ?? null;
        return {
            index,
            decl,
            up: { decl: up.decl, summary: up.summary, node },
            schemaProps: schemaProperties(ctor),
        };
    }
    return null;
}
/** `$this->schema = Schema::connection(...)` in the constructor (Telescope's migrations do this). */
function schemaProperties(ctor) {
    const props = new Set();
    for (const st of ctor ? bodyStatements(ctor) : []) {
        const e = st.kind === 'expressionstatement' ? child(st, 'expression') : null;
        if (e?.kind !== 'assign')
            continue;
        const prop = thisProperty(e.left);
        const right = child(e, 'right');
        const cls = right?.kind === 'call' ? classNameOf(flatten(right).root) : null;
        if (prop && cls && baseName(cls) === 'Schema')
            props.add(prop);
    }
    return props;
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/touched.ts
/**
 * What a migration statement that was not understood may have changed, so that its problems make the
 * right tables uncertain: inside a Blueprint closure, that closure's table (and the column the statement
 * names) when the statement names the Blueprint; elsewhere, and for the closure's other statements, the
 * tables the statement's own Schema calls name. A statement whose calls only read
 * or write rows (`DB::table()`, a model's `all()->each()`, PHP functions) changes no table. Anything that may
 * reach the schema unseen makes the touch unknown: a Schema call whose table cannot be evaluated, raw SQL,
 * a migration helper, a static call that is not a query.
 */




/** Schema facade methods whose first argument (and rename's second) is a table they change. */
const TABLE_METHODS = new Set(['create', 'table', 'drop', 'dropIfExists', 'rename', 'dropColumns']);
/** Ways a static call starts a query on rows (`DB::table()`, `Model::where()`, `Model::all()`): no schema change. */
const ROW_STARTERS = new Set([
    'table',
    'select',
    'insert',
    'insertGetId',
    'insertOrIgnore',
    'update',
    'upsert',
    'delete',
    'transaction',
    'beginTransaction',
    'commit',
    'rollBack',
    'all',
    'query',
    'where',
    'whereIn',
    'whereNull',
    'whereNotNull',
    'find',
    'findOrFail',
    'first',
    'firstOrCreate',
    'firstOrNew',
    'updateOrCreate',
    'create',
    'destroy',
    'get',
    'pluck',
    'each',
    'chunk',
    'chunkById',
    'cursor',
    'lazy',
    'with',
    'withTrashed',
    'orderBy',
    'count',
    'exists',
    'max',
    'min',
    'truncate',
].map((m) => m.toLowerCase()));
/** A string the node evaluates to in this frame, or null when it is not known statically. */
function touched_stringValue(node, frame) {
    if (!node)
        return null;
    try {
        const v = frame_valueOf(node, frame);
        return typeof v === 'string' ? v : null;
    }
    catch {
        return null;
    }
}
/** The column a Blueprint statement names first (`$table->string('x')->…`), when it is one string. */
function blueprintColumn(st, variable, frame) {
    const expr = st.kind === 'expressionstatement' ? st.expression : null;
    const chain = expr?.kind === 'call' ? chainOf(expr) : null;
    if (!chain || variableName(chain.root) !== variable)
        return undefined;
    return touched_stringValue(chain.links[0]?.args[0], frame) ?? undefined;
}
function touchOf(st, frame, facade, table) {
    // A statement of a Blueprint closure that never names the Blueprint (`$first = DB::table('users')->first()`
    // before a data update) changes the closure's table no more than it would outside it.
    if (table && namesVariable(st, table.variable)) {
        const column = blueprintColumn(st, table.variable, frame);
        return { tables: [table.table], ...(column ? { column } : {}), unknown: false };
    }
    const tables = new Set();
    let unknown = false;
    forEachAction(st, (node) => {
        if (ownCallTarget(node)) {
            unknown = true;
            return;
        }
        const chain = chainOf(node);
        const links = chain ? facade(chain) : null;
        if (!chain || !links) {
            if (!chain || reachesSchema(chain))
                unknown = true;
            return;
        }
        const first = links[0];
        if (!first || !TABLE_METHODS.has(first.method))
            return;
        const names = first.method === 'rename' ? first.args.slice(0, 2) : first.args.slice(0, 1);
        for (const arg of names) {
            const name = touched_stringValue(arg, frame);
            if (name === null)
                unknown = true;
            else
                tables.add(name);
        }
    });
    return { tables: [...tables], unknown };
}
/** Whether `$name` appears anywhere in the statement, closures and arguments included. */
function namesVariable(node, name) {
    let found = false;
    ast_walk(node, (n) => {
        if (!found && n.kind === 'variable' && variableName(n) === name)
            found = true;
    });
    return found;
}
/**
 * The calls a statement makes as actions: each chain once (its outermost call), and the calls inside closures
 * passed to it (their bodies run). Calls that only compute an argument (`Carbon::now()`, `Str::slug($x)`)
 * are values, not actions.
 */
function forEachAction(root, visit) {
    const go = (node) => {
        if (node.kind !== 'call') {
            for (const c of childNodes(node))
                go(c);
            return;
        }
        visit(node);
        const chain = chainOf(node);
        if (!chain)
            return;
        // A function call (`collect($x)`, `array_map(fn, $x)`) is its own root.
        if (chain.links.length === 0)
            return closures(children(node, 'arguments'));
        if (chain.root.kind === 'call')
            go(chain.root);
        for (const link of chain.links)
            closures(link.args);
    };
    const closures = (args) => {
        for (const arg of args) {
            const value = arg.kind === 'namedargument' ? arg.value : arg;
            if (isFunctionLike(value))
                go(value);
        }
    };
    go(root);
}
/**
 * Whether a call that is not a Schema call may change the schema unseen: raw SQL (`DB::statement`), a static
 * call that does not start a row query (an app helper, `Artisan::call`), `->up()` of another migration.
 * PHP functions and calls on variables (`$row->save()`) only touch rows.
 */
function reachesSchema(chain) {
    if (chain.links.some((l) => l.method === 'up' || l.method === 'down'))
        return true;
    const cls = classNameOf(chain.root);
    if (!cls)
        return false;
    const links = baseName(cls) === 'DB' && chain.links[0]?.method === 'connection' ? chain.links.slice(1) : chain.links;
    const first = links[0]?.method.toLowerCase();
    return first === undefined || !ROW_STARTERS.has(first);
}
/** Problems from `from` on without a touch get this statement's (computed once, only when needed). */
function attributeProblems(problems, from, touch) {
    let found = null;
    for (let i = from; i < problems.length; i++) {
        if (problems[i].touches)
            continue;
        found ??= touch();
        problems[i].touches = found;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/interpret.ts
/**
 * Runs a migration's `up()` against the in-memory fold, the way PHP would for the statements migrations
 * use: Schema facade calls with their Blueprint closures, DB::statement/unprepared, hasTable/hasColumn
 * guards (answered from the schema built so far), loops over literal arrays, local variables, and the
 * migration's own helpers (`$this->createFooTable()`, `self::make($name)`, trait and parent methods),
 * followed with their arguments bound under a depth budget. Anything else becomes a Problem at its line and the rest of the file goes on.
 */














/** `Model::unguard()` / `reguard()` before a data fix: how attributes are filled, no schema. */
const UNGUARD = new Set(['unguard', 'reguard']);
/** Facade calls that touch data, not schema: nothing to build. */
const DATA_FACADE_METHODS = new Set([
    'table',
    'insert',
    'update',
    'delete',
    'select',
    'transaction',
    'commit',
    'beginTransaction',
    'rollBack',
]);
const NO_OP_SCHEMA_METHODS = new Set([
    'disableForeignKeyConstraints',
    'enableForeignKeyConstraints',
    'hasTable',
    'hasColumn',
    'hasColumns',
    'getColumnListing',
]);
/** The schema builder's methods the interpreter acts on, by lower-case name (PHP's are case-insensitive). */
const SCHEMA_METHODS = new Map([
    'connection',
    'create',
    'table',
    'rename',
    'drop',
    'dropIfExists',
    'dropColumns',
    'defaultStringLength',
    'morphUsingUuids',
    'morphUsingUlids',
    'withoutForeignKeyConstraints',
    'hasIndex',
    ...NO_OP_SCHEMA_METHODS,
].map((m) => [m.toLowerCase(), m]));
function schemaLinks(links) {
    return links.map((l) => ({ ...l, method: SCHEMA_METHODS.get(l.method.toLowerCase()) ?? l.method }));
}
/** `return` in a method body: the method ends there. */
class Stop {
}
/** `break` / `continue`: the innermost loop or switch ends, or goes on with its next round. */
class Break {
}
class Continue {
}
/**
 * A schema statement MariaDB refuses inside a `try` with a `catch` (`try { $table->dropForeign([…]); }
 * catch (\Exception $e) {}`): the query exception ends the try body and the catch runs. The app expects the
 * refusal, so it is no problem of the schema: nothing changed, as in production.
 */
class Refused {
}
/** Catch clauses that take the exception a refused statement throws (Laravel's QueryException, a PDOException). */
const CAUGHT_TYPES = new Set(['exception', 'throwable', 'pdoexception', 'queryexception']);
function catchesRefusal(clause) {
    const types = clause.what ?? [];
    return types.some((t) => CAUGHT_TYPES.has(String(t.name ?? '')
        .split('\\')
        .pop()
        .toLowerCase()));
}
/** Runs `body` as a try body whose catch takes a refusal: a refused statement there throws Refused. */
function catchingRefusals(ctx, body) {
    ctx.catching = (ctx.catching ?? 0) + 1;
    try {
        body();
    }
    finally {
        ctx.catching--;
    }
}
function problemAt(ctx, line, message, construct) {
    ctx.problems.push({ location: { file: ctx.file, line }, message, ...(construct ? { construct } : {}) });
}
function stringArg(args, i, what, node) {
    const v = args.positional[i];
    if (typeof v === 'string')
        return v;
    throw new NotStatic(node, `${what} is not a literal string`);
}
function runMigration(program, ctx) {
    const host = withSchemaState(ctx.host ?? defaultHost(), ctx.fold);
    const found = (ctx.index ? findMigrationClass(ctx.index, ctx.file) : null) ??
        findMigrationClass(class_index_indexOfFiles([{ path: ctx.file, ast: program }], host), ctx.file);
    if (!found) {
        problemAt(ctx, 1, 'no migration class with an up() method was found', 'migration class');
        return;
    }
    const run = { ...ctx, host, budget: ctx.budget ?? new WorkBudget(), schemaProps: found.schemaProps };
    run.budget.startFile();
    const env = { index: found.index, host, calls: new CallBudget() };
    try {
        runMethod(found.up, new Frame(env, found.up.decl, found.decl.fqcn, new Map()), run);
    }
    catch (err) {
        if (err instanceof LimitReached)
            problemAt(run, lineOf(found.up.node), err.message, 'work limit');
        else
            throw err;
    }
}
/** Runs a method's body as migration statements, in its own file; `return` ends the method only. */
function runMethod(method, frame, run, table) {
    const here = method.decl.file === run.file ? run : { ...run, file: method.decl.file };
    try {
        runBlock(method.node ? bodyStatements(method.node) : [], frame, here, table);
    }
    catch (err) {
        // `break` outside a loop ends the method too (PHP refuses to compile it).
        if (!(err instanceof Stop || err instanceof Break || err instanceof Continue))
            throw err;
    }
}
function runBlock(statements, frame, ctx, table) {
    for (const st of statements)
        runStatement(st, frame, ctx, table);
}
function newTable(variable, builder) {
    return { variable, builder, fluents: new Map() };
}
/** One statement; what it left not understood is attributed to the tables it touched (touched.ts). */
function runStatement(st, frame, ctx, table) {
    const before = ctx.problems.length;
    try {
        runOneStatement(st, frame, ctx, table);
    }
    finally {
        attributeProblems(ctx.problems, before, () => touchOf(st, frame, (chain) => schemaFacade(chain, ctx), table && { variable: table.variable, table: table.builder.def.table }));
    }
}
function runOneStatement(st, frame, ctx, table) {
    const line = lineOf(st);
    ctx.budget.step();
    try {
        switch (st.kind) {
            case 'expressionstatement':
                return runExpression(st.expression, frame, ctx, table);
            case 'block':
                return runBlock(st.children, frame, ctx, table);
            case 'if': {
                const branch = condition(st.test, frame, ctx) ? st.body : st.alternate;
                if (!branch)
                    return;
                if (branch.kind === 'block')
                    return runBlock(branch.children, frame, ctx, table);
                return runStatement(branch, frame, ctx, table);
            }
            case 'foreach': {
                const entries = entriesOf(frame_valueOf(st.source, frame)) ?? [];
                const body = st.body?.kind === 'block' ? st.body.children : st.body ? [st.body] : [];
                const keyName = variableName(st.key);
                const valueName = variableName(st.value);
                for (const [k, v] of entries) {
                    if (keyName !== null)
                        frame.vars.set(keyName, k);
                    if (valueName !== null)
                        frame.vars.set(valueName, v);
                    else
                        throw new NotStatic(st.value, 'foreach target');
                    try {
                        runBlock(body, frame, ctx, table);
                    }
                    catch (err) {
                        if (err instanceof Break)
                            break;
                        if (!(err instanceof Continue))
                            throw err;
                    }
                }
                return;
            }
            case 'try': {
                // The catch blocks run only when the try body throws: here, when MariaDB refuses one of its schema
                // statements and a catch takes that exception. A migration Laravel completes ran its finally block.
                const handler = (st.catches ?? []).find(catchesRefusal);
                const body = () => runBlock(st.body?.children ?? [], frame, ctx, table);
                try {
                    if (handler)
                        catchingRefusals(ctx, body);
                    else
                        body();
                }
                catch (err) {
                    if (!(err instanceof Refused) || !handler)
                        throw err;
                    runBlock(handler.body?.children ?? [], frame, ctx, table);
                }
                if (st.always)
                    runBlock(st.always.children ?? [], frame, ctx, table);
                return;
            }
            case 'switch':
                return runSwitch(st, frame, ctx, table);
            case 'break':
                throw new Break();
            case 'continue':
                throw new Continue();
            case 'return':
                // `return rescue_if(…)` / `return $this->make()`: what the returned expression does still happens.
                if (st.expr)
                    runExpression(st.expr, frame, ctx, table);
                throw new Stop();
            case 'inline':
            case 'noop':
                return;
            default:
                problemAt(ctx, line, `${st.kind} statement is not understood in a migration`, st.kind);
        }
    }
    catch (err) {
        if (err instanceof Stop || err instanceof Break || err instanceof Continue || err instanceof Refused)
            throw err;
        if (err instanceof NotStatic) {
            problemAt(ctx, lineOf(err.node, line), `cannot know statically: ${err.message}`, 'dynamic value');
            return;
        }
        if (err instanceof BlueprintError) {
            problemAt(ctx, line, err.message, 'Blueprint');
            return;
        }
        throw err;
    }
}
/** `switch`: the first case equal (==) to the value, else `default`, running on until `break`. */
function runSwitch(st, frame, ctx, table) {
    const value = frame_valueOf(st.test, frame);
    const cases = st.body?.children ?? [];
    let start = -1;
    for (const [i, c] of cases.entries()) {
        if (c.test && looseEquals(value, frame_valueOf(c.test, frame)) === true) {
            start = i;
            break;
        }
    }
    if (start < 0)
        start = cases.findIndex((c) => !c.test);
    if (start < 0)
        return;
    try {
        for (const c of cases.slice(start))
            runBlock(c.body?.children ?? [], frame, ctx, table);
    }
    catch (err) {
        if (!(err instanceof Break))
            throw err;
    }
}
/** Conditions: literals, !, &&, ||, Schema::hasTable/hasColumn/hasColumns/hasIndex on the schema so far. */
function condition(node, frame, ctx) {
    if (node.kind === 'unary' && node.type === '!')
        return !condition(node.what, frame, ctx);
    if (node.kind === 'parenthesis')
        return condition(node.inner, frame, ctx);
    if (node.kind === 'bin' && (node.type === '&&' || node.type === 'and')) {
        return condition(node.left, frame, ctx) && condition(node.right, frame, ctx);
    }
    if (node.kind === 'bin' && (node.type === '||' || node.type === 'or')) {
        return condition(node.left, frame, ctx) || condition(node.right, frame, ctx);
    }
    if (node.kind === 'call') {
        const chain = chainOf(node);
        const facade = chain ? schemaFacade(chain, ctx) : null;
        if (facade && facade.length === 1) {
            const link = facade[0];
            const args = argsOf(link.args, frame);
            switch (link.method) {
                case 'hasTable':
                    return ctx.fold.hasTable(stringArg(args, 0, 'table', node));
                case 'hasColumn':
                    return ctx.fold.hasColumn(stringArg(args, 0, 'table', node), stringArg(args, 1, 'column', node));
                case 'hasColumns': {
                    const t = stringArg(args, 0, 'table', node);
                    const cols = args.positional[1];
                    if (!Array.isArray(cols))
                        throw new NotStatic(node, 'hasColumns() columns');
                    return cols.every((c) => ctx.fold.hasColumn(t, String(c)));
                }
                case 'hasIndex': {
                    const t = stringArg(args, 0, 'table', node);
                    const idx = args.positional[1];
                    if (typeof idx === 'string')
                        return ctx.fold.hasIndex(t, idx);
                    break;
                }
            }
        }
    }
    return isTrue(frame_valueOf(node, frame), node);
}
/** `Schema::x()`, `Schema::connection('c')->x()` and `$this->schema->x()`: the links after the facade, or null. */
function schemaFacade(chain, ctx) {
    const { root, links } = chain;
    const prop = thisProperty(root);
    if (prop !== null)
        return ctx.schemaProps.has(prop) ? schemaLinks(links) : null;
    const cls = classNameOf(root);
    if (!cls || baseName(cls) !== 'Schema')
        return null;
    const named = schemaLinks(links);
    return named[0]?.method === 'connection' ? named.slice(1) : named;
}
function closureOf(node) {
    return isFunctionLike(node) ? node : null;
}
/**
 * A callback argument written in place or held in a variable (`$callback = function (Blueprint $t) {…};
 * Schema::table('x', $callback)`): its function and the frame its body runs in.
 */
function callbackOf(node, frame) {
    const fn = closureOf(node);
    if (fn)
        return { fn, frame: closureFrame(fn, frame) };
    const name = variableName(node);
    const held = name !== null ? frame.vars.get(name) : undefined;
    if (!(held instanceof ClosureValue) || !isFunctionLike(held.node))
        return null;
    // Arrow functions see the scope they were made in; closures what they captured with `use`.
    const vars = held.node.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
    return { fn: held.node, frame: frame.with(vars) };
}
/**
 * What a closure sees: arrow functions the whole scope; closures their `use` variables (the migration's
 * members stay in reach through the frame's class, as non-static closures are bound to the migration).
 */
function closureFrame(fn, frame) {
    if (fn.kind === 'arrowfunc')
        return frame.with(new Map(frame.vars));
    const inner = new Map();
    for (const u of fn.uses ?? []) {
        const name = variableName(u);
        if (name !== null && frame.vars.has(name))
            inner.set(name, frame.vars.get(name));
    }
    return frame.with(inner);
}
/** What may change something when evaluated: calls, object creation, assignments, output. */
const EFFECTS = new Set(['call', 'new', 'assign', 'post', 'pre', 'include', 'eval', 'print', 'echo', 'exit']);
/** An expression that does nothing as a statement (`$default;`, `return [$a, 'b'];`); closures are values. */
function isPure(expr) {
    // Nearly every statement of a migration is a call: no need to walk it to know.
    if (EFFECTS.has(expr.kind))
        return false;
    let pure = true;
    ast_walk(expr, (n) => {
        if (EFFECTS.has(n.kind))
            pure = false;
    });
    return pure && !isFunctionLike(expr);
}
function runExpression(expr, frame, ctx, table) {
    const line = lineOf(expr);
    if (isPure(expr))
        return;
    if (expr.kind === 'parenthesis')
        return runExpression(expr.inner, frame, ctx, table);
    if (expr.kind === 'assign')
        return runAssign(expr, frame, ctx, table);
    if (expr.kind === 'retif') {
        const branch = condition(expr.test, frame, ctx) ? (expr.trueExpr ?? expr.test) : expr.falseExpr;
        return runExpression(branch, frame, ctx, table);
    }
    if (expr.kind === 'match')
        return runMatch(expr, frame, ctx, table);
    if (expr.kind === 'call' && expr.what?.kind === 'name' && runFunctionCall(expr, frame, ctx, table))
        return;
    const called = expr.kind === 'call' ? variableName(expr.what) : null;
    const callee = called !== null ? frame.vars.get(called) : undefined;
    if (callee instanceof ClosureValue)
        return runClosureCall(callee, expr, frame, ctx, table);
    const chain = expr.kind === 'call' ? chainOf(expr) : null;
    if (!chain || chain.links.length === 0) {
        problemAt(ctx, line, `${expr.kind} expression is not understood in a migration`, expr.kind);
        return;
    }
    if (table && variableName(chain.root) === table.variable) {
        runBlueprintChain(table, chain.links, frame, ctx);
        return;
    }
    const held = table ? table.fluents.get(variableName(chain.root) ?? '') : undefined;
    if (table && held) {
        runFluentChain(table, held, chain.links, frame);
        return;
    }
    const facade = schemaFacade(chain, ctx);
    if (facade)
        return runSchemaCall(facade, frame, ctx, line, table);
    const own = ownCallTarget(expr) ?? classCallTarget(expr, frame);
    if (own && runOwnCall(own, expr, frame, ctx, table))
        return;
    const cls = classNameOf(chain.root);
    if (cls && baseName(cls) === 'DB') {
        const links = chain.links[0].method === 'connection' ? chain.links.slice(1) : chain.links;
        const first = links[0];
        if (first && (first.method === 'statement' || first.method === 'unprepared')) {
            const sql = argsOf(first.args, frame).positional[0];
            if (typeof sql !== 'string')
                throw new NotStatic(expr, 'SQL text');
            ctx.budget.rawStatement();
            ctx.onRawSql({ sql, location: { file: ctx.file, line: first.line } });
            return;
        }
        if (first && DATA_FACADE_METHODS.has(first.method))
            return;
    }
    // Writing to the log, and Eloquent's mass-assignment switch, change no schema.
    if (cls && (baseName(cls) === 'Log' || UNGUARD.has(chain.links[0]?.method.toLowerCase() ?? '')))
        return;
    problemAt(ctx, line, `call to ${describeChain(chain)} is not understood in a migration`, 'call');
}
/** `match (DB::getDriverName()) { 'mysql' => $table->…, … }` as a statement: the matching arm runs. */
function runMatch(expr, frame, ctx, table) {
    const value = frame_valueOf(expr.cond, frame);
    let fallback = null;
    for (const arm of children(expr, 'arms')) {
        const conds = arm.conds;
        if (!conds) {
            fallback = arm.body;
            continue;
        }
        if (conds.some((c) => strictEquals(value, frame_valueOf(c, frame)) === true))
            return runExpression(arm.body, frame, ctx, table);
    }
    if (fallback)
        return runExpression(fallback, frame, ctx, table);
    // PHP throws UnhandledMatchError: the migration stops there.
    problemAt(ctx, lineOf(expr), 'no arm of the match fits: PHP throws UnhandledMatchError', 'match');
}
/**
 * A function call as a statement: Laravel's `rescue($callback)` runs the callback (its exception is
 * swallowed); an app function (`rescue_if($cond, function () use ($table) {…})`) runs its body as
 * migration statements with the arguments bound, closures included. False for any other function.
 */
function runFunctionCall(expr, frame, ctx, table) {
    const name = String(expr.what.name).replace(/^\\/, '');
    const argNodes = children(expr, 'arguments');
    if (name.toLowerCase() === 'rescue') {
        const callback = argNodes[0] ? frame_valueOf(argNodes[0], frame) : null;
        if (!(callback instanceof ClosureValue))
            throw new NotStatic(argNodes[0] ?? expr, 'rescue() callback');
        runClosure(callback, [], frame, ctx, table);
        return true;
    }
    const decl = frame.env.host.declaredFunction?.(name);
    if (!decl)
        return false;
    const { calls } = frame.env;
    if (!calls.enter(`function ${name.toLowerCase()}`)) {
        problemAt(ctx, lineOf(expr), `${name}(): calls nest too deep or repeat, not followed`, 'call');
        return true;
    }
    try {
        const params = children(decl.node, 'arguments').map((p) => ({
            name: paramName(p) ?? '',
            default: p.value ?? null,
            variadic: p.variadic === true,
        }));
        const evalCtx = { scope: decl.scope, file: decl.file, host: frame.env.host };
        const args = evaluateArgs(argNodes, frame.eval);
        // A closure passed on runs where it was written (its class, imports and captured variables).
        for (const v of [...args.positional, ...Object.values(args.named)])
            if (v instanceof ClosureValue)
                madeIn.set(v.node, { frame, file: ctx.file });
        const vars = bindParameters(params, args, evalCtx);
        const inner = new Frame(frame.env, frame.decl, frame.self, vars, evalCtx);
        const here = decl.file === ctx.file ? ctx : { ...ctx, file: decl.file };
        try {
            runBlock(bodyStatements(decl.node), inner, here, table && tableIn(vars, table));
        }
        catch (err) {
            if (!(err instanceof Stop || err instanceof Break || err instanceof Continue))
                throw err;
        }
    }
    finally {
        calls.leave();
    }
    return true;
}
/**
 * The Blueprint scope inside code that received the Blueprint as a value (a closure's `use ($table)`, a
 * function's parameter): the variable that holds it names it there.
 */
function tableIn(vars, table) {
    for (const [name, v] of vars)
        if (v instanceof BlueprintRef && v.table === table.builder.def.table)
            return newTable(name, table.builder);
    return table;
}
/** The frame a closure passed to a followed function was written in. */
const madeIn = new WeakMap();
/** Runs a closure value with these arguments, in the scope it captured; `return` ends it. */
function runClosure(held, args, caller, run, table) {
    const fn = held.node;
    const origin = madeIn.get(fn);
    const frame = origin?.frame ?? caller;
    const ctx = origin && origin.file !== run.file ? { ...run, file: origin.file } : run;
    if (!isFunctionLike(fn))
        return;
    const vars = fn.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
    children(fn, 'arguments').forEach((param, i) => {
        const name = paramName(param);
        if (name !== null)
            vars.set(name, i < args.length ? args[i] : param.value ? frame_valueOf(param.value, frame) : null);
    });
    try {
        runBlock(bodyStatements(fn), frame.with(vars), ctx, table && tableIn(vars, table));
    }
    catch (err) {
        if (!(err instanceof Stop))
            throw err;
    }
}
/** `$createTable('posts')`: a closure held in a variable runs with its parameters bound; `return` ends it. */
function runClosureCall(held, expr, frame, ctx, table) {
    const fn = held.node;
    const vars = fn.kind === 'arrowfunc' ? new Map(frame.vars) : new Map(held.captured);
    const argNodes = children(expr, 'arguments');
    let inner = table;
    children(fn, 'arguments').forEach((param, i) => {
        const name = paramName(param);
        if (name === null)
            return;
        // The Blueprint passed on (`$addColumns($table)`) stays the Blueprint under the parameter's name.
        if (table && argNodes[i] && variableName(argNodes[i]) === table.variable) {
            inner = newTable(name, table.builder);
            return;
        }
        const arg = argNodes[i];
        vars.set(name, arg ? frame_valueOf(arg, frame) : param.value ? frame_valueOf(param.value, frame) : null);
    });
    try {
        runBlock(bodyStatements(fn), frame.with(vars), ctx, inner);
    }
    catch (err) {
        if (!(err instanceof Stop))
            throw err;
    }
}
/**
 * `$this->createFooTable()`, `$this->helper($name)`, `self::`/`static::`/`parent::` helpers (own, trait
 * or inherited): the body runs as migration statements with the arguments bound. A Blueprint passed as an
 * argument stays the Blueprint inside. False when the method is not in the app (the caller reports it).
 */
function runOwnCall(call, expr, frame, ctx, table) {
    const { index, calls } = frame.env;
    const resolved = resolveCall(index, call.target, call.method, frame.self, frame.decl.fqcn);
    const found = resolved?.found;
    if (!resolved || !found?.node || found.summary.isAbstract)
        return false;
    const line = lineOf(expr);
    if (!calls.enter(`${found.decl.fqcn}::${found.summary.name}`)) {
        if (calls.depth >= calls.maxDepth)
            problemAt(ctx, line, `${call.method}(): helper calls nest deeper than ${calls.maxDepth}, not followed`, 'work limit');
        else
            problemAt(ctx, line, `${call.method}() calls itself: the repeated call is not followed`, 'call');
        return true;
    }
    try {
        const argNodes = children(expr, 'arguments');
        const callee = new Frame(frame.env, found.decl, resolved.self, new Map());
        const vars = bindArguments(found, evaluateArgs(argNodes, frame.eval), callee.eval);
        for (const [name, value] of vars)
            callee.vars.set(name, value);
        runMethod(found, callee, ctx, table ? passedTable(found, argNodes, table) : undefined);
    }
    finally {
        calls.leave();
    }
    return true;
}
/** `Helper::method(…)` on a class the index holds (the app's, or a known vendor class): followed as a helper. */
function classCallTarget(expr, frame) {
    const what = expr.what;
    if (what?.kind !== 'staticlookup' || what.offset?.kind !== 'identifier')
        return null;
    const cls = classOf(what.what, frame.eval);
    return cls && frame.env.index.get(cls) ? { target: cls, method: nameOf(what.offset) ?? '' } : null;
}
/** The helper's parameter that receives the Blueprint (`$this->addAudit($table)`), as its table scope. */
function passedTable(found, argNodes, table) {
    for (const [i, arg] of argNodes.entries()) {
        const named = arg.kind === 'namedargument';
        if (variableName(named ? arg.value : arg) !== table.variable)
            continue;
        const param = named ? String(arg.name) : found.summary.params[i]?.name;
        if (param)
            return newTable(param, table.builder);
    }
    return undefined;
}
function runAssign(expr, frame, ctx, table) {
    const left = expr.left;
    const variable = variableName(left);
    if (expr.operator === '=' && variable !== null) {
        // `$col = $table->string('a')->nullable();`: the column is added now, and later calls on `$col` modify it.
        const chain = table && expr.right.kind === 'call' ? chainOf(expr.right) : null;
        const root = chain ? variableName(chain.root) : null;
        if (table && chain && root !== null && chain.links.length > 0) {
            const held = table.fluents.get(root);
            if (root === table.variable || held) {
                const fluent = held
                    ? runFluentChain(table, held, chain.links, frame)
                    : runBlueprintChain(table, chain.links, frame, ctx);
                if (fluent)
                    table.fluents.set(variable, fluent);
                else
                    table.fluents.delete(variable);
                return;
            }
        }
        table?.fluents.delete(variable);
        // `$done = Schema::table('x', fn…)`: the call runs; its value (void) is null.
        const facade = expr.right.kind === 'call' ? chainOf(expr.right) : null;
        const schemaCall = facade ? schemaFacade(facade, ctx) : null;
        if (schemaCall &&
            ['create', 'table', 'rename', 'drop', 'dropIfExists', 'dropColumns'].includes(schemaCall[0]?.method)) {
            runExpression(expr.right, frame, ctx, table);
            frame.vars.set(variable, null);
            return;
        }
        frame.vars.set(variable, ctx.budget.value(frame_valueOf(expr.right, frame)));
        return;
    }
    // $table->engine = 'InnoDB'; $table->charset / $table->collation likewise.
    if (table && left.kind === 'propertylookup' && variableName(left.what) === table.variable) {
        const prop = nameOf(left.offset);
        const value = frame_valueOf(expr.right, frame);
        if ((prop === 'engine' || prop === 'charset' || prop === 'collation') && typeof value === 'string') {
            table.builder.def[prop] = value;
            return;
        }
        if (prop === 'temporary') {
            table.builder.def.temporary = isTrue(value, expr.right);
            return;
        }
    }
    problemAt(ctx, lineOf(expr), 'assignment is not understood in a migration', 'assign');
}
/** Calls on a column or command held in a variable. */
function runFluentChain(table, start, links, frame) {
    let fluent = start;
    for (const link of links)
        fluent = table.builder.modify(fluent, link.method, argsOf(link.args, frame), link.line);
    return fluent;
}
function runBlueprintChain(table, links, frame, ctx) {
    // $table->after('col', function ($table) { ... }) runs the callback with an insertion point set.
    const fn = links.length === 1 && links[0].method === 'after' ? closureOf(links[0].args[1]) : null;
    if (fn) {
        const after = frame_valueOf(links[0].args[0], frame);
        const variable = firstParamName(fn);
        if (typeof after !== 'string' || !variable)
            throw new NotStatic(links[0].args[0], 'after() column');
        table.builder.afterColumn = after;
        runBlock(bodyStatements(fn), closureFrame(fn, frame), ctx, newTable(variable, table.builder));
        table.builder.afterColumn = null;
        return null;
    }
    let fluent = null;
    for (const link of links) {
        const args = argsOf(link.args, frame);
        fluent = fluent
            ? table.builder.modify(fluent, link.method, args, link.line)
            : table.builder.call(link.method, args, link.line);
    }
    return fluent;
}
function runSchemaCall(links, frame, ctx, line, table) {
    const link = links[0];
    if (!link || links.length > 1) {
        problemAt(ctx, line, 'chained Schema call is not understood', 'Schema');
        return;
    }
    const node = { kind: 'call', loc: { start: { line: link.line } } };
    const method = link.method;
    const applied = (builder) => {
        const refused = applyBlueprint(ctx.fold, builder.def, ctx.file, link.line);
        if (refused.length > 0 && (ctx.catching ?? 0) > 0)
            throw new Refused();
        for (const e of refused)
            problemAt(ctx, e.line, e.message, 'schema');
    };
    if (method === 'create' || method === 'table') {
        const name = frame_valueOf(link.args[0], frame);
        if (typeof name !== 'string')
            throw new NotStatic(link.args[0], 'table name');
        const callback = callbackOf(link.args[1], frame);
        if (link.args[1] && !callback)
            throw new NotStatic(link.args[1], 'Blueprint callback');
        const builder = new BlueprintBuilder(name, method === 'create', ctx.settings);
        if (callback) {
            // A closure without a parameter ignores the Blueprint Laravel passes: its body still runs (data
            // statements, usually) and adds no schema change; '' is no PHP variable's name.
            const variable = firstParamName(callback.fn) ?? '';
            // Closure scope: captured `use` variables only, as PHP does; arrow functions see the whole scope.
            // The Blueprint is also a value there (`$table->getTable()` in a condition or an argument).
            if (variable)
                callback.frame.vars.set(variable, new BlueprintRef(name));
            runBlock(bodyStatements(callback.fn), callback.frame, ctx, newTable(variable, builder));
        }
        applied(builder);
        return;
    }
    const args = argsOf(link.args, frame);
    const onTable = () => new BlueprintBuilder(stringArg(args, 0, 'table', node), false, ctx.settings);
    switch (method) {
        case 'rename': {
            const b = onTable();
            b.call('rename', { positional: [stringArg(args, 1, 'table', node)], named: {} }, link.line);
            applied(b);
            return;
        }
        case 'drop':
        case 'dropIfExists': {
            const b = onTable();
            b.call(method, { positional: [], named: {} }, link.line);
            applied(b);
            return;
        }
        case 'dropColumns': {
            const b = onTable();
            const cols = args.positional[1];
            b.call('dropColumn', { positional: [Array.isArray(cols) ? cols : (cols ?? null)], named: {} }, link.line);
            applied(b);
            return;
        }
        case 'defaultStringLength': {
            const n = args.positional[0];
            if (typeof n === 'number')
                ctx.settings.defaultStringLength = n;
            return;
        }
        case 'morphUsingUuids':
            ctx.settings.defaultMorphKeyType = 'uuid';
            return;
        case 'morphUsingUlids':
            ctx.settings.defaultMorphKeyType = 'ulid';
            return;
        case 'withoutForeignKeyConstraints': {
            const fn = closureOf(link.args[0]);
            // Inside a Blueprint closure the callback may go on with the Blueprint (`use ($table)`).
            if (fn)
                runBlock(bodyStatements(fn), frame.with(new Map(frame.vars)), ctx, table);
            return;
        }
        default:
            if (NO_OP_SCHEMA_METHODS.has(method))
                return;
            problemAt(ctx, link.line, `Schema::${method}() is not understood`, `Schema::${method}`);
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/model-key.ts
/**
 * The key of an Eloquent model as `$table->foreignIdFor(Model::class)` sees it: Laravel creates the
 * column from `$model->getForeignKey()` (snake class name, `_`, `$primaryKey`) and picks its type from the
 * key: a ULID (HasUlids) is foreignUlid, an int incrementing key foreignId, any other key (HasUuids,
 * `$keyType = 'string'`, `$incrementing = false`) foreignUuid.
 */


const HAS_UUIDS = 'illuminate\\database\\eloquent\\concerns\\hasuuids';
const HAS_ULIDS = 'illuminate\\database\\eloquent\\concerns\\hasulids';
/** A model method's answer when the app overrides it (`getKeyType()`, `getIncrementing()`), else undefined. */
function override(index, fqcn, method, host) {
    const found = index.method(fqcn, method);
    if (!found?.node)
        return undefined;
    const decl = index.get(fqcn);
    const caller = { ...index.contextFor(decl), ...(host ? { host } : {}) };
    const noArgs = { positional: [], named: {} };
    return returnValue('this', method, noArgs, found.node, { index, budget: new CallBudget(), caller });
}
/** The key of a model class of the app; null when the class is not in the app (Laravel's default then). */
function modelKey(index, fqcn, host) {
    const decl = index.get(fqcn);
    if (!decl)
        return null;
    const primaryKey = index.propertyDefault(decl.fqcn, 'primaryKey');
    const keyName = typeof primaryKey === 'string' ? primaryKey : 'id';
    const foreignKey = `${(0,naming/* snake */.t9)((0,naming/* classBasename */.l4)(decl.fqcn))}_${keyName}`;
    const traits = new Set(index.traitsOf(decl.fqcn).map((t) => t.toLowerCase()));
    const ulids = traits.has(HAS_ULIDS);
    // HasUuids/HasUlids make the key a string only when it is one of uniqueIds() (the key by default).
    const ids = ulids || traits.has(HAS_UUIDS) ? override(index, decl.fqcn, 'uniqueIds', host) : undefined;
    const uniqueKey = (ulids || traits.has(HAS_UUIDS)) && (!Array.isArray(ids) || ids.includes(keyName));
    const keyType = uniqueKey
        ? 'string'
        : (override(index, decl.fqcn, 'getKeyType', host) ?? index.propertyDefault(decl.fqcn, 'keyType'));
    const incrementing = uniqueKey
        ? false
        : (override(index, decl.fqcn, 'getIncrementing', host) ??
            index.propertyDefault(decl.fqcn, 'incrementing'));
    // Laravel compares getKeyType() with 'int' exactly; a value not known here is taken as the default.
    const intKey = typeof keyType !== 'string' || keyType === 'int';
    const increments = incrementing !== false;
    if (intKey && increments)
        return { method: 'foreignId', foreignKey };
    return { method: ulids ? 'foreignUlid' : 'foreignUuid', foreignKey };
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/vendor-classes.ts
/**
 * Vendor classes that migrations call and that the audit cannot read (vendor/ is not part of the app's
 * files): their behaviour, restated in PHP from the packages' documented APIs, so the interpreter follows
 * them like the app's own helpers. Used only for a class the app itself does not declare.
 */

const KNOWN = [
    {
        // PHP's PDO: the attribute a migration asks the connection's PDO for (`getAttribute(PDO::ATTR_DRIVER_NAME)`).
        path: 'vendor/php/PDO.php',
        text: `<?php
class PDO
{
    const ATTR_SERVER_VERSION = 4;
    const ATTR_DRIVER_NAME = 16;
}
`,
    },
    {
        // laravel/pulse: its migrations run on the Pulse storage connection, for every SQL driver it supports.
        path: 'vendor/laravel/pulse/src/Support/PulseMigration.php',
        text: `<?php
namespace Laravel\\Pulse\\Support;

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Support\\Facades\\DB;

class PulseMigration extends Migration
{
    public function getConnection(): ?string
    {
        return config('pulse.storage.database.connection');
    }

    protected function shouldRun(): bool
    {
        return in_array($this->driver(), ['mariadb', 'mysql', 'pgsql', 'sqlite']);
    }

    protected function driver(): string
    {
        return DB::connection($this->getConnection())->getDriverName();
    }
}
`,
    },
    {
        // kalnoy/nestedset: NestedSet::columns($table) adds the tree bounds, the parent and one index on all three.
        path: 'vendor/kalnoy/nestedset/src/NestedSet.php',
        text: `<?php
namespace Kalnoy\\Nestedset;

use Illuminate\\Database\\Schema\\Blueprint;

class NestedSet
{
    const LFT = '_lft';
    const RGT = '_rgt';
    const PARENT_ID = 'parent_id';

    public static function columns(Blueprint $table, bool $withUuid = false)
    {
        $table->unsignedInteger(self::LFT)->default(0);
        $table->unsignedInteger(self::RGT)->default(0);
        if ($withUuid) {
            $table->uuid(self::PARENT_ID)->nullable()->index();
        } else {
            $table->unsignedInteger(self::PARENT_ID)->nullable();
        }
        $table->index(static::getDefaultColumns());
    }

    public static function dropColumns(Blueprint $table)
    {
        $table->dropIndex(static::getDefaultColumns());
        $table->dropColumn(static::getDefaultColumns());
    }

    public static function getDefaultColumns()
    {
        return [static::LFT, static::RGT, static::PARENT_ID];
    }
}
`,
    },
];
let parsed = null;
function knownFiles() {
    parsed ??= KNOWN.map((f) => {
        const r = (0,parse/* parsePhp */.w)(f.path, f.text);
        if (!r.parsed)
            throw new Error(`${f.path}: ${r.problem?.message}`);
        return { path: f.path, ast: r.parsed.ast };
    });
    return parsed;
}
/** The app's classes, with the known vendor classes the app does not declare itself. */
function withVendorClasses(index) {
    return index.extendedWith(knownFiles());
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/connection.ts
/**
 * The app's database connection options that change what its migrations build (config/database.php):
 * `strict` / `modes` decide the session sql_mode Laravel's MySqlConnector sets (and so whether MariaDB
 * refuses or converts what it cannot store as written), `engine`, `charset` and `collation` are what
 * Laravel's grammar writes into every CREATE TABLE that does not set its own.
 */

/** What Laravel's MySqlConnector does without `modes` or `strict`: the server's own sql_mode, strict on MariaDB. */
const SERVER_DEFAULT_CONNECTION = {
    strict: true,
    engine: null,
    charset: null,
    collation: null,
};
const STRICT_MODES = new Set(['STRICT_TRANS_TABLES', 'STRICT_ALL_TABLES']);
function connection_text(v) {
    return typeof v === 'string' && v !== '' ? v : null;
}
/**
 * The default connection's options as config() gives them; a value that cannot be known statically is
 * taken as Laravel's own default for it (a config file that is absent gives the server's behaviour).
 */
function connectionOptions(host) {
    const config = (key) => {
        const v = host.callFunction?.('config', [key], { kind: 'call' });
        return v instanceof Unknown ? undefined : v;
    };
    const name = connection_text(config('database.default'));
    if (!name)
        return SERVER_DEFAULT_CONNECTION;
    const at = (key) => config(`database.connections.${name}.${key}`);
    const modes = at('modes');
    const strict = at('strict');
    let isStrict = SERVER_DEFAULT_CONNECTION.strict;
    // MySqlConnector::setModes: `modes` wins over `strict`; strict false is NO_ENGINE_SUBSTITUTION alone.
    if (Array.isArray(modes))
        isStrict = modes.some((m) => typeof m === 'string' && STRICT_MODES.has(m));
    else if (typeof strict === 'boolean')
        isStrict = strict;
    return {
        strict: isStrict,
        engine: connection_text(at('engine')),
        charset: connection_text(at('charset')),
        collation: connection_text(at('collation')),
    };
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/index.ts
/**
 * Laravel migrations → the final schema, statically: each file's up() is run against an in-memory fold in
 * Laravel's order, so every table can be created once with its indexes inline. SQL that cannot be folded
 * (DB::statement with anything but index DDL) is returned, in order, to be run as written.
 */











const MIGRATIONS_DIR = 'database/migrations';
/** Laravel's Migrator: `<folder>/*_*.php` (top level only) of database/migrations and the folders providers add. */
function isMigrationPath(path, folders = [MIGRATIONS_DIR]) {
    const slash = path.lastIndexOf('/');
    const name = path.slice(slash + 1);
    return folders.includes(path.slice(0, Math.max(0, slash))) && name.endsWith('.php') && name.includes('_');
}
function migrationName(path) {
    return path.slice(path.lastIndexOf('/') + 1).replace(/\.php$/, '');
}
/**
 * The migrations Laravel runs, in its order: every folder's files keyed by name (a later folder's file of
 * the same name replaces an earlier one), sorted by name across folders.
 */
function orderMigrationFiles(files, folders = [MIGRATIONS_DIR]) {
    const rank = new Map(folders.map((folder, i) => [folder, i]));
    const byName = new Map();
    for (const file of files) {
        const r = rank.get(file.path.slice(0, Math.max(0, file.path.lastIndexOf('/'))));
        if (r === undefined || !isMigrationPath(file.path, folders))
            continue;
        const name = migrationName(file.path);
        const before = byName.get(name);
        if (!before || before.rank <= r)
            byName.set(name, { file, rank: r });
    }
    return [...byName.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, e]) => e.file);
}
/** Laravel's bookkeeping table, as its migration repository creates it (`increments('id')` since 5.5): not the app's. */
const MIGRATIONS_TABLE = 'migrations';
const MIGRATIONS_TABLE_SQL = 'CREATE TABLE `migrations` (`id` int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, ' +
    '`migration` varchar(255) NOT NULL, `batch` int NOT NULL)';
/** Folds the migrations (already in order, see orderMigrationFiles) into the final schema. Pure. */
function schemaFromMigrations(files, options = {}) {
    const fold = options.fold ?? new SchemaFold();
    const problems = [];
    const raw = [];
    const settings = {
        defaultStringLength: options.defaultStringLength ?? 255,
        defaultMorphKeyType: options.defaultMorphKeyType ?? 'int',
        laravelMajor: options.laravelMajor ?? 8,
        legacyMorphs: options.laravelMajor !== undefined &&
            (options.laravelMajor < 5 || (options.laravelMajor === 5 && (options.laravelMinor ?? 0) < 8)),
        mariadbGrammar: options.mariadbGrammar ?? false,
        connection: options.connection,
    };
    const connection = options.connection ?? SERVER_DEFAULT_CONNECTION;
    fold.mode = { strict: connection.strict, charset: connection.charset ?? fold.mode.charset };
    // The migrator creates its own table before the first migration runs, and a migration may alter it.
    if (!fold.hasTable(MIGRATIONS_TABLE))
        foldSqlStatement(fold, MIGRATIONS_TABLE_SQL);
    const budget = new WorkBudget();
    const ordered = orderMigrationFiles(files, options.folders);
    const host = withDriver(options.host ?? defaultHost(), settings.mariadbGrammar ? 'mariadb' : 'mysql', options.serverVersion ?? null);
    const index = withVendorClasses(options.index ?? class_index_indexOfFiles(ordered, host));
    settings.modelKey = (fqcn) => modelKey(index, fqcn, host);
    for (const file of ordered) {
        if (budget.spent) {
            problems.push({
                location: { file: file.path, line: 1 },
                message: 'not read: the work limit for all migrations was reached in an earlier file',
                construct: 'work limit',
            });
            continue;
        }
        runMigration(file.ast, {
            file: file.path,
            fold,
            settings,
            problems,
            budget,
            index,
            host,
            onRawSql(statement) {
                for (const part of splitSql(statement.sql)) {
                    const location = { file: statement.location.file, line: statement.location.line + part.line - 1 };
                    const result = foldSqlStatement(fold, part.sql, location);
                    if (!result.folded)
                        raw.push({ sql: part.sql, location });
                    else if (result.error)
                        problems.push({ location, message: result.error, construct: 'DB::statement' });
                }
            },
        });
    }
    // What stopped a whole file (no migration class, the work limit) may have touched any table.
    for (const p of problems)
        p.touches ??= { tables: [], unknown: true };
    const schema = fold.toSchema('static');
    return {
        schema: { ...schema, tables: schema.tables.filter((t) => t.name !== MIGRATIONS_TABLE) },
        raw,
        problems,
    };
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/folders.ts
/**
 * The migrator's own folders, before service providers add theirs: `database.migrations` from the config
 * when given, else database/migrations, else app/database/migrations when only the Laravel 4 layout has
 * migrations (Laravel 4's migrator read that folder).
 */

const LARAVEL4_MIGRATIONS_DIR = 'app/database/migrations';
function baseMigrationFolders(configured, phpPaths) {
    if (configured && configured.length)
        return [...new Set(configured)];
    const paths = [...phpPaths];
    const has = (folder) => paths.some((p) => isMigrationPath(p, [folder]));
    if (!has(MIGRATIONS_DIR) && has(LARAVEL4_MIGRATIONS_DIR))
        return [LARAVEL4_MIGRATIONS_DIR];
    return [MIGRATIONS_DIR];
}

// EXTERNAL MODULE: ./src/config/app-path.ts
var app_path = __webpack_require__(10089);
;// CONCATENATED MODULE: ./src/project/laravel/migrations/providers.ts
/**
 * What the app's service providers tell the migrator: the folders they add with `loadMigrationsFrom()`
 * (Laravel's Migrator reads them beside database/migrations, every file ordered by name), the
 * `Schema::defaultStringLength(n)` and the morph key type (`Schema::morphUsingUuids()`) they set. Every service provider class of the app counts (app/Providers,
 * packages/*, modules): their methods are read through the class index and the call arguments evaluated
 * with the PHP layer (`__DIR__.'/../Database/Migrations'`, `database_path('migrations/x')`, constants).
 */







const SERVICE_PROVIDER = 'Illuminate\\Support\\ServiceProvider';
/** Classes of the app that are Laravel service providers (own or in-app parent chain). */
function serviceProviders(index) {
    return index.classes.filter((decl) => {
        if (decl.kind !== 'class' || decl.isAbstract || decl.summary.anonymous)
            return false;
        if (index.isA(decl.fqcn, SERVICE_PROVIDER))
            return true;
        // Laravel's own providers (RouteServiceProvider…) and packages' bases are vendor parents here.
        const root = index.vendorRoot(decl.fqcn);
        return root !== null && baseName(root).endsWith('ServiceProvider');
    });
}

/** Laravel's path helpers, relative to the app root (the evaluator's paths are app-relative). */
const PATH_HELPERS = {
    base_path: '',
    database_path: 'database',
    app_path: 'app',
};
function withPathHelpers(host) {
    return {
        ...host,
        callFunction(name, args, node) {
            if (Object.prototype.hasOwnProperty.call(PATH_HELPERS, name)) {
                const base = PATH_HELPERS[name];
                const rest = args[0];
                if (rest === undefined || rest === null || rest === '')
                    return base;
                if (typeof rest !== 'string')
                    return undefined;
                return base ? `${base}/${rest}` : rest;
            }
            return host?.callFunction?.(name, args, node);
        },
    };
}
function isSchemaClass(cls) {
    const base = baseName(cls ?? '');
    return base === 'Schema' || base === 'Builder';
}
/**
 * `Schema::defaultStringLength(n)`, `Builder::defaultStringLength(n)` (static) and
 * `$schema->defaultStringLength(n)` / `DB::getSchemaBuilder()->defaultStringLength(n)` (the same static
 * setter called on an instance).
 */
function isDefaultStringLength(n) {
    if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'defaultstringlength')
        return false;
    const what = child(n, 'what');
    if (what?.kind === 'staticlookup')
        return isSchemaClass(classNameOf(child(what, 'what')));
    return what?.kind === 'propertylookup' || what?.kind === 'nullsafepropertylookup';
}
const MORPH_SETTERS = {
    morphusinguuids: 'uuid',
    morphusingulids: 'ulid',
    defaultmorphkeytype: null,
};
/** `Schema::morphUsingUuids()`, `Builder::defaultMorphKeyType('uuid')` and their instance forms. */
function morphSetter(n) {
    const method = n.kind === 'call' ? calledMethod(n)?.toLowerCase() : undefined;
    if (!method || !Object.prototype.hasOwnProperty.call(MORPH_SETTERS, method))
        return null;
    const what = child(n, 'what');
    if (what?.kind === 'staticlookup')
        return isSchemaClass(classNameOf(child(what, 'what'))) ? method : null;
    return what?.kind === 'propertylookup' ? method : null;
}
function isLoadMigrationsFrom(n) {
    if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'loadmigrationsfrom')
        return false;
    const what = child(n, 'what');
    return what?.kind === 'propertylookup' && variableName(child(what, 'what')) === 'this';
}
function providers_known(v) {
    return value_firstUnknown(v) === null;
}
/** The `if` tests on the way from `root` to `target`, with the branch that leads to it. */
function guardsOf(root, target) {
    if (root === target)
        return [];
    for (const [key, value] of Object.entries(root)) {
        if (key === 'loc' || key === 'leadingComments' || key === 'trailingComments')
            continue;
        const kids = Array.isArray(value) ? value : [value];
        for (const kid of kids) {
            if (!kid || typeof kid !== 'object' || typeof kid.kind !== 'string')
                continue;
            const below = guardsOf(kid, target);
            if (below === null)
                continue;
            if (root.kind === 'if' && (key === 'body' || key === 'alternate'))
                return [{ test: root.test, taken: key === 'body' }, ...below];
            return below;
        }
    }
    return null;
}
/**
 * Whether the `if` guards around a call let it run: a guard that cannot be known (a server version
 * without a database) is taken as passing, as the call is then the app's intent on the servers it names.
 */
function guardsPass(method, call, ctx) {
    for (const { test, taken } of guardsOf(method, call) ?? []) {
        const v = truthy(evaluate(test, ctx));
        if (typeof v === 'boolean' && v !== taken)
            return false;
    }
    return true;
}
/**
 * Folders and string length set by the app's service providers. Pure: the index holds the app's code;
 * `server` is the connection's driver and, when a database is given, its version (guards such as
 * `version_compare($pdo->getAttribute(PDO::ATTR_SERVER_VERSION), '5.7.7', '<')` are decided with it).
 */
function providerSchemaSettings(appIndex, host, server = { driver: 'mysql', version: null }, base = [MIGRATIONS_DIR]) {
    const index = withVendorClasses(appIndex);
    const folders = [...base];
    const problems = [];
    let defaultStringLength = null;
    let defaultMorphKeyType = null;
    const evalHost = withPathHelpers(withDriver(host ?? {}, server.driver, server.version));
    // Providers in file order, so the result does not depend on how the index lists them.
    const providers = serviceProviders(index).sort((a, b) => a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1);
    for (const decl of providers) {
        // Own, trait and inherited methods: `__DIR__` is the folder of the file that declares each one.
        for (const found of index.methodsOf(decl.fqcn).values()) {
            const node = found.node;
            if (!node)
                continue;
            const ctx = { ...index.contextFor(found.decl, decl.fqcn), host: evalHost };
            const at = found.decl.file;
            ast_walk(node, (n) => {
                if (isLoadMigrationsFrom(n)) {
                    const v = evaluate(children(n, 'arguments')[0], ctx);
                    const paths = entriesOf(v)?.map(([, p]) => p) ?? [v];
                    for (const p of paths) {
                        const folder = typeof p === 'string' && providers_known(p) ? (0,app_path/* normalizeAppPath */.Y)(p) : null;
                        if (folder === null) {
                            problems.push({
                                location: { file: at, line: lineOf(n) },
                                message: typeof p === 'string'
                                    ? `loadMigrationsFrom(): ${p} is outside the app: its migrations are not read`
                                    : 'loadMigrationsFrom(): the folder cannot be known statically: its migrations are not read',
                                construct: 'loadMigrationsFrom',
                            });
                        }
                        else if (!folders.includes(folder))
                            folders.push(folder);
                    }
                }
                else if (morphSetter(n)) {
                    const fixed = MORPH_SETTERS[morphSetter(n)];
                    const v = fixed ?? evaluate(children(n, 'arguments')[0], ctx);
                    if (v === 'int' || v === 'uuid' || v === 'ulid')
                        defaultMorphKeyType = v;
                    else
                        problems.push({
                            location: { file: at, line: lineOf(n) },
                            message: 'defaultMorphKeyType(): the key type cannot be known statically: int is used',
                            construct: 'Schema::defaultMorphKeyType',
                        });
                }
                else if (isDefaultStringLength(n)) {
                    if (!guardsPass(node, n, ctx))
                        return;
                    const v = evaluate(children(n, 'arguments')[0], ctx);
                    if (typeof v === 'number')
                        defaultStringLength = v;
                    else
                        problems.push({
                            location: { file: at, line: lineOf(n) },
                            message: 'defaultStringLength(): the length cannot be known statically: 255 is used',
                            construct: 'Schema::defaultStringLength',
                        });
                }
            });
        }
    }
    return { folders, defaultStringLength, defaultMorphKeyType, problems };
}

;// CONCATENATED MODULE: ./src/project/php/functions.ts
/**
 * The app's own global functions (a helpers.php composer loads, a function declared in a config file, the
 * usual `if (! function_exists('x'))` guard), so the evaluator follows a plain helper the way it follows a
 * method: arguments bound to parameters, the body run for its return value, within a depth and step budget.
 */



class FunctionIndex {
    byName = new Map();
    /**
     * The functions the summaries declare; a body is read from its file's AST only when a call reaches it,
     * so an audit with cached summaries does not parse every file for the few helpers it follows.
     */
    static fromSummaries(summaries, ast) {
        const index = new FunctionIndex([]);
        for (const file of summaries) {
            for (const f of file.functions ?? []) {
                if (index.byName.has(f.name.toLowerCase()))
                    continue;
                let node;
                index.byName.set(f.name.toLowerCase(), {
                    name: f.name,
                    file: file.file,
                    scope: { file: file.file, namespace: f.namespace, uses: new Map(f.uses) },
                    get node() {
                        // Asked every time, like the class index: a caller may be tracking which files are read.
                        const program = ast(file.file);
                        node ??= findAtLine(program, f.line, (n) => n.kind === 'function' && lineOf(n) === f.line);
                        return node ?? { kind: 'function', arguments: [], body: null };
                    },
                });
            }
        }
        return index;
    }
    constructor(files) {
        for (const file of files) {
            if (!declaresFunction(children(file.ast, 'children')))
                continue;
            forEachTopLevel(file.path, file.ast, (node, scope) => {
                const name = node.kind === 'function' ? nameOf(child(node, 'name')) : null;
                if (!name)
                    return;
                const fq = joinNs(scope.namespace, name);
                // PHP refuses a second declaration; the first one found stands.
                if (!this.byName.has(fq.toLowerCase()))
                    this.byName.set(fq.toLowerCase(), { name: fq, file: file.path, node, scope });
            });
        }
    }
    /** The function a call names (as the evaluator passes it: no leading backslash, any case). */
    get(name) {
        return this.byName.get(nameKey(name));
    }
}
/** A cheap look for top-level functions (where forEachTopLevel goes) before reading a file's imports. */
function declaresFunction(nodes) {
    return nodes.some((n) => n.kind === 'function'
        ? true
        : n.kind === 'namespace' || n.kind === 'if' || n.kind === 'block'
            ? declaresFunction([...children(n, 'children'), ...children(child(n, 'body'), 'children')])
            : false);
}
/** `host`, with the app's functions followed for the calls the host itself does not answer. */
function withAppFunctions(host, functions) {
    if (!functions)
        return host;
    // One budget per outermost call: nested helpers share it, separate evaluations do not.
    let budget = null;
    const inNamespace = (namespace) => ({
        ...host,
        declaredFunction: (name) => functions.get(name),
        callFunction(name, args, node) {
            const hosted = host.callFunction?.(name, args, node);
            if (hosted !== undefined)
                return hosted;
            // In a namespace, PHP tries the namespaced function before the global one.
            const local = namespace && !name.includes('\\') ? functions.get(joinNs(namespace, name)) : undefined;
            const decl = local ?? functions.get(name);
            if (!decl)
                return undefined;
            const outermost = budget === null;
            budget ??= new CallBudget();
            try {
                return callDeclared(decl, args, node, inNamespace(decl.scope.namespace), budget);
            }
            finally {
                if (outermost)
                    budget = null;
            }
        },
    });
    return inNamespace('');
}
function callDeclared(decl, args, node, host, budget) {
    if (!budget.enter(`function ${decl.name}`))
        return new Unknown(`${decl.name}() calls itself or nests too deep`, node);
    try {
        const params = children(decl.node, 'arguments').map((p) => ({
            name: paramName(p) ?? '',
            default: child(p, 'value'),
            variadic: p.variadic === true,
        }));
        const ctx = { scope: decl.scope, file: decl.file, host };
        const vars = bindParameters(params, { positional: args, named: {} }, ctx);
        return bodyReturnValue(bodyStatements(decl.node), vars, { ...ctx, variable: (n) => vars.get(n) }, budget);
    }
    finally {
        budget.leave();
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/config-folder.ts
/**
 * Where the app keeps its config files. config/ as a rule; another folder when bootstrap/app.php says so
 * (`$app->useConfigPath(...)`); app/config/ in the Laravel 4 layout (top level only: its subfolders are
 * per-environment overrides and packages). A folder that cannot be known statically, or an Application
 * subclass overriding configPath(), is a problem to report: the verdicts then read config/.
 */





const DEFAULT_CONFIG_FOLDER = {
    folder: 'config',
    nested: true,
    decidedBy: null,
    problems: [],
};
const FOUNDATION_APPLICATION = 'Illuminate\\Foundation\\Application';
function usesConfigPath(bootstrap) {
    const out = [];
    const host = withPathHelpers(undefined);
    for (const p of bootstrap) {
        ast_walk(p.ast, (n) => {
            if (n.kind !== 'call' || calledMethod(n)?.toLowerCase() !== 'useconfigpath')
                return;
            const v = evaluate(children(n, 'arguments')[0], { file: p.path, host });
            const known = typeof v === 'string' && value_firstUnknown(v) === null;
            out.push({
                file: p.path,
                line: lineOf(n),
                folder: known ? (0,app_path/* normalizeAppPath */.Y)(v.replace(/\/+$/, '')) : null,
                arg: known ? v : 'its argument',
            });
        });
    }
    return out;
}
/** The folder an Application subclass's configPath('') returns, app-relative; null when not known. */
function overriddenFolder(ast, cls, file) {
    let method = null;
    ast_walk(ast, (n) => {
        if (n.kind === 'class' && nameOf(child(n, 'name')) === cls)
            for (const m of children(n, 'body'))
                if (m.kind === 'method' && nameOf(child(m, 'name'))?.toLowerCase() === 'configpath')
                    method = m;
    });
    if (!method)
        return null;
    const returns = [];
    ast_walk(method, (n) => {
        if (n.kind === 'return')
            returns.push(n);
    });
    if (returns.length !== 1)
        return null;
    // configPath('') with $this->basePath as the app root ('.'): `$this->basePath . '/app/Config'`.
    const v = evaluate(child(returns[0], 'expr'), {
        file,
        host: withPathHelpers(undefined),
        variable: (name) => (name === 'path' ? '' : undefined),
        property: (name) => (name === 'basePath' ? '.' : undefined),
    });
    if (typeof v !== 'string' || value_firstUnknown(v) !== null)
        return null;
    const folder = (0,app_path/* normalizeAppPath */.Y)(v.replace(/\/+$/, ''));
    return folder || null;
}
/**
 * `summaries` find an Application subclass that overrides configPath(); `astOf` gives its file's AST, so
 * the folder it returns can be evaluated.
 */
function findConfigFolder(bootstrap, phpPaths, summaries = [], astOf = () => null) {
    const problems = [];
    for (const s of summaries)
        for (const c of s.classes)
            if (c.parent === FOUNDATION_APPLICATION &&
                c.methods.some((m) => m.name.toLowerCase() === 'configpath')) {
                const folder = overriddenFolder(astOf(c.file), c.name, c.file);
                if (folder)
                    return { folder, nested: true, decidedBy: `${c.file}:${c.line} ${c.name}::configPath()`, problems };
                problems.push({
                    location: { file: c.file, line: c.line },
                    message: `${c.name} overrides configPath(): the folder it loads config from is not known statically, ` +
                        'so the settings verdicts read config/ and may not be what production runs',
                    construct: 'configPath override',
                });
            }
    const calls = usesConfigPath(bootstrap);
    const last = calls.at(-1);
    if (last) {
        if (last.folder) {
            return {
                folder: last.folder,
                nested: true,
                decidedBy: `${last.file}:${last.line} useConfigPath()`,
                problems,
            };
        }
        problems.push({
            location: { file: last.file, line: last.line },
            message: `useConfigPath(): the config folder (${last.arg}) cannot be known statically or is outside the app, ` +
                'so the settings verdicts read config/ and may not be what production runs',
            construct: 'useConfigPath',
        });
        return { ...DEFAULT_CONFIG_FOLDER, problems };
    }
    const has = (prefix) => phpPaths.some((p) => p.startsWith(prefix));
    if (!has('config/') && phpPaths.some((p) => /^app\/config\/[^/]+\.php$/.test(p)))
        return { folder: 'app/config', nested: false, decidedBy: 'the Laravel 4 layout (app/config)', problems };
    return { ...DEFAULT_CONFIG_FOLDER, problems };
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/config-file.ts
/**
 * What one config/*.php file returns, evaluated by the floor with the host the caller chooses (env() read
 * symbolically for the settings verdicts, or as production sees it for config()). The top-level
 * statements before the `return` are followed when they are plain assignments (`$config = [...]`,
 * `$config['disks']['public'] = ...`); a key that anything else writes (inside an `if`, through
 * `Arr::set`) becomes unknown, and the rest of the file is kept.
 */



/** config() inside a config file reads whatever files Laravel loaded before: not known statically. */
function configInConfigFile() {
    return new Unknown('config() read inside a config file', null);
}
function writtenPath(node, ctx) {
    const keys = [];
    let n = node;
    while (n?.kind === 'offsetlookup') {
        const offset = child(n, 'offset');
        const key = offset ? evaluate(offset, ctx) : null;
        keys.unshift(typeof key === 'string' || typeof key === 'number' ? String(key) : null);
        n = child(n, 'what');
    }
    const variable = variableName(n);
    if (!variable)
        return null;
    const unknownAt = keys.indexOf(null);
    const path = (unknownAt < 0 ? keys : keys.slice(0, unknownAt));
    return { variable, path, complete: unknownAt < 0 };
}
const ARR_SET_FUNCTIONS = new Set(['data_set', 'array_set']);
/** `Arr::set($config, 'a.b', …)` / `data_set(…)`: the dotted key it writes under its first argument. */
function dottedSetKey(call, ctx) {
    const what = child(call, 'what');
    const isSetter = what?.kind === 'name'
        ? ARR_SET_FUNCTIONS.has(nameKey(String(what.name)))
        : what?.kind === 'staticlookup' &&
            classOf(child(what, 'what'), ctx)?.toLowerCase() === 'illuminate\\support\\arr' &&
            String(child(what, 'offset')?.name).toLowerCase() === 'set';
    const key = isSetter ? evaluate(children(call, 'arguments')[1], ctx) : null;
    return typeof key === 'string' ? key.split('.') : null;
}
/** Every variable path a statement may write: assignments, unset, ++/--, and variables passed to calls. */
function writesIn(statement, ctx) {
    const out = [];
    const add = (w) => w && out.push(w);
    ast_walk(statement, (n) => {
        if (n.kind === 'assign')
            add(writtenPath(child(n, 'left'), ctx));
        else if (n.kind === 'unset')
            children(n, 'variables').forEach((v) => add(writtenPath(v, ctx)));
        else if (n.kind === 'post' || n.kind === 'pre')
            add(writtenPath(child(n, 'what'), ctx));
        else if (n.kind === 'call') {
            // A variable passed to a function may be taken by reference.
            children(n, 'arguments').forEach((arg, i) => {
                const w = writtenPath(arg, ctx);
                const dotted = i === 0 && w?.complete ? dottedSetKey(n, ctx) : null;
                add(w && dotted ? { ...w, path: [...w.path, ...dotted] } : w);
            });
        }
    });
    return out;
}
/** The value nodes of an array literal by key (keys the evaluator knows), built once per literal. */
const literalKeys = new WeakMap();
function entryNodes(literal, ctx) {
    let byKey = literalKeys.get(literal);
    if (!byKey) {
        byKey = new Map();
        for (const e of arrayEntries(literal)) {
            const key = e.key ? evaluate(e.key, ctx) : null;
            if (typeof key === 'string' || typeof key === 'number')
                byKey.set(String(key), e.value);
        }
        literalKeys.set(literal, byKey);
    }
    return byKey;
}
/** The array-literal entry under each key of `path`, as deep as the literal goes. */
function descend(node, path, ctx) {
    let current = node;
    for (const key of path) {
        const next = current.kind === 'array' ? entryNodes(current, ctx).get(key) : undefined;
        if (!next)
            break;
        current = next;
    }
    return current;
}
/** Top-level statements that run nothing: their bodies' variables are not the file's. */
const DECLARATIONS = new Set(['function', 'class', 'interface', 'trait', 'enum']);
function topLevelStatements(program) {
    return children(program, 'children').flatMap((n) => n.kind === 'namespace' ? children(n, 'children') : [n]);
}
function evaluateConfigFile(file, host) {
    const scope = newFileScope(file.path);
    const vars = new Map();
    const origins = [];
    const ctx = {
        scope,
        file: file.path,
        host,
        skipUnknownKeys: true,
        variable: (name) => vars.get(name),
    };
    const follow = (statement) => {
        const expr = statement.kind === 'expressionstatement' ? child(statement, 'expression') : null;
        const assigned = expr?.kind === 'assign' && expr.operator === '=' ? writtenPath(child(expr, 'left'), ctx) : null;
        const right = child(expr, 'right');
        if (assigned?.complete && right) {
            const value = evaluate(right, ctx);
            const before = assigned.path.length ? vars.get(assigned.variable) : undefined;
            vars.set(assigned.variable, withValueAt(before, assigned.path, value));
            origins.push({ ...assigned, node: right });
            return;
        }
        for (const w of writesIn(statement, ctx)) {
            const unknown = new Unknown(`changed at line ${lineOf(statement)} by code that is not followed`, statement);
            const before = vars.get(w.variable);
            vars.set(w.variable, w.path.length && before !== undefined ? withValueAt(before, w.path, unknown) : unknown);
            origins.push({ variable: w.variable, path: w.path, node: statement });
        }
    };
    for (const statement of topLevelStatements(file.program)) {
        if (statement.kind === 'usegroup')
            addUses(scope, statement);
        else if (statement.kind === 'return')
            return returned(statement, ctx, origins);
        else if (!DECLARATIONS.has(statement.kind))
            follow(statement);
    }
    return { value: new Unknown(`${file.path} returns nothing`, null), origin: () => file.program };
}
function returned(statement, ctx, origins) {
    const expr = child(statement, 'expr') ?? statement;
    const variable = variableName(expr);
    return {
        value: evaluate(expr, ctx),
        origin(path) {
            if (!variable)
                return descend(expr, path, ctx);
            // The latest write of the longest leading part of `path` wrote the value.
            let best = null;
            for (const o of origins) {
                const leads = o.variable === variable && o.path.every((k, i) => path[i] === k);
                if (leads && o.path.length <= path.length && (!best || o.path.length >= best.path.length))
                    best = o;
            }
            return best ? descend(best.node, path.slice(best.path.length), ctx) : expr;
        },
    };
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/config-php.ts
/**
 * Reads config/*.php for the settings verdicts: each file evaluated by the floor with env() read
 * symbolically, flattened to dotted keys. A value is a literal, the env() variable that decides it (with
 * its default), or something only PHP at run time can compute.
 */





const CONFIG = { folder: 'config', nested: true };
/** `config/cache.php` → `cache`; `config/services/mail.php` → `services.mail`; anything else → null. */
function configPrefix(path, place = CONFIG) {
    if (!path.startsWith(`${place.folder}/`) || !path.endsWith('.php'))
        return null;
    const rest = path.slice(place.folder.length + 1, -'.php'.length);
    if (!rest || (!place.nested && rest.includes('/')))
        return null;
    return rest.split('/').join('.');
}
/** `env('KEY', fallback)` read symbolically: which variable decides, and what applies when none sets it. */
class EnvRef extends SymbolicValue {
    key;
    fallback;
    node;
    constructor(key, 
    /** undefined when env() has no second argument. */
    fallback, node) {
        super();
        this.key = key;
        this.fallback = fallback;
        this.node = node;
    }
    describe() {
        return `a value computed from env('${this.key}')`;
    }
    /** `(bool) env('APP_DEBUG', false)`: the cast does not change which variable decides. */
    cast() {
        return this;
    }
}
/** Laravel's host with env() answered by an EnvRef, and the app's functions followed. */
function symbolicEnvHost(functions) {
    const base = laravelHost({ config: configInConfigFile });
    const host = {
        ...base,
        callFunction(name, args, node) {
            if (name !== 'env')
                return base.callFunction?.(name, args, node);
            if (typeof args[0] !== 'string')
                return new Unknown('env() with a computed name', node);
            return new EnvRef(args[0], args.length > 1 ? args[1] : undefined, node);
        },
    };
    return withAppFunctions(host, functions);
}
/** `node` when it sits inside `origin` (same file, same entry), else `origin`: a helper's env() call is elsewhere. */
function locate(node, origin) {
    const line = lineOf(node, 0);
    return node && line >= lineOf(origin) && line <= endLineOf(origin) ? node : origin;
}
function literal(value, origin) {
    return { kind: 'literal', value, line: lineOf(origin) };
}
function toConfigExpr(v, origin) {
    if (v instanceof EnvRef) {
        const fallbackNode = locate(children(v.node, 'arguments')[1], origin);
        return {
            kind: 'env',
            key: v.key,
            fallback: v.fallback === undefined ? null : toConfigExpr(v.fallback, fallbackNode),
            line: lineOf(locate(v.node, origin)),
        };
    }
    if (v instanceof Unknown)
        return { kind: 'unknown', line: lineOf(origin), what: v.reason };
    if (v instanceof EnumCase)
        return literal(v.value === null ? null : String(v.value), origin);
    if (v instanceof HostValue)
        return { kind: 'unknown', line: lineOf(origin), what: 'an object' };
    if (typeof v === 'boolean')
        return literal(v ? 'true' : 'false', origin);
    if (v === null || typeof v === 'string' || typeof v === 'number')
        return literal(v === null ? null : String(v), origin);
    return { kind: 'unknown', line: lineOf(origin), what: 'an array' };
}
/** Every leaf of the file's value under its dotted key. */
function config_php_flatten(file, evaluated, value, path, out) {
    const entries = entriesOf(value);
    if (entries) {
        for (const [k, v] of entries)
            config_php_flatten(file, evaluated, v, [...path, String(k)], out);
        return;
    }
    const key = [file.prefix, ...path].join('.');
    out.push({ key, file: file.path, expr: toConfigExpr(value, evaluated.origin(path)) });
}
function readConfigFiles(parsed, functions, place = CONFIG) {
    const files = new Map();
    const entries = new Map();
    const sources = [];
    const host = symbolicEnvHost(functions);
    for (const p of parsed) {
        const prefix = configPrefix(p.path, place);
        if (!prefix)
            continue;
        const file = { prefix, path: p.path, program: p.ast };
        sources.push(file);
        const evaluated = evaluateConfigFile(file, host);
        // A file that returns no array is not read (its keys come from the framework's defaults).
        if (!entriesOf(evaluated.value))
            continue;
        files.set(prefix, p.path);
        const out = [];
        config_php_flatten(file, evaluated, evaluated.value, [], out);
        for (const entry of out)
            entries.set(entry.key, entry);
    }
    return { files, entries, sources };
}

;// CONCATENATED MODULE: ./src/project/laravel/app-host.ts
/**
 * The evaluator host for the app's own code: Laravel's helpers, the app's config() and env() as production
 * sees them (the settings reader resolves both), and the app's global helper functions followed.
 */


function appHost(app) {
    return withAppFunctions(laravelHost(app), app.functions);
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/config-values.ts
/**
 * `config('a.b')` for the other readers: the app's config files evaluated with env() as production sees
 * it (the env the settings verdicts resolve), merged the way Laravel loads them (config/services/mail.php
 * under `services.mail`, after config/services.php). A key the app does not set is undefined, so
 * config()'s own default applies; a config file that did not parse makes its keys unknown.
 */



function configLookup(tree, env, options = {}) {
    let all = null;
    const load = () => {
        const host = appHost({ env, config: configInConfigFile, functions: options.functions });
        let out = {};
        const files = [...tree.sources].sort((a, b) => (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
        for (const file of files)
            out = withValueAt(out, file.prefix.split('.'), evaluateConfigFile(file, host).value);
        for (const prefix of options.unreadable ?? [])
            out = withValueAt(out, prefix.split('.'), new Unknown(`config/${prefix}.php did not parse`, null));
        return out;
    };
    const lookup = (key) => {
        if (!key)
            return undefined;
        all ??= load();
        return valueAt(all, key.split('.'));
    };
    const fileRead = (key) => {
        const file = lookup(key.split('.')[0]);
        return file !== undefined && !(file instanceof Unknown);
    };
    return Object.assign(lookup, { fileRead });
}

// EXTERNAL MODULE: ./src/project/laravel/settings/docker-env.ts
var docker_env = __webpack_require__(43255);
;// CONCATENATED MODULE: ./src/project/laravel/settings/laravel-defaults.ts
/**
 * What Laravel itself uses when an app ships no config file for a key. Laravel 11 moved the config files
 * into the framework (apps often have no config/cache.php) and changed the defaults to `database`; before
 * 11 the skeleton's files were always copied into the app, with `file` / `sync` defaults.
 */
/** The settings perf-audit resolves and reports (plus the driver of the chosen cache store / queue). */
const WATCHED_KEYS = [
    'app.env',
    'app.debug',
    'cache.default',
    'cache.stores.redis.connection',
    'session.driver',
    'session.connection',
    'queue.default',
    'telescope.enabled',
];
/** Env variables renamed across versions: setting the old name on a new app (or the reverse) does nothing. */
const ENV_ALIASES = {
    CACHE_STORE: 'CACHE_DRIVER',
    CACHE_DRIVER: 'CACHE_STORE',
    QUEUE_CONNECTION: 'QUEUE_DRIVER',
    QUEUE_DRIVER: 'QUEUE_CONNECTION',
};
const env = (key, fallback) => ({
    kind: 'env',
    key,
    fallback: { kind: 'literal', value: fallback, line: 0 },
    line: 0,
});
const laravel_defaults_literal = (value) => ({ kind: 'literal', value, line: 0 });
/** The value Laravel `version` uses for `key` when config/<file>.php is absent; null when it has none. */
function frameworkDefault(key, version) {
    const v11 = version >= 11;
    switch (key) {
        case 'app.env':
            return env('APP_ENV', 'production');
        case 'app.debug':
            return env('APP_DEBUG', 'false');
        case 'cache.default':
            return v11 ? env('CACHE_STORE', 'database') : env('CACHE_DRIVER', 'file');
        case 'cache.stores.redis.connection':
            return v11 ? env('REDIS_CACHE_CONNECTION', 'cache') : laravel_defaults_literal(version >= 6 ? 'cache' : 'default');
        case 'session.driver':
            return env('SESSION_DRIVER', v11 ? 'database' : 'file');
        case 'session.connection':
            return env('SESSION_CONNECTION', null);
        case 'queue.default':
            // QUEUE_DRIVER was renamed QUEUE_CONNECTION in 5.7; with only the major version known, 5 keeps the old name.
            return v11
                ? env('QUEUE_CONNECTION', 'database')
                : env(version >= 6 ? 'QUEUE_CONNECTION' : 'QUEUE_DRIVER', 'sync');
        case 'telescope.enabled':
            // laravel/telescope's own config/telescope.php.
            return env('TELESCOPE_ENABLED', 'true');
    }
    return null;
}
/** How the report names a framework default. */
function frameworkDefaultSource(key, version) {
    const file = `config/${key.split('.')[0]}.php`;
    if (key.startsWith('telescope.'))
        return `laravel/telescope default (${file} absent)`;
    return version >= 11
        ? `Laravel ${version} default (${file} absent)`
        : `Laravel ${version} skeleton default (${file} absent)`;
}

// EXTERNAL MODULE: ./src/project/laravel/settings/ini.ts
var ini = __webpack_require__(94619);
;// CONCATENATED MODULE: ./src/project/laravel/settings/server-config.ts
/**
 * PHP ini and PHP-FPM pool files carried by the repository (docker/, deploy/, .docker/, ops/ at any depth,
 * or the paths given in the config), resolved into `php.*` and `fpm.*` settings with file and line.
 */

const INFRA_DIRS = new Set(['docker', 'deploy', '.docker', 'ops']);
/** A path segment naming a non-production environment: those files configure a developer's machine. */
const NON_PRODUCTION = /(^|[/._-])(dev|develop|development|local|test|testing|ci)([/._-]|$)/i;
/** PHP directives worth reporting (OPcache and the few that size a worker). */
function isWatchedPhpDirective(key) {
    return (key.startsWith('opcache.') ||
        ['memory_limit', 'realpath_cache_size', 'realpath_cache_ttl', 'max_execution_time'].includes(key));
}
/** PHP 8's built-in OPcache defaults, used when a file configures OPcache without setting these. */
const OPCACHE_DEFAULTS = {
    'opcache.enable': '1',
    'opcache.validate_timestamps': '1',
    'opcache.revalidate_freq': '2',
    'opcache.memory_consumption': '128',
    'opcache.max_accelerated_files': '10000',
};
const FPM_KEYS = [
    'pm',
    'pm.max_children',
    'pm.start_servers',
    'pm.min_spare_servers',
    'pm.max_spare_servers',
    'pm.max_requests',
];
function inInfraDir(path) {
    return path
        .split('/')
        .slice(0, -1)
        .some((segment) => INFRA_DIRS.has(segment));
}
function looksNonProduction(path) {
    return NON_PRODUCTION.test(path);
}
/** Normalizes a configured path (`./docker/php.ini`, absolute under the root) to an AppFile path. */
function normalize(root, path) {
    let p = path.replace(/\\/g, '/');
    const r = root.replace(/\\/g, '/').replace(/\/$/, '');
    if (r && p.startsWith(r + '/'))
        p = p.slice(r.length + 1);
    return p.replace(/^\.\//, '');
}
/** `pool.d/www.conf` style: a section other than [global] with pm settings. */
function poolEntries(entries) {
    const pools = [
        ...new Set(entries
            .filter((e) => e.section && e.section !== 'global' && FPM_KEYS.includes(e.key))
            .map((e) => e.section)),
    ];
    return pools.length ? entries.filter((e) => e.section === pools[0]) : [];
}
function resolveServerSettings(input) {
    const problems = [];
    const byPath = new Map(input.other.map((f) => [f.path, f]));
    const explicit = (paths, what) => paths.flatMap((raw) => {
        const path = normalize(input.root, raw);
        const file = byPath.get(path);
        if (!file) {
            problems.push({
                location: { file: path, line: 1 },
                message: `${what} ${path} (from the config) was not found in the app`,
                construct: 'missing file',
            });
            return [];
        }
        return [file];
    });
    // Discovered files: production ones only; a dev/local file does not describe the audited servers.
    const discovered = input.other.filter((f) => inInfraDir(f.path) && !looksNonProduction(f.path));
    const byName = (a, b) => {
        const an = a.path.split('/').pop() ?? a.path;
        const bn = b.path.split('/').pop() ?? b.path;
        return an < bn ? -1 : an > bn ? 1 : a.path < b.path ? -1 : 1;
    };
    // PHP reads conf.d in file-name order and the last value wins; explicitly given files win over discovered ones.
    const iniFiles = [
        ...discovered.filter((f) => f.path.endsWith('.ini')).sort(byName),
        ...explicit(input.phpIni, 'PHP ini file'),
    ].map((file) => ({ file, entries: (0,ini/* parseIni */.Ay)(file.text) }));
    const explicitPools = explicit(input.fpmPool, 'PHP-FPM pool file');
    const pools = [
        ...explicitPools,
        ...discovered.filter((f) => f.path.endsWith('.conf')).sort(byName),
    ]
        .map((file) => ({ file, entries: poolEntries((0,ini/* parseIni */.Ay)(file.text)) }))
        .filter((p) => p.entries.length > 0);
    const settings = {};
    const put = (key, value, file, line, source) => {
        settings[key] = { key, value, location: { file, line }, source };
    };
    for (const { file, entries } of iniFiles) {
        for (const e of entries) {
            if (isWatchedPhpDirective(e.key))
                put(`php.${e.key}`, e.value, file.path, e.line, `${file.path}: ${e.key}`);
        }
    }
    const pool = pools[0];
    if (pool) {
        const name = pool.entries[0].section ?? 'www';
        for (const e of pool.entries) {
            if (FPM_KEYS.includes(e.key)) {
                put(`fpm.${e.key}`, e.value, pool.file.path, e.line, `${pool.file.path} [${name}]: ${e.key}`);
                continue;
            }
            // php_admin_value[opcache.validate_timestamps] = 0 in the pool overrides the ini files.
            const m = /^php(?:_admin)?_(?:value|flag)\[([^\]]+)\]$/.exec(e.key);
            if (m && isWatchedPhpDirective(m[1]))
                put(`php.${m[1]}`, e.value, pool.file.path, e.line, `${pool.file.path} [${name}]: ${e.key}`);
        }
        const first = pool.entries[0];
        settings['fpm.pool'] = {
            key: 'fpm.pool',
            value: name,
            location: { file: pool.file.path, line: first.line },
            source: pool.file.path,
        };
        if (pools.length > 1) {
            settings['fpm.pool'].note =
                `${pools.length} pool files found; ${pool.file.path} is audited (name it in fpm-pool to choose another).`;
        }
    }
    // The repo configures OPcache: what it leaves unset takes PHP's defaults, which are part of the verdict.
    const opcacheFile = Object.values(settings).find((s) => s.key.startsWith('php.opcache.'))?.location;
    if (opcacheFile) {
        for (const [directive, value] of Object.entries(OPCACHE_DEFAULTS)) {
            const key = `php.${directive}`;
            if (settings[key])
                continue;
            settings[key] = {
                key,
                value,
                location: opcacheFile,
                source: `PHP default (${directive} not set in ${opcacheFile.file})`,
            };
        }
    }
    return { settings, problems };
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/telescope.ts
/** Telescope: whether the app installs it (composer) and whether `telescope:prune` is scheduled (PHP AST). */

/** Where Laravel apps define their schedule: the console kernel (≤ 10), routes/console.php and bootstrap/app.php (11+). */
const SCHEDULE_FILES = ['app/Console/Kernel.php', 'routes/console.php', 'bootstrap/app.php'];
const PRUNE_CLASS = 'laravel\\telescope\\console\\prunecommand';
function lineOfText(text, needle) {
    const idx = text.indexOf(needle);
    return idx < 0 ? 1 : text.slice(0, idx).split('\n').length;
}
/** `laravel/telescope` in composer.json (require or require-dev), as a setting with its line. */
function telescopePackage(files) {
    const file = files.other.find((f) => f.path === 'composer.json');
    if (!file)
        return null;
    let json;
    try {
        json = JSON.parse(file.text);
    }
    catch {
        return null;
    }
    for (const section of ['require', 'require-dev']) {
        const constraint = json[section]?.['laravel/telescope'];
        if (constraint === undefined)
            continue;
        return {
            key: 'composer.laravel/telescope',
            value: constraint,
            location: { file: file.path, line: lineOfText(file.text, '"laravel/telescope"') },
            source: `composer.json ${section}`,
        };
    }
    return null;
}
/** Is the first argument `'telescope:prune …'` or `PruneCommand::class` (Telescope's, by its use statement)? */
function isPruneArgument(arg, uses) {
    if (!arg)
        return false;
    if (arg.kind === 'string')
        return /^\s*telescope:prune(\s|$)/.test(String(arg.value));
    if (arg.kind === 'staticlookup') {
        const offset = arg.offset;
        const what = arg.what;
        if (offset?.kind !== 'identifier' ||
            String(offset.name).toLowerCase() !== 'class' ||
            what?.kind !== 'name')
            return false;
        const written = String(what.name).replace(/^\\/, '');
        const resolved = written.includes('\\') ? written : (uses.get(written.toLowerCase()) ?? written);
        return resolved.toLowerCase() === PRUNE_CLASS;
    }
    return false;
}
/** The first `->command('telescope:prune')` (or `Schedule::command(...)`) in the schedule files. */
function telescopePruneSchedule(parsed) {
    for (const path of SCHEDULE_FILES) {
        const file = parsed.find((p) => p.path === path);
        if (!file)
            continue;
        const uses = useMap(file.ast);
        let found = null;
        ast_walk(file.ast, (node) => {
            if (found || node.kind !== 'call')
                return;
            const method = calledMethod(node);
            if (method !== 'command')
                return;
            const args = node.arguments ?? [];
            if (!isPruneArgument(args[0], uses))
                return;
            found = {
                key: 'schedule.telescope:prune',
                value: args[0].kind === 'string' ? String(args[0].value) : 'telescope:prune',
                location: { file: path, line: node.loc?.start.line ?? 1 },
                source: `${path}: schedule`,
            };
        });
        if (found)
            return found;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/version.ts
/** The Laravel major version, from composer.lock (what is installed) or composer.json (what is allowed). */
function majorOf(version) {
    const m = /^v?(\d+)/.exec(version.trim());
    return m ? Number(m[1]) : null;
}
/** `^10.10|^11.0` → 11: with alternatives, Composer installs the newest one that fits. */
function majorOfConstraint(constraint) {
    const majors = constraint
        .split(/\|\|?|,|\s+/)
        .map((part) => /(\d+)/.exec(part.replace(/^[~^<>=!v\s]+/, ''))?.[1])
        .filter((m) => m !== undefined)
        .map(Number);
    return majors.length ? Math.max(...majors) : null;
}
/** An app's JSON file (composer.json, composer.lock) as an object; null when absent or not JSON. */
function readAppJson(files, path) {
    const file = files.other.find((f) => f.path === path);
    if (!file)
        return null;
    try {
        return JSON.parse(file.text);
    }
    catch {
        return null;
    }
}
function detectLaravelVersion(files) {
    const read = (path) => readAppJson(files, path);
    const lock = read('composer.lock');
    if (lock) {
        const packages = [
            ...(lock.packages ?? []),
            ...(lock['packages-dev'] ?? []),
        ];
        const framework = packages.find((p) => p.name === 'laravel/framework');
        const major = framework?.version ? majorOf(framework.version) : null;
        if (major !== null)
            return major;
    }
    const json = read('composer.json');
    const constraint = json?.require?.['laravel/framework'];
    return constraint ? majorOfConstraint(constraint) : null;
}

;// CONCATENATED MODULE: ./src/project/laravel/settings/index.ts
/**
 * Resolves the app's settings the way Laravel does: config/*.php (read with php-parser) gives each key an
 * env() variable and a default; the env files, in order of precedence, decide the variable. Pure: the
 * caller reads the files (readAppFiles) and parses the PHP (parsePhp).
 */














/**
 * Env files in order of precedence, only those the app has: the configured one, .env.production and
 * .env.prod, then a Docker production setup (docker-env.ts), then .env, then templates.
 */
function envFileOrder(files, envFile) {
    const chosen = envFile?.replace(/^\.\//, '') ?? null;
    const docker = (0,docker_env/* dockerEnvLayers */.iZ)(files.other, chosen && (0,docker_env/* isComposeFile */.Pv)(chosen) ? chosen : null);
    const wanted = chosen
        ? [chosen, docker, '.env', '.env.example', '.env.dist']
        : ['.env.production', '.env.prod', docker, '.env', '.env.example', '.env.dist'];
    const seen = new Set();
    const out = [];
    for (const item of wanted) {
        for (const layer of typeof item === 'string' ? [item] : item) {
            const path = typeof layer === 'string' ? layer : layer.path;
            if (seen.has(path))
                continue;
            if (typeof layer !== 'string') {
                seen.add(path);
                out.push(layer);
                continue;
            }
            // A compose file named as the env file is read as compose (above), never as dotenv.
            if ((0,docker_env/* isComposeFile */.Pv)(path))
                continue;
            const file = files.other.find((f) => f.path === path);
            if (file) {
                seen.add(path);
                out.push((0,dotenv/* parseDotenv */.q)(file.path, file.text));
            }
        }
    }
    return out;
}
/** Laravel 11's bootstrap/app.php starts with `Application::configure(...)`. */
function looksLikeLaravel11(parsed) {
    const bootstrap = parsed.find((p) => p.path === 'bootstrap/app.php');
    let found = false;
    if (bootstrap) {
        ast_walk(bootstrap.ast, (node) => {
            if (node.kind === 'call' && calledMethod(node) === 'configure')
                found = true;
        });
    }
    return found;
}
class Resolver {
    layers;
    noEnvFiles;
    constructor(layers, noEnvFiles) {
        this.layers = layers;
        this.noEnvFiles = noEnvFiles;
    }
    /** `env(key)` as production sees it: the raw value of the first env file that sets it. */
    env(key) {
        return this.lookup(key)?.value;
    }
    lookup(key) {
        for (const layer of this.layers) {
            const entry = layer.entries.get(key);
            if (entry)
                return { layer, value: entry.value, line: entry.line };
        }
        return null;
    }
    /**
     * Follows env('A', env('B', 'x')) down to the first variable an env file sets, else to the literal default.
     * `file` is the config file the expression is written in, null for a framework default.
     */
    resolve(start, file, defaultSource) {
        const keys = [];
        let expr = start;
        while (expr && expr.kind === 'env') {
            keys.push(expr.key);
            const hit = this.lookup(expr.key);
            if (hit) {
                return {
                    value: (0,dotenv/* laravelEnvValue */.S)(hit.value),
                    location: { file: hit.layer.path, line: hit.line },
                    source: `${hit.layer.path}: ${expr.key}`,
                    keys,
                };
            }
            if (!expr.fallback)
                break;
            expr = expr.fallback;
        }
        const where = file ?? defaultSource;
        const location = file && expr ? { file, line: expr.line } : file ? { file, line: start.line } : null;
        const why = keys.length === 0
            ? ''
            : this.noEnvFiles
                ? ' (the app has no env file)'
                : ` (no env file sets ${keys.join(' or ')})`;
        if (!expr || expr.kind === 'env') {
            return {
                value: null,
                location,
                source: `${where}: env('${keys[keys.length - 1]}') has no default${why}`,
                keys,
            };
        }
        if (expr.kind === 'literal') {
            const label = file ? (keys.length ? `${file} default` : `${file} (literal)`) : defaultSource;
            return { value: expr.value, location, source: `${label}${why}`, keys };
        }
        return {
            value: null,
            location,
            source: `${where}: computed when the app runs (${expr.what})${why}`,
            keys,
        };
    }
    /** Every env line that sets one of `keys`, highest precedence first. */
    definitions(keys) {
        const out = [];
        for (const key of keys) {
            for (const layer of this.layers) {
                const entry = layer.entries.get(key);
                if (entry) {
                    out.push({
                        value: (0,dotenv/* laravelEnvValue */.S)(entry.value),
                        location: { file: layer.path, line: entry.line },
                        source: `${layer.path}: ${key}`,
                    });
                }
            }
        }
        return out;
    }
    /** An env line for a renamed variable (CACHE_DRIVER on an app that reads CACHE_STORE) does nothing: say so. */
    aliasNote(keys) {
        for (const key of keys) {
            const alias = ENV_ALIASES[key];
            if (!alias || keys.includes(alias))
                continue;
            const hit = this.lookup(alias);
            if (hit) {
                return `${hit.layer.path}:${hit.line} sets ${alias}, but this app reads ${key}: that line has no effect.`;
            }
        }
        return undefined;
    }
}
function configSetting(key, tree, resolver, version, unreadable, folderNote = null) {
    const prefix = key.split('.')[0];
    const entry = tree.entries.get(key);
    let expr;
    let file;
    let defaultSource = frameworkDefaultSource(key, version);
    if (entry) {
        expr = entry.expr;
        file = entry.file;
    }
    else if (tree.files.has(prefix)) {
        // The app's config file exists but has no such key: Laravel merges nothing in (before 11) or the
        // framework's file underneath (11+); the framework default is the best statement of either.
        expr = frameworkDefault(key, version);
        file = null;
        defaultSource = `${frameworkDefaultSource(key, version).replace(/ \(config\/.*absent\)$/, '')} (not in ${tree.files.get(prefix)})`;
    }
    else {
        expr = frameworkDefault(key, version);
        file = null;
    }
    if (!expr)
        return null;
    if (unreadable.has(prefix)) {
        defaultSource = `${frameworkDefaultSource(key, version).replace(/ \(config\/.*absent\)$/, '')} (config/${prefix}.php did not parse)`;
    }
    const r = resolver.resolve(expr, file, defaultSource);
    const setting = { key, value: r.value, location: r.location, source: r.source };
    if (r.keys.length) {
        setting.envKey = r.keys[0];
        const defs = resolver.definitions(r.keys);
        if (defs.length)
            setting.definitions = defs;
    }
    const note = resolver.aliasNote(r.keys);
    if (note)
        setting.note = note;
    if (unreadable.has(prefix)) {
        const why = `config/${prefix}.php did not parse: this value ignores it.`;
        setting.note = setting.note ? `${setting.note} ${why}` : why;
    }
    if (folderNote)
        setting.note = setting.note ? `${setting.note} ${folderNote}` : folderNote;
    return setting;
}
function resolveSettings(input) {
    const { files, parsed } = input;
    const problems = [];
    const settings = {};
    // Config files that did not parse: the caller's parsePhp already reported them (PA901, file and line);
    // here the settings they hold fall back to env files and framework defaults, and say so.
    const parsedPaths = new Set(parsed.map((p) => p.path));
    const unreadable = new Set();
    const where = input.configFolder ?? DEFAULT_CONFIG_FOLDER;
    problems.push(...where.problems);
    const first = where.problems[0];
    // The config may come from elsewhere: every verdict read from config says it could not be found.
    const folderNote = first
        ? `The app may load its config from another folder (${first.location.file}:${first.location.line}), which could not be read: this value is from ${where.folder}/.`
        : null;
    for (const file of files.php) {
        const prefix = configPrefix(file.path, where);
        if (prefix && !parsedPaths.has(file.path))
            unreadable.add(prefix);
    }
    const layers = envFileOrder(files, input.envFile);
    if (input.envFile && !layers.some((l) => l.path === input.envFile.replace(/^\.\//, ''))) {
        problems.push({
            location: { file: input.envFile, line: 1 },
            message: `The env file ${input.envFile} named in the config does not exist; settings come from .env, .env.example and config/*.php`,
            construct: 'missing file',
        });
    }
    for (const layer of layers)
        problems.push(...layer.problems);
    const version = input.laravelVersion ?? (looksLikeLaravel11(parsed) ? 11 : 10);
    const functions = input.functions ?? new FunctionIndex(parsed);
    const tree = readConfigFiles(parsed, functions, where);
    const resolver = new Resolver(layers, layers.length === 0);
    const telescopeInstalled = telescopePackage(files);
    const keys = WATCHED_KEYS.filter((k) => k !== 'telescope.enabled' || telescopeInstalled || tree.files.has('telescope'));
    for (const key of keys) {
        const s = configSetting(key, tree, resolver, version, unreadable, folderNote);
        if (s)
            settings[key] = s;
    }
    // The driver behind the chosen cache store / queue connection (a store named `db` may use `database`).
    const dependent = [
        ['cache.default', 'cache.stores'],
        ['queue.default', 'queue.connections'],
    ];
    for (const [selector, group] of dependent) {
        const name = settings[selector]?.value;
        const driverKey = `${group}.${name}.driver`;
        if (name && tree.entries.has(driverKey)) {
            const s = configSetting(driverKey, tree, resolver, version, unreadable, folderNote);
            if (s)
                settings[driverKey] = s;
        }
    }
    if (telescopeInstalled)
        settings[telescopeInstalled.key] = telescopeInstalled;
    const prune = telescopePruneSchedule(parsed);
    if (prune)
        settings[prune.key] = prune;
    settings['laravel.version'] = {
        key: 'laravel.version',
        value: String(version),
        location: null,
        source: input.laravelVersion !== null
            ? 'composer.lock / composer.json'
            : 'assumed (no laravel/framework in composer files)',
    };
    const server = resolveServerSettings({
        root: files.root,
        other: files.other,
        phpIni: input.phpIni,
        fpmPool: input.fpmPool,
    });
    Object.assign(settings, server.settings);
    problems.push(...server.problems);
    const env = (name) => resolver.env(name);
    const config = configLookup(tree, env, { functions, unreadable });
    return { settings, problems, app: { config, env, functions, configFileRead: config.fileRead } };
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/version.ts
/** Which Laravel the app runs and which connection driver it uses: both change the DDL Laravel emits. */


/** The major version of laravel/framework (composer.lock, then composer.json), or null. */
function laravelMajorFrom(files) {
    return detectLaravelVersion(files);
}
/** DB_CONNECTION as the app's env files set it, read in Laravel's precedence with the settings' dotenv parser. */
function dbConnectionFrom(files, envFile = null) {
    for (const env of envFileOrder(files, envFile)) {
        const entry = env.entries.get('DB_CONNECTION');
        if (entry)
            return entry.value;
    }
    return null;
}
/**
 * The minor version of laravel/framework within its major (composer.lock's `v5.7.29` → 7, else the
 * composer.json constraint of that major: `5.7.*` → 7), or null. Laravel 5 changed morphs() in 5.8.
 */
function laravelMinorFrom(files) {
    const major = laravelMajorFrom(files);
    if (major === null)
        return null;
    const lock = readAppJson(files, 'composer.lock');
    const packages = [
        ...(lock?.packages ?? []),
        ...(lock?.['packages-dev'] ?? []),
    ];
    const framework = packages.find((p) => p.name === 'laravel/framework');
    // The newest minor of that major the text names (Composer installs the newest that fits).
    const pick = (text) => {
        let best = null;
        for (const part of text.split(/\|\|?|,|\s+/)) {
            const m = /^(\d+)\.(\d+)/.exec(part.replace(/^[~^<>=!v\s]+/, ''));
            if (m && Number(m[1]) === major)
                best = Math.max(best ?? 0, Number(m[2]));
        }
        return best;
    };
    if (framework?.version)
        return pick(framework.version);
    const constraint = readAppJson(files, 'composer.json')?.require?.['laravel/framework'];
    return constraint ? pick(constraint) : null;
}

;// CONCATENATED MODULE: ./src/project/laravel/migrations/app-migrations.ts
/**
 * What Laravel's migrator runs for an app, and with which builder settings: the migration files of every
 * folder (database/migrations and those the service providers register) in its order, the providers'
 * default string length, the app's Laravel version and connection driver. One reading for the static
 * schema and the schema phase, so both fold the same migrations the same way.
 */







function appMigrations(input) {
    const host = input.host ?? defaultHost();
    const index = input.index ?? class_index_indexOfFiles(input.parsed, host);
    const base = baseMigrationFolders(input.config.database.migrations, input.app.php.map((f) => f.path));
    const laravelMajor = laravelMajorFrom(input.app) ?? undefined;
    const laravelMinor = laravelMinorFrom(input.app) ?? undefined;
    const mariadbGrammar = (laravelMajor ?? 8) >= 11 && dbConnectionFrom(input.app, input.config.envFile) === 'mariadb';
    const serverVersion = input.serverVersion ?? null;
    const providers = providerSchemaSettings(index, host, {
        driver: mariadbGrammar ? 'mariadb' : 'mysql',
        version: serverVersion,
    }, base);
    return {
        files: orderMigrationFiles(input.parsed, providers.folders),
        options: {
            folders: providers.folders,
            defaultStringLength: providers.defaultStringLength ?? undefined,
            defaultMorphKeyType: providers.defaultMorphKeyType ?? undefined,
            laravelMajor,
            laravelMinor,
            mariadbGrammar,
            connection: connectionOptions(host),
            serverVersion,
            index,
            host,
        },
        problems: providers.problems,
    };
}

;// CONCATENATED MODULE: ./src/project/sql/dump.ts
/** Reads what a Laravel schema dump records: the migrations it already contains (INSERT INTO migrations). */


/** Names of the migrations a dump's `migrations` rows list (Laravel skips those after loading it). */
function migrationsInDump(text) {
    const names = [];
    for (const st of splitSql(text)) {
        if (!/^insert\s+into\s+`?migrations`?/i.test(st.sql))
            continue;
        for (const ast of parseSql(st.sql) ?? []) {
            if (ast.type !== 'insert')
                continue;
            const columns = ast.columns ?? [];
            const at = columns.indexOf('migration');
            const rows = ast.values?.values ?? ast.values ?? [];
            for (const row of rows) {
                const values = row.value ?? [];
                const cell = at >= 0 ? values[at] : values[1];
                if (cell && typeof cell.value === 'string')
                    names.push(cell.value);
            }
        }
    }
    return names;
}

;// CONCATENATED MODULE: ./src/project/sql/schema.ts
/**
 * The schema that plain SQL (a schema dump, SQL migration files) declares, read statically with
 * node-sql-parser: for runs without a database, and to know tables and indexes before MariaDB confirms them.
 * CREATE TABLE, DROP TABLE and index statements are folded; other statements do not change the static view.
 * A CREATE/ALTER that cannot be read becomes a Problem at its file:line (MariaDB would still run it as written).
 */





/** Folds SQL files (in the order given) into the schema they declare. Pure. */
function schemaFromSql(files, source = 'static') {
    const fold = new SchemaFold();
    const problems = [];
    const pendingKeys = [];
    for (const file of files) {
        for (const st of splitSql(file.text)) {
            const location = { file: file.path, line: st.line };
            const head = st.sql.slice(0, 40).toLowerCase();
            const ddl = head.startsWith('create') || head.startsWith('alter') || head.startsWith('drop');
            if (!ddl)
                continue;
            const asts = parseSql(st.sql);
            const ast = asts?.length === 1 ? asts[0] : null;
            let error = null;
            if (ast?.type === 'create' && ast.keyword === 'table') {
                error = createTable(fold, ast, location, pendingKeys);
            }
            else if (ast?.type === 'drop' && ast.keyword === 'table') {
                for (const t of (ast.name ?? []))
                    error ??= fold.dropTable(String(t.table), Boolean(ast.prefix));
            }
            else {
                const folded = foldSqlStatement(fold, st.sql, location);
                if (folded.folded)
                    error = folded.error;
                else if (!ast && (head.startsWith('create table') || head.startsWith('alter table'))) {
                    error = 'statement not understood statically (MariaDB runs it as written)';
                }
            }
            if (error)
                problems.push({ location, message: error, construct: 'SQL' });
        }
    }
    for (const key of pendingKeys) {
        const error = key.run();
        if (error)
            problems.push({ location: key.origin, message: error, construct: 'SQL' });
    }
    return { schema: fold.toSchema(source), problems };
}

;// CONCATENATED MODULE: ./src/schema/static-source.ts
/**
 * The schema without a database: what the configured source declares, read statically (migrations folded
 * from the PHP AST; dumps and SQL files read with node-sql-parser). Runs with a database use the schema
 * phase instead, whose introspected schema wins. Pure: the app's files are already read.
 */





const SCHEMA_DUMPS = ['database/schema/mysql-schema.sql', 'database/schema/mariadb-schema.sql'];
const under = (dir, path) => path.startsWith(`${dir.replace(/^\.\//, '').replace(/\/$/, '')}/`);
function staticSchema(input) {
    const { config, app } = input;
    const dumpPath = config.database.dump ?? SCHEMA_DUMPS.find((p) => app.other.some((f) => f.path === p)) ?? null;
    const dump = dumpPath ? (app.other.find((f) => f.path === dumpPath) ?? null) : null;
    switch (config.database.schema) {
        case 'dump':
            return dump ? { ...schemaFromSql([dump]), raw: [] } : migrations(input, null);
        case 'sql': {
            const dir = config.database.sqlDir ?? '';
            const files = app.other.filter((f) => f.path.endsWith('.sql') && under(dir, f.path));
            return { ...schemaFromSql(files), raw: [] };
        }
        case 'migrations':
        case 'command':
            // The app's own command runs its migrations: the static view is the same folding.
            return migrations(input, null);
        default:
            return migrations(input, dump && SCHEMA_DUMPS.includes(dump.path) ? dump : null);
    }
}
/** Migrations folded, on top of a Laravel schema dump when there is one (only the migrations it does not list). */
function migrations(input, dump) {
    const app = appMigrations(input);
    const problems = [...app.problems];
    let files = app.files;
    let fold;
    if (dump) {
        const fromDump = schemaFromSql([dump]);
        problems.push(...fromDump.problems);
        fold = SchemaFold.fromSchema({
            ...fromDump.schema,
            tables: fromDump.schema.tables.filter((t) => t.name !== 'migrations'),
        });
        const ran = new Set(migrationsInDump(dump.text));
        files = files.filter((f) => !ran.has(migrationName(f.path)));
    }
    const result = schemaFromMigrations(files, { ...app.options, fold });
    return { schema: result.schema, raw: result.raw, problems: [...problems, ...result.problems] };
}

;// CONCATENATED MODULE: ./src/database/apply.ts
/**
 * Runs DDL against the scratch database, one statement per query on a single-statement connection: a
 * statement can never carry a second one. Raw statements from the repository are checked first (see
 * statement-guard.ts); refused and failing ones are reported with their file:line and the run goes on.
 * MariaDB's messages are scrubbed of anything the statement did not itself contain.
 */



const stripTerminator = (sql) => sql.trim().replace(/;\s*$/, '');
async function applyStatements(conn, statements, options = {}) {
    const errors = [];
    const refused = [];
    let roundTrips = 0;
    // Rows of a dump (Laravel's migrations table…) go in one transaction per run of INSERTs: one log flush
    // instead of one per row. Any other statement ends the run first.
    let inTransaction = false;
    const endTransaction = async () => {
        if (!inTransaction)
            return;
        inTransaction = false;
        roundTrips++;
        await conn.query('COMMIT').catch(() => undefined);
    };
    for (let index = 0; index < statements.length; index++) {
        options.progress?.(index, statements.length);
        const statement = statements[index];
        let sql = stripTerminator(statement.sql);
        if (statement.raw) {
            const verdict = guardStatement(sql, options.scratch ?? '', options.udfs);
            if (!verdict.ok) {
                refused.push({ statement, index, reason: verdict.reason });
                continue;
            }
            sql = verdict.sql;
        }
        else {
            // Rendered DDL carries the repository's default and generated-column expressions.
            const reason = deniedCall(sql, options.udfs);
            if (reason) {
                refused.push({ statement, index, reason });
                continue;
            }
        }
        const insert = /^(insert|replace)\s/i.test(sql);
        if (!insert)
            await endTransaction();
        else if (!inTransaction) {
            roundTrips++;
            inTransaction = await conn.query('START TRANSACTION').then(() => true, () => false);
        }
        try {
            roundTrips++;
            await conn.query(sql);
        }
        catch (err) {
            // The server stopped answering and the connection is closed: nothing more can run on it.
            if (err instanceof bounded/* QueryTimeoutError */.UF)
                throw err;
            const e = err;
            const code = e.code ?? null;
            // Names in the scratch schema (keys, columns) were written by the repository: they may be quoted back.
            const names = options.scratch ? await scratchNames(conn, options.scratch) : [];
            errors.push({
                statement,
                index,
                code,
                message: scrubDbError(e.sqlMessage ?? e.message ?? String(err), code, {
                    statement: sql,
                    known: [...(options.known ?? []), 'PRIMARY', ...names],
                }),
            });
        }
    }
    await endTransaction();
    options.progress?.(statements.length, statements.length);
    return { errors, refused, roundTrips };
}
/** Table, column, index and constraint names of the scratch database (empty when they cannot be read). */
async function scratchNames(conn, database) {
    try {
        const [rows] = await conn.query(`SELECT TABLE_NAME AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ?
       UNION SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?
       UNION SELECT INDEX_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ?
       UNION SELECT CONSTRAINT_NAME FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = ?`, [database, database, database, database]);
        return rows.map((r) => String(r.n));
    }
    catch {
        return [];
    }
}
/**
 * Statements that do not depend on each other (the folded schema's CREATE TABLEs: each names one new table
 * and no other) spread over connections, each taking the next when it is free: MariaDB creates tables side
 * by side while each waits on its own file writes. `prelude` (session settings) runs on every connection
 * first. The result is applyStatements' for prelude + statements, with the same indexes.
 */
async function applyIndependent(conns, prelude, statements, options = {}) {
    if (conns.length <= 1)
        return applyStatements(conns[0], [...prelude, ...statements], options);
    const { progress, ...quiet } = options;
    const errors = [];
    const refused = [];
    let roundTrips = 0;
    let next = 0;
    let done = 0;
    const at = (xs, index) => xs.map((x) => ({ ...x, index }));
    // Counted as one applyStatements call over prelude + statements would count them.
    const total = prelude.length + statements.length;
    progress?.(0, total);
    await Promise.all(conns.map(async (conn, c) => {
        const set = await applyStatements(conn, prelude, quiet);
        roundTrips += set.roundTrips;
        if (c === 0) {
            errors.push(...set.errors);
            refused.push(...set.refused);
        }
        while (next < statements.length) {
            const i = next++;
            const one = await applyStatements(conn, [statements[i]], quiet);
            roundTrips += one.roundTrips;
            errors.push(...at(one.errors, prelude.length + i));
            refused.push(...at(one.refused, prelude.length + i));
            progress?.(prelude.length + ++done, total);
        }
    }));
    const byIndex = (a, b) => a.index - b.index;
    return { errors: errors.sort(byIndex), refused: refused.sort(byIndex), roundTrips };
}

;// CONCATENATED MODULE: ./src/database/introspect.ts
/**
 * Reads the schema MariaDB actually holds from information_schema, in one round trip: tables, columns
 * (COLUMN_TYPE, nullability, COLUMN_DEFAULT, JSON), indexes with column order and uniqueness, foreign keys.
 * This, not the translation of the migrations, is what the rules read.
 */
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
const introspect_str = (v) => (v === null ? '' : String(v));
function introspect_toColumn(r, tableCollation) {
    const extra = introspect_str(r.EXTRA).toLowerCase();
    const col = {
        name: introspect_str(r.COLUMN_NAME),
        type: introspect_str(r.COLUMN_TYPE).toLowerCase(),
        nullable: r.IS_NULLABLE === 'YES',
        default: r.COLUMN_DEFAULT === null ? null : String(r.COLUMN_DEFAULT),
    };
    if (extra.includes('auto_increment'))
        col.autoIncrement = true;
    if (extra.includes('generated')) {
        col.generated = { expression: introspect_str(r.GENERATION_EXPRESSION), stored: extra.includes('stored') };
    }
    const onUpdate = /on update (\S+)/.exec(extra);
    if (onUpdate)
        col.onUpdate = onUpdate[1];
    if (r.COLUMN_COMMENT)
        col.comment = String(r.COLUMN_COMMENT);
    if (r.COLLATION_NAME)
        col.collation = String(r.COLLATION_NAME);
    if (r.CHARACTER_SET_NAME && r.COLLATION_NAME !== tableCollation)
        col.charset = String(r.CHARACTER_SET_NAME);
    return col;
}
async function introspectSchema(conn, database, source = 'migrations') {
    // One statement per query: the connection may be a confined, single-statement one.
    const results = [];
    for (const q of QUERIES)
        results.push((await conn.query(q, [database]))[0]);
    const [tableRows, columnRows, indexRows, fkRows, checkRows] = results;
    const tables = new Map();
    for (const r of tableRows) {
        const t = { name: introspect_str(r.TABLE_NAME), columns: [], indexes: [], foreignKeys: [] };
        if (r.ENGINE)
            t.engine = String(r.ENGINE);
        if (r.TABLE_COLLATION) {
            t.collation = String(r.TABLE_COLLATION);
            t.charset = t.collation.split('_')[0];
        }
        if (r.TABLE_COMMENT)
            t.comment = String(r.TABLE_COMMENT);
        tables.set(t.name, t);
    }
    for (const r of columnRows) {
        const t = tables.get(introspect_str(r.TABLE_NAME));
        if (t)
            t.columns.push(introspect_toColumn(r, t.collation));
    }
    for (const r of indexRows) {
        const t = tables.get(introspect_str(r.TABLE_NAME));
        if (!t)
            continue;
        const name = introspect_str(r.INDEX_NAME);
        let idx = t.indexes.find((i) => i.name === name);
        if (!idx) {
            const type = introspect_str(r.INDEX_TYPE).toUpperCase();
            idx = {
                name,
                columns: [],
                unique: Number(r.NON_UNIQUE) === 0,
                kind: type === 'FULLTEXT' ? 'fulltext' : type === 'SPATIAL' ? 'spatial' : 'btree',
            };
            if (name === 'PRIMARY')
                idx.primary = true;
            t.indexes.push(idx);
        }
        idx.columns.push(introspect_str(r.COLUMN_NAME));
        // SPATIAL indexes report SUB_PART 32 for the whole geometry: not a prefix.
        const sub = r.SUB_PART === null || idx.kind === 'spatial' ? null : Number(r.SUB_PART);
        if (sub !== null || idx.subParts) {
            idx.subParts ??= idx.columns.slice(0, -1).map(() => null);
            idx.subParts.push(sub);
        }
    }
    for (const r of fkRows) {
        const t = tables.get(introspect_str(r.TABLE_NAME));
        if (!t)
            continue;
        const name = introspect_str(r.CONSTRAINT_NAME);
        let fk = t.foreignKeys.find((f) => f.name === name);
        if (!fk) {
            fk = {
                name,
                columns: [],
                refTable: introspect_str(r.REFERENCED_TABLE_NAME),
                refColumns: [],
                onDelete: introspect_str(r.DELETE_RULE),
                onUpdate: introspect_str(r.UPDATE_RULE),
            };
            t.foreignKeys.push(fk);
        }
        fk.columns.push(introspect_str(r.COLUMN_NAME));
        fk.refColumns.push(introspect_str(r.REFERENCED_COLUMN_NAME));
    }
    for (const r of checkRows) {
        const column = introspect_str(r.CONSTRAINT_NAME);
        const col = tables.get(introspect_str(r.TABLE_NAME))?.columns.find((c) => c.name === column);
        if (col && introspect_str(r.CHECK_CLAUSE) === `json_valid(\`${column.replace(/`/g, '``')}\`)`)
            col.json = true;
    }
    return { source, tables: [...tables.values()] };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/database/schema-command.ts
/**
 * The `command` schema source: the app's own command (e.g. `php artisan migrate --force`) builds the schema
 * in the scratch database. It is repository code, so it runs as the per-run account, with an environment
 * stripped of the GitHub token, the action's inputs and other secrets, under a time limit, and in its own
 * process group, which is killed on timeout and when perf-audit exits.
 */


/** Default limit for the schema command. */
const COMMAND_TIMEOUT_MS = 300_000;
/** Grace between SIGTERM and SIGKILL when the limit is reached. */
const KILL_GRACE_MS = 2_000;
/** Output kept for the report (the tail, where the error is). */
const OUTPUT_LIMIT = 64 * 1024;
/** Variables never passed on: the runner's tokens and inputs, database URLs, and anything named like a secret. */
const DROPPED = [
    /^INPUT_/i,
    /^ACTIONS_/i,
    /^GITHUB_TOKEN$/i,
    /^GH_TOKEN$/i,
    // The runner's command files: writing them would set the job's env, outputs, PATH or summary.
    /^GITHUB_(ENV|OUTPUT|PATH|STATE|STEP_SUMMARY)$/i,
    /^PERF_AUDIT_/i,
    /^(DB_URL|DATABASE_URL|MYSQL_PWD|MYSQL_HOST|MYSQL_TCP_PORT|MARIADB_PASSWORD|MYSQL_PASSWORD)$/i,
    /(TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIAL|API_KEY|ACCESS_KEY)/i,
];
/**
 * The command's environment: the parent's minus DROPPED and minus any variable holding a secret's value,
 * plus the scratch database as the run account (DB_PASSWORD is that account's, never the given one's).
 */
function commandEnv(parent, run, database, connection, secrets) {
    const values = [
        ...secrets,
        parent.GITHUB_TOKEN ?? '',
        parent['INPUT_GITHUB-TOKEN'] ?? '',
        parent.GH_TOKEN ?? '',
    ].filter((v) => v.length >= 4);
    const env = {};
    for (const [k, v] of Object.entries(parent)) {
        if (v === undefined || DROPPED.some((re) => re.test(k)))
            continue;
        if (values.some((s) => v.includes(s)))
            continue;
        env[k] = v;
    }
    return {
        ...env,
        DB_CONNECTION: parent.DB_CONNECTION === 'mariadb' ? 'mariadb' : connection,
        DB_HOST: run.host,
        DB_PORT: String(run.port),
        DB_DATABASE: database,
        DB_USERNAME: run.user,
        DB_PASSWORD: run.password,
    };
}
/** Kills the whole group (the shell and everything it started). */
function killGroup(pid, signal) {
    try {
        process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
/** Runs `command` through the shell in its own process group, bounded by `timeoutMs`. */
function runCommand(command, options) {
    // Node's timers overflow above 2^31-1 ms (and then fire at once).
    const timeoutMs = Math.min(options.timeoutMs ?? COMMAND_TIMEOUT_MS, 2_147_483_647);
    const started = Date.now();
    return new Promise((done) => {
        const child = (0,external_node_child_process_.spawn)(command, {
            cwd: options.cwd,
            env: options.env,
            shell: true,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let out = '';
        const keep = (d) => {
            out += d.toString();
            if (out.length > OUTPUT_LIMIT * 2)
                out = out.slice(-OUTPUT_LIMIT);
        };
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        const pid = child.pid;
        const onExit = () => pid && killGroup(pid, 'SIGKILL');
        process.on('exit', onExit);
        const unregister = (0,cleanup.registerCleanup)('schema command', onExit);
        let timedOut = false;
        let hard;
        const timer = setTimeout(() => {
            timedOut = true;
            if (!pid)
                return;
            killGroup(pid, 'SIGTERM');
            hard = setTimeout(() => killGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
        }, timeoutMs);
        const finish = (code, extra = '') => {
            clearTimeout(timer);
            if (hard)
                clearTimeout(hard);
            // Whatever the shell left running in its group goes with it.
            if (pid)
                killGroup(pid, 'SIGKILL');
            process.removeListener('exit', onExit);
            unregister();
            const text = `${out}${extra}`;
            done({
                code,
                output: text.length > OUTPUT_LIMIT ? `…${text.slice(-OUTPUT_LIMIT)}` : text,
                timedOut,
                ms: Date.now() - started,
            });
        };
        // The shell is done: anything it left in its group (holding the pipes open) is killed now.
        child.on('exit', () => pid && killGroup(pid, 'SIGKILL'));
        child.on('error', (err) => finish(-1, err.message));
        child.on('close', (c) => finish(c));
    });
}

;// CONCATENATED MODULE: ./src/database/schema-phase.ts
/**
 * The schema phase: builds the app's schema in the scratch database from the configured source, then
 * introspects it. Failing statements become Problems at their file:line with MariaDB's message; the run
 * goes on. The caller owns (and always drops) the scratch database.
 */

















/**
 * Connections creating a folded schema's tables side by side (bench: 210 tables in about half the time of
 * one connection), from this many tables on: fewer are not worth the connections.
 */
const CREATE_CONNECTIONS = 6;
const SIDE_BY_SIDE_TABLES = 20;
/** Laravel's own bookkeeping table: not part of the app's schema. */
const LARAVEL_MIGRATIONS_TABLE = 'migrations';
async function runSchemaPhase(db, input) {
    const started = performance.now();
    const mode = input.config.database.schema;
    let built;
    switch (mode) {
        case 'migrations':
            built = await fromMigrations(db, input, null);
            break;
        case 'dump':
            built = await fromDump(db, input);
            break;
        case 'sql':
            built = await fromSqlDir(db, input);
            break;
        case 'command':
            built = await fromCommand(db, input);
            break;
        default: {
            const dump = input.app.other.find((f) => SCHEMA_DUMPS.includes(f.path));
            built = await fromMigrations(db, input, dump ?? null);
        }
    }
    const introspected = await introspectSchema(db.conn, db.name, built.source);
    const schema = {
        ...introspected,
        tables: introspected.tables.filter((t) => t.name !== LARAVEL_MIGRATIONS_TABLE),
    };
    // A configured dump, SQL folder or command that yields no table is broken input, not an app without
    // tables: passing on it would hide every finding (fail closed).
    if (mode !== 'migrations' && mode !== 'auto' && schema.tables.length === 0) {
        const why = built.problems[0]?.message ?? built.note;
        throw new audit_phases.FatalPhaseError(`schema: ${mode} produced no table (${why})`);
    }
    return {
        schema,
        problems: built.problems,
        foldProblems: built.foldProblems ?? null,
        source: built.source,
        note: built.note,
        ms: Math.round(performance.now() - started),
        rejected: built.rejected ?? [],
        pristine: built.pristine ?? false,
    };
}
function errorProblems(errors, fallback) {
    return errors.map((e) => ({
        location: e.statement.location ?? fallback,
        message: `MariaDB rejected \`${excerpt(e.statement.sql)}\`: ${e.message}${e.code ? ` (${e.code})` : ''}`,
        construct: 'schema statement',
        touches: schema_phase_touchOf(e.statement),
    }));
}
/** Raw statements the guard did not let run, each at its file:line. */
function refusedProblems(result, fallback) {
    return result.refused.map((r) => ({
        location: r.statement.location ?? fallback,
        message: `not run \`${excerpt(r.statement.sql)}\`: ${r.reason}; repository SQL may only build the scratch schema`,
        construct: 'SQL',
        touches: schema_phase_touchOf(r.statement),
    }));
}
/** A statement that failed leaves its table uncertain, or any table when it builds none that is known. */
function schema_phase_touchOf(statement) {
    return statement.table ? { tables: [statement.table], unknown: false } : { tables: [], unknown: true };
}
/** What went wrong in one apply, refused and rejected statements in statement order. */
function applyProblems(result, fallback) {
    const refused = refusedProblems(result, fallback).map((p, i) => ({ p, at: result.refused[i].index }));
    const rejected = errorProblems(result.errors, fallback).map((p, i) => ({ p, at: result.errors[i].index }));
    return [...refused, ...rejected].sort((a, b) => a.at - b.at).map((x) => x.p);
}
/** How statements run in this scratch database: raw ones checked against it, errors scrubbed. */
function applyOptions(db, progress) {
    return {
        scratch: db.name,
        udfs: db.account.udfs,
        known: [db.name, db.account.user],
        ...(progress ? { progress } : {}),
    };
}
/** Whether a MariaDB message names this identifier ('size' or `size`). */
function mentions(message, name) {
    return message.includes(`'${name}'`) || message.includes(`\`${name}\``);
}
function excerpt(sql) {
    const flat = sql.replace(/\s+/g, ' ').trim();
    return flat.length > 100 ? `${flat.slice(0, 100)}…` : flat;
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Statements of a .sql text with their file:line, checked by the guard before they run. */
function sqlStatements(file) {
    return splitSql(file.text).map((s) => ({
        sql: s.sql,
        location: { file: file.path, line: s.line },
        raw: true,
    }));
}
/**
 * Migrations folded into the final schema, created once. With a schema dump (schema: auto), the dump is
 * loaded first and only the migrations it does not list run on top of it, as Laravel does.
 */
async function fromMigrations(db, input, dump) {
    const problems = [];
    // The providers' own problems (a folder that cannot be known) are the project's to report.
    const app = appMigrations(input);
    let migrations = app.files;
    let fold;
    let dumpNote = '';
    let dumpTables = [];
    if (dump) {
        const loaded = await applyStatements(db.conn, sqlStatements(dump), applyOptions(db, input.progress));
        problems.push(...applyProblems(loaded, { file: dump.path, line: 1 }));
        const ran = new Set(migrationsInDump(dump.text));
        migrations = migrations.filter((m) => !ran.has(migrationName(m.path)));
        dumpNote = `${dump.path}, then `;
        if (migrations.length === 0) {
            // No migration is folded: the constructs of those the dump covers do not stand under this schema.
            return { source: 'dump', problems, foldProblems: [], note: `${dump.path} (no newer migrations)` };
        }
        // Newer migrations fold on top of what the dump built; the tables are then created once, folded.
        const current = await introspectSchema(db.conn, db.name, 'dump');
        current.tables = current.tables.filter((t) => t.name !== LARAVEL_MIGRATIONS_TABLE);
        for (const t of current.tables)
            t.origin = { file: dump.path, line: 1 };
        fold = SchemaFold.fromSchema(current);
        dumpTables = current.tables.map((t) => t.name);
    }
    const result = schemaFromMigrations(migrations, { ...app.options, fold });
    const statements = [];
    if (dumpTables.length) {
        statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 0' });
        statements.push({ sql: `DROP TABLE ${dumpTables.map(quoteIdent).join(', ')}` });
        statements.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
    }
    const first = migrations[0]?.path ?? 'database/migrations';
    if (statements.length) {
        const cleared = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
        problems.push(...errorProblems(cleared.errors, { file: dump?.path ?? first, line: 1 }));
    }
    const helpers = result.schema.tables.length >= SIDE_BY_SIDE_TABLES
        ? await (0,bounded/* openAll */.kr)(CREATE_CONNECTIONS - 1, () => (0,connection.connect)(db.account.url, db.name)).catch(() => [])
        : [];
    let applied;
    try {
        applied = await applyFolded(db.conn, result.schema, result.raw, applyOptions(db, input.progress), helpers);
    }
    finally {
        await Promise.all(helpers.map((c) => c.end().catch(() => undefined)));
    }
    problems.push(...applied.problems.map((p) => (p.location.line > 0 ? p : { ...p, location: { file: first, line: 1 } })));
    const failed = applied.failed ? `, ${plural(applied.failed, 'statement')} failed` : '';
    return {
        source: 'migrations',
        problems,
        foldProblems: result.problems,
        pristine: !dump && result.raw.length === 0,
        rejected: result.schema.tables.filter((t) => applied.rejected.has(t.name.toLowerCase())),
        note: `${dumpNote}${plural(migrations.length, 'migration')} folded into ${plural(result.schema.tables.length, 'table')}` +
            ` (${plural(result.raw.length, 'raw statement')}, ${plural(applied.roundTrips, 'round trip')}${failed})`,
    };
}
/**
 * The statements that build a folded schema: every table, then every foreign key (with FOREIGN_KEY_CHECKS
 * off, which lets InnoDB add a key without copying the table; type mismatches are still rejected because
 * every parent exists by then), then the raw SQL in migration order with checks back on.
 */
function foldedStatements(schema, raw) {
    const out = [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }];
    for (const t of schema.tables)
        out.push({ sql: renderCreateTable(t), location: t.origin });
    for (const t of schema.tables) {
        for (const fk of t.foreignKeys)
            out.push({ sql: renderForeignKey(t.name, fk), location: fk.origin ?? t.origin });
    }
    out.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
    out.push(...raw.map((r) => ({ sql: r.sql, location: r.location })));
    return out;
}
/**
 * Builds a folded schema in few round trips: the tables (one batch), then the foreign keys of tables whose
 * parent exists (a key to a table whose CREATE failed would be accepted silently with checks off, so it is
 * reported instead), then the raw SQL in migration order.
 */
async function applyFolded(conn, schema, raw, options = {}, helpers = []) {
    const noWhere = { file: '', line: 0 };
    const creates = schema.tables.map((t) => ({
        sql: ddl_renderCreateTable(t),
        location: t.origin,
        table: t.name,
    }));
    // The tables have no foreign keys yet and name no other table: they are created side by side.
    const created = await applyIndependent([conn, ...helpers], [{ sql: 'SET FOREIGN_KEY_CHECKS = 0' }], creates, options);
    const failedTables = new Set([...created.errors, ...created.refused].map((e) => schema.tables[e.index - 1]?.name.toLowerCase()));
    // A rejected CREATE TABLE is reported where the column MariaDB names was defined, when it names one.
    for (const e of created.errors) {
        const table = schema.tables[e.index - 1];
        const column = table?.columns.find((c) => c.origin && mentions(e.message, c.name));
        if (column?.origin)
            e.statement = { ...e.statement, location: column.origin };
    }
    const problems = applyProblems(created, noWhere);
    const rest = [];
    for (const t of schema.tables) {
        if (failedTables.has(t.name.toLowerCase()))
            continue;
        for (const fk of t.foreignKeys) {
            const location = fk.origin ?? t.origin ?? noWhere;
            if (failedTables.has(fk.refTable.toLowerCase())) {
                problems.push({
                    location,
                    message: `foreign key ${fk.name} references ${fk.refTable}, which could not be created`,
                    construct: 'schema statement',
                    touches: { tables: [t.name], unknown: false },
                });
                continue;
            }
            rest.push({ sql: ddl_renderForeignKey(t.name, fk), location, table: t.name });
        }
    }
    rest.push({ sql: 'SET FOREIGN_KEY_CHECKS = 1' });
    // DB::unprepared may hold several statements: each is checked and sent on its own, at its own line.
    for (const r of raw) {
        for (const part of splitSql(r.sql)) {
            const line = r.location.line > 0 ? r.location.line + part.line - 1 : 0;
            rest.push({ sql: part.sql, location: { ...r.location, line }, raw: true });
        }
    }
    const others = await applyStatements(conn, rest, options);
    problems.push(...applyProblems(others, noWhere));
    return {
        problems,
        roundTrips: created.roundTrips + others.roundTrips,
        failed: created.errors.length + created.refused.length + others.errors.length + others.refused.length,
        rejected: failedTables,
    };
}
async function readConfigured(input, path) {
    const root = input.app.root;
    const abs = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(root, path);
    const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
    const known = input.app.other.find((f) => f.path === rel);
    if (known)
        return known;
    return { path: rel.startsWith('..') ? abs : rel, text: await (0,regular_file/* readRegularFile */.X)(abs, 'schema file') };
}
async function fromDump(db, input) {
    const path = input.config.database.dump ?? SCHEMA_DUMPS.find((p) => input.app.other.some((f) => f.path === p));
    if (!path) {
        return {
            source: 'dump',
            problems: [
                {
                    location: { file: '.perf-audit.yml', line: 1 },
                    message: 'schema: dump needs database.dump (no database/schema/mysql-schema.sql found)',
                },
            ],
            note: 'no dump to load',
        };
    }
    let file;
    try {
        file = await readConfigured(input, path);
    }
    catch (err) {
        return {
            source: 'dump',
            problems: [
                {
                    location: { file: path, line: 1 },
                    message: `cannot read the schema dump: ${err.message}`,
                },
            ],
            note: 'dump unreadable',
        };
    }
    const statements = sqlStatements(file);
    const applied = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
    return {
        source: 'dump',
        problems: applyProblems(applied, { file: file.path, line: 1 }),
        note: `${file.path}: ${plural(statements.length, 'statement')} in ${plural(applied.roundTrips, 'round trip')}`,
    };
}
async function fromSqlDir(db, input) {
    const dir = input.config.database.sqlDir;
    if (!dir) {
        return {
            source: 'sql',
            problems: [
                { location: { file: '.perf-audit.yml', line: 1 }, message: 'schema: sql needs database.sql-dir' },
            ],
            note: 'no SQL folder',
        };
    }
    const abs = (0,external_node_path_.isAbsolute)(dir) ? dir : (0,external_node_path_.resolve)(input.app.root, dir);
    let names;
    try {
        names = (await (0,promises_.readdir)(abs)).filter((n) => n.endsWith('.sql')).sort();
    }
    catch (err) {
        return {
            source: 'sql',
            problems: [
                {
                    location: { file: dir, line: 1 },
                    message: `cannot read the SQL folder: ${err.message}`,
                },
            ],
            note: 'SQL folder unreadable',
        };
    }
    const statements = [];
    for (const name of names)
        statements.push(...sqlStatements(await readConfigured(input, (0,external_node_path_.join)(abs, name))));
    const applied = await applyStatements(db.conn, statements, applyOptions(db, input.progress));
    return {
        source: 'sql',
        problems: applyProblems(applied, { file: dir, line: 1 }),
        note: `${plural(names.length, 'SQL file')}, ${plural(statements.length, 'statement')} in ${plural(applied.roundTrips, 'round trip')}`,
    };
}
/** The app's own mysql/mariadb connection name (Laravel 11 apps may name `mariadb`); otherwise `mysql`. */
function connectionFor(input) {
    const fromEnv = dbConnectionFrom(input.app, input.config.envFile);
    return fromEnv === 'mariadb' || fromEnv === 'mysql' ? fromEnv : 'mysql';
}
/** Output kept for error messages, with the passwords masked and the length bounded. */
function redact(text, secrets) {
    let masked = text;
    for (const secret of secrets)
        if (secret)
            masked = masked.split(secret).join('***');
    return masked.length > 4000 ? `…${masked.slice(-4000)}` : masked;
}
async function fromCommand(db, input) {
    const command = input.config.database.command ?? 'php artisan migrate --force';
    const secrets = [db.url.password, db.account.url.password];
    const env = commandEnv(process.env, db.account.url, db.name, connectionFor(input), secrets);
    const { code, output, timedOut, ms } = await runCommand(command, {
        cwd: input.app.root,
        env,
        timeoutMs: input.config.database.commandTimeoutMs,
    });
    const shown = redact(command, secrets);
    const status = timedOut ? `was stopped after ${ms} ms (time limit)` : `exited with ${code}`;
    const problems = code === 0 && !timedOut
        ? []
        : [
            {
                location: { file: '.perf-audit.yml', line: 1 },
                message: `schema command \`${shown}\` ${status}: ${redact(output.trim(), secrets)}`,
                construct: 'schema command',
                touches: { tables: [], unknown: true },
            },
        ];
    return { source: 'command', problems, note: `\`${shown}\` ${status}` };
}

// EXTERNAL MODULE: ./src/project/ignore-directive.ts
var ignore_directive = __webpack_require__(31999);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/project/parse-source.ts
var parse_source = __webpack_require__(78254);
;// CONCATENATED MODULE: ./src/gate/ignores.ts
/**
 * Silencing: `ignore:` entries of .perf-audit.yml and inline `// perf-audit-ignore PA101 reason` comments.
 * A silenced finding stays in the report with its reason and never blocks. PHP comments are read from
 * php-parser's comment nodes; env/ini/conf files from their `#` / `;` comment lines.
 */





/** Directives in a PHP file, from the comment nodes php-parser collects; a file that does not parse has none. */
function phpDirectives(path, text, already) {
    const parsed = already ?? (0,parse_source/* parseSource */.P)(path, text).parsed;
    if (!parsed)
        return [];
    const comments = parsed.ast.comments ?? [];
    const out = [];
    for (const comment of comments) {
        if (!comment.loc)
            continue;
        const directive = (0,ignore_directive/* parseDirective */.x)(comment.value);
        if (!directive)
            continue;
        // A line comment's end position is the start of the next line; its last line is the start line.
        const last = comment.kind === 'commentline' ? comment.loc.start.line : comment.loc.end.line;
        out.push({
            ...directive,
            lines: [last + 1, comment.loc.start.line],
            at: { file: path, line: comment.loc.start.line },
        });
    }
    return out;
}
/**
 * The directives of every parsed PHP file, read from its comment nodes, so the audit can let the ASTs go
 * before the rules run (a large app's ASTs are hundreds of MB). Files without directives are left out.
 */
function collectDirectives(parsed) {
    const out = new Map();
    for (const p of parsed) {
        const found = phpDirectives(p.path, '', p);
        if (found.length)
            out.set(p.path, found);
    }
    return out;
}
/** Directives in env, ini and pool files: a `#` or `;` comment line applies to the line below. */
function lineCommentDirectives(path, text) {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        const trimmed = line.trim();
        if (!trimmed.startsWith('#') && !trimmed.startsWith(';'))
            return;
        const directive = (0,ignore_directive/* parseDirective */.x)(trimmed);
        if (directive)
            out.push({ ...directive, lines: [i + 2], at: { file: path, line: i + 1 } });
    });
    return out;
}
function sameColumns(a, b) {
    const norm = (cols) => [...new Set(cols.map((c) => c.toLowerCase()))].sort().join(',');
    return norm(a) === norm(b);
}
function locationsOf(finding) {
    if (finding.locations?.length)
        return finding.locations;
    return finding.file ? [{ file: finding.file, line: finding.line ?? 0 }] : [];
}
/** Whether a config `ignore:` entry covers a finding: every field the entry gives must match. */
function entryMatches(entry, finding) {
    const rule = entry.rule.trim().toUpperCase();
    if (rule !== '*' && rule !== finding.rule.toUpperCase())
        return false;
    if (entry.path) {
        const isMatch = picomatch_default()(entry.path, { dot: true });
        const files = locationsOf(finding).map((l) => l.file);
        if (files.length === 0 || !files.every((f) => isMatch(f)))
            return false;
    }
    if (entry.table && entry.table.toLowerCase() !== (finding.table ?? '').toLowerCase())
        return false;
    if (entry.columns?.length && !sameColumns(entry.columns, finding.columns ?? []))
        return false;
    return true;
}
function isPhp(path) {
    return path.endsWith('.php');
}
function isLineCommentFile(path) {
    const name = (0,external_node_path_.basename)(path);
    return name === '.env' || name.startsWith('.env.') || /\.(ini|conf)$/.test(name);
}
/** Collects the directives of the files that findings point at (each file read once). */
class DirectiveIndex {
    cache = new Map();
    texts = new Map();
    collected;
    constructor(input) {
        this.collected = input.directives ?? null;
        for (const file of [...input.files.php, ...input.files.other])
            this.texts.set(file.path, file.text);
        // Query shapes carry directives the query-shape reader already found above each chain.
        for (const shape of input.project.queries ?? []) {
            if (!shape.inlineIgnores?.length)
                continue;
            const list = this.cache.get(`shape:${shape.location.file}`) ?? [];
            for (const ignore of shape.inlineIgnores) {
                list.push({
                    rules: [ignore.rule.toUpperCase()],
                    reason: ignore.reason || 'no reason given',
                    lines: [shape.location.line],
                    at: { file: shape.location.file, line: Math.max(1, shape.location.line - 1) },
                });
            }
            this.cache.set(`shape:${shape.location.file}`, list);
        }
    }
    forFile(path) {
        let found = this.cache.get(path);
        if (found)
            return found;
        const text = this.texts.get(path);
        found =
            text === undefined
                ? []
                : isPhp(path)
                    ? (this.collected?.get(path) ?? (this.collected ? [] : phpDirectives(path, text)))
                    : isLineCommentFile(path)
                        ? lineCommentDirectives(path, text)
                        : [];
        this.cache.set(path, found);
        return found;
    }
    find(rule, at) {
        const candidates = [...(this.cache.get(`shape:${at.file}`) ?? []), ...this.forFile(at.file)];
        return candidates.find((d) => d.lines.includes(at.line) && (d.rules.includes(rule) || d.rules.includes('*')));
    }
}
/**
 * Marks findings silenced by a config entry or by inline directives. A finding with several locations is
 * silenced inline only when every location carries a directive: another query still needing the index
 * keeps it active.
 */
function applyIgnores(findings, input) {
    const configName = input.config.configFile ? (0,external_node_path_.basename)(input.config.configFile) : '.perf-audit.yml';
    const directives = new DirectiveIndex(input);
    return findings.map((finding) => {
        if (finding.silenced)
            return finding;
        const index = input.config.ignore.findIndex((entry) => entryMatches(entry, finding));
        if (index >= 0) {
            const entry = input.config.ignore[index];
            return { ...finding, silenced: { reason: entry.reason, by: `${configName} ignore[${index}]` } };
        }
        const locations = locationsOf(finding).filter((l) => l.line > 0);
        if (locations.length === 0)
            return finding;
        const found = locations.map((l) => directives.find(finding.rule, l));
        if (found.some((d) => !d))
            return finding;
        const first = found[0];
        return {
            ...finding,
            silenced: { reason: first.reason, by: `inline comment at ${first.at.file}:${first.at.line}` },
        };
    });
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/lifecycle/process-group.ts
/**
 * Child processes started in their own process group, so that everything they start in turn (a shell, php,
 * composer scripts…) can be killed together: on a signal (cleanup registry) and when the caller gives up.
 */


/** Kills the child's whole group; quiet when it has already gone. */
function process_group_killGroup(child, signal = 'SIGKILL') {
    if (child.pid === undefined)
        return;
    try {
        process.kill(-child.pid, signal);
    }
    catch {
        // Already gone.
    }
}
/**
 * spawn() in a new process group, registered for cleanup until it closes. The group is killed as a
 * whole (not only the shell) so no grandchild is orphaned.
 */
function spawnGroup(command, args, options) {
    const child = (0,external_node_child_process_.spawn)(command, args, { ...options, detached: true });
    const unregister = (0,cleanup.registerCleanup)(`kill process group of ${command}`, () => process_group_killGroup(child));
    // On exit, not close: a grandchild holding the output pipe open would delay close forever.
    child.once('exit', () => {
        unregister();
        // Whatever the command left running in its group goes with it.
        process_group_killGroup(child);
    });
    child.once('error', unregister);
    return child;
}
/**
 * Runs a command to completion in its own process group (git fetch starts helpers of its own), output
 * collected; a signal to perf-audit kills the group instead of leaving it running.
 */
function runGroup(command, args, options) {
    return new Promise((done) => {
        const child = spawnGroup(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        const max = options.maxBuffer ?? 16 * 1024 * 1024;
        let stdout = '';
        let stderr = '';
        const collect = (into) => (d) => {
            if (into === 'out')
                stdout = (stdout + d.toString()).slice(0, max);
            else
                stderr = (stderr + d.toString()).slice(-max);
        };
        child.stdout?.on('data', collect('out'));
        child.stderr?.on('data', collect('err'));
        child.once('error', (err) => done({ code: -1, stdout, stderr: `${stderr}${err.message}` }));
        child.once('close', (code) => done({ code, stdout, stderr }));
    });
}

// EXTERNAL MODULE: ./src/gate/git-ref.ts
var git_ref = __webpack_require__(20615);
;// CONCATENATED MODULE: ./src/gate/baseline.ts
/**
 * The baseline: the same audit on the merge base of the PR, so only what the change introduced blocks.
 * compareWithBaseline is pure; auditBaseline owns the git worktree (created in a temp folder, always removed).
 */






/**
 * Marks each current finding `existing` when the base has one with the same fingerprint, else `new`; base
 * findings with no current counterpart are `fixed`. Fingerprints are matched as a multiset, so a second
 * occurrence of the same problem on the PR is still new.
 */
function compareWithBaseline(current, base) {
    const remaining = new Map();
    for (const f of base) {
        const list = remaining.get(f.fingerprint) ?? [];
        list.push(f);
        remaining.set(f.fingerprint, list);
    }
    const findings = current.map((f) => {
        const match = remaining.get(f.fingerprint);
        if (match && match.length) {
            match.shift();
            return { ...f, status: 'existing' };
        }
        return { ...f, status: 'new' };
    });
    const fixed = [...remaining.values()].flat().map((f) => ({ ...f, status: 'existing' }));
    return { findings, fixed };
}
/** A git failure with the command and git's own words, without the environment. */
class BaselineError extends Error {
    constructor(message) {
        super(message);
        this.name = 'BaselineError';
    }
}
async function git(cwd, args) {
    // In its own process group: a signal to perf-audit kills git and the helpers it started (fetch).
    const r = await runGroup('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    if (r.code === 0)
        return r.stdout.trim();
    throw new BaselineError(`git ${args.join(' ')} failed in ${cwd}: ${(r.stderr || `exit status ${r.code}`).trim()}`);
}
/**
 * The commit the baseline audits: the merge base of HEAD and `ref` (a branch, tag or sha). CI checkouts are
 * often shallow: a missing ref is fetched from origin, and a shallow history is deepened, before giving up.
 */
async function mergeBase(repoDir, ref) {
    const problem = (0,git_ref/* gitRefProblem */.d)(ref);
    if (problem)
        throw new BaselineError(`baseline ref refused: ${problem}`);
    const resolveRef = () => git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    let sha = await resolveRef().catch(() => null);
    if (!sha) {
        // A shallow checkout (actions/checkout's default) gets just that commit, as shallow as the rest.
        const shallow = await git(repoDir, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
        const depth = shallow === 'true' ? ['--depth=1'] : [];
        await git(repoDir, ['fetch', '--no-tags', '--quiet', ...depth, '--', 'origin', ref]).catch(() => undefined);
        sha = await resolveRef().catch(() => git(repoDir, ['rev-parse', '--verify', '--quiet', 'FETCH_HEAD^{commit}']).catch(() => null));
    }
    if (!sha) {
        throw new BaselineError(`baseline ref "${ref}" is not in this clone and could not be fetched from origin: check out with fetch-depth: 0 (actions/checkout), or set baseline: none`);
    }
    const base = sha;
    try {
        return await git(repoDir, ['merge-base', '--', 'HEAD', base]);
    }
    catch (err) {
        const shallow = await git(repoDir, ['rev-parse', '--is-shallow-repository']).catch(() => 'false');
        if (shallow !== 'true')
            throw err;
        await git(repoDir, ['fetch', '--no-tags', '--quiet', '--unshallow', 'origin']).catch(() => undefined);
        return git(repoDir, ['merge-base', '--', 'HEAD', base]);
    }
}
/**
 * Audits the merge base of HEAD and `ref` in a detached worktree: schema + static + planner, no HTTP (the
 * base's app is not running). The worktree lives in a temp folder and is removed whatever happens.
 */
async function auditBaseline(ref, config, run) {
    const app = (0,external_node_path_.resolve)(config.app);
    const top = await git(app, ['rev-parse', '--show-toplevel']);
    const base = await mergeBase(app, ref);
    const folder = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'perf-audit-base-'));
    const worktree = (0,external_node_path_.join)(folder, 'tree');
    const remove = async () => {
        await git(top, ['worktree', 'remove', '--force', worktree]).catch(() => undefined);
        await (0,promises_.rm)(folder, { recursive: true, force: true });
        await git(top, ['worktree', 'prune']).catch(() => undefined);
    };
    // A signal mid-baseline must not leave a registered worktree in the user's repository.
    const unregister = (0,cleanup.registerCleanup)(`remove worktree ${worktree}`, remove);
    try {
        await git(top, ['worktree', 'add', '--detach', worktree, base]);
        const appInBase = (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(top, app));
        // Absolute paths inside the checkout point at the same file in the worktree; anything else stays as given.
        const relocate = (path) => {
            if (!path || !(0,external_node_path_.isAbsolute)(path))
                return path;
            const rel = (0,external_node_path_.relative)(top, path);
            return rel.startsWith('..') ? path : (0,external_node_path_.join)(worktree, rel);
        };
        const baseConfig = {
            ...config,
            app: appInBase,
            configFile: relocate(config.configFile),
            database: {
                ...config.database,
                dump: relocate(config.database.dump),
                sqlDir: relocate(config.database.sqlDir),
            },
            http: { ...config.http, urls: [], baseUrl: null, load: null },
            baseline: null,
        };
        return await run(baseConfig);
    }
    finally {
        unregister();
        await remove();
    }
}

// EXTERNAL MODULE: ./src/gate/policy.ts
var policy = __webpack_require__(82601);
// EXTERNAL MODULE: ./src/database/capture.ts
var database_capture = __webpack_require__(92043);
;// CONCATENATED MODULE: ./src/database/failed-jobs.ts
/** Reads how many rows the app's failed_jobs table holds (Laravel's record of jobs that threw). */

/** Row count of `database`.failed_jobs; null when that table does not exist. Only ever reads. */
async function countFailedJobs(url, database, table = 'failed_jobs') {
    const conn = await (0,connection.connect)(url);
    try {
        const [exists] = await conn.query('SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?', [database, table]);
        if (Number(exists[0].n) === 0)
            return null;
        const [rows] = await conn.query(`SELECT COUNT(*) AS n FROM ${conn.escapeId(database)}.${conn.escapeId(table)}`);
        return Number(rows[0].n);
    }
    finally {
        await conn.end().catch(() => undefined);
    }
}

// EXTERNAL MODULE: ./src/http/query-log.ts
var query_log = __webpack_require__(33315);
;// CONCATENATED MODULE: ./src/http/captured-plans.ts
/**
 * EXPLAINs the SELECTs the running app sent, at production scale: the same planning twin the planner
 * uses (empty tables with production-size statistics), so a captured query is judged like a static one.
 * Only SELECT statements are EXPLAINed, one statement per call (EXPLAIN never executes them).
 */





/** Needs the scratch database holding the app's schema (after the schema phase). */
async function explainCaptured(db, config, capture) {
    const selects = (0,query_log/* capturedSelects */.cp)(capture);
    if (selects.length === 0)
        return { plans: [], note: 'no captured SELECT to explain' };
    const planning = await preparePlanningDatabase(db, {
        assumeRows: config.database.assumeRows,
        tables: config.database.tables,
        stats: loadStatistics(config).stats,
    });
    try {
        const plans = [];
        for (const s of selects) {
            // What the app sent is repository code too: only a plain SELECT on the schema is EXPLAINed.
            const verdict = guardSelect(s.sql, planning.name, db.account.udfs);
            const plan = verdict.ok
                ? await plan_pool_explain(planning.conn, verdict.sql, planning)
                : { sql: s.sql, accesses: [], error: `not EXPLAINed: ${verdict.reason}` };
            plans.push({ ...s, plan });
        }
        const failed = plans.filter((p) => p.plan.error).length;
        const scale = planning.scaled ? 'at production scale' : `not scaled (${planning.warnings.join('; ')})`;
        return {
            plans,
            note: `${plans.length} captured SELECT${plans.length === 1 ? '' : 's'} explained ${scale}${failed ? `, ${failed} failed` : ''}`,
        };
    }
    finally {
        await planning.close();
    }
}

;// CONCATENATED MODULE: ./src/http/headers.ts
/** The headers every perf-audit request sends: http.headers plus http.cookies folded into one Cookie header. */
function requestHeaders(http) {
    const headers = {};
    let cookie = null;
    for (const [k, v] of Object.entries(http.headers)) {
        if (k.toLowerCase() === 'cookie')
            cookie = v;
        else
            headers[k] = v;
    }
    const extra = Object.entries(http.cookies ?? {}).map(([k, v]) => `${k}=${v}`);
    const all = [...(cookie ? [cookie] : []), ...extra];
    if (all.length)
        headers.Cookie = all.join('; ');
    return headers;
}

;// CONCATENATED MODULE: ./src/http/stats.ts
/** Order statistics over timing samples (pure). */
/** Median; the mean of the two middle values for an even count. null for no samples. */
function median(values) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
/** Nearest-rank percentile (p in 0..100): the smallest sample with at least p% of samples at or below it. */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[Math.min(rank, sorted.length) - 1];
}
function max(values) {
    return values.length === 0 ? null : Math.max(...values);
}
/** Milliseconds rounded to 0.01 ms for reports (the timers are finer than the network noise). */
function roundMs(ms) {
    return ms === null ? null : Math.round(ms * 100) / 100;
}

// EXTERNAL MODULE: ./src/http/urls.ts
var http_urls = __webpack_require__(60088);
;// CONCATENATED MODULE: ./src/http/load.ts
/**
 * The capacity ramp (opt-in, config `http.load`): for each URL, autocannon holds N concurrent users
 * for a few seconds per step and the step gets requests/s, p50/p95 latency, error rate and a verdict
 * in the seed audit's words (manageable / may degrade / degradation likely).
 */



/** p95 beyond this multiple of the limit is "degradation likely" (seed: 300–800 ms may degrade, 1–3 s likely). */
const DEGRADATION_FACTOR = 2.5;
/** The seed's three scenarios as a verdict over one step (pure). */
function loadVerdict(p95Ms, errorRate, limits) {
    if (errorRate > limits.maxErrorRate || p95Ms > limits.p95Ms * DEGRADATION_FACTOR)
        return 'degradation likely';
    if (p95Ms > limits.p95Ms)
        return 'may degrade';
    return 'manageable';
}
async function runStep(url, users, seconds, http) {
    // Loaded only when a ramp runs: it is the heaviest module of the bundle and most runs never need it.
    const { default: autocannon } = await __webpack_require__.e(/* import() */ 174).then(__webpack_require__.t.bind(__webpack_require__, 88174, 23));
    return new Promise((resolve, reject) => {
        const latencies = [];
        const instance = autocannon({
            url,
            connections: users,
            duration: seconds,
            timeout: Math.max(1, Math.ceil(http.timeoutMs / 1000)),
            headers: requestHeaders(http),
        }, (err, result) => {
            if (err)
                return reject(err);
            resolve({
                latencies,
                // autocannon counts timeouts among errors.
                errors: result.errors,
                non2xx: result.non2xx,
                completed: latencies.length,
                durationS: result.duration || seconds,
            });
        });
        // Exact per-response times: autocannon's own summary has no p95.
        instance.on('response', (_client, _status, _bytes, responseTime) => {
            latencies.push(responseTime);
        });
    });
}
/** Reduces one step's raw figures to its report row (pure). */
function summarizeStep(url, users, seconds, run, limits) {
    const attempts = run.completed + run.errors;
    const errorRate = attempts === 0 ? 1 : (run.errors + run.non2xx) / attempts;
    const p50 = median(run.latencies) ?? 0;
    const p95 = percentile(run.latencies, 95) ?? 0;
    return {
        url,
        users,
        seconds,
        requests: run.completed,
        rps: Math.round((run.completed / run.durationS) * 10) / 10,
        p50Ms: Math.round(p50 * 10) / 10,
        p95Ms: Math.round(p95 * 10) / 10,
        errorRate: Math.round(errorRate * 10000) / 10000,
        verdict: attempts === 0 ? 'degradation likely' : loadVerdict(p95, errorRate, limits),
    };
}
/** Runs the ramp over `urls` (relative ones joined to http.baseUrl); [] when http.load is not configured. */
async function runLoadRamp(http, urls, deadlineAt = Infinity) {
    if (!http.load)
        return [];
    const limits = { p95Ms: http.load.p95Ms, maxErrorRate: http.load.maxErrorRate };
    const steps = [];
    for (const u of urls) {
        const { absolute } = (0,http_urls/* resolveUrl */.O)(u, http.baseUrl);
        if (!absolute)
            continue;
        for (const users of [...http.load.users].sort((a, b) => a - b)) {
            // A step that would end after http.deadline-ms is not started.
            if (Date.now() + http.load.seconds * 1000 > deadlineAt)
                return steps;
            const run = await runStep(absolute, users, http.load.seconds, http);
            steps.push(summarizeStep(absolute, users, http.load.seconds, run, limits));
        }
    }
    return steps;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./src/http/ttfb.ts
/**
 * One timed HTTP request, phase by phase, the way curl's `-w` timings count them: every figure is
 * measured from the start of the request (DNS done, TCP connected, TLS done, first byte, last byte).
 * A fresh connection per request (no keep-alive), so connect and TLS are part of every sample.
 * Never rejects: failures come back as a classified error so one bad URL cannot end the run.
 */


const NS_PER_MS = 1_000_000;
function elapsedMs(start) {
    return Number(process.hrtime.bigint() - start) / NS_PER_MS;
}
/** Maps Node's socket errors to the reasons a reviewer reads in the report. */
function classifyError(err, timeoutMs) {
    const e = err;
    const code = e?.code ?? '';
    if (code === 'PERF_AUDIT_TIMEOUT')
        return { kind: 'timeout', message: `no complete response within ${timeoutMs} ms` };
    if (code === 'ECONNREFUSED')
        return { kind: 'refused', message: 'connection refused' };
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return { kind: 'dns', message: `host name not resolved (${code})` };
    if (code === 'ECONNRESET' || code === 'EPIPE')
        return { kind: 'reset', message: 'connection reset by the server' };
    if (code.startsWith('ERR_TLS') || code.includes('CERT') || code === 'EPROTO') {
        return { kind: 'tls', message: `TLS handshake failed (${code})` };
    }
    const text = e instanceof Error ? e.message : String(err);
    return { kind: 'other', message: code ? `${text} (${code})` : text };
}
function cookieHeader(headers, cookies) {
    const existing = Object.entries(headers).find(([k]) => k.toLowerCase() === 'cookie')?.[1];
    const extra = Object.entries(cookies ?? {}).map(([k, v]) => `${k}=${v}`);
    const all = [...(existing ? [existing] : []), ...extra];
    return all.length ? all.join('; ') : null;
}
function timedRequest(url, options) {
    const result = {
        url,
        status: null,
        location: null,
        setCookies: [],
        dnsMs: null,
        connectMs: null,
        tlsMs: null,
        ttfbMs: null,
        totalMs: null,
        bytes: 0,
        error: null,
    };
    let target;
    try {
        target = new URL(url);
        if (target.protocol !== 'http:' && target.protocol !== 'https:')
            throw new Error('not http(s)');
    }
    catch {
        result.error = { kind: 'invalid-url', message: `not an http(s) URL: ${url}` };
        return Promise.resolve(result);
    }
    const headers = { 'user-agent': 'perf-audit', accept: 'text/html,*/*' };
    for (const [k, v] of Object.entries(options.headers ?? {})) {
        if (k.toLowerCase() !== 'cookie')
            headers[k.toLowerCase()] = v;
    }
    const cookie = cookieHeader(options.headers ?? {}, options.cookies);
    if (cookie)
        headers.cookie = cookie;
    return new Promise((resolve) => {
        let settled = false;
        const start = process.hrtime.bigint();
        const finish = (err) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if (err !== undefined)
                result.error = classifyError(err, options.timeoutMs);
            else
                result.totalMs = elapsedMs(start);
            resolve(result);
        };
        const lib = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const req = lib.request(target, {
            method: options.method ?? 'GET',
            headers,
            agent: false,
            rejectUnauthorized: !options.insecure,
        });
        const timer = setTimeout(() => {
            const err = Object.assign(new Error('timeout'), { code: 'PERF_AUDIT_TIMEOUT' });
            req.destroy(err);
        }, options.timeoutMs);
        req.on('socket', (socket) => {
            // 'lookup' only fires for host names; an IP literal has no DNS phase (curl reports ~0 then).
            socket.once('lookup', () => {
                result.dnsMs = elapsedMs(start);
            });
            socket.once('connect', () => {
                result.connectMs = elapsedMs(start);
                if (result.dnsMs === null)
                    result.dnsMs = 0;
            });
            socket.once('secureConnect', () => {
                result.tlsMs = elapsedMs(start);
            });
            // The first chunk off the wire, before the HTTP parser sees it: curl's time_starttransfer.
            socket.prependOnceListener('data', () => {
                if (result.ttfbMs === null)
                    result.ttfbMs = elapsedMs(start);
            });
        });
        req.on('response', (res) => {
            if (result.ttfbMs === null)
                result.ttfbMs = elapsedMs(start);
            result.status = res.statusCode ?? null;
            const loc = res.headers.location;
            if (loc) {
                try {
                    result.location = new URL(loc, target).toString();
                }
                catch {
                    result.location = loc;
                }
            }
            const sc = res.headers['set-cookie'];
            result.setCookies = Array.isArray(sc) ? sc : [];
            res.on('data', (chunk) => {
                result.bytes += chunk.length;
            });
            res.on('end', () => finish());
            res.on('error', (err) => finish(err));
            res.on('aborted', () => finish(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
        });
        req.on('error', (err) => finish(err));
        req.end();
    });
}

;// CONCATENATED MODULE: ./src/http/readiness.ts
/**
 * Waits for a URL to answer before it is timed: servers in CI start slowly. Bounded by a deadline,
 * with exponential backoff between attempts. Gateway errors (502/503/504) count as "not up yet".
 */

const NOT_READY_STATUSES = new Set([502, 503, 504]);
function isReadyResponse(r) {
    return r.error === null && r.status !== null && !NOT_READY_STATUSES.has(r.status);
}
async function waitUntilReady(url, options) {
    const started = Date.now();
    const deadline = started + options.timeoutMs;
    let delay = options.initialDelayMs ?? 100;
    const maxDelay = options.maxDelayMs ?? 2000;
    let attempts = 0;
    for (;;) {
        const remaining = Math.max(1, deadline - Date.now());
        attempts += 1;
        const last = await timedRequest(url, {
            timeoutMs: Math.min(options.requestTimeoutMs, remaining),
            headers: options.headers,
        });
        if (isReadyResponse(last))
            return { ready: true, attempts, waitedMs: Date.now() - started, last };
        if (Date.now() + delay >= deadline)
            return { ready: false, attempts, waitedMs: Date.now() - started, last };
        await new Promise((r) => setTimeout(r, delay));
        delay = Math.min(delay * 2, maxDelay);
    }
}
/** The reason a URL never became ready, for PA302. */
function notReadyReason(r, readinessTimeoutMs) {
    const why = r.last.error
        ? r.last.error.message
        : r.last.status !== null
            ? `HTTP ${r.last.status}`
            : 'no response';
    return `not answering after ${readinessTimeoutMs} ms of readiness wait (${r.attempts} attempt${r.attempts === 1 ? '' : 's'}): ${why}`;
}

;// CONCATENATED MODULE: ./src/http/redirects.ts
/** Follows a redirect chain hop by hop (bounded) to tell a plain redirect from a loop. */

const MAX_REDIRECTS = 10;
function isRedirect(r) {
    return r.status !== null && r.status >= 300 && r.status < 400 && r.location !== null;
}
async function followRedirects(first, options) {
    const hops = [first.url];
    let current = first;
    while (isRedirect(current)) {
        const next = current.location;
        if (hops.includes(next)) {
            return { hops: [...hops, next], final: null, error: `redirect loop: ${[...hops, next].join(' → ')}` };
        }
        if (hops.length > MAX_REDIRECTS) {
            return { hops, final: null, error: `more than ${MAX_REDIRECTS} redirects: ${hops.join(' → ')}` };
        }
        hops.push(next);
        current = await timedRequest(next, options);
        if (current.error)
            return { hops, final: null, error: `redirect target ${next} failed: ${current.error.message}` };
    }
    return { hops, final: current, error: null };
}

;// CONCATENATED MODULE: ./src/http/smoke.ts
/**
 * The TTFB smoke test: every URL is waited for (readiness), warmed up, then timed N times on a fresh
 * connection each. One URL failing (refused, timeout, error status, redirect loop) gives that URL an
 * error row and never touches the other URLs' rows.
 */






/** After this many timed-out samples a URL stops being sampled: its row is already a failure. */
const MAX_TIMEOUTS_PER_URL = 2;
/** Reduces the timed samples of one URL to its report row (pure). */
function summarizeSamples(target, samples) {
    const answered = samples.filter((s) => s.error === null && s.status !== null);
    const failed = samples.filter((s) => s.error !== null || (s.status !== null && s.status >= 400));
    const pick = (f) => answered.map(f).filter((v) => v !== null);
    const ttfb = pick((s) => s.ttfbMs);
    const total = pick((s) => s.totalMs);
    const statusCounts = new Map();
    for (const s of answered)
        statusCounts.set(s.status, (statusCounts.get(s.status) ?? 0) + 1);
    const commonStatus = [...statusCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    let error = null;
    let errorKind;
    if (failed.length > 0) {
        const first = failed[0];
        if (first.error) {
            error = `${failed.length} of ${samples.length} samples failed: ${first.error.message}`;
            errorKind = first.error.kind;
        }
        else {
            const statuses = [...new Set(failed.map((s) => s.status))].join(', ');
            error = `HTTP ${statuses} on ${failed.length} of ${samples.length} samples`;
            errorKind = 'status';
        }
    }
    else if (samples.length === 0) {
        error = 'no samples taken';
        errorKind = 'other';
    }
    return {
        url: target.url,
        samples: samples.length,
        ok: error === null,
        status: commonStatus,
        error,
        dnsMs: roundMs(median(pick((s) => s.dnsMs))),
        connectMs: roundMs(median(pick((s) => s.connectMs))),
        tlsMs: roundMs(median(pick((s) => s.tlsMs))),
        ttfbP50Ms: roundMs(median(ttfb)),
        ttfbP95Ms: roundMs(percentile(ttfb, 95)),
        ttfbMaxMs: roundMs(max(ttfb)),
        totalP50Ms: roundMs(median(total)),
        totalP95Ms: roundMs(percentile(total, 95)),
        failedSamples: failed.length,
        ...(errorKind ? { errorKind } : {}),
        ...(target.redirect ? { redirect: target.redirect } : {}),
    };
}
/** A row for a URL that was never timed (bad URL, never ready, redirect loop). */
function failedRow(url, error, errorKind, status = null) {
    return {
        url,
        samples: 0,
        ok: false,
        status,
        error,
        errorKind,
        failedSamples: 0,
        dnsMs: null,
        connectMs: null,
        tlsMs: null,
        ttfbP50Ms: null,
        ttfbP95Ms: null,
        ttfbMaxMs: null,
        totalP50Ms: null,
        totalP95Ms: null,
    };
}
async function sample(http, target, deadlineAt, taken = () => undefined) {
    const options = { timeoutMs: http.timeoutMs, headers: requestHeaders(http) };
    let timeouts = 0;
    for (let i = 0; i < http.warmup && Date.now() < deadlineAt; i++) {
        const r = await timedRequest(target.sampleUrl, options);
        if (r.error?.kind === 'timeout' && ++timeouts >= MAX_TIMEOUTS_PER_URL)
            return [r];
    }
    const samples = [];
    for (let i = 0; i < http.samples; i++) {
        // Past http.deadline-ms the URL keeps what it has (at least one sample).
        if (i > 0 && Date.now() >= deadlineAt)
            break;
        const r = await timedRequest(target.sampleUrl, options);
        samples.push(r);
        taken();
        if (r.error?.kind === 'timeout' && ++timeouts >= MAX_TIMEOUTS_PER_URL)
            break;
    }
    return samples;
}
/** Decides what to time for a URL that answered its readiness probe; null target = a failure row. */
async function planTarget(http, url, ready) {
    if (!isRedirect(ready.last))
        return { target: { url, sampleUrl: url } };
    const chain = await followRedirects(ready.last, {
        timeoutMs: http.timeoutMs,
        headers: requestHeaders(http),
    });
    if (chain.error) {
        const kind = chain.error.startsWith('redirect loop') ? 'redirect-loop' : 'redirect';
        return { row: failedRow(url, chain.error, kind, ready.last.status) };
    }
    const location = ready.last.location;
    const finalUrl = chain.hops[chain.hops.length - 1];
    return {
        target: {
            url,
            sampleUrl: http.followRedirects ? finalUrl : url,
            redirect: { location, final: finalUrl, hops: chain.hops.length - 1, followed: http.followRedirects },
        },
    };
}
/** Runs the smoke test over config.http.urls; rows come back in the configured order. */
async function runSmoke(http, options = {}) {
    const resolved = http.urls.map((u) => (0,http_urls/* resolveUrl */.O)(u, http.baseUrl));
    // Readiness in parallel: a dead URL costs the readiness bound once, not once per URL.
    const readiness = await Promise.all(resolved.map((r) => r.absolute
        ? waitUntilReady(r.absolute, {
            timeoutMs: http.readiness.timeoutMs,
            requestTimeoutMs: http.timeoutMs,
            headers: requestHeaders(http),
        })
        : Promise.resolve(null)));
    const rows = [];
    const planned = resolved.length * http.samples;
    let done = 0;
    const taken = () => options.onSample?.(++done, planned);
    for (let i = 0; i < resolved.length; i++) {
        const { configured, absolute, error } = resolved[i];
        const ready = readiness[i];
        let row;
        if (!absolute || !ready) {
            row = failedRow(configured, error ?? 'invalid URL', 'invalid-url');
        }
        else if (!ready.ready) {
            row = failedRow(absolute, notReadyReason(ready, http.readiness.timeoutMs), ready.last.error?.kind ?? 'status', ready.last.status);
        }
        else {
            const plan = await planTarget(http, absolute, ready);
            const deadlineAt = options.deadlineAt ?? Infinity;
            row =
                'row' in plan
                    ? plan.row
                    : summarizeSamples(plan.target, await sample(http, plan.target, deadlineAt, taken));
        }
        options.onResult?.(row);
        rows.push(row);
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/http/phase.ts
/**
 * The HTTP phase of an audit: smoke test (readiness, warm-up, TTFB samples), then one captured request
 * per answering URL with the general log on (kept out of the timed samples: logging slows the server),
 * then the optional capacity ramp, then the app's failed_jobs count.
 *
 * Which database is the app's: config.database.appDatabase (`database.app-database`), else the database
 * named in the database URL (mysql://…/laravel). Capture and failed_jobs need perf-audit to reach the
 * same MariaDB server as the app; each part that cannot run is skipped and said so in `note`.
 */










function message(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Where the app's database lives, when perf-audit can know it. */
function appDatabaseTarget(config, db) {
    let url = db?.url ?? null;
    let fromUrl = null;
    if (config.database.url) {
        try {
            const parsed = { ...(0,connection.parseDbUrl)(config.database.url), queryTimeoutMs: config.database.queryTimeoutMs };
            url = url ?? parsed;
            fromUrl = parsed.database;
        }
        catch {
            // The database phase reports a bad URL; here it only means "no capture".
        }
    }
    if (!url)
        return null;
    return { url, database: config.database.appDatabase ?? fromUrl ?? null };
}
/** Adds each URL's captured-query summary to its row (pure). */
function attachQueries(results, capture) {
    return results.map((row) => {
        const c = capture.find((r) => r.url === row.url);
        if (!c)
            return row;
        const shapes = (0,query_log/* repeatedShapes */.hu)(c.normalized ?? c.statements);
        return {
            ...row,
            queries: {
                count: c.statements.length,
                distinct: shapes.length,
                repeated: shapes.filter((s) => s.times > 1),
            },
        };
    });
}
async function runHttpPhase(input) {
    const started = Date.now();
    const { config, db } = input;
    const http = config.http;
    if (http.urls.length === 0) {
        return {
            results: [],
            load: [],
            capture: null,
            capturedPlans: [],
            failedJobs: null,
            ms: 0,
            note: 'no URL configured',
        };
    }
    const notes = [];
    const deadlineAt = started + (http.deadlineMs ?? ranges/* DEFAULT_HTTP_DEADLINE_MS */.jx);
    let results = await runSmoke(http, { deadlineAt, ...(input.progress ? { onSample: input.progress } : {}) });
    const failed = results.filter((r) => !r.ok).length;
    notes.push(`${results.length} URL${results.length === 1 ? '' : 's'} timed${failed ? `, ${failed} failed` : ''}`);
    const target = appDatabaseTarget(config, db);
    let capture = null;
    const answered = results.filter((r) => r.samples > 0);
    if (!target) {
        notes.push('queries not captured: no database URL (capture needs the MariaDB server the app uses)');
    }
    else if (answered.length > 0) {
        const errors = new Map();
        const sampleUrl = new Map(answered.map((r) => [r.url, r.redirect?.followed ? r.redirect.final : r.url]));
        try {
            capture = await (0,database_capture/* captureRequests */.n4)(
            // Passing the scratch database keeps perf-audit's own connection to it out of the capture.
            db && db.url === target.url ? db : { url: target.url }, answered.map((r) => r.url), async (url) => {
                const res = await timedRequest(sampleUrl.get(url) ?? url, {
                    timeoutMs: http.timeoutMs,
                    headers: requestHeaders(http),
                });
                if (res.error)
                    errors.set(url, res.error.message);
            }, { database: target.database });
            for (const c of capture)
                if (errors.has(c.url))
                    c.error = errors.get(c.url);
            results = attachQueries(results, capture);
            const total = capture.reduce((n, c) => n + c.statements.length, 0);
            notes.push(`${total} statements captured over ${capture.length} request${capture.length === 1 ? '' : 's'}` +
                (target.database
                    ? ` (database ${target.database})`
                    : ' (all connections: set database.app-database to filter)'));
        }
        catch (err) {
            notes.push(`queries not captured: ${message(err)}`);
        }
    }
    let capturedPlans = [];
    if (capture && db) {
        try {
            const explained = await explainCaptured(db, config, capture);
            capturedPlans = explained.plans;
            notes.push(explained.note);
        }
        catch (err) {
            notes.push(`captured queries not explained: ${message(err)}`);
        }
    }
    let load = [];
    let cut = false;
    if (http.load) {
        const okUrls = results.filter((r) => r.ok).map((r) => r.url);
        try {
            load = await runLoadRamp(http, okUrls, deadlineAt);
            if (load.length < okUrls.length * http.load.users.length)
                cut = true;
            notes.push(`load ramp: ${load.length} step${load.length === 1 ? '' : 's'}`);
        }
        catch (err) {
            notes.push(`load ramp failed: ${message(err)}`);
        }
    }
    if (cut || Date.now() >= deadlineAt)
        notes.push(`http.deadline-ms (${http.deadlineMs ?? ranges/* DEFAULT_HTTP_DEADLINE_MS */.jx} ms) reached: later samples and load steps skipped`);
    let failedJobs = null;
    if (target?.database) {
        try {
            failedJobs = await countFailedJobs(target.url, target.database);
            notes.push(failedJobs === null ? 'no failed_jobs table' : `failed_jobs: ${failedJobs}`);
        }
        catch (err) {
            notes.push(`failed_jobs not read: ${message(err)}`);
        }
    }
    return {
        results,
        load,
        capture,
        capturedPlans,
        failedJobs,
        ms: Date.now() - started,
        note: notes.join('; '),
    };
}

;// CONCATENATED MODULE: ./src/project/files.ts
/** Reads the app's files once: PHP sources, env files, SQL, ini and pool configs. The only I/O of project/. */



/** Folders that hold no app code worth auditing (or are huge). */
// tests/ holds the app's own tests: their queries run against test databases, not production.
const SKIP_DIRS = new Set([
    'vendor',
    'node_modules',
    '.git',
    'storage',
    'bootstrap/cache',
    'public/build',
    'public/vendor',
    'tests',
]);
function wanted(name) {
    if (name.endsWith('.php'))
        return 'php';
    if (name === '.env' || name.startsWith('.env.') || name.endsWith('.env'))
        return 'other';
    // What a Docker production setup gives the app's environment (settings/docker-env.ts).
    if ((0,docker_env/* isComposeFile */.Pv)(name) || (0,docker_env/* isDockerfile */.pZ)(name))
        return 'other';
    if (/\.(ini|conf|sql)$/.test(name) || name === 'composer.json' || name === 'composer.lock')
        return 'other';
    return null;
}
/** Past this many files the app is not read at all: the folder is probably not one app (a monorepo, a home). */
const DEFAULT_MAX_FILES = 50_000;
/** A file larger than this is skipped (generated code, dumps), with a PA901 note. */
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Too many files to read: the message names the limit and how to raise it. */
class TooManyFiles extends Error {
    name = 'TooManyFiles';
}
/**
 * `include`: app-relative folders read even inside a skipped one (`database.migrations` naming a
 * package's folder under vendor/).
 */
async function readAppFiles(root, limits = {}, include = []) {
    // A skipped folder is still entered on the way to an included one.
    const towards = (rel) => include.some((f) => f === rel || f.startsWith(`${rel}/`));
    const within = (rel) => include.some((f) => rel === f || rel.startsWith(`${f}/`));
    const maxFiles = limits.maxFiles ?? DEFAULT_MAX_FILES;
    const maxBytes = limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    let count = 0;
    const php = [];
    const other = [];
    const unreadable = [];
    const skip = (abs, err) => unreadable.push({
        path: (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/') || '.',
        message: err.code ?? (err instanceof Error ? err.message : String(err)),
    });
    /**
     * `skipped`: `dir` is inside a skipped folder, entered only on the way to an included one. Synchronous on
     * purpose: an awaited readFile costs several thread-pool round trips per file (a second for a 1,300-file
     * app), the synchronous calls 30 ms for all of them, and nothing else runs while the project is read.
     * Only regular files (not FIFOs or devices) are opened.
     */
    function walk(dir, skipped = false) {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (err) {
            // The root itself must be readable (the audit cannot run without it); below it, one folder is skipped.
            if (dir === root)
                throw err;
            return void skip(dir, err);
        }
        for (const entry of entries) {
            const abs = (0,external_node_path_.join)(dir, entry.name);
            const rel = (0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/');
            if (entry.isDirectory()) {
                const passed = skipped || SKIP_DIRS.has(rel) || SKIP_DIRS.has(entry.name);
                if (!passed || within(rel))
                    walk(abs);
                else if (towards(rel))
                    walk(abs, true);
                continue;
            }
            if (!entry.isFile() || skipped)
                continue;
            const kind = wanted(entry.name);
            if (!kind)
                continue;
            count += 1;
            if (count > maxFiles)
                throw new TooManyFiles(`${root} has more than ${maxFiles} PHP, env, SQL and config files outside vendor/, node_modules/, storage/ and tests/: ` +
                    'is --app the Laravel app? Raise limits.max-files in .perf-audit.yml if it is.');
            try {
                const size = (0,external_node_fs_.statSync)(abs).size;
                if (size > maxBytes) {
                    unreadable.push({
                        path: rel,
                        message: `${size} bytes, larger than limits.max-file-bytes (${maxBytes}): not read`,
                    });
                    continue;
                }
                const text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
                (kind === 'php' ? php : other).push({ path: rel, text });
            }
            catch (err) {
                skip(abs, err);
            }
        }
    }
    walk(root);
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    php.sort(byPath);
    other.sort(byPath);
    return { root, php, other, ...(unreadable.length ? { unreadable } : {}) };
}

;// CONCATENATED MODULE: ./src/project/operators.ts
/**
 * Comparison operators as SQL and Laravel's query builder spell them, mapped to the shape's Operator.
 * Raw SQL (`WHERE a <> 1`), whereRaw fragments and `where('a', '<>', 1)` all read through here.
 */
const COMPARISONS = {
    '=': '=',
    // `==` is not SQL; Laravel does not list it either and compares with `=` (the operator as the value).
    '==': '=',
    '<=>': '=',
    '!=': '!=',
    '<>': '!=',
    '<': '<',
    '>': '>',
    '<=': '<=',
    '>=': '>=',
    in: 'in',
    'not in': 'not in',
    between: 'between',
    // `IS NULL` / `IS NOT NULL`; a caller comparing with something else than NULL makes it `other`.
    is: 'is null',
    'is not': 'is not null',
};
/** LIKE in its spellings: its pattern decides whether an index prefix can serve it. */
const LIKES = new Set(['like', 'like binary']);
/**
 * `=`, `<>`, `LIKE`, `not in`… (any case, any spacing) → the shape's Operator; `value` is the compared
 * value (a LIKE pattern). Operators an index cannot serve as such (`NOT LIKE`, `REGEXP`) are `other`.
 */
function comparisonOperator(raw, value) {
    const key = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (LIKES.has(key))
        return likeOperator(value);
    return Object.prototype.hasOwnProperty.call(COMPARISONS, key) ? COMPARISONS[key] : 'other';
}
/** `LIKE 'abc%'` can use an index; a leading wildcard or an unknown pattern cannot be assumed to. */
function likeOperator(value) {
    if (typeof value !== 'string' || value === '')
        return 'like';
    return value[0] === '%' || value[0] === '_' ? 'like' : 'like-prefix';
}
const MIRRORED = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
/** The operator with its sides swapped: `5 < price` reads as `price > 5`. */
function mirrored(op) {
    return MIRRORED[op] ?? op;
}

;// CONCATENATED MODULE: ./src/project/sql/quoted-parts.ts
/**
 * SQL text cut into what is quoted and what is not, in one pass: a string (`'…'`, `"…"`, with `''` and
 * backslash escapes), a quoted name (`` `…` ``) or plain text. An unclosed quote runs to the end. The text
 * comes from the repository under audit: one linear scan, never a backtracking pattern over all of it.
 */
function quotedParts(sql) {
    const parts = [];
    let start = 0;
    let i = 0;
    const push = (kind, end) => {
        if (end > start)
            parts.push({ kind, text: sql.slice(start, end) });
        start = end;
    };
    while (i < sql.length) {
        const quote = sql[i];
        if (quote !== "'" && quote !== '"' && quote !== '`') {
            i++;
            continue;
        }
        push('text', i);
        i++;
        while (i < sql.length) {
            if (quote !== '`' && sql[i] === '\\')
                i += 2;
            else if (sql[i] === quote && sql[i + 1] === quote)
                i += 2;
            else if (sql[i] === quote)
                break;
            else
                i++;
        }
        i = Math.min(i + 1, sql.length);
        push(quote === '`' ? 'name' : 'string', i);
    }
    push('text', sql.length);
    return parts;
}
/** The text with `replace` applied to its unquoted parts only. */
function mapUnquoted(sql, replace) {
    return quotedParts(sql)
        .map((p) => (p.kind === 'text' ? replace(p.text) : p.text))
        .join('');
}

;// CONCATENATED MODULE: ./src/project/sql/shapes.ts
/**
 * Query shapes from SQL text (raw SQL in the code, critical queries of the config file), read with
 * node-sql-parser in its MariaDB dialect. Also reads the SQL fragments of whereRaw/orderByRaw.
 */



const shapes_parser = new dialects/* SqlParser */.i();
const DIALECT = { database: 'MariaDB' };
/**
 * node-sql-parser's MariaDB grammar rejects some ordinary column names (`WHERE status = 1` fails there
 * but parses in its MySQL grammar, of which MariaDB's SQL is a superset here): fall back to it.
 */
const FALLBACK_DIALECT = { database: 'MySQL' };
const asNode = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
const asArray = (v) => (Array.isArray(v) ? v.filter((x) => asNode(x) !== null) : []);
/** A stable id: table, predicates (order-insensitive), sorts, joins and grouping — never the line. */
function shapeId(s) {
    const col = (c) => {
        const name = c.table ? `${c.table}.${c.column}` : c.column;
        return c.fn ? `${c.fn.toLowerCase()}(${name})` : name;
    };
    // An OR group's predicates are tagged by their place in it; plain and top-level-OR predicates are not.
    // Groups are numbered by first appearance: the same query read twice is one shape, whatever ids it got.
    const groups = new Map();
    for (const p of s.where)
        if (p.group && !groups.has(p.group.id))
            groups.set(p.group.id, groups.size + 1);
    const tag = (p) => (p.group ? ` |${groups.get(p.group.id)}.${p.group.branch}` : '');
    const where = [...new Set(s.where.map((p) => `${col(p)} ${p.op}${tag(p)}`))].sort().join(',');
    const order = s.orderBy.map((o) => `${col(o)} ${o.direction}`).join(',');
    const joins = s.joins
        .map((j) => {
        const on = [
            ...j.on.map((o) => `${o.left}=${o.right}`),
            ...(j.where ?? []).map((p) => `${col(p)} ${p.op}`),
        ];
        return `${j.type}:${j.table}(${on.join(',')})`;
    })
        .join(',');
    const parts = [s.table, `w[${where}]`];
    if (s.hasOr)
        parts.push('or');
    if (order)
        parts.push(`o[${order}]`);
    if (joins)
        parts.push(`j[${joins}]`);
    if (s.groupBy.length)
        parts.push(`g[${s.groupBy.join(',')}]`);
    // The same filters with and without a whereHas on a related key read different rows: two shapes.
    if (s.existsIn?.length)
        parts.push(`x[${s.existsIn.map((e) => `${e.table}(${e.columns.join(',')})`).join(',')}]`);
    // A pruning delete reads only the rows past its cutoff: planned apart from a read of the same filters.
    if (s.prunes)
        parts.push('prune');
    return parts.join(' ');
}
function columnName(v) {
    if (typeof v === 'string')
        return v;
    const n = asNode(v);
    const expr = asNode(n?.expr);
    if (expr && (typeof expr.value === 'string' || typeof expr.value === 'number'))
        return String(expr.value);
    return null;
}
function shapes_functionName(n) {
    if (typeof n.name === 'string')
        return n.name.toUpperCase();
    const parts = asArray(asNode(n.name)?.name);
    const last = parts[parts.length - 1];
    return typeof last?.value === 'string' ? last.value.toUpperCase() : null;
}
function functionArgs(n) {
    const args = asNode(n.args);
    if (!args)
        return [];
    if (Array.isArray(args.value))
        return asArray(args.value);
    const one = asNode(args.value) ?? asNode(args.expr);
    return one ? [one] : [];
}
/** A column, possibly wrapped in one function (`LOWER(email)`, `DATE(created_at)`). */
function columnOf(expr, aliases) {
    if (!expr)
        return null;
    if (expr.type === 'column_ref') {
        const column = columnName(expr.column);
        if (!column || column === '*')
            return null;
        // A quoted qualifier (`posts`.`id`) comes as a node with its text in `value`.
        const t = expr.table;
        const qualifier = typeof t === 'string' ? t : typeof asNode(t)?.value === 'string' ? String(asNode(t).value) : null;
        return { column, table: qualifier ? (aliases.get(qualifier.toLowerCase()) ?? qualifier) : null };
    }
    if (expr.type === 'function' || expr.type === 'aggr_func') {
        const name = shapes_functionName(expr);
        const inner = functionArgs(expr)
            .map((a) => columnOf(a, aliases))
            .find((c) => c !== null);
        if (!name || !inner || inner.fn)
            return null;
        return { ...inner, fn: name };
    }
    if (expr.type === 'cast') {
        const inner = columnOf(asNode(expr.expr), aliases);
        // `BINARY col` is `CAST(col AS BINARY)`: named as written, since the advice differs (cast the value).
        const target = asArray(expr.target)[0];
        const fn = String(target?.dataType ?? '').toUpperCase() === 'BINARY' ? 'BINARY' : 'CAST';
        return inner && !inner.fn ? { ...inner, fn } : null;
    }
    return null;
}
function shapes_valueOf(expr) {
    if (!expr)
        return undefined;
    switch (expr.type) {
        case 'number':
            return typeof expr.value === 'number' ? expr.value : Number(expr.value);
        case 'single_quote_string':
        case 'double_quote_string':
        case 'string':
        case 'natural_string':
            return typeof expr.value === 'string' ? expr.value : undefined;
        case 'bool':
        case 'boolean':
            return Boolean(expr.value);
        case 'null':
            return null;
        case 'expr_list': {
            const first = asArray(expr.value)[0];
            return first ? shapes_valueOf(first) : undefined;
        }
        default:
            return undefined;
    }
}
const isOrOperator = (op) => op === 'OR' || op === '||' || op === 'XOR';
/** `a OR b OR c` → [a, b, c]. */
function disjuncts(expr) {
    const op = String(expr.operator ?? '').toUpperCase();
    if (expr.type !== 'binary_expr' || !isOrOperator(op))
        return [expr];
    return [asNode(expr.left), asNode(expr.right)]
        .filter((x) => x !== null)
        .flatMap((x) => disjuncts(x));
}
function place(p, at) {
    if (at.branch !== undefined)
        p.branch = at.branch;
    if (at.group)
        p.group = { ...at.group };
    return p;
}
function readConditions(expr, aliases, out, at = { root: true }) {
    if (!expr)
        return;
    if (expr.type === 'binary_expr') {
        const op = String(expr.operator ?? '').toUpperCase();
        const left = asNode(expr.left);
        const right = asNode(expr.right);
        if (op === 'AND' || op === '&&') {
            readConditions(left, aliases, out, { ...at, root: false });
            readConditions(right, aliases, out, { ...at, root: false });
            return;
        }
        if (isOrOperator(op)) {
            const parts = disjuncts({ ...expr, parentheses: false });
            if (at.group) {
                // Deeper than a shape records: left out, and said so.
                (out.partial ??= []).push('an OR group nested inside another OR group is left out');
                return;
            }
            if (at.root) {
                out.hasOr = true;
                parts.forEach((d, i) => readConditions(d, aliases, out, { root: false, branch: i }));
                return;
            }
            const id = (out.groups = (out.groups ?? 0) + 1);
            parts.forEach((d, j) => readConditions(d, aliases, out, { root: false, branch: at.branch, group: { id, branch: j } }));
            return;
        }
        collectSubqueries(right, out);
        const lcol = columnOf(left, aliases);
        const rcol = columnOf(right, aliases);
        if (lcol && rcol && !lcol.fn && !rcol.fn && op === '=') {
            out.pairs.push({ a: lcol, b: rcol, at });
            return;
        }
        if (lcol && rcol && ['<', '>', '<=', '>=', '!=', '<>'].includes(op)) {
            // A column against a column (`updated_at > created_at`) seeks nothing; it is kept as a comparison.
            out.where.push(place(columnComparison(lcol, rcol, op), at));
            return;
        }
        let col = lcol;
        let valueExpr = right;
        let operator = comparisonOperator(op, shapes_valueOf(right));
        if (!lcol && rcol) {
            col = rcol;
            valueExpr = left;
            operator = mirrored(comparisonOperator(op));
        }
        if (!col)
            return;
        const value = shapes_valueOf(valueExpr);
        if ((op === 'IS' || op === 'IS NOT') && valueExpr?.type !== 'null')
            operator = 'other';
        if (op === 'NOT LIKE' || op === 'REGEXP' || op === 'RLIKE')
            operator = 'other';
        out.where.push(place(predicate(col, operator, value), at));
        return;
    }
    if (expr.type === 'unary_expr' && String(expr.operator).toUpperCase() === 'NOT') {
        const inner = { where: [], hasOr: false, pairs: [], subqueries: [] };
        readConditions(asNode(expr.expr), aliases, inner);
        // NOT (…): nothing inside can seek, whatever its structure; it sits where the NOT sits.
        for (const p of inner.where) {
            const copy = { ...p, op: 'other' };
            delete copy.branch;
            delete copy.group;
            out.where.push(place(copy, at));
        }
        out.subqueries.push(...inner.subqueries);
        return;
    }
    if (expr.type === 'fulltext_search') {
        for (const c of asArray(asNode(expr.columns)?.value ?? expr.columns)) {
            const col = columnOf(c, aliases);
            if (col)
                out.where.push(place(predicate(col, 'fulltext', undefined), at));
        }
        return;
    }
    collectSubqueries(expr, out);
}
function collectSubqueries(expr, out) {
    if (!expr)
        return;
    const ast = asNode(expr.ast);
    if (ast)
        out.subqueries.push(ast);
    if (expr.type === 'select')
        out.subqueries.push(expr);
    if (expr.type === 'expr_list')
        for (const v of asArray(expr.value))
            collectSubqueries(v, out);
    // `EXISTS (SELECT …)` is a function over a subquery.
    if (expr.type === 'function')
        collectSubqueries(asNode(expr.args), out);
}
function columnComparison(a, b, operator) {
    const p = predicate(a, 'other', undefined);
    p.compare = { column: b.column, operator };
    if (b.table)
        p.compare.table = b.table;
    return p;
}
function predicate(col, op, value) {
    const p = { column: col.column, op };
    if (col.fn)
        p.fn = col.fn;
    if (col.table)
        p.table = col.table;
    if (value !== undefined && (value === null || ['string', 'number', 'boolean'].includes(typeof value))) {
        p.value = value;
    }
    return p;
}
/** Drops the qualifier of columns on the shape's own table. */
function own(items, table) {
    return items.map((it) => {
        if (it.table && it.table.toLowerCase() === table.toLowerCase()) {
            const copy = { ...it };
            delete copy.table;
            return copy;
        }
        return it;
    });
}
function joinType(raw) {
    const t = String(raw ?? '').toUpperCase();
    if (t.startsWith('LEFT'))
        return 'left';
    if (t.startsWith('RIGHT'))
        return 'right';
    if (t.startsWith('CROSS'))
        return 'cross';
    return 'inner';
}
/** One SELECT/UPDATE/DELETE → its shape (plus shapes of its subqueries and UNION branches). */
function readStatement(stmt, out) {
    const type = String(stmt.type ?? '').toLowerCase();
    if (type !== 'select' && type !== 'update' && type !== 'delete')
        return;
    const sources = asArray(type === 'select' ? stmt.from : (stmt.from ?? stmt.table));
    const aliases = new Map();
    for (const s of sources) {
        if (typeof s.table === 'string') {
            aliases.set(s.table.toLowerCase(), s.table);
            if (typeof s.as === 'string')
                aliases.set(s.as.toLowerCase(), s.table);
        }
        const sub = asNode(asNode(s.expr)?.ast);
        if (sub)
            readStatement(sub, out);
    }
    const main = sources[0];
    const next = asNode(stmt._next);
    if (next)
        readStatement(next, out);
    const conditions = { where: [], hasOr: false, pairs: [], subqueries: [] };
    readConditions(asNode(stmt.where), aliases, conditions);
    for (const sub of conditions.subqueries)
        readStatement(sub, out);
    if (!main || typeof main.table !== 'string')
        return; // derived table: only its inner query is a shape
    const table = main.table;
    const joins = [];
    for (const s of sources.slice(1)) {
        if (typeof s.table !== 'string')
            continue;
        const on = { where: [], hasOr: false, pairs: [], subqueries: [] };
        readConditions(asNode(s.on), aliases, on);
        const joined = s.table.toLowerCase();
        const terms = on.pairs.map(({ a, b }) => {
            const [mine, other] = a.table?.toLowerCase() === joined ? [a, b] : [b, a];
            return { left: mine.column, right: other.table ? `${other.table}.${other.column}` : other.column };
        });
        // Conditions in ON that compare a column with a constant limit the joined rows (a LEFT JOIN keeps
        // every row of the other side): they stay on the join, not in WHERE. Inside an OR they seek nothing.
        const onWhere = on.where.map((p) => {
            const copy = p.table ? { ...p } : { ...p, table: s.table };
            if (on.hasOr || p.group)
                copy.op = 'other';
            delete copy.branch;
            delete copy.group;
            return copy;
        });
        const usingCols = Array.isArray(s.using) ? s.using.filter((u) => typeof u === 'string') : [];
        for (const u of usingCols)
            terms.push({ left: u, right: `${table}.${u}` });
        const term = { table: s.table, on: terms, type: s.join ? joinType(s.join) : 'cross' };
        if (onWhere.length)
            term.where = onWhere;
        joins.push(term);
    }
    // `FROM a, b WHERE a.x = b.y`: comma joins compare columns in WHERE.
    const ownTables = new Set([...aliases.values()].map((t) => t.toLowerCase()));
    const isOwn = (c) => c.table === null || ownTables.has(c.table.toLowerCase());
    for (const { a, b, at } of conditions.pairs) {
        const j = joins.find((jt) => jt.table.toLowerCase() === a.table?.toLowerCase() ||
            jt.table.toLowerCase() === b.table?.toLowerCase());
        if (!j) {
            // A correlated subquery (`EXISTS (SELECT … WHERE outer.id = inner.key)`) looks its rows up by its
            // own column once per outer row: an equality on that column.
            const [own, outer] = isOwn(a) && !isOwn(b) ? [a, b] : isOwn(b) && !isOwn(a) ? [b, a] : [null, null];
            if (own && outer)
                conditions.where.push(predicate(own, '=', undefined));
            // Two columns of the same row (`WHERE a = b`): a comparison that seeks nothing.
            else if (isOwn(a) && isOwn(b))
                conditions.where.push(place(columnComparison(a, b, '='), at ?? { root: false }));
            continue;
        }
        const [mine, other] = a.table?.toLowerCase() === j.table.toLowerCase() ? [a, b] : [b, a];
        j.on.push({ left: mine.column, right: other.table ? `${other.table}.${other.column}` : other.column });
        if (j.type === 'cross')
            j.type = 'inner';
    }
    // Names the select list gives: ORDER BY and GROUP BY resolve a bare name to them first.
    const named = selectNames(stmt, aliases);
    const computed = [];
    const byName = (col) => {
        if (!col || col.table || col.fn || !named.has(col.column.toLowerCase()))
            return col;
        const ref = named.get(col.column.toLowerCase()) ?? null;
        if (!ref)
            computed.push(col.column);
        return ref;
    };
    const orderBy = [];
    for (const o of asArray(stmt.orderby)) {
        const col = byName(columnOf(asNode(o.expr), aliases));
        // From a computed value on, the order is no index's.
        if (!col && computed.length)
            break;
        if (!col)
            continue;
        const term = {
            column: col.column,
            direction: String(o.type).toUpperCase() === 'DESC' ? 'desc' : 'asc',
        };
        if (col.fn)
            term.fn = col.fn;
        if (col.table)
            term.table = col.table;
        orderBy.push(term);
    }
    const groupNode = stmt.groupby;
    const groupItems = Array.isArray(groupNode) ? asArray(groupNode) : asArray(asNode(groupNode)?.columns);
    // A joined table's column keeps its table (`GROUP BY t.locale`), as splitColumn reads it.
    const groupBy = groupItems
        .map((g) => byName(columnOf(g, aliases)))
        .filter((c) => c !== null)
        .map((c) => c.table && c.table.toLowerCase() !== table.toLowerCase() ? `${c.table}.${c.column}` : c.column);
    let limit;
    const lim = asNode(stmt.limit);
    const limValues = asArray(lim?.value);
    if (limValues.length) {
        const countNode = limValues.length === 2 && lim?.seperator === ',' ? limValues[1] : limValues[0];
        const v = shapes_valueOf(countNode);
        if (typeof v === 'number')
            limit = v;
    }
    const partial = [
        ...(conditions.partial ?? []),
        ...computed.map((c) => `the sort or grouping by ${c} is by a computed value`),
    ];
    out.push({
        table,
        where: own(conditions.where, table),
        hasOr: conditions.hasOr,
        partial: partial.length ? partial : conditions.partial,
        joins,
        orderBy: own(orderBy, table),
        groupBy,
        limit,
    });
}
/** `SELECT a.x AS y, SUM(z) AS total`: alias → the plain column it names, or null for a computed value. */
function selectNames(stmt, aliases) {
    const out = new Map();
    for (const c of asArray(stmt.columns)) {
        const as = columnName(c.as);
        if (!as)
            continue;
        const ref = columnOf(asNode(c.expr), aliases);
        out.set(as.toLowerCase(), ref && !ref.fn ? ref : null);
    }
    return out;
}
function parseError(err) {
    const e = err;
    return (e.message ?? String(err)).split('\n')[0];
}
function shapes_parse(sql) {
    let ast;
    try {
        ast = astify(sql);
    }
    catch (err) {
        // The grammar lacks MariaDB's `BINARY expr` operator on a column; it reads the CAST it stands for.
        const cast = binaryAsCast(sql);
        if (cast === sql)
            throw err;
        try {
            ast = astify(cast);
        }
        catch {
            throw err;
        }
    }
    return Array.isArray(ast) ? asArray(ast) : [asNode(ast)].filter((x) => x !== null);
}
function astify(sql) {
    try {
        return shapes_parser.astify(sql, DIALECT);
    }
    catch (err) {
        try {
            return shapes_parser.astify(sql, FALLBACK_DIALECT);
        }
        catch {
            throw err;
        }
    }
}
/** `BINARY` before a plain, possibly qualified name, within unquoted text. */
const BINARY_NAME = /\bBINARY\s+([A-Za-z_][\w$]*(?:\.[A-Za-z_][\w$]*)?)(?![\w$(.])/gi;
/** `BINARY` (and a plain qualifier) ending unquoted text, before a quoted name. */
const BINARY_BEFORE_NAME = /\bBINARY\s+(?:([A-Za-z_][\w$]*)\.)?$/i;
/**
 * `BINARY \`hash\` = ?` → `CAST(\`hash\` AS BINARY) = ?`: MariaDB defines the operator as that cast. Only a
 * column name after the keyword is rewritten, never text inside quotes.
 */
function binaryAsCast(sql) {
    const parts = quotedParts(sql);
    let out = '';
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part.kind !== 'text') {
            out += part.text;
            continue;
        }
        const text = part.text.replace(BINARY_NAME, (_m, name) => `CAST(${name} AS BINARY)`);
        const tail = BINARY_BEFORE_NAME.exec(text);
        if (tail && parts[i + 1]?.kind === 'name') {
            let operand = `${tail[1] ? `${tail[1]}.` : ''}${parts[i + 1].text}`;
            let next = i + 2;
            if (parts[next]?.text === '.' && parts[next + 1]?.kind === 'name') {
                operand += `.${parts[next + 1].text}`;
                next += 2;
            }
            out += `${text.slice(0, tail.index)}CAST(${operand} AS BINARY)`;
            i = next - 1;
            continue;
        }
        out += text;
    }
    return out;
}
/** Shapes of every SELECT/UPDATE/DELETE in `sql`; a Problem (PA901) when the SQL cannot be read. */
function shapesFromSql(sql, location, name) {
    let statements;
    try {
        statements = shapes_parse(sql);
    }
    catch (err) {
        const label = name ? `query "${name}"` : 'raw SQL';
        return {
            shapes: [],
            problem: { location, message: `Could not parse ${label}: ${parseError(err)}`, construct: 'raw SQL' },
        };
    }
    const partials = [];
    for (const stmt of statements)
        readStatement(stmt, partials);
    const origin = name !== undefined ? 'config' : 'raw';
    const shapes = partials.map((p) => {
        const shape = {
            id: '',
            table: p.table,
            where: p.where,
            joins: p.joins,
            orderBy: p.orderBy,
            groupBy: p.groupBy,
            location,
            origin,
            code: oneLine(sql),
            sql,
        };
        if (p.hasOr)
            shape.hasOr = true;
        if (p.partial?.length) {
            shape.partial = true;
            shape.partialReasons = [...new Set(p.partial)];
        }
        if (p.limit !== undefined)
            shape.limit = p.limit;
        if (p.limit === 1)
            shape.single = true;
        if (name !== undefined)
            shape.name = name;
        shape.id = shapeId(shape);
        return shape;
    });
    return { shapes, problem: null };
}
function oneLine(sql) {
    const flat = sql.replace(/\s+/g, ' ').trim();
    return flat.length <= 160 ? flat : `${flat.slice(0, 159)}…`;
}
/** `whereRaw('LOWER(email) = ?')` → its predicates, read as `SELECT * FROM table WHERE <fragment>`. */
function predicatesFromFragment(fragment, table) {
    try {
        const { nodes, placeholders } = parseFragment(`SELECT * FROM \`${table}\` WHERE `, fragment);
        const partials = [];
        if (nodes[0])
            readStatement(nodes[0], partials);
        const mine = partials[partials.length - 1];
        // The stand-in values for `?` are not the app's: they are dropped.
        if (mine && placeholders)
            for (const p of mine.where)
                delete p.value;
        return mine
            ? { where: mine.where, hasOr: mine.hasOr, partial: mine.partial }
            : { where: [], hasOr: false };
    }
    catch (err) {
        return { error: parseError(err) };
    }
}
/**
 * A fragment with `?` placeholders: the SQL grammar does not take one everywhere a value goes
 * (`title REGEXP ?`), so when it fails the placeholders (outside quotes) are read as NULL values.
 */
function parseFragment(prefix, fragment) {
    try {
        return { nodes: shapes_parse(prefix + fragment), placeholders: false };
    }
    catch (err) {
        const unbound = mapUnquoted(fragment, (text) => text.replace(/\?/g, "''"));
        if (unbound === fragment)
            throw err;
        return { nodes: shapes_parse(prefix + unbound), placeholders: true };
    }
}
/**
 * The names a select list gives (`users.name as author`, `SUM(views) as view_count`), read as
 * `SELECT <fragment> FROM table`: each is a plain column (`{ column, table? }`) or a computed value (null).
 */
function selectAliasesFromFragment(fragment, table) {
    try {
        const [stmt] = shapes_parse(`SELECT ${fragment} FROM \`${table}\``);
        const aliases = [];
        for (const [as, ref] of stmt ? selectNames(stmt, new Map()) : [])
            aliases.push([as, ref ? { column: ref.column, ...(ref.table ? { table: ref.table } : {}) } : null]);
        return { aliases };
    }
    catch (err) {
        return { error: parseError(err) };
    }
}
/** `orderByRaw('LOWER(name) desc')` → its sort terms. */
function orderFromFragment(fragment, table) {
    try {
        const [stmt] = shapes_parse(`SELECT * FROM \`${table}\` ORDER BY ${fragment}`);
        const partials = [];
        if (stmt)
            readStatement(stmt, partials);
        return { orderBy: partials[partials.length - 1]?.orderBy ?? [] };
    }
    catch (err) {
        return { error: parseError(err) };
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/literal.ts
/**
 * The plain values a query shape records (a table or column name, a predicate's sample value), taken
 * from the floor's evaluator. A query binds a backed enum case by its value, as Laravel does.
 */



/** A scalar value as a query binds it; undefined for unknown values, arrays, objects and pure enum cases. */
function literal_literal(v) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (v instanceof EnumCase)
        return v.value ?? undefined;
    return undefined;
}
/** The literal an expression evaluates to in `ctx`, or undefined when it is not one. */
function literalValue(n, ctx) {
    return n ? literal_literal(evaluate(n, ctx)) : undefined;
}
/**
 * A value the deployment sets: `config('x')` or `env('X')`, which the app's own files may leave null. A
 * query comparing a column with it compares with the production value, not with NULL.
 */
function setByDeployment(n) {
    if (!n || n.kind !== 'call')
        return false;
    const name = nameOf(child(n, 'what'))?.toLowerCase().replace(/^\\/, '');
    return name === 'config' || name === 'env';
}
/** The literal a query binds for a compared value; a null the deployment sets is not known. */
function comparedValue(n, ctx) {
    const v = literalValue(n, ctx);
    return v === null && setByDeployment(n) ? undefined : v;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/cutoff.ts
/**
 * A moving cutoff in the past: the clock now (or today) minus an interval, as Carbon spells it
 * (`now()->subDays(30)`, `Carbon::now()->subMinutes($since)->toDateTimeString()`, `today()->subWeek()`).
 * A query comparing a date with it reads the rows older than the cutoff.
 */


/** Laravel's helpers and Carbon's (or the Date facade's) constructors of the current time. */
const CLOCKS = new Set(['now', 'today']);
/** Carbon's subtractions: sub(), subtract(), subDays(), subRealHours(), subMonthsNoOverflow()… */
const SUBTRACTION = /^sub(?:tract)?(?:real)?(?:micro|milli)?(second|minute|hour|day|weekday|week|month|quarter|year|decade|centur(?:y|ies))?s?(?:withoutoverflow|withoverflow|nooverflow|overflow)?$/;
const UNIT_SECONDS = {
    second: 1,
    minute: 60,
    hour: 3_600,
    day: 86_400,
    weekday: 86_400,
    week: 604_800,
    month: 2_592_000,
    quarter: 7_776_000,
    year: 31_536_000,
    decade: 315_360_000,
    century: 3_153_600_000,
    centuries: 3_153_600_000,
};
/**
 * The expression as a cutoff in the past (the current time minus an interval; anything after the
 * subtraction formats it), or null when it is not one.
 */
function pastCutoff(node, ctx) {
    const { root, steps } = flatten(node);
    let from = 0;
    if (steps[0]?.kind === 'static') {
        if (!CLOCKS.has(steps[0].name?.toLowerCase() ?? ''))
            return null;
        from = 1;
    }
    else if (root.kind !== 'call' || !CLOCKS.has(clockName(nameOf(child(root, 'what'))))) {
        return null;
    }
    const rest = steps.slice(from);
    if (!rest.every((s) => s.kind === 'call'))
        return null;
    const subtractions = rest.filter((s) => SUBTRACTION.test(s.name?.toLowerCase() ?? ''));
    if (!subtractions.length)
        return null;
    let seconds = 0;
    for (const s of subtractions) {
        const step = stepSeconds(s, ctx);
        seconds = seconds === null || step === null ? null : seconds + step;
    }
    return { seconds };
}
/**
 * One subtraction's interval: `subHours(12)`, `subWeek()`, `subDays(self::KEEP_DAYS)`; null for
 * `sub('1 day')` or a count known only at run time.
 */
function stepSeconds(step, ctx) {
    const unit = SUBTRACTION.exec(step.name.toLowerCase())?.[1];
    if (!unit)
        return null;
    const count = step.args.length ? literalValue(step.args[0], ctx) : 1;
    return typeof count === 'number' && Number.isFinite(count) ? count * UNIT_SECONDS[unit] : null;
}
const clockName = (name) => (name ?? '').replace(/^\\/, '').toLowerCase();

;// CONCATENATED MODULE: ./src/project/laravel/queries/model-object.ts
/**
 * A model as an object: what `$model->…` answers in a global scope's `apply(Builder $builder, Model $model)`
 * and `$this->…` in a model's own code. A scope may ask the model about itself before it adds a condition
 * (`if ($model->isNotTenantable()) return;`, a model that opts out through a property): the model's own
 * methods are followed with `$this` the model, and Eloquent's base class answers from what the model
 * declares (`getTable()`, `getKeyName()`, `getFillable()`, `getGuarded()`, `qualifyColumn()`).
 */


/** What Eloquent's Model answers for a method the app does not declare; undefined when not known. */
function eloquentMethod(index, model, method, args) {
    const m = method.toLowerCase();
    // The table already follows an app's own getTable(); any other method the app declares is followed.
    if (m === 'gettable')
        return model.table;
    if (index.method(model.fqcn, m))
        return undefined;
    switch (m) {
        case 'qualifycolumn':
            if (typeof args[0] !== 'string')
                return undefined;
            return args[0].includes('.') ? args[0] : `${model.table}.${args[0]}`;
        case 'getkeyname': {
            const declared = index.propertyDefault(model.fqcn, 'primaryKey');
            return declared === undefined ? 'id' : typeof declared === 'string' ? declared : undefined;
        }
        case 'getfillable':
            return listProperty(index, model.fqcn, 'fillable', []);
        case 'getguarded':
            return listProperty(index, model.fqcn, 'guarded', ['*']);
        default:
            return undefined;
    }
}
/**
 * `$fillable` or `$guarded` as the model declares it (Eloquent's default when it does not). A constructor
 * or a trait initializer may change it at run time (`mergeFillable()`), so with one it is not known.
 */
function listProperty(index, fqcn, name, fallback) {
    const changedAtRunTime = [...index.methodsOf(fqcn).keys()].some((m) => m === '__construct' || m.startsWith('initialize'));
    if (changedAtRunTime)
        return undefined;
    const declared = index.propertyDefault(fqcn, name);
    if (declared === undefined)
        return index.property(fqcn, name) ? undefined : fallback;
    return Array.isArray(declared) || isKeyedArray(declared) ? declared : undefined;
}
/** The model as a FrameworkObject: `$this->getFillable()` in its own followed methods. */
function modelObject(index, model) {
    return { fqcn: model.fqcn, method: (name, args) => eloquentMethod(index, model, name, args) };
}
/**
 * `$model->name(…)`: Eloquent's answer, else the model's own method (its class, parents or traits)
 * followed with `$this` the model. Undefined when neither is known.
 */
function callModelMethod(index, model, method, args, node, host) {
    const framework = eloquentMethod(index, model, method, args);
    if (framework !== undefined)
        return framework;
    const decl = index.get(model.fqcn);
    if (!decl || !index.method(model.fqcn, method)?.node)
        return undefined;
    const caller = index.contextFor(decl);
    if (host)
        caller.host = host;
    return returnValue('this', method, { positional: args, named: {} }, node, {
        index,
        budget: new CallBudget(),
        caller,
        object: modelObject(index, model),
    });
}
/** `method_exists($model, 'name')`: true when the app's model declares or inherits it, else not known. */
function modelMethodExists(index, model, method) {
    return index.method(model.fqcn, method) ? true : undefined;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/groups.ts
/**
 * The AND/OR structure of a chain, as Laravel compiles it: each where carries its boolean, so
 * `where(a)->where(b)->orWhere(c)` is `a and b or c` (two top-level OR branches), and
 * `where(a)->where(fn ($q) => $q->where(b)->orWhere(c))` is `a and (b or c)` (an OR group AND-ed with a).
 * Predicates record it in `branch` (top level) and `group` (one parenthesised OR group deep).
 */
/** An `or…` method starts a new top-level branch, unless it is the first condition (Laravel drops its OR). */
function openOrBranch(state) {
    if (state.where.length > 0)
        state.branch++;
    return state.branch;
}
/** The branch a predicate sits in (predicates added without one, like a relation's key, sit in the first). */
const branchOf = (p) => p.branch ?? 0;
/**
 * Adds a nested group's predicates (read on a sub-query with its own branches) to `state`:
 * - an AND-only group joins the current branch;
 * - `orWhere(fn …)` with ORs inside adds its branches as top-level branches (OR is associative);
 * - `where(fn …)` with ORs inside becomes one OR group AND-ed with the rest.
 * An OR group inside an OR group is deeper than a shape records: it is left out and the shape is partial.
 */
function mergeGroup(state, preds, subBranches, isOr) {
    const top = isOr ? openOrBranch(state) : state.branch;
    if (subBranches === 0 || isOr) {
        for (const p of preds) {
            const copy = { ...p };
            delete copy.branch;
            const b = top + (isOr ? branchOf(p) : 0);
            if (b > 0 || p.branch !== undefined)
                copy.branch = b;
            state.where.push(copy);
        }
        if (isOr)
            state.branch = top + subBranches;
        return;
    }
    const id = state.groupIds.next++;
    let dropped = false;
    for (const p of preds) {
        if (p.group) {
            dropped = true;
            continue;
        }
        const copy = { ...p, group: { id, branch: branchOf(p) } };
        delete copy.branch;
        if (top > 0)
            copy.branch = top;
        state.where.push(copy);
    }
    if (dropped)
        state.partial.push('an OR group nested inside another OR group is left out');
}
/**
 * Predicates a scope added from index `from` on (starting in branch `b0`): Laravel wraps a scope's wheres
 * in parentheses when they contain an OR, so they become one group instead of top-level branches.
 */
function wrapSlice(state, from, b0) {
    if (state.branch === b0)
        return;
    const slice = state.where.splice(from);
    const preds = slice.map((p) => {
        const copy = { ...p };
        if (copy.branch !== undefined)
            copy.branch -= b0;
        return copy;
    });
    const subBranches = state.branch - b0;
    state.branch = b0;
    mergeGroup(state, preds, subBranches, false);
}
/**
 * The wheres before a scope that added some (indexes below `from`, with `b0` top-level OR branches): Laravel's
 * callScope puts them in parentheses too when they hold an OR, so `where(a)->orWhere(b)->company()` is
 * `(a or b) and company_id = ?`, not `a or (b and company_id = ?)`. Call after wrapSlice.
 */
function wrapBeforeScope(state, from, b0) {
    if (b0 === 0 || state.where.length === from)
        return;
    const before = state.where.slice(0, from);
    // The scope's wheres sit in the last branch (wrapSlice made any OR of theirs a group): now the only one.
    const after = state.where.slice(from).map((p) => {
        const copy = { ...p };
        delete copy.branch;
        return copy;
    });
    state.where.length = 0;
    state.branch = 0;
    mergeGroup(state, before, b0, false);
    state.where.push(...after);
}
/** The columns of a set of predicates, qualified by their table. */
function columnsOf(preds) {
    return new Set(preds.map((p) => `${p.table ?? ''}.${p.column}`));
}
/**
 * Final tags: without a top-level OR the `branch` tags go; an OR group over one column
 * (`status = 1 or status = 2`) keeps its tags, which demand reads as an IN on that column.
 */
function finishStructure(where, branches) {
    return where.map((p) => {
        if (branches > 0)
            return p.branch === undefined ? { ...p, branch: 0 } : p;
        if (p.branch === undefined)
            return p;
        const copy = { ...p };
        delete copy.branch;
        return copy;
    });
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/like.ts
/**
 * A LIKE pattern as the code builds it: a literal keeps its text; `"%{$term}%"` or `$term . '%'` keep
 * their shape (a leading wildcard, or a fixed start an index can seek) without inventing the unknown text.
 */



const startsWithWildcard = (s) => s[0] === '%' || s[0] === '_';
/** The first piece of a concatenation or interpolated string, as written. */
function leadingPiece(n) {
    if (n.kind === 'bin' && n.type === '.')
        return child(n, 'left');
    if (n.kind === 'encapsed') {
        const first = children(n, 'value')[0];
        if (!first)
            return null;
        return first.kind === 'encapsedpart' ? child(first, 'expression') : first;
    }
    return null;
}
/**
 * The LIKE operator a pattern node gives: `like-prefix` only when its known start has no wildcard first.
 * `patternOf` gives the string a local was built as (`$term = '%' . $q . '%'`), read in its place.
 */
function likePattern(n, ctx, negated = false, patternOf) {
    if (n?.kind === 'variable' && typeof n.name === 'string')
        n = patternOf?.(n.name) ?? n;
    if (!n)
        return { op: negated ? 'other' : 'like' };
    const whole = literalValue(n, ctx);
    if (typeof whole === 'string') {
        if (negated)
            return { op: 'other', value: whole };
        return {
            op: likeOperator(whole),
            value: whole,
            ...(startsWithWildcard(whole) ? { wildcardFirst: true } : {}),
        };
    }
    if (negated)
        return { op: 'other' };
    // Walk down to the leftmost piece: `'abc' . $x . '%'` starts with 'abc'.
    let piece = n;
    for (let depth = 0; piece && depth < 20; depth++) {
        const known = literalValue(piece, ctx);
        if (typeof known === 'string' && known !== '')
            return { op: likeOperator(known), ...(startsWithWildcard(known) ? { wildcardFirst: true } : {}) };
        const next = leadingPiece(piece);
        if (!next || next === piece)
            break;
        piece = next;
    }
    // `$term . '%'`: the code adds a wildcard at the end only, a prefix search on whatever `$term` is.
    const pieces = piecesOf(n);
    if (pieces.length > 1) {
        const texts = pieces.map((p) => literalValue(p, ctx));
        const last = texts[texts.length - 1];
        const wildcardInside = texts.slice(0, -1).some((t) => typeof t === 'string' && /[%_]/.test(t));
        if (typeof last === 'string' && last.endsWith('%') && !wildcardInside)
            return { op: 'like-prefix' };
    }
    return { op: 'like' };
}
/** A string the code builds (`'%' . $q . '%'`, `"{$q}%"`): a local assigned one keeps it for likePattern. */
function isBuiltString(n) {
    return !!n && (n.kind === 'encapsed' || (n.kind === 'bin' && n.type === '.'));
}
/** The pieces of a concatenation or interpolated string, in order. */
function piecesOf(n) {
    if (n.kind === 'bin' && n.type === '.') {
        const l = child(n, 'left');
        const r = child(n, 'right');
        return [...(l ? piecesOf(l) : []), ...(r ? piecesOf(r) : [])];
    }
    if (n.kind === 'encapsed')
        return children(n, 'value').map((p) => (p.kind === 'encapsedpart' ? (child(p, 'expression') ?? p) : p));
    return [n];
}

;// CONCATENATED MODULE: ./src/project/php/types.ts
/**
 * Types of values: which class `$this->book`, a typed parameter, a local assigned from `new X` or
 * `app(X::class)`, or a method's declared return holds. Only what the code states (signatures, promoted
 * properties, docblocks, `new`) is used; nothing is guessed from names.
 */



/**
 * The class a declared type names: the first class name (`Collection<int, User>` is a Collection; `User[]`
 * is an array, no class); `static`/`$this` → `self`, and `self` → `declaring` (the class that wrote it).
 */
function classOfType(t, self, declaring = self) {
    for (const n of t?.names ?? []) {
        if (n === 'static')
            return self;
        if (n === 'self')
            return declaring;
        if (n.endsWith('[]'))
            continue;
        const base = n.includes('<') ? n.slice(0, n.indexOf('<')) : n;
        if (base.includes('\\') || /^[A-Z]/.test(base))
            return base;
    }
    return null;
}
/** The class a property holds: its declared, promoted or docblock type, through parents and traits. */
function propertyClass(index, cls, prop) {
    const found = index.property(cls, prop);
    if (!found)
        return null;
    return types_declaredClass(index, index.propertyType(cls, prop), cls, found.decl);
}
/** The class a method declares it returns (signature, else `@return`); `static` is `cls`, `self` its declarer. */
function returnClass(index, cls, method) {
    const found = index.signature(cls, method);
    if (!found)
        return null;
    const type = preferClass(found.summary.returnType, found.summary.docReturnType);
    return types_declaredClass(index, type, cls, found.decl);
}
/** A member's type as a class: `self` is the declaring class (a trait's is the class using it), `parent` its parent. */
function types_declaredClass(index, t, cls, decl) {
    const declaring = decl.kind === 'trait' ? cls : decl.fqcn;
    if (t?.names[0] === 'parent')
        return index.get(declaring)?.parent ?? null;
    return classOfType(t, cls, declaring);
}
/** Parameter name → class, for a function or method node in `ctx` (signature, then `@param`). */
function parameterClasses(fn, ctx) {
    const out = new Map();
    const docs = paramDocTypes(fn, ctx.scope);
    for (const p of children(fn, 'arguments')) {
        const name = nameOf(child(p, 'name'));
        if (!name)
            continue;
        const declared = typeOf(child(p, 'type'), p.nullable === true, ctx.scope);
        const fq = classOfType(preferClass(declared, docs.get(name) ?? null), ctx.self);
        if (fq)
            out.set(name, fq);
    }
    return out;
}
/** The class an expression evaluates to, or null when the code does not say. */
function classOfExpression(node, ctx, depth = 0) {
    if (!node || depth > 8)
        return null;
    switch (node.kind) {
        case 'variable': {
            const n = variableName(node);
            if (n === 'this')
                return ctx.self;
            return n ? (ctx.locals.get(n) ?? null) : null;
        }
        case 'parenthesis':
            return classOfExpression(child(node, 'inner'), ctx, depth + 1);
        case 'new': {
            const what = child(node, 'what');
            // `new class extends X {…}` is the anonymous class the file's summary names.
            if (what?.kind === 'class')
                return anonymousClassName(ctx.scope.file, lineOf(what));
            return what ? ctx.index.resolveRef(what, ctx.scope, ctx.self) : null;
        }
        case 'staticlookup': {
            // `self::$instance`: a static property's type.
            const what = child(node, 'what');
            const cls = what ? ctx.index.resolveRef(what, ctx.scope, ctx.self) : null;
            const prop = variableName(child(node, 'offset'));
            return cls && prop ? propertyClass(ctx.index, cls, prop) : null;
        }
        case 'clone':
            return classOfExpression(child(node, 'what'), ctx, depth + 1);
        case 'propertylookup':
        case 'nullsafepropertylookup': {
            const owner = classOfExpression(child(node, 'what'), ctx, depth + 1);
            const prop = child(node, 'offset')?.kind === 'identifier' ? nameOf(child(node, 'offset')) : null;
            if (!owner || !prop)
                return null;
            const own = propertyClass(ctx.index, owner, prop);
            if (own || ctx.index.property(owner, prop))
                return own;
            const vendor = ctx.index.vendorRoot(owner);
            return vendor ? (ctx.host?.propertyType?.(vendor, prop) ?? null) : null;
        }
        case 'call': {
            const what = child(node, 'what');
            const args = children(node, 'arguments');
            if (!what)
                return null;
            if (what.kind === 'name') {
                const fname = nameKey(String(what.name));
                return ctx.host?.functionType?.(fname, args, ctx) ?? null;
            }
            const method = child(what, 'offset')?.kind === 'identifier' ? nameOf(child(what, 'offset')) : null;
            if (!method)
                return null;
            if (what.kind === 'staticlookup') {
                const target = child(what, 'what');
                const cls = target ? ctx.index.resolveRef(target, ctx.scope, ctx.self) : null;
                if (!cls)
                    return null;
                if (ctx.index.get(cls)) {
                    const own = returnClass(ctx.index, cls, method);
                    if (own)
                        return own;
                }
                return ctx.host?.staticType?.(cls, method, args, ctx) ?? null;
            }
            const owner = classOfExpression(child(what, 'what'), ctx, depth + 1);
            if (!owner)
                return null;
            return (returnClass(ctx.index, owner, method) ?? ctx.host?.methodType?.(owner, method, args, ctx) ?? null);
        }
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/driver.ts
/**
 * Code that branches on the database driver (`DB::getDriverName() === 'pgsql'`, `switch` on it,
 * `when($driver === 'sqlite', …)`): only the branch a MariaDB connection takes sends MariaDB queries.
 * A test this module cannot read is neither true nor false: both branches are walked, as before.
 */

/** Laravel's driver names for MariaDB: `mysql`, and `mariadb` since Laravel 11. */
const OURS = ['mysql', 'mariadb'];
/** `DB::getDriverName()`, `DB::connection()->getDriverName()`, `$q->getConnection()->getDriverName()`, `config('database.default')`. */
function isDriverExpression(n) {
    if (!n || n.kind !== 'call')
        return false;
    const what = child(n, 'what');
    if (what?.kind === 'name') {
        const fn = nameKey(nameOf(what));
        const arg = children(n, 'arguments')[0];
        const key = arg?.kind === 'string' ? field(arg, 'value') : null;
        return (fn === 'config' &&
            (key === 'database.default' || /^database\.connections\.[\w-]+\.driver$/.test(key ?? '')));
    }
    const steps = flatten(n).steps;
    const last = steps[steps.length - 1];
    return !!last && last.kind !== 'prop' && last.name?.toLowerCase() === 'getdrivername';
}
const stringOf = (n) => n?.kind === 'string' ? (field(n, 'value') ?? null) : null;
/** The test's value when the driver is `driver`; null when the test is not (only) about the driver. */
function evalFor(n, driver) {
    if (!n)
        return null;
    if (n.kind === 'parenthesis')
        return evalFor(child(n, 'inner'), driver);
    if (n.kind === 'unary' && field(n, 'type') === '!') {
        const v = evalFor(child(n, 'what'), driver);
        return v === null ? null : !v;
    }
    if (n.kind === 'bin') {
        const type = String(field(n, 'type') ?? '').toLowerCase();
        const left = child(n, 'left');
        const right = child(n, 'right');
        if (type === '&&' || type === 'and' || type === '||' || type === 'or') {
            const l = evalFor(left, driver);
            const r = evalFor(right, driver);
            const and = type === '&&' || type === 'and';
            // `driver === 'pgsql' && $x` is false for MariaDB whatever $x is; `… || $x` is not known.
            if (and)
                return l === false || r === false ? false : l === true && r === true ? true : null;
            return l === true || r === true ? true : l === false && r === false ? false : null;
        }
        if (['===', '==', '!==', '!='].includes(type)) {
            const lit = isDriverExpression(left)
                ? stringOf(right)
                : isDriverExpression(right)
                    ? stringOf(left)
                    : null;
            if (lit === null)
                return null;
            const equal = lit.toLowerCase() === driver;
            return type.startsWith('!') ? !equal : equal;
        }
        return null;
    }
    if (n.kind === 'call' && nameKey(nameOf(child(n, 'what'))) === 'in_array') {
        const [needle, haystack] = children(n, 'arguments');
        if (!isDriverExpression(needle) || haystack?.kind !== 'array')
            return null;
        const values = children(haystack, 'items').map((e) => stringOf(child(e, 'value') ?? e));
        if (values.some((v) => v === null))
            return null;
        return values.some((v) => v.toLowerCase() === driver);
    }
    return null;
}
/** Whether the test holds on MariaDB: true, false, or null when it is not known (or not about the driver). */
function driverTest(n) {
    // `mariadb` is only a driver since Laravel 11: a test that does not name it is read for `mysql`.
    let namesMariaDb = false;
    ast_walk(n, (x) => {
        if (stringOf(x)?.toLowerCase() === 'mariadb')
            namesMariaDb = true;
    });
    const drivers = namesMariaDb ? OURS : ['mysql'];
    const results = drivers.map((d) => evalFor(n, d));
    if (results.some((r) => r === null))
        return null;
    // The app may name either spelling; a branch is ours when either spelling takes it.
    return results.some((r) => r === true);
}
/** `switch (DB::getDriverName())`: the case bodies a MariaDB connection runs (fall-through included); null when unknown. */
function driverSwitchBodies(node) {
    if (!isDriverExpression(child(node, 'test')))
        return null;
    const cases = children(child(node, 'body'), 'children');
    const matches = (c) => {
        const v = stringOf(child(c, 'test'));
        return v !== null && OURS.includes(v.toLowerCase());
    };
    let start = cases.findIndex(matches);
    if (start < 0)
        start = cases.findIndex((c) => child(c, 'test') === null);
    if (start < 0)
        return [];
    const out = [];
    for (let i = start; i < cases.length; i++) {
        const body = child(cases[i], 'body');
        if (body)
            out.push(body);
        const stmts = children(body, 'children');
        if (stmts.some((s) => s.kind === 'break' || s.kind === 'return' || s.kind === 'throw'))
            break;
    }
    return out;
}
/** `$driver === 'pgsql' ? 'ilike' : 'like'`: the branch MariaDB takes, or the node itself. */
function onMariaDb(n) {
    if (n.kind !== 'retif')
        return n;
    const t = driverTest(child(n, 'test'));
    if (t === null)
        return n;
    return (t ? (child(n, 'trueExpr') ?? child(n, 'test')) : child(n, 'falseExpr')) ?? n;
}
/** The parts of an `if` / `switch` that run on MariaDB when it tests the driver; null when it does not. */
function driverBranches(node) {
    if (node.kind === 'switch')
        return driverSwitchBodies(node);
    if (node.kind !== 'if')
        return null;
    const t = driverTest(child(node, 'test'));
    if (t === null)
        return null;
    const taken = t ? child(node, 'body') : child(node, 'alternate');
    return taken ? [taken] : [];
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/pieces.ts
/**
 * A piece of a chain that cannot be read (`orderBy($column)`, `groupBy($field)`): the rest of the chain is
 * kept and the state records what is missing, instead of the whole query being dropped.
 */
function unknownPiece(state, reason) {
    (state.partial ??= []).push(reason);
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/select-aliases.ts
/**
 * Names a query's select list gives: `select('users.name as author')`, `DB::raw('SUM(views) as view_count')`,
 * `selectRaw('count(*) as count')`, `addSelect(['last_played_at' => $subquery])`, `withCount('comments')`'s
 * `comments_count`, and a many-to-many relation's `pivot_*` columns. MariaDB resolves a sort or grouping by
 * such a name to the select list first: to a column, or to a computed value no index can give in order.
 */


/** Records the aliases of a select list's SQL text (a string argument or a DB::raw() fragment). */
function aliasesOfSql(aliases, sql, table) {
    const read = selectAliasesFromFragment(sql, table);
    if ('error' in read)
        return;
    for (const [alias, ref] of read.aliases)
        aliases.set(alias.toLowerCase(), ref);
}
/**
 * `select()` / `addSelect()` arguments: strings and raw expressions through their SQL, arrays entry by entry,
 * and a keyed entry (`'latest' => Post::select(…)`) names a subquery's value.
 */
function aliasesOfSelect(aliases, args, table, textOf, keyOf) {
    const one = (n) => {
        if (n.kind === 'array') {
            for (const e of arrayEntries(n)) {
                const key = e.key ? keyOf(e.key) : null;
                if (key !== null)
                    aliases.set(key.toLowerCase(), null);
                else
                    one(e.value);
            }
            return;
        }
        const sql = textOf(n);
        if (sql !== null)
            aliasesOfSql(aliases, sql, table);
    };
    for (const a of args)
        one(a);
}
/** `withCount('comments')` → comments_count; `withSum('orders', 'total')` → orders_sum_total; `'x as y'` → y. */
function aggregateAlias(relation, fn, column) {
    const as = /\s+as\s+(\w+)\s*$/i.exec(relation);
    if (as)
        return as[1].toLowerCase();
    const words = [relation.trim(), fn, column && column !== '*' ? column : '']
        .join(' ')
        .replace(/[^\w\s]/g, '')
        .trim();
    return words
        .replace(/([a-z\d])([A-Z])/g, '$1_$2')
        .replace(/\s+/g, '_')
        .toLowerCase();
}
/**
 * A sort's terms with aliases resolved: an alias of a column sorts by that column; from the first alias of a
 * computed value on, the order is no index's (the terms are cut, like a sort column the code does not show).
 */
function resolveSortAliases(terms, aliases, pivot) {
    const out = [];
    for (const t of terms) {
        const named = t.table || t.fn ? undefined : aliasOf(aliases, pivot, t.column);
        if (named === null)
            return { terms: out, cut: t.column };
        out.push(named ? { ...t, column: named.column, ...(named.table ? { table: named.table } : {}) } : t);
    }
    return { terms: out, cut: null };
}
/** A grouping's columns with aliases resolved; the computed ones are left out and named. */
function resolveGroupAliases(columns, aliases, pivot) {
    const out = [];
    const computed = [];
    for (const c of columns) {
        const named = c.includes('.') ? undefined : aliasOf(aliases, pivot, c);
        if (named === null)
            computed.push(c);
        else
            out.push(named ? (named.table ? `${named.table}.${named.column}` : named.column) : c);
    }
    return { columns: out, computed };
}
/** What a bare name stands for: an alias (a column, or null when computed), undefined when it is no alias. */
function aliasOf(aliases, pivot, name) {
    const key = name.toLowerCase();
    if (aliases.has(key))
        return aliases.get(key) ?? null;
    // BelongsToMany selects its pivot's columns as `pivot_<column>`.
    if (pivot && key.startsWith('pivot_'))
        return { column: name.slice('pivot_'.length), table: pivot };
    return undefined;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/array-where.ts
/**
 * `where($conditions)` with an array held in a variable (a repository finder's `array $where` bound to the
 * caller's `['status' => 'open', ['total', '>', 10]]`): each entry is a condition, as Builder::addArrayOfWheres
 * reads it. Returns false when the argument is not an array the evaluator knows.
 */




function arrayWhere(arg, ctx, pred) {
    const entries = entriesOf(evaluate(arg, ctx));
    if (!entries)
        return false;
    for (const [key, value] of entries) {
        if (typeof key === 'string') {
            const v = literal_literal(value);
            pred(key, v === null ? 'is null' : '=', v ?? undefined);
            continue;
        }
        // A numeric key holds [column, operator, value] or [column, value].
        const parts = entriesOf(value)?.map(([, x]) => x) ?? [];
        const column = typeof parts[0] === 'string' ? parts[0] : null;
        if (parts.length >= 3) {
            const op = literal_literal(parts[1]);
            const v = literal_literal(parts[2]);
            pred(column, typeof op === 'string' ? comparisonOperator(op, v) : 'other', v ?? undefined);
        }
        else {
            const v = literal_literal(parts[1]);
            pred(column, v === null ? 'is null' : '=', v ?? undefined);
        }
    }
    return true;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/sort-choice.ts
/**
 * Sorts a request chooses: an admin list lets the user sort by any of a list of columns
 * (`orderBy(in_array($request->sort, $allowed) ? $request->sort : 'created_at')`, a `match` or a map of
 * sort keys, a `switch ($request->sort)` whose cases each add their own orderBy). No maintainer indexes
 * every sortable column of a list, and which one a request picks is unknown. The query is read as a request
 * that chooses none sends it (the default sort), and the other sorts are recorded on the shape
 * (`alsoSortable`) for the report, never each a query of its own.
 */


/** `orderBy($choice)`: the fallback column is the query's sort; the other allowed ones are recorded. */
function chosenSort(state, v) {
    if (!(v instanceof ChoiceValue))
        return null;
    noteAlternatives(state, v.options.filter((o) => o !== v.fallback));
    return v.fallback;
}
function noteAlternatives(state, sorts) {
    if (!sorts.length)
        return;
    state.alsoSortable = [...new Set([...(state.alsoSortable ?? []), ...sorts])];
}
/** A branch that only sorts (a switch case on the sort key): left joins for a related column's sort allowed. */
function sortsOnly(p) {
    return ((p.orderBy.length > 0 || !!p.orderCut) &&
        p.where.length === 0 &&
        p.groupBy.length === 0 &&
        p.joins.every((j) => j.type === 'left') &&
        p.limit === undefined &&
        !p.single &&
        !p.trashed &&
        !p.withoutScopes);
}
const termText = (o) => (o.table ? `${o.table}.${o.column}` : o.column);
function sortText(p) {
    const terms = p.orderBy.map(termText);
    if (p.orderCut)
        terms.push('a column the code does not name');
    return terms.join(', ');
}
/**
 * Groups of a query whose every part only sorts, when there are two or more such parts in all: the request
 * picks one sort among several. Each group then keeps its common part (the switch's default) in every shape
 * and gives no shape per part; the state records the other sorts. Returns the groups taken.
 */
function takeSortChoices(state) {
    const groups = (state.optional ?? []).filter((g) => g.parts.every(sortsOnly));
    if (groups.reduce((n, g) => n + g.parts.length, 0) < 2)
        return new Set();
    for (const g of groups) {
        const common = g.required ? g.parts[g.common ?? 0] : undefined;
        for (const t of common?.orderBy ?? [])
            t.chosen = true;
        noteAlternatives(state, g.parts.filter((p) => p !== common).map(sortText));
    }
    return new Set(groups);
}
/** Right-hand sides a local sort choice is made of: a list of columns, a ternary, a match, `??`. */
const CHOICE_SOURCES = new Set(['array', 'retif', 'match', 'bin']);
/** A choice, or a list or map of strings it may be read from. */
function keptForChoices(v) {
    if (v instanceof ChoiceValue)
        return true;
    const entries = entriesOf(v);
    return !!entries?.length && entries.every(([, x]) => typeof x === 'string');
}
/**
 * A branch of the query (an optional filter) with a sort the request chooses: the request that adds the
 * filter may sort by any allowed column, so the default sort is no index order for it. It is read without
 * the chosen sort (and the terms after it), as a partial shape; only the common path, what a request
 * without choices sends, keeps the default sort. One index proposal per query site comes from the sort.
 */
function withoutChosenSort(state) {
    const at = state.orderBy.findIndex((o) => o.chosen);
    if (at < 0)
        return;
    const cut = state.orderBy.slice(at).map(termText);
    state.orderBy = state.orderBy.slice(0, at);
    state.partial = [
        ...state.partial,
        `the request chooses the sort (${cut.join(', ')} by default): a branch is read without it`,
    ];
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/optional.ts
/**
 * Conditional clauses: `if ($request->filled('x')) { $q->where('x', …); }` and `when($x, fn ($q) => …)`.
 * Laravel sends the query without the clause when the condition is false, and with it when true; AND-ing
 * every conditional clause into one shape describes a query no request sends. What a branch adds is kept
 * apart as an optional part of the query: the shape of the common path leaves it out, and each optional
 * part gives one more shape (the common path plus that part), its clauses where Laravel puts them.
 */


function placeBranch(part, state, at) {
    if (at && state.location.file === at.file)
        part.line = at.line;
}
function optional_snapshot(state) {
    const s = state;
    return {
        state,
        where: s.where.length,
        joins: s.joins.length,
        orderBy: s.orderBy.length,
        groupBy: s.groupBy.length,
        code: s.code,
        scalars: {
            limit: s.limit,
            single: s.single,
            trashed: s.trashed,
            withoutScopes: s.withoutScopes,
            orderCut: s.orderCut,
            orUsed: s.orUsed,
            branch: s.branch,
            unknown: s.unknown,
            noRead: s.noRead,
            foreignDriver: s.foreignDriver,
            rawOr: s.rawOr,
            table: s.table,
        },
    };
}
/**
 * After a branch ran: what it added is taken out and returned (null: it added nothing), the query put back
 * as it was. A branch that made the query unreadable, wrote, changed its table or removed clauses stays
 * AND-ed in, as its clauses cannot be told apart from the rest: `'kept'`. One that opened a top-level OR is
 * taken out with the branches it opened (`OptionalPart.or`).
 */
function takeOptional(snap) {
    const s = snap.state;
    const k = snap.scalars;
    if (s.branch < k.branch ||
        s.unknown !== k.unknown ||
        s.noRead !== k.noRead ||
        s.foreignDriver !== k.foreignDriver ||
        s.rawOr !== k.rawOr ||
        s.table !== k.table ||
        s.where.length < snap.where ||
        s.joins.length < snap.joins ||
        s.orderBy.length < snap.orderBy ||
        s.groupBy.length < snap.groupBy)
        return 'kept';
    const code = takeCode(snap);
    const part = {
        whereAt: snap.where,
        where: s.where.splice(snap.where),
        joinsAt: snap.joins,
        joins: s.joins.splice(snap.joins),
        orderAt: snap.orderBy,
        orderBy: s.orderBy.splice(snap.orderBy),
        groupAt: snap.groupBy,
        groupBy: s.groupBy.splice(snap.groupBy),
    };
    if (s.branch !== k.branch || s.orUsed !== k.orUsed)
        part.or = { from: k.branch, opened: s.branch - k.branch, used: s.orUsed };
    s.branch = k.branch;
    s.orUsed = k.orUsed;
    if (s.limit !== k.limit && s.limit !== undefined)
        part.limit = s.limit;
    if (s.single !== k.single && s.single)
        part.single = true;
    if (s.trashed !== k.trashed)
        part.trashed = s.trashed;
    if (s.withoutScopes !== k.withoutScopes)
        part.withoutScopes = s.withoutScopes;
    if (s.orderCut !== k.orderCut && s.orderCut)
        part.orderCut = true;
    s.limit = k.limit;
    s.single = k.single;
    s.trashed = k.trashed;
    s.withoutScopes = k.withoutScopes;
    s.orderCut = k.orderCut;
    const changed = part.where.length ||
        part.joins.length ||
        part.orderBy.length ||
        part.groupBy.length ||
        'limit' in part ||
        'single' in part ||
        'trashed' in part ||
        'withoutScopes' in part ||
        'orderCut' in part ||
        'or' in part;
    if (changed && code)
        part.code = code;
    return changed ? part : null;
}
/**
 * The calls a branch appended to a query kept in a variable (`$q->where(…)` adds ` …->where(…)`), taken out
 * of the code: the shapes without the branch do not show them. A chain whose code was rewritten is left as is.
 */
function takeCode(snap) {
    const s = snap.state;
    if (s.code.length <= snap.code.length || !s.code.startsWith(snap.code))
        return null;
    const text = s.code.slice(snap.code.length);
    s.code = snap.code;
    return { at: snap.code.length, text };
}
/** Runs `fn` (a branch) against the query; what it adds becomes optional. */
function conditionally(state, fn, requestInput = false, at) {
    const snap = optional_snapshot(state);
    fn();
    const part = takeOptional(snap);
    if (part && part !== 'kept') {
        if (requestInput)
            part.requestInput = true;
        placeBranch(part, state, at);
        (state.optional ??= []).push({ parts: [part], required: false });
    }
}
/** What an optional (not required) branch's shape says about it, for the severity bound on rare filters. */
function optional_branchOf(part, menu) {
    const columns = [...new Set(part.where.map((p) => p.column))];
    return {
        columns,
        requestInput: !!part.requestInput,
        ...(part.requestInput ? { menu } : {}),
        ...(part.line !== undefined ? { line: part.line } : {}),
    };
}
/**
 * Puts optional parts back in, AND-ed, as before this module: a nested group (`where(fn ($q) => …)`) is
 * one clause of its parent, whose shapes cannot carry its alternatives.
 */
function foldOptional(state) {
    const groups = state.optional;
    if (!groups?.length)
        return;
    delete state.optional;
    insert(state, groups.flatMap((g) => g.parts));
}
/** Parts were taken in order, each with positions in the query without the ones before it. */
function insert(state, parts) {
    // A later part sits at or after an earlier one: insert from the last so the earlier positions hold.
    for (const p of [...parts].reverse())
        apply(state, p);
}
/** The query with the given parts in (`choice`: group → its part; required groups default to their first). */
function withParts(state, choice) {
    const copy = {
        ...state,
        where: [...state.where],
        joins: [...state.joins],
        orderBy: [...state.orderBy],
        groupBy: [...state.groupBy],
    };
    delete copy.optional;
    const parts = [];
    for (const g of state.optional ?? []) {
        const p = choice.get(g) ?? (g.required ? g.parts[g.common ?? 0] : undefined);
        if (p)
            parts.push(p);
    }
    insert(copy, parts);
    return copy;
}
function apply(s, p) {
    const at = Math.min(p.whereAt, s.where.length);
    s.where.splice(at, 0, ...p.where);
    if (p.or)
        reopenOr(s, at + p.where.length, p.or);
    s.joins.splice(Math.min(p.joinsAt, s.joins.length), 0, ...p.joins);
    s.orderBy.splice(Math.min(p.orderAt, s.orderBy.length), 0, ...p.orderBy);
    s.groupBy.splice(Math.min(p.groupAt, s.groupBy.length), 0, ...p.groupBy);
    if (p.limit !== undefined && s.limit === undefined)
        s.limit = p.limit;
    if (p.single)
        s.single = true;
    if (p.trashed)
        s.trashed = p.trashed;
    if (p.withoutScopes)
        s.withoutScopes = p.withoutScopes;
    if (p.orderCut)
        s.orderCut = true;
    if (p.code) {
        const at = Math.min(p.code.at, s.code.length);
        s.code = s.code.slice(0, at) + p.code.text + s.code.slice(at);
    }
}
/**
 * Puts back the OR branches a part opened: the clauses chained after it (from `after`) sat in the query's
 * branch of that time, and with the part in they sit in its last branch (`a and b or c` then `and d`:
 * Laravel sends `a and b or c and d`).
 */
function reopenOr(s, after, or) {
    if (or.opened > 0)
        s.where = s.where.map((q, i) => {
            const b = q.branch ?? 0;
            return i < after || b < or.from ? q : { ...q, branch: b + or.opened };
        });
    s.branch += or.opened;
    if (or.used)
        s.orUsed = true;
}
/**
 * The shapes a query with optional parts is sent as: the common path (no optional part, the first of each
 * required group), then one per part (the common path with that part in its group's place).
 */
function variantShapes(state, finish) {
    const out = [];
    const add = (shape) => {
        if (shape && !out.some((o) => o.id === shape.id))
            out.push(shape);
    };
    if (!state.optional?.length) {
        add(finish(state));
        return out;
    }
    const sortChoices = takeSortChoices(state);
    // How many filters the request may choose from on this query: a search form over many columns.
    const menu = state.optional.filter((g) => !g.required && !sortChoices.has(g) && g.parts.some((p) => p.requestInput && p.where.length)).length;
    add(finish(withParts(state, new Map())));
    for (const g of state.optional) {
        if (sortChoices.has(g))
            continue;
        for (const part of g.parts) {
            const variant = withParts(state, new Map([[g, part]]));
            withoutChosenSort(variant);
            const shape = finish(variant);
            // A required group's parts are alternatives one of which always runs: none is a rare extra.
            if (shape && !g.required)
                shape.optionalBranch = optional_branchOf(part, menu);
            add(shape);
        }
    }
    return out;
}
/**
 * Runs the arms of one conditional (`if`/`elseif`/`else`, `switch` cases) one after the other; what each adds
 * to each query becomes one part of that query's optional group. `exhaustive`: one arm always runs.
 */
function runBranches(states, arms, exhaustive, 
/** The arm that runs when no other does (a `switch`'s default), when the code has one. */
defaultArm, 
/** Per arm: its condition reads the request's input (an `else` arm: an earlier test does). */
armInput = [], 
/** Per arm: where its code sits. */
armPlaces = []) {
    const open = [...states].map((state) => ({
        snap: optional_snapshot(state),
        parts: [],
        all: true,
        common: undefined,
    }));
    arms.forEach((arm, i) => {
        arm();
        for (const o of open) {
            const part = takeOptional(o.snap);
            if (part === 'kept')
                o.snap = optional_snapshot(o.snap.state);
            if (part && part !== 'kept') {
                if (armInput[i])
                    part.requestInput = true;
                placeBranch(part, o.snap.state, armPlaces[i]);
                if (i === defaultArm)
                    o.common = o.parts.length;
                o.parts.push(part);
            }
            else
                o.all = false;
        }
    });
    for (const o of open) {
        if (!o.parts.length)
            continue;
        const group = { parts: o.parts, required: exhaustive && o.all };
        if (o.common !== undefined)
            group.common = o.common;
        (o.snap.state.optional ??= []).push(group);
    }
}
/** The arms of an `if` chain or a `switch`: each arm's test (null for `else` and cases) and body. */
function armsOf(node) {
    const arms = [];
    if (node.kind === 'if') {
        let at = node;
        while (at?.kind === 'if') {
            arms.push({ test: child(at, 'test'), body: child(at, 'body') });
            at = child(at, 'alternate');
        }
        if (at)
            arms.push({ test: null, body: at });
        return { arms, exhaustive: !!at };
    }
    let defaultArm;
    for (const c of children(child(node, 'body') ?? node, 'children')) {
        if (!child(c, 'test'))
            defaultArm = arms.length;
        arms.push({ test: null, body: child(c, 'body') });
    }
    return defaultArm === undefined ? { arms, exhaustive: false } : { arms, exhaustive: true, defaultArm };
}
/** An arm's first statement (the arm itself when it is not a block): where what it adds is written. */
function firstStatement(body) {
    return body.kind === 'block' ? (children(body, 'children')[0] ?? body) : body;
}
/**
 * The arm leaves the function (or the script) on every path: its last statement is a `return`, a `throw` or an
 * `exit`. What it assigns never reaches the code after the conditional.
 */
function armExits(body) {
    if (!body)
        return false;
    if (body.kind === 'block') {
        const list = children(body, 'children');
        return list.length > 0 && armExits(list[list.length - 1]);
    }
    if (body.kind === 'return' || body.kind === 'throw')
        return true;
    if (body.kind === 'expressionstatement') {
        const e = child(body, 'expression');
        return e?.kind === 'exit' || e?.kind === 'throw';
    }
    return false;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/request-input.ts
/**
 * Whether a condition reads the request's input: `$request->filled('x')`, `$request->x`, `request('x')`,
 * `Request::has('x')`, or a local assigned from one of those. A branch under such a test is a filter the
 * client chooses to send; one under `Auth::user()->isAdmin()` or a setting is not (optional.ts).
 */

/** Request methods that read what the client sent (query string, body); `user()`, `route()` do not. */
const INPUT_METHODS = new Set([
    'all',
    'anyfilled',
    'boolean',
    'collect',
    'date',
    'enum',
    'except',
    'exists',
    'filled',
    'float',
    'get',
    'has',
    'hasany',
    'input',
    'integer',
    'isnotfilled',
    'missing',
    'only',
    'post',
    'query',
    'string',
]);
/** Properties of a request object that are not input (Symfony's bags are read through their own methods). */
const NOT_INPUT_PROPERTIES = new Set(['attributes', 'cookies', 'files', 'headers', 'server', 'session']);
const FACADES = new Set(['request', 'input']);
const bareName = (n) => nameOf(n)?.replace(/^\\/, '').split('\\').pop()?.toLowerCase() ?? null;
/** True when the request object `target` (a variable or `request()`) is what the lookup reads. */
function isRequestObject(target, locals) {
    if (!target)
        return false;
    if (target.kind === 'variable') {
        const n = nameOf(target);
        return !!n && locals.isRequest(n);
    }
    if (target.kind === 'propertylookup') {
        // `$this->request`: a controller that keeps the request in a property.
        const what = child(target, 'what');
        return (what?.kind === 'variable' && nameOf(what) === 'this' && nameOf(child(target, 'offset')) === 'request');
    }
    if (target.kind === 'call') {
        const fn = child(target, 'what');
        return (fn?.kind === 'name' &&
            bareName(fn) === 'request' &&
            !target['arguments']?.length);
    }
    return false;
}
function readsRequestInput(test, locals) {
    if (!test)
        return false;
    let found = false;
    // A lookup that is the method of a call (`$request->user()`) is judged by the call, not as a property.
    const callees = new Set();
    ast_walk(test, (n) => {
        if (found)
            return;
        switch (n.kind) {
            case 'variable': {
                const name = nameOf(n);
                if (name && locals.isInput(name))
                    found = true;
                return;
            }
            case 'call': {
                const fn = child(n, 'what');
                if (fn)
                    callees.add(fn);
                // `request('x')`: the helper with a key reads input.
                if (fn?.kind === 'name' &&
                    bareName(fn) === 'request' &&
                    n['arguments']?.length)
                    found = true;
                // `$request->filled('x')`, `request()->input('x')`, `Request::has('x')`.
                if (fn?.kind === 'propertylookup' && isRequestObject(child(fn, 'what'), locals)) {
                    found = INPUT_METHODS.has(nameOf(child(fn, 'offset'))?.toLowerCase() ?? '');
                }
                if (fn?.kind === 'staticlookup' && FACADES.has(bareName(child(fn, 'what')) ?? '')) {
                    found = INPUT_METHODS.has(nameOf(child(fn, 'offset'))?.toLowerCase() ?? '');
                }
                return;
            }
            case 'propertylookup': {
                // `$request->search`: Laravel's magic property reads the input of that name.
                if (callees.has(n))
                    return;
                const prop = nameOf(child(n, 'offset'))?.toLowerCase();
                if (prop && !NOT_INPUT_PROPERTIES.has(prop) && isRequestObject(child(n, 'what'), locals))
                    found = true;
                return;
            }
        }
    });
    return found;
}
/** Outside a method's locals: only `$request` is taken for the request object. */
const NAMED_REQUEST = {
    isRequest: (name) => name === 'request',
    isInput: () => false,
};

;// CONCATENATED MODULE: ./src/project/laravel/framework-class.ts
/**
 * Whether a class is the framework's own (`Illuminate\…`, fully qualified without a leading backslash).
 * Readers follow the app's classes; the framework's are read as Laravel's behaviour instead, also when an
 * app ships its own copy of one under the framework's name.
 */
function isFrameworkClass(fqcn) {
    return fqcn.toLowerCase().startsWith('illuminate\\');
}
/** The base class of Laravel's HTTP controllers (lower case, as ClassIndex.isA compares). */
const ROUTING_CONTROLLER = 'illuminate\\routing\\controller';
/**
 * A class the router dispatches requests to: it extends Laravel's Controller, or it sits in an
 * `Http/Controllers` folder (a single-action controller needs neither the base class nor the name).
 */
function isHttpController(index, decl) {
    return (index.isA(decl.fqcn, ROUTING_CONTROLLER) ||
        /(^|\/)http\/controllers\//i.test(decl.file.replace(/\\/g, '/')));
}
/** The base class of Artisan console commands (lower case, as ClassIndex.isA compares). */
const CONSOLE_COMMAND = 'illuminate\\console\\command';

;// CONCATENATED MODULE: ./src/project/laravel/queries/builder.ts
/**
 * What one Eloquent / query-builder method call does to a query: the table, filters, joins, sorts,
 * grouping and limit it adds. Mirrors Illuminate\Database\Query\Builder and Eloquent\Builder.
 */




















/** Models by class, plus the app's authenticatable user model (for `auth()->user()`). */
class builder_ModelRegistry {
    models;
    byFqcn = new Map();
    authUser;
    constructor(models) {
        this.models = models;
        for (const m of models)
            this.byFqcn.set(m.fqcn.toLowerCase(), m);
        const users = models.filter((m) => m.parent?.toLowerCase() === 'illuminate\\foundation\\auth\\user');
        this.authUser =
            this.get('App\\Models\\User') ?? this.get('App\\User') ?? (users.length === 1 ? users[0] : null);
    }
    get(fqcn) {
        return fqcn ? (this.byFqcn.get(nameKey(fqcn)) ?? null) : null;
    }
}
function newState(table, model, origin, location, code) {
    const [name, alias] = splitAlias(table);
    const tables = new Map([[name.toLowerCase(), name]]);
    if (alias)
        tables.set(alias.toLowerCase(), name);
    return {
        table: name,
        alias,
        model,
        origin,
        where: [],
        orUsed: false,
        branch: 0,
        groupIds: { next: 1 },
        partial: [],
        joins: [],
        tables,
        orderBy: [],
        groupBy: [],
        trashed: 'default',
        unknown: false,
        noRead: false,
        location,
        code,
    };
}
/** Whether a condition is true, when the code being read fixes it; null when run time decides. */
function knownTruth(n, env) {
    if (!n)
        return null;
    const t = truthy(evaluate(n, evalContext(env)));
    return typeof t === 'boolean' ? t : null;
}
/** The select list's names recorded so far, created on first use. */
const aliasesOf = (state) => (state.selectAliases ??= new Map());
/** An empty query over the same tables, for nested where groups. */
function subState(state) {
    return {
        ...newState(state.table, state.model, state.origin, state.location, ''),
        tables: state.tables,
        alias: state.alias,
        groupIds: state.groupIds,
        partial: state.partial,
    };
}
function splitAlias(raw) {
    const m = /^\s*`?([\w.]+)`?\s+as\s+`?(\w+)`?\s*$/i.exec(raw);
    if (m)
        return [m[1], m[2]];
    return [raw.trim().replace(/`/g, ''), null];
}
/** `posts.user_id` → { column: user_id } on the shape's table; `orders.total` → on the joined table. */
function columnRef(state, raw) {
    let text = raw.trim().replace(/`/g, '');
    const as = /\s+as\s+/i.exec(text);
    if (as)
        text = text.slice(0, as.index);
    let fn;
    const arrow = text.indexOf('->');
    if (arrow > 0) {
        // JSON path: Laravel compiles `meta->foo` to json_unquote(json_extract(meta, '$."foo"')).
        text = text.slice(0, arrow);
        fn = 'JSON_EXTRACT';
    }
    if (!/^[A-Za-z_][\w$]*(\.[A-Za-z_][\w$]*)?$/.test(text))
        return null;
    const dot = text.lastIndexOf('.');
    const ref = { column: dot >= 0 ? text.slice(dot + 1) : text };
    if (dot >= 0) {
        const qualifier = text.slice(0, dot);
        const table = state.tables.get(qualifier.toLowerCase()) ?? qualifier;
        if (table.toLowerCase() !== state.table.toLowerCase())
            ref.table = table;
    }
    if (fn)
        ref.fn = fn;
    return ref;
}
/**
 * evalContext() per env while the fields it reads stay the same: applyMethod asks for one at every call of
 * every chain, and each is a dozen closures.
 */
const contexts = new WeakMap();
/** How the code being read evaluates: its names and constants, `self::`, and bound scope parameters. */
function evalContext(env) {
    const memo = contexts.get(env);
    // Compared field by field: this runs at every method of every chain, so it allocates nothing when it hits.
    if (memo) {
        const f = memo.from;
        if (f.index === env.index &&
            f.models === env.models &&
            f.selfFqcn === env.selfFqcn &&
            f.scope === env.scope &&
            f.host === env.host &&
            f.bindings === env.bindings &&
            f.thisQuery === env.thisQuery)
            return memo.ctx;
    }
    const { index, models, selfFqcn, scope, host, bindings, thisQuery } = env;
    const ctx = newEvalContext(env);
    contexts.set(env, { from: { index, models, selfFqcn, scope, host, bindings, thisQuery }, ctx });
    return ctx;
}
function newEvalContext(env) {
    const ctx = env.index.contextFor(env.index.get(env.selfFqcn), env.selfFqcn, env.scope);
    const bindings = env.bindings;
    if (env.host)
        ctx.host = env.host;
    if (bindings)
        ctx.variable = (name) => bindings.get(name);
    // In a model (its scopes): `$this->qualifyColumn('x')`, `$this->getTable()` name the model's table; in a
    // macro or a builder method, `$this` is the query (`$this->getModel()->getTable()`).
    const model = env.models.get(env.selfFqcn);
    const query = env.thisQuery ? new QueryValue(env.thisQuery) : null;
    const follow = ctx.callMethod;
    if (model || query)
        ctx.callMethod = (target, method, args, node) => (target !== 'this'
            ? undefined
            : query
                ? queryMethod(env.index, query, method, args)
                : eloquentMethod(env.index, model, method, args)) ?? follow?.(target, method, args, node);
    if (model && env.selfFqcn) {
        const fqcn = env.selfFqcn;
        ctx.property ??= (name) => modelProperty(env.index, fqcn, name);
    }
    // A custom builder's `$this->model`: Eloquent's Builder keeps the model it queries there.
    if (query)
        ctx.property ??= (name) => (name === 'model' ? new ModelValue(query.model) : undefined);
    const host = ctx.host;
    ctx.host = {
        callFunction: (name, args, node) => (name === 'method_exists' && args[0] instanceof ModelValue && typeof args[1] === 'string'
            ? modelMethodExists(env.index, args[0].model, args[1])
            : undefined) ?? host?.callFunction?.(name, args, node),
        callStatic: (fqcn, method, args, node) => host?.callStatic?.(fqcn, method, args, node),
        construct: (fqcn, args, node) => host?.construct?.(fqcn, args, node),
        callObject: (target, method, args, node) => (target instanceof QueryValue
            ? queryMethod(env.index, target, method, args)
            : target instanceof ModelValue
                ? callModelMethod(env.index, target.model, method, args, node, ctx.host)
                : undefined) ?? host?.callObject?.(target, method, args, node),
        readProperty: (target, name, node) => (target instanceof BaseQueryValue && name === 'from' ? target.model.table : undefined) ??
            host?.readProperty?.(target, name, node),
    };
    return ctx;
}
/**
 * `$this->table` and `$this->primaryKey` in a model's own code (`where($this->table . '.type', …)` in a
 * scope): what the model declares. Eloquent's key defaults to `id`; an undeclared `$table` is null in PHP
 * (getTable() derives the name), so it stays unknown.
 */
function modelProperty(index, fqcn, name) {
    if (name !== 'table' && name !== 'primaryKey')
        return undefined;
    const declared = index.propertyDefault(fqcn, name);
    if (typeof declared === 'string')
        return declared;
    return name === 'primaryKey' && declared === undefined ? 'id' : undefined;
}
/** The query a scope receives, as a value: `$query->qualifyColumn('x')`, `$query->getModel()`. */
class QueryValue extends HostValue {
    model;
    constructor(model) {
        super();
        this.model = model;
    }
}
/** Its base query builder, whose `from` is the model's table: `"{$query->getQuery()->from}.company_id"`. */
class BaseQueryValue extends HostValue {
    model;
    constructor(model) {
        super();
        this.model = model;
    }
}
/** The model of such a query: `$query->getModel()->getTable()`. */
class ModelValue extends HostValue {
    model;
    constructor(model) {
        super();
        this.model = model;
    }
}
/**
 * What a global Scope's `apply(Builder $builder, Model $model)` is given for a model: its query and the
 * model itself (`$model->getTable()`, `$model->qualifyColumn('x')`, `$builder->getModel()`).
 */
function scopeApplyArguments(model) {
    return [new QueryValue(model), new ModelValue(model)];
}
/** What a scope's query answers: its model, its base query, a qualified column. */
function queryMethod(index, target, method, args) {
    const m = method.toLowerCase();
    if (m === 'getmodel')
        return new ModelValue(target.model);
    if (m === 'getquery' || m === 'tobase')
        return new BaseQueryValue(target.model);
    return m === 'qualifycolumn' ? eloquentMethod(index, target.model, method, args) : undefined;
}
/** Laravel's operator list: a 2-argument where whose second argument is one of these is still `=`. */
function isOperatorArg(v) {
    return (typeof v === 'string' &&
        [
            '=',
            '<',
            '>',
            '<=',
            '>=',
            '<>',
            '!=',
            '<=>',
            'like',
            'not like',
            'ilike',
            'regexp',
            'not regexp',
        ].includes(v.toLowerCase()));
}
const FN_WHERE = {
    wheredate: 'DATE',
    whereyear: 'YEAR',
    wheremonth: 'MONTH',
    whereday: 'DAY',
    wheretime: 'TIME',
};
/** Laravel 11's date shortcuts (BuildsWhereDateClauses): whereToday & co. compare DATE(col), wherePast & co. col. */
const DATE_SHORTCUTS = {
    wheretoday: { op: '=', fn: 'DATE' },
    wherebeforetoday: { op: '<', fn: 'DATE' },
    whereaftertoday: { op: '>', fn: 'DATE' },
    wheretodayorbefore: { op: '<=', fn: 'DATE' },
    wheretodayorafter: { op: '>=', fn: 'DATE' },
    wherepast: { op: '<' },
    wherefuture: { op: '>' },
    wherenoworpast: { op: '<=' },
    wherenoworfuture: { op: '>=' },
};
const TERMINAL_MANY = new Set([
    'get', 'all', 'paginate', 'simplepaginate', 'cursorpaginate', 'count', 'exists', 'doesntexist', 'existsor',
    'doesntexistor', 'sum', 'avg', 'average', 'max', 'min', 'pluck', 'chunk', 'chunkbyid', 'chunkmap', 'each',
    'eachbyid', 'lazy', 'lazybyid', 'lazybyiddesc', 'cursor', 'update', 'delete', 'forcedelete', 'increment',
    'decrement', 'incrementeach', 'decrementeach', 'restore', 'implode', 'value', 'solevalue',
    'rawvalue', 'keys', 'getmodels', 'touch', 'updateorinsert',
]); // prettier-ignore
/**
 * Methods that hand back what the builder knows instead of running it: its SQL, its bindings, its model, a
 * relation's keys and tables. `associate()`/`dissociate()` only set the child's key. None sends a statement,
 * so the builder's clauses (a relation's key above all) are no filter of any query.
 */
const METADATA = new Set([
    'tosql', 'torawsql', 'dd', 'ddrawsql', 'getbindings', 'getrawbindings', 'getconnection', 'getmodel',
    'getrelated', 'getparent', 'gettable', 'qualifycolumn', 'qualifycolumns', 'getforeignkeyname',
    'getqualifiedforeignkeyname', 'getqualifiedparentkeyname', 'getqualifiedownerkeyname', 'getownerkeyname',
    'getlocalkeyname', 'getparentkeyname', 'getrelatedkeyname', 'getrelatedpivotkeyname',
    'getforeignpivotkeyname', 'getqualifiedrelatedpivotkeyname', 'getqualifiedforeignpivotkeyname',
    'getpivotclass', 'getpivotaccessor', 'getmorphtype', 'getmorphclass', 'getrelationname', 'newpivot',
    'newexistingpivot', 'associate', 'dissociate', 'getexistencecomparekey', 'getqualifiedkeyname',
]); // prettier-ignore
/** Whether a method only reads what the builder knows (METADATA): it sends no statement. */
function inspectsBuilder(method) {
    return METADATA.has(method.toLowerCase());
}
/** What such a method gives: `->getModel()->newQuery()…` goes on as a new query of the same model. */
function inspected(state, method) {
    const m = method.toLowerCase();
    const model = m === 'getmodel' || m === 'getrelated' ? state.model : null;
    return model ? { kind: 'model', model } : { kind: 'done' };
}
/**
 * Methods that send no read: inserts, and what only builds a model. On a relation, `save()`, `saveMany()`,
 * `createMany()` set the key and insert, and `attach()` inserts pivot rows: Laravel looks nothing up by the
 * relation's key first, so the relation's constraint is no filter of any statement (detach(), sync() and
 * updateExistingPivot() do filter on it, and stay queries).
 */
const WRITE_ONLY = new Set([
    'create', 'forcecreate', 'createquietly', 'forcecreatequietly', 'createmany', 'createmanyquietly',
    'forcecreatemany', 'forcecreatemanyquietly', 'insert', 'insertgetid', 'insertorignore', 'insertusing', 'upsert',
    'make', 'makemany', 'fill', 'forcefill', 'newmodelinstance', 'truncate', 'save', 'savequietly', 'savemany',
    'savemanyquietly', 'attach',
]); // prettier-ignore
/** Methods that change nothing an index cares about. */
const NEUTRAL = new Set([
    'query', 'newquery', 'newmodelquery', 'tobase', 'getquery', 'on', 'onwriteconnection', 'usewritepdo',
    'lockforupdate', 'sharedlock', 'select', 'addselect', 'selectraw', 'selectsub', 'distinct', 'without',
    'withonly', 'setmodel', 'having', 'havingraw', 'orhaving', 'orhavingraw', 'havingbetween', 'skip', 'offset',
    'withcasts', 'withglobalscope', 'withoutglobalscope', 'setbindings', 'addbinding', 'mergebindings', 'clone',
    'withexists', 'withsum', 'withavg', 'withmax', 'withmin', 'withaggregate', 'union', 'unionall', 'latestofmany',
    'oldestofmany', 'ofmany', 'wherepivotin', 'withpivot', 'withtimestamps', 'as', 'using', 'inrandomorder',
    'groupbyraw', 'tap', 'macro', 'beforequery', 'afterquery', 'withtrashed_', 'timeout', 'dump', 'dumprawsql',
    // A many-to-many relation's filters on its pivot table, not on the related table the shape reads.
    'wherepivot', 'wherepivotnull', 'wherepivotnotnull', 'wherepivotnotin', 'wherepivotbetween',
    'wherepivotnotbetween', 'wherepivotnotbetweencolumns',
]); // prettier-ignore
/** A row count the code does not spell (`take($count)`, `paginate($perPage)`): Laravel's default page size. */
const UNKNOWN_COUNT = 15;
/** Applies one method call to the query. Returns what the call gives back. */
function applyMethod(state, name, args, env) {
    const m = name.toLowerCase();
    const ctx = evalContext(env);
    const lit = (n) => literalValue(n, ctx);
    const str = (n) => {
        const v = lit(n);
        return typeof v === 'string' ? v : null;
    };
    const isOr = m.startsWith('or') && m !== 'orderby' && m !== 'orderbydesc' && m !== 'orderbyraw';
    const base = isOr ? m.slice(2) : m;
    // The OR branch this call's predicates open (once per call: `orWhere([a => 1, b => 2])` is one branch).
    let orBranch = null;
    const add = (p) => {
        if (state.via && !p.via)
            p.via = state.via;
        if (isOr && orBranch === null)
            orBranch = openOrBranch(state);
        const b = orBranch ?? state.branch;
        if (b > 0)
            p.branch = b;
        state.where.push(p);
        if (isOr)
            state.orUsed = true;
    };
    const pred = (raw, op, value, fn, wildcardFirst, cutoff) => {
        const ref = raw === null ? null : columnRef(state, raw);
        if (!ref) {
            state.unknown = true;
            return;
        }
        const p = { column: ref.column, op };
        const f = fn ?? ref.fn;
        if (f)
            p.fn = f;
        if (ref.table)
            p.table = ref.table;
        if (value !== undefined)
            p.value = value;
        if (wildcardFirst && op === 'like')
            p.wildcardFirst = true;
        if (cutoff) {
            p.pastCutoff = true;
            if (cutoff.seconds !== null)
                p.cutoffSeconds = cutoff.seconds;
        }
        add(p);
    };
    /** A column given as DB::raw('LOWER(email)'). */
    const rawColumn = (n) => {
        const sql = dbRawText(n, lit);
        if (sql === null)
            return null;
        const parsed = predicatesFromFragment(`${sql} = 1`, state.table);
        if ('error' in parsed || parsed.where.length !== 1)
            return null;
        const p = parsed.where[0];
        return { column: p.column, table: p.table, fn: p.fn };
    };
    const sample = (n) => {
        if (!n)
            return undefined;
        if (n.kind === 'array')
            return lit(arrayEntries(n)[0]?.value);
        return lit(n);
    };
    /** where($col, $op, $value) in all its spellings; `fn` for whereDate & co. */
    const basicWhere = (given, fn) => {
        // `$driver === 'pgsql' ? 'ilike' : 'like'`: the operator MariaDB gets.
        const a = given.map(onMariaDb);
        const first = a[0];
        if (!first)
            return;
        if (first.kind === 'closure' || first.kind === 'arrowfunc')
            return nestedGroup(first);
        if (first.kind !== 'array' && a.length === 1 && arrayWhere(first, ctx, (c, o, v) => pred(c, o, v, fn)))
            return;
        if (first.kind === 'array') {
            for (const { key, value } of arrayEntries(first)) {
                if (key)
                    basicWhere([key, value], fn);
                else if (value.kind === 'array')
                    basicWhere(arrayEntries(value).map((e) => e.value), fn);
                else
                    state.unknown = true;
            }
            return;
        }
        let op = '=';
        let wildcardFirst;
        let valueNode = a[1];
        if (a.length >= 3) {
            valueNode = a[2];
            const raw = lit(a[1]);
            op = typeof raw === 'string' ? comparisonOperator(raw, lit(a[2])) : 'other';
            const rawOp = typeof raw === 'string' ? raw.trim().toLowerCase().replace(/\s+/g, ' ') : '';
            // ILIKE is PostgreSQL's: MariaDB rejects it, so the chain is not a query this database receives.
            if (rawOp === 'ilike' || rawOp === 'not ilike')
                state.foreignDriver = 'ILIKE (PostgreSQL)';
            // A LIKE pattern keeps its shape even when its text is not known: '%…' cannot seek, 'abc…' can.
            if (rawOp === 'like' || rawOp === 'like binary') {
                const pattern = likePattern(a[2], ctx, false, env.patternOf);
                op = pattern.op;
                wildcardFirst = pattern.wildcardFirst;
            }
        }
        else if (a.length === 2 && isOperatorArg(lit(a[1])) && a[1].kind === 'string') {
            // where('a', '=') — Laravel treats the operator as the value; rare enough to read as `=`.
            op = '=';
        }
        const value = valueNode && valueNode.kind !== 'closure' && valueNode.kind !== 'arrowfunc'
            ? comparedValue(valueNode, ctx)
            : undefined;
        subquery(valueNode);
        // Laravel's where() turns a null value into whereNull for `=`, and into whereNotNull for any other operator.
        if (value === null)
            op = op === '=' ? 'is null' : 'is not null';
        const column = str(first);
        if (column === null) {
            const ref = rawColumn(first);
            if (!ref) {
                state.unknown = true;
                return;
            }
            const p = { column: ref.column, op, fn: fn ?? ref.fn };
            if (!p.fn)
                delete p.fn;
            if (ref.table)
                p.table = ref.table;
            if (value !== undefined && value !== null)
                p.value = value;
            if (wildcardFirst && op === 'like')
                p.wildcardFirst = true;
            add(p);
            return;
        }
        // `created_at < now()->subDays(30)`: rows older than a moving cutoff (see QueryShape.prunes).
        const cutoff = (op === '<' || op === '<=') && valueNode ? pastCutoff(valueNode, ctx) : null;
        pred(column, op, value === null ? undefined : value, fn, wildcardFirst, cutoff);
    };
    /** `where(fn ($q) => …)`: the closure's wheres in parentheses, AND-ed (or OR-ed) with the rest. */
    const nestedGroup = (fnNode, negate = false) => {
        const sub = subState(state);
        sub.via = state.via;
        env.applyCallback(fnNode, sub);
        mergeNested(sub, negate);
    };
    /** Adds a group read on a sub-state (a closure's, or whereAny's columns) in its parentheses. */
    const mergeNested = (sub, negate) => {
        foldOptional(sub);
        if (sub.unknown) {
            state.unknown = true;
            return;
        }
        if (sub.foreignDriver)
            state.foreignDriver = sub.foreignDriver;
        if (sub.rawOr && !isOr) {
            // `and (a or exists (…))`: a group with an unreadable side of an OR cannot narrow the query; the rest
            // of it still does (one unknown piece), instead of the whole query being read as one OR.
            unknownPiece(state, 'a where group ORs with a subquery or raw SQL: the group is not read');
            return;
        }
        // An OR inside `where(fn …)` stays in its parentheses: only `orWhere(fn …)` ORs onto this query.
        if (isOr)
            state.orUsed = true;
        if (sub.rawOr)
            state.rawOr = true;
        if (negate) {
            // NOT (…): no predicate inside can seek, whatever its structure.
            const flat = sub.where.map((p) => {
                const copy = { ...p, op: 'other' };
                delete copy.branch;
                delete copy.group;
                return copy;
            });
            mergeGroup(state, flat, 0, isOr);
            return;
        }
        mergeGroup(state, sub.where, sub.branch, isOr);
    };
    /** `whereIn('id', function ($q) { $q->select('user_id')->from('orders')->where(…); })`: its own query. */
    const subquery = (n) => {
        if (!n || (n.kind !== 'closure' && n.kind !== 'arrowfunc'))
            return;
        const sub = newState('', null, state.origin, state.location, `${state.code} → subquery`);
        env.applyCallback(n, sub);
        if (sub.table)
            env.emit(sub);
    };
    const columnsOf = (n) => {
        if (!n)
            return [];
        if (n.kind === 'array')
            return arrayEntries(n).map((e) => str(e.value));
        return [str(n)];
    };
    // Scopes first: Eloquent's __call prefers a named scope over a dynamic where.
    const scope = findScope(state.model, name);
    const from = state.where.length;
    const b0 = state.branch;
    const or0 = state.orUsed;
    if (scope && state.model && runScope(state, state.model, scope.name, args, env)) {
        // Laravel puts a scope's wheres in parentheses when they hold an OR: the OR stays inside them, unless
        // the scope starts with one (the group is then OR-ed onto the query). The wheres before them are put in
        // parentheses too when they hold an OR (Eloquent's callScope).
        const opensWithOr = (state.where[from]?.branch ?? 0) > b0;
        wrapSlice(state, from, b0);
        if (!opensWithOr) {
            wrapBeforeScope(state, from, b0);
            state.orUsed = or0;
        }
        return { kind: 'builder' };
    }
    if (scope) {
        if (scope.def.unread)
            unknownPiece(state, scope.def.unread);
        if (scope.def.opaque)
            state.unknown = true;
        for (const p of scope.def.where)
            add({ ...p, via: p.via ?? `scope:${scope.name}` });
        state.orderBy.push(...scope.def.orderBy);
        return { kind: 'builder' };
    }
    if (FN_WHERE[base]) {
        basicWhere(args, FN_WHERE[base]);
        return { kind: 'builder' };
    }
    const shortcut = DATE_SHORTCUTS[base];
    if (shortcut) {
        for (const c of columnsOf(args[0]))
            pred(c, shortcut.op, undefined, shortcut.fn);
        return { kind: 'builder' };
    }
    switch (base) {
        case 'where':
        case 'wherelike':
            if (base === 'wherelike') {
                const pattern = likePattern(args[1], ctx, false, env.patternOf);
                pred(str(args[0]), pattern.op, lit(args[1]), undefined, pattern.wildcardFirst);
            }
            else
                basicWhere(args);
            return { kind: 'builder' };
        case 'wherenot':
            if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc'))
                nestedGroup(args[0], true);
            else if (args[0])
                pred(str(args[0]), 'other', undefined);
            return { kind: 'builder' };
        case 'whereany':
        case 'whereall':
        case 'wherenone': {
            // One group of the same comparison on each column: OR-ed for any and none (NOT-ed for none), AND-ed for all.
            const first = args[0];
            const columns = first?.kind === 'array' ? arrayEntries(first).map((e) => e.value) : first ? [first] : [];
            const sub = subState(state);
            sub.via = state.via;
            columns.forEach((c, i) => applyMethod(sub, base !== 'whereall' && i > 0 ? 'orWhere' : 'where', [c, ...args.slice(1)], env));
            mergeNested(sub, base === 'wherenone');
            return { kind: 'builder' };
        }
        case 'wherenested':
            if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc'))
                nestedGroup(args[0]);
            return { kind: 'builder' };
        case 'wherenotlike':
        case 'wherenotmorphedto':
        case 'wherevaluenotbetween':
            // Negations: nothing in them narrows what an index seeks.
            if (base === 'wherenotlike')
                pred(str(args[0]), 'other', undefined);
            return { kind: 'builder' };
        case 'wherevaluebetween': {
            // `? BETWEEN low_col AND high_col`: a range on each column.
            const [low, high] = columnsOf(args[1]);
            if (low !== undefined)
                pred(low, '<=', undefined);
            if (high !== undefined)
                pred(high, '>=', undefined);
            return { kind: 'builder' };
        }
        case 'wherejsoncontainskey':
        case 'wherejsondoesntcontainkey':
        case 'wherejsonoverlaps':
        case 'wherejsondoesntoverlap':
            pred(str(args[0]), 'other', undefined, 'JSON_EXTRACT');
            return { kind: 'builder' };
        case 'wherein':
        case 'whereintegerinraw':
            pred(str(args[0]), 'in', sample(args[1]));
            subquery(args[1]);
            return { kind: 'builder' };
        case 'wherenotin':
        case 'whereintegernotinraw':
            pred(str(args[0]), 'not in', sample(args[1]));
            subquery(args[1]);
            return { kind: 'builder' };
        case 'wherebetween':
            pred(str(args[0]), 'between', sample(args[1]));
            return { kind: 'builder' };
        case 'wherenotbetween':
            pred(str(args[0]), 'other', sample(args[1]));
            return { kind: 'builder' };
        case 'wherenull':
        case 'wherenotnull':
            for (const c of columnsOf(args[0]))
                pred(c, base === 'wherenull' ? 'is null' : 'is not null', undefined);
            return { kind: 'builder' };
        case 'wherekey':
        case 'wherekeynot': {
            const pk = state.model?.primaryKey ?? 'id';
            const many = args[0]?.kind === 'array';
            const op = base === 'wherekey' ? (many ? 'in' : '=') : many ? 'not in' : '!=';
            pred(pk, op, sample(args[0]));
            return { kind: 'builder' };
        }
        case 'wherefulltext':
            for (const c of columnsOf(args[0]))
                pred(c, 'fulltext', lit(args[1]));
            return { kind: 'builder' };
        case 'wherejsoncontains':
        case 'wherejsondoesntcontain':
        case 'wherejsonlength':
            pred(str(args[0]), 'other', undefined, 'JSON_EXTRACT');
            return { kind: 'builder' };
        case 'whereraw': {
            const sql = str(args[0]);
            if (sql === null) {
                state.unknown = true;
                return { kind: 'builder' };
            }
            const parsed = predicatesFromFragment(sql, state.table);
            if ('error' in parsed) {
                env.problems.push({
                    location: state.location,
                    message: `Could not parse whereRaw SQL "${shorten(sql, 80)}": ${parsed.error}`,
                    construct: 'whereRaw',
                });
                state.unknown = true;
                return { kind: 'builder' };
            }
            // An OR inside raw SQL may pair a column with an expression we cannot read: always an OR.
            if (parsed.hasOr)
                state.rawOr = true;
            if (parsed.partial)
                state.partial.push(...parsed.partial);
            addFragment(state, parsed.where, add);
            return { kind: 'builder' };
        }
        case 'wherecolumn':
            whereColumn(state, args, lit, add);
            return { kind: 'builder' };
        case 'whereexists':
        case 'wherenotexists':
        case 'wherebetweencolumns':
        case 'wherenotbetweencolumns':
        case 'wherehasmorph':
        case 'wheredoesnthavemorph':
        case 'whereattachedto':
            // EXISTS (over a subquery, or a polymorphic or many-to-many relation) and column-range conditions do
            // not narrow an index on this table; OR-ed, nothing else can.
            if (isOr) {
                state.orUsed = true;
                state.rawOr = true;
            }
            if (base === 'whereexists' || base === 'wherenotexists')
                subquery(args[0]);
            return { kind: 'builder' };
        case 'wherehas':
        case 'wheredoesnthave':
        case 'wheredoesnthaverelation':
        case 'wheremorphdoesnthaverelation':
        case 'has':
        case 'doesnthave':
        case 'withwherehas':
        case 'whererelation':
        case 'wheremorphrelation': {
            const relName = str(args[0]);
            // whereRelation('rel', 'col', $value): a column comparison, not a closure, follows the relation.
            const comparison = base === 'whererelation' || base === 'wheredoesnthaverelation';
            // `a or exists (…)`: the other side of the OR is a subquery, so nothing on this table can seek.
            if (isOr)
                state.rawOr = true;
            // A nested relation (`songs.genres`): its filter is the last relation's, not the first's, and only the
            // first one's existence is read.
            const nested = relName !== null && relName.includes('.');
            if (relName !== null)
                relationSubquery(state, relName.split('.')[0], nested ? [] : comparison ? args.slice(1) : args.slice(1, 2), comparison && !nested, env, 
                // What bounds the rows: not OR-ed, not negated, not through a nested relation (`a.b`, not followed),
                // and no count other than "at least one" (`whereHas('posts', fn, '>=', 3)` is a subquery per row).
                !isOr &&
                    !base.includes('doesnthave') &&
                    !base.includes('morph') &&
                    !relName.includes('.') &&
                    (base === 'whererelation' || existenceOnly(args.slice(2, 4), lit)));
            if (base === 'withwherehas' && relName !== null)
                eagerLoad(state, relName, args[1], env);
            return { kind: 'builder' };
        }
        case 'wherebelongsto':
            whereBelongsTo(state, args, env, str, add);
            return { kind: 'builder' };
        case 'wheremorphedto':
            whereMorphedTo(state, args, env, str, add);
            return { kind: 'builder' };
    }
    switch (m) {
        case 'with':
        case 'load':
            for (const [rel, cb] of eagerArgs(args, lit))
                eagerLoad(state, rel, cb, env);
            return { kind: 'builder' };
        case 'withcount':
            for (const [rel, cb] of eagerArgs(args, lit)) {
                relationSubquery(state, rel.split(' ')[0], cb ? [cb] : [], false, env);
                aliasesOf(state).set(aggregateAlias(rel, 'count', null), null);
            }
            return { kind: 'builder' };
        case 'withsum':
        case 'withavg':
        case 'withmax':
        case 'withmin':
        case 'withexists': {
            // The value is a subquery per row, named like Laravel names it; the query itself is unchanged.
            const column = m === 'withexists' ? null : str(args[1]);
            for (const [rel] of eagerArgs(m === 'withexists' ? args : args.slice(0, 1), lit))
                aliasesOf(state).set(aggregateAlias(rel, m.slice(4), column), null);
            return { kind: 'builder' };
        }
        case 'select':
        case 'addselect':
            aliasesOfSelect(aliasesOf(state), args, state.table, (n) => str(n) ?? dbRawText(n, lit), str);
            return { kind: 'builder' };
        case 'selectraw': {
            const sql = str(args[0]) ?? (args[0] ? aliasedTail(args[0], lit) : null);
            if (sql !== null)
                aliasesOfSql(aliasesOf(state), sql, state.table);
            return { kind: 'builder' };
        }
        case 'selectsub': {
            const as = str(args[1]);
            if (as !== null)
                aliasesOf(state).set(as.toLowerCase(), null);
            return { kind: 'builder' };
        }
        case 'orderby':
        case 'orderbydesc': {
            const chosen = chosenSort(state, args[0] ? evaluate(args[0], ctx) : undefined);
            const column = chosen ?? str(args[0]);
            const terms = state.orderBy.length;
            const dir = m === 'orderbydesc'
                ? 'desc'
                : String(lit(args[1]) ?? 'asc').toLowerCase() === 'desc'
                    ? 'desc'
                    : 'asc';
            orderTerm(state, column, dir, args[0] ? rawColumn(args[0]) : null);
            if (chosen !== null)
                for (const t of state.orderBy.slice(terms))
                    t.chosen = true;
            return { kind: 'builder' };
        }
        case 'latest':
        case 'oldest': {
            const column = args[0] ? str(args[0]) : (state.model?.createdAtColumn ?? 'created_at');
            orderTerm(state, column, m === 'latest' ? 'desc' : 'asc', null);
            return { kind: 'builder' };
        }
        case 'reorder':
            state.orderBy = [];
            if (args[0])
                orderTerm(state, str(args[0]), String(lit(args[1]) ?? 'asc').toLowerCase() === 'desc' ? 'desc' : 'asc', null);
            return { kind: 'builder' };
        case 'orderbyraw': {
            const sql = str(args[0]);
            if (sql === null) {
                state.unknown = true;
                return { kind: 'builder' };
            }
            const parsed = orderFromFragment(sql, state.table);
            if ('error' in parsed) {
                env.problems.push({
                    location: state.location,
                    message: `Could not parse orderByRaw SQL "${shorten(sql, 80)}": ${parsed.error}`,
                    construct: 'orderByRaw',
                });
                state.unknown = true;
            }
            else
                state.orderBy.push(...parsed.orderBy);
            return { kind: 'builder' };
        }
        case 'groupby':
            for (const a of args)
                for (const c of columnsOf(a)) {
                    const ref = c === null ? null : columnRef(state, c);
                    // A joined table's column keeps its table (`groupBy('translations.locale')`), as splitColumn reads it.
                    if (ref)
                        state.groupBy.push(ref.table ? `${ref.table}.${ref.column}` : ref.column);
                    else
                        unknownPiece(state, 'a group-by column is not known');
                }
            return { kind: 'builder' };
        case 'limit':
        case 'take': {
            const n = lit(args[0]);
            if (typeof n === 'number')
                state.limit = n;
            else if (n !== null) {
                // A count from a variable is still a LIMIT: the read is bounded, as with paginate()'s page size.
                state.limit = UNKNOWN_COUNT;
                state.partial.push(`the ${name}() count is not known: ${UNKNOWN_COUNT} assumed`);
            }
            return { kind: 'builder' };
        }
        case 'forpage': {
            const n = lit(args[1]);
            state.limit = typeof n === 'number' ? n : 15;
            return { kind: 'builder' };
        }
        case 'join':
        case 'leftjoin':
        case 'rightjoin':
        case 'crossjoin':
        case 'joinwhere':
        case 'leftjoinwhere':
        case 'rightjoinwhere':
            join(state, m, args, env, str);
            return { kind: 'builder' };
        case 'joinsub':
        case 'leftjoinsub':
        case 'rightjoinsub':
        case 'joinlateral':
        case 'leftjoinlateral':
            // A derived table cannot be matched against indexes.
            state.unknown = true;
            return { kind: 'builder' };
        case 'from': {
            const t = str(args[0]);
            if (t === null)
                state.unknown = true;
            else
                Object.assign(state, {
                    ...newState(t, null, state.origin, state.location, state.code),
                    where: state.where,
                });
            return { kind: 'builder' };
        }
        case 'withtrashed':
            state.trashed = 'with';
            return { kind: 'builder' };
        case 'withoutglobalscopes': {
            const names = args[0]?.kind === 'array' ? arrayEntries(args[0]).map((e) => str(e.value)) : null;
            if (!names) {
                state.trashed = 'with';
                state.withoutScopes = 'all';
                return { kind: 'builder' };
            }
            for (const n of names)
                removeScope(state, n);
            return { kind: 'builder' };
        }
        case 'withouttrashed':
            state.trashed = 'default';
            return { kind: 'builder' };
        case 'onlytrashed':
            state.trashed = 'only';
            return { kind: 'builder' };
        case 'withoutglobalscope':
            removeScope(state, str(args[0]));
            return { kind: 'builder' };
        case 'when':
        case 'unless': {
            // `when(DB::getDriverName() === 'pgsql', …)`: a driver MariaDB is not runs the default callback; a
            // value known here (a builder method's parameter left at its default) decides the same way.
            const test = driverTest(args[0]) ?? knownTruth(args[0], env);
            const cb = test === null ? args[1] : test === (m === 'when') ? args[1] : args[2];
            if (cb && (cb.kind === 'closure' || cb.kind === 'arrowfunc')) {
                const prev = state.via;
                state.via = prev ?? 'when()';
                // A test read at run time: the callback's clauses are sent on some requests only.
                if (test === null) {
                    const input = !!args[0] && (env.readsRequest?.(args[0]) ?? readsRequestInput(args[0], NAMED_REQUEST));
                    conditionally(state, () => env.applyCallback(cb, state), input, {
                        file: env.scope.file,
                        line: lineOf(cb),
                    });
                }
                else
                    env.applyCallback(cb, state);
                state.via = prev;
            }
            return { kind: 'builder' };
        }
        case 'tap':
            if (args[0] && (args[0].kind === 'closure' || args[0].kind === 'arrowfunc'))
                env.applyCallback(args[0], state);
            return { kind: 'builder' };
        case 'first':
        case 'firstorfail':
        case 'sole':
        case 'firstor':
            state.single = true;
            state.limit = 1;
            // firstOr()'s callback may return a new model.
            return state.model ? { kind: 'model', model: state.model, built: m === 'firstor' } : { kind: 'done' };
        case 'find':
        case 'findorfail':
        case 'findor':
        case 'findornew':
        case 'findmany': {
            const pk = state.model?.primaryKey ?? 'id';
            const many = m === 'findmany' || args[0]?.kind === 'array';
            pred(pk, many ? 'in' : '=', sample(args[0]));
            if (many)
                return { kind: 'done' };
            state.single = true;
            state.limit = 1;
            // findOrNew() gives a new instance when no row has the key: its save() may insert.
            const built = m === 'findornew';
            return state.model ? { kind: 'model', model: state.model, built } : { kind: 'done' };
        }
        case 'firstwhere':
            basicWhere(args);
            state.single = true;
            state.limit = 1;
            return state.model ? { kind: 'model', model: state.model } : { kind: 'done' };
        case 'firstorcreate':
        case 'firstornew':
        case 'updateorcreate':
            if (args[0]?.kind === 'array')
                basicWhere([args[0]]);
            else
                state.unknown = true;
            state.single = true;
            state.limit = 1;
            // firstOrNew() gives a new instance when no row matches: its save() may insert.
            return state.model
                ? { kind: 'model', model: state.model, built: m === 'firstornew' }
                : { kind: 'done' };
        case 'paginate':
        case 'simplepaginate':
        case 'cursorpaginate': {
            // The page size, or the model's $perPage (15); simple and cursor pagination fetch one row more.
            const n = args[0] ? lit(args[0]) : undefined;
            const perPage = typeof n === 'number' && n > 0 ? n : UNKNOWN_COUNT;
            if (args[0] && typeof n !== 'number' && n !== null)
                state.partial.push(`the page size of ${name}() is not known: ${UNKNOWN_COUNT} assumed`);
            state.limit = m === 'paginate' ? perPage : perPage + 1;
            return { kind: 'done' };
        }
        // Laravel's forPageAfterId(): each page is `key > ?` (`<` descending) sorted by the key. The loop reads
        // every row page after page, so the statement keeps no page limit.
        case 'chunkbyid':
        case 'chunkbyiddesc':
        case 'eachbyid':
        case 'lazybyid':
        case 'lazybyiddesc': {
            const at = m.startsWith('lazy') ? 1 : 2;
            const column = args[at] ? str(args[at]) : (state.model?.primaryKey ?? 'id');
            if (column === null) {
                unknownPiece(state, `the key ${name}() pages by is not read`);
                return { kind: 'done' };
            }
            const desc = m.endsWith('desc');
            state.orderBy = state.orderBy.filter((o) => o.column.toLowerCase() !== column.toLowerCase());
            pred(column, desc ? '<' : '>', undefined);
            orderTerm(state, column, desc ? 'desc' : 'asc', null);
            return { kind: 'done' };
        }
        // Eloquent's enforceOrderBy(): pages of a query with no sort are read in key order.
        case 'chunk':
        case 'each':
        case 'chunkmap':
        case 'lazy':
            if (state.model && state.orderBy.length === 0 && !state.orderCut)
                orderTerm(state, state.model.primaryKey ?? 'id', 'asc', null);
            return { kind: 'done' };
        case 'value':
        case 'solevalue':
        case 'exists':
        case 'doesntexist':
            state.limit = 1;
            return { kind: 'done' };
    }
    if (METADATA.has(m)) {
        state.noRead = true;
        return inspected(state, m);
    }
    if (m === 'delete' || m === 'forcedelete')
        state.deletes = true;
    if (TERMINAL_MANY.has(m))
        return { kind: 'done' };
    if (WRITE_ONLY.has(m)) {
        state.noRead = true;
        // `Post::make([...])`: a new instance, which the code saves next.
        if ((m === 'make' || m === 'newmodelinstance') && state.model)
            return { kind: 'model', model: state.model, built: true };
        return { kind: 'done' };
    }
    if (NEUTRAL.has(m))
        return { kind: 'builder' };
    // A method of the model's own builder class. One that overrides a framework method read above (a `get()`
    // or `paginate()` that post-processes the rows `parent::get()` returns) sends the framework's query, so it
    // is read as the framework's; a scope of the same name is rare enough to win here.
    const own = state.model?.builder ? builderMethod(env.index, state.model.builder, name) : null;
    if (own)
        return runOnThis(state, name, own, args, env, `builder:${name}`);
    // A macro runs before the query builder's dynamic where (both come from __call, macros first).
    const macro = env.macros?.find(name, macroTargets(state));
    if (macro) {
        const after = runOnThis(state, name, macro, args, env, `macro:${macro.name}`);
        // Eloquent's __call forwards a query-builder macro and gives back the Eloquent builder itself.
        return macro.target === 'query' && state.model && after.kind !== 'done' ? { kind: 'builder' } : after;
    }
    // Builder::dynamicWhere: whereEmailAndStatus($email, $status).
    if (/^where[A-Z]/.test(name)) {
        const segments = name.slice(5).split(/(And|Or)(?=[A-Z])/);
        let argIndex = 0;
        for (const seg of segments) {
            if (seg === 'And')
                continue;
            if (seg === 'Or') {
                state.orUsed = true;
                openOrBranch(state);
                continue;
            }
            const value = comparedValue(args[argIndex++], ctx);
            pred(snakeCase(seg), value === null ? 'is null' : '=', value === null ? undefined : value);
        }
        return { kind: 'builder' };
    }
    // Unknown methods (macros, collection helpers on a builder) change nothing we can read.
    return { kind: 'builder' };
}
/**
 * A whereRaw fragment's predicates, where Laravel puts its text: unparenthesised, so its top-level OR
 * branches continue the query's own (`x = ? and a = 1 or b = 2`); its OR groups get the query's group ids.
 */
function addFragment(state, preds, add) {
    const ids = new Map();
    let lastBranch = 0;
    for (const p of preds) {
        const copy = { ...p };
        delete copy.branch;
        if (p.branch !== undefined && p.branch > lastBranch) {
            lastBranch = p.branch;
            openOrBranch(state);
        }
        if (p.group) {
            if (!ids.has(p.group.id))
                ids.set(p.group.id, state.groupIds.next++);
            copy.group = { id: ids.get(p.group.id), branch: p.group.branch };
        }
        add(copy);
    }
}
/** `whereColumn('a', 'b')`, `whereColumn('a', '>', 'b')`, `whereColumn([['a', 'b'], …])`. */
function whereColumn(state, args, lit, add) {
    const pair = (a) => {
        const first = lit(a[0]);
        const op = a.length >= 3 ? lit(a[1]) : '=';
        const second = lit(a.length >= 3 ? a[2] : a[1]);
        const left = typeof first === 'string' ? columnRef(state, first) : null;
        const right = typeof second === 'string' ? columnRef(state, second) : null;
        if (!left || !right || typeof op !== 'string') {
            state.unknown = true;
            return;
        }
        // A correlated subquery's column of the outer query (`whereColumn('songs.album_id', 'albums.id')` in a
        // subquery on songs) is one value per outer row: a comparison with a value, which an index seeks.
        const outer = (r) => !!r.table && !state.tables.has(r.table.toLowerCase());
        if (outer(left) !== outer(right)) {
            const mine = outer(right) ? left : right;
            const compared = comparisonOperator(op);
            const p = { column: mine.column, op: outer(right) ? compared : mirrored(compared) };
            if (mine.table)
                p.table = mine.table;
            add(p);
            return;
        }
        const p = {
            column: left.column,
            op: 'other',
            compare: { column: right.column, operator: op },
        };
        if (left.table)
            p.table = left.table;
        if (right.table)
            p.compare.table = right.table;
        add(p);
    };
    if (args[0]?.kind === 'array') {
        for (const { value } of arrayEntries(args[0]))
            if (value.kind === 'array')
                pair(arrayEntries(value).map((e) => e.value));
            else
                state.unknown = true;
        return;
    }
    pair(args);
}
/** The short class name Laravel guesses a relation from: `App\Models\User` → `user`. */
function camelBase(fqcn) {
    const base = fqcn.split('\\').pop() ?? fqcn;
    return base.charAt(0).toLowerCase() + base.slice(1);
}
/** `whereBelongsTo($user)`: `where posts.user_id = ?`, the belongsTo relation named after the model's class. */
function whereBelongsTo(state, args, env, str, add) {
    const related = args[0] ? (env.modelOf?.(args[0]) ?? null) : null;
    const relName = args[1] ? str(args[1]) : related ? camelBase(related.fqcn) : null;
    const found = relName ? findRelation(state.model, relName) : null;
    if (!found || found.rel.kind !== 'belongsTo' || !found.rel.foreignKey) {
        state.partial.push('whereBelongsTo(): the relation it filters on is not known');
        return;
    }
    add({ column: found.rel.foreignKey, op: '=', via: `relation:${found.name}` });
}
/** `whereMorphedTo('commentable', $post)`: `(commentable_type = ? and commentable_id = ?)`. */
function whereMorphedTo(state, args, env, str, add) {
    const relName = str(args[0]);
    const found = relName ? findRelation(state.model, relName) : null;
    if (!found || !relName) {
        state.partial.push('whereMorphedTo(): the relation it filters on is not known');
        return;
    }
    const snake = snakeCase(found.name);
    const type = found.rel.morphType ?? `${snake}_type`;
    const id = found.rel.foreignKey ?? `${snake}_id`;
    const model = args[1] ? (env.modelOf?.(args[1]) ?? null) : null;
    // A class name given as a string filters on the type alone.
    const onlyType = args[1] ? str(args[1]) : null;
    const via = `relation:${found.name}`;
    const typeValue = onlyType ?? model?.fqcn;
    add(typeValue !== undefined
        ? { column: type, op: '=', via, value: typeValue }
        : { column: type, op: '=', via });
    if (onlyType === null)
        add({ column: id, op: '=', via });
}
/**
 * Runs a local scope's body with the call's arguments bound to its parameters (defaults when absent), so
 * `->ofType('gold')` adds `type = 'gold'` and `->sortedBy('total')` sorts on total.
 */
function runScope(state, model, scopeName, args, env) {
    const depth = env.scopeDepth ?? 0;
    const method = depth < 5 ? env.scopeMethod?.(model, scopeName) : null;
    const body = method?.node;
    if (!method || !body || !method.summary.params[0]?.name)
        return false;
    const inner = {
        ...env,
        scope: method.decl.scope,
        selfFqcn: method.decl.fqcn,
        bindings: undefined,
        scopeDepth: depth + 1,
    };
    // The query is the scope's first parameter; the call's arguments bind to the ones after it.
    const given = evaluateArgs(args, evalContext(env));
    const positional = [new QueryValue(model), ...given.positional];
    inner.bindings = bindArguments(method, { positional, named: given.named }, evalContext(inner));
    inner.paramClasses = scopeParamClasses(method, args, env);
    const prevVia = state.via;
    state.via = prevVia ?? `scope:${scopeName}`;
    inner.applyCallback(body, state);
    state.via = prevVia;
    return true;
}
/**
 * The classes a scope's parameters hold: the caller's argument's (a `QuoteFilters` passed where the scope
 * declares the abstract `QueryFilters`, whose methods the subclass may override), else the declared one.
 */
function scopeParamClasses(method, args, env) {
    const classes = method.node
        ? parameterClasses(method.node, { index: env.index, scope: method.decl.scope, self: method.decl.fqcn })
        : new Map();
    args.forEach((a, i) => {
        const name = method.summary.params[i + 1]?.name;
        const cls = name && a.kind === 'variable' ? env.classOf?.(a) : null;
        if (name && cls)
            classes.set(name, cls);
    });
    return classes;
}
/**
 * `Post::query()->published()` where Post's builder class declares `published()`: that method, when the app
 * declares it (the framework's own builder methods are read by applyMethod itself).
 */
function builderMethod(index, builder, name) {
    const found = index.method(builder, name);
    if (!found || found.summary.isStatic || isFrameworkClass(found.decl.fqcn))
        return null;
    return { fn: found.node, params: found.summary.params, scope: found.decl.scope, selfFqcn: builder };
}
/** The macros a chain can call, in the order Laravel looks them up: the relation's, Eloquent's, the query's. */
function macroTargets(state) {
    if (state.origin === 'relation')
        return ['relation', 'eloquent', 'query'];
    return state.model ? ['eloquent', 'query'] : ['query'];
}
/**
 * Runs a macro or a builder method for a call: its parameters bound to the call's arguments, `$this` being
 * the query, so what it adds to `$this` is added to the chain (without the parentheses Laravel gives a
 * scope), and the chain goes on with what it returns. A body that cannot be read is one unknown piece,
 * unless it ORs onto the query.
 */
function runOnThis(state, name, body, args, env, label) {
    const depth = env.scopeDepth ?? 0;
    if (!body.fn || depth >= 5) {
        unknownPiece(state, `what ${name}() adds is not read`);
        return { kind: 'builder' };
    }
    const inner = {
        ...env,
        scope: body.scope,
        selfFqcn: body.selfFqcn,
        bindings: undefined,
        scopeDepth: depth + 1,
        thisQuery: state.model,
    };
    inner.bindings = bindParameters(body.params, evaluateArgs(args, evalContext(env)), evalContext(inner));
    const before = cloneState(state);
    const prevVia = state.via;
    state.via = prevVia ?? label;
    const after = inner.applyCallback(body.fn, state, undefined, 'this');
    state.via = prevVia;
    const ored = state.branch > before.branch || (state.rawOr && !before.rawOr);
    if (state.unknown && !before.unknown && !ored) {
        Object.assign(state, before);
        unknownPiece(state, `what ${name}() adds is not read`);
    }
    return after ?? { kind: 'builder' };
}
/** A copy of a query state whose lists can change without changing the original's. */
function cloneState(s) {
    return {
        ...s,
        where: [...s.where],
        joins: s.joins.map((j) => ({ ...j, on: [...j.on] })),
        tables: new Map(s.tables),
        orderBy: [...s.orderBy],
        groupBy: [...s.groupBy],
        ...(s.selectAliases ? { selectAliases: new Map(s.selectAliases) } : {}),
        ...(s.optional ? { optional: [...s.optional] } : {}),
        ...(s.existsIn ? { existsIn: [...s.existsIn] } : {}),
    };
}
/** withoutGlobalScope('active') / withoutGlobalScope(ActiveScope::class) / SoftDeletingScope. */
function removeScope(state, name) {
    if (name === null) {
        state.unknown = true;
        return;
    }
    const clean = name.replace(/^\\/, '');
    if (/(^|\\)SoftDeletingScope$/.test(clean))
        state.trashed = 'with';
    if (state.withoutScopes === 'all')
        return;
    state.withoutScopes = [...(state.withoutScopes ?? []), clean.toLowerCase()];
}
function snakeCase(studlyWord) {
    return studlyWord.replace(/(.)(?=[A-Z])/g, '$1_').toLowerCase();
}
function orderTerm(state, column, direction, raw) {
    if (state.orderCut)
        return;
    const ref = column !== null ? columnRef(state, column) : raw;
    if (!ref) {
        // `orderBy($sort)`: the filters still run; only the sort (from here on) is unknown.
        state.orderCut = true;
        unknownPiece(state, column === null ? 'a sort column is not known' : `the sort column ${column} is not read`);
        return;
    }
    const term = { column: ref.column, direction };
    if (ref.fn)
        term.fn = ref.fn;
    if (ref.table)
        term.table = ref.table;
    state.orderBy.push(term);
}
/** `DB::raw('…')` / `new Expression('…')` → its SQL text. */
function dbRawText(n, lit) {
    if (n.kind === 'call') {
        const what = child(n, 'what');
        if (what?.kind === 'staticlookup' && nameOf(child(what, 'offset'))?.toLowerCase() === 'raw') {
            const arg = children(n, 'arguments')[0];
            const v = lit(arg);
            return typeof v === 'string' ? v : arg ? aliasedTail(arg, lit) : null;
        }
    }
    return null;
}
/**
 * `SQLHelper::year('written_at') . ' as year'`: an expression the code builds elsewhere, then a literal that
 * names it. The alias is known though the expression is not: read as `0 as year`, a computed value.
 */
function aliasedTail(n, lit) {
    if (n.kind !== 'bin' || n.type !== '.')
        return null;
    const tail = lit(child(n, 'right'));
    return typeof tail === 'string' && /^\s/.test(tail) ? `0${tail}` : null;
}
function join(state, method, args, env, str) {
    const tableArg = str(args[0]);
    if (tableArg === null) {
        state.unknown = true;
        return;
    }
    const [table, alias] = splitAlias(tableArg);
    state.tables.set(table.toLowerCase(), table);
    if (alias)
        state.tables.set(alias.toLowerCase(), table);
    const type = method.startsWith('left')
        ? 'left'
        : method.startsWith('right')
            ? 'right'
            : method === 'crossjoin'
                ? 'cross'
                : 'inner';
    const term = { table, on: [], type };
    state.joins.push(term);
    if (type === 'cross' && args.length < 2)
        return;
    const second = args[1];
    if (second && (second.kind === 'closure' || second.kind === 'arrowfunc')) {
        joinClosure(state, term, second, env);
        return;
    }
    const first = str(args[1]);
    const other = args.length >= 4 ? str(args[3]) : str(args[2]);
    if (method.endsWith('where')) {
        // joinWhere compares a column with a value, in the ON clause.
        const ref = first === null ? null : columnRef(state, first);
        if (!ref)
            state.unknown = true;
        else
            (term.where ??= []).push({ column: ref.column, op: '=', table: ref.table ?? table });
        return;
    }
    if (first === null || other === null) {
        state.unknown = true;
        return;
    }
    addJoinOn(state, term, first, other);
}
/**
 * `join('b', function ($join) { $join->on(…)->where(…); })`: Laravel's JoinClause puts every clause of the
 * closure in the ON condition, so its wheres limit the joined rows, not the query's result. They are read
 * on a query over the joined table (an unqualified column is the joined table's, as MariaDB resolves it
 * when only that table has it) and kept on the join.
 */
function joinClosure(state, term, fn, env) {
    const sub = { ...subState(state), table: term.table, via: state.via };
    env.applyCallback(fn, sub, term);
    foldOptional(sub);
    if (sub.unknown) {
        state.unknown = true;
        return;
    }
    if (sub.foreignDriver)
        state.foreignDriver = sub.foreignDriver;
    if (sub.rawOr)
        unknownPiece(state, 'a join condition ORs with raw SQL: it is not read');
    const conditions = sub.where.map((p) => {
        const copy = { ...p, table: p.table ?? term.table };
        // An OR inside ON looks up by none of its sides: kept, but seeking nothing.
        if (p.branch !== undefined && sub.branch > 0)
            copy.op = 'other';
        if (p.group)
            copy.op = 'other';
        delete copy.branch;
        delete copy.group;
        return copy;
    });
    if (conditions.length)
        (term.where ??= []).push(...conditions);
}
/** `on('orders.user_id', '=', 'users.id')`: `left` is the joined table's column. */
function addJoinOn(state, term, a, b) {
    const ra = columnRef(state, a);
    const rb = columnRef(state, b);
    if (!ra || !rb) {
        state.unknown = true;
        return;
    }
    const joined = term.table.toLowerCase();
    const qualify = (r) => `${r.table ?? state.table}.${r.column}`;
    if ((ra.table ?? state.table).toLowerCase() === joined)
        term.on.push({ left: ra.column, right: qualify(rb) });
    else
        term.on.push({ left: rb.column, right: qualify(ra) });
}
function findScope(model, method) {
    if (!model)
        return null;
    const lower = method.toLowerCase();
    for (const [name, def] of Object.entries(model.scopes))
        if (name.toLowerCase() === lower)
            return { name, def };
    return null;
}
function findRelation(model, name) {
    if (!model)
        return null;
    const lower = name.toLowerCase();
    for (const [n, rel] of Object.entries(model.relations))
        if (n.toLowerCase() === lower)
            return { name: n, rel };
    return null;
}
/**
 * A relation that gives one model: reading it as a property (`$post->author`, getResults()) runs first(),
 * LIMIT 1. Its query itself has no limit (`$post->author()->get()`, an eager load).
 */
function isSingleRelation(owner, relationName) {
    const kind = findRelation(owner, relationName)?.rel.kind;
    return kind === 'belongsTo' || kind === 'hasOne' || kind === 'morphOne' || kind === 'hasOneThrough';
}
/** Terminal methods that return the model's rows. */
const RETURNS_ROWS = new Set([
    'get', 'all', 'paginate', 'simplepaginate', 'cursorpaginate', 'cursor', 'lazy', 'lazybyid',
]); // prettier-ignore
/** What calling a method built on a relation gives when it runs the query itself (models.ts); null: a relation. */
function relationRuns(owner, relationName) {
    return findRelation(owner, relationName)?.rel.runs ?? null;
}
/**
 * The query a relation sends for one parent (`$user->orders()`: `where user_id = ?`) or, with `in`,
 * for an eager load (`where user_id in (…)`).
 */
function relationState(owner, relationName, env, location, code, op = '=') {
    const found = findRelation(owner, relationName);
    if (!found)
        return null;
    const { rel, name } = found;
    const table = rel.table;
    if (!table)
        return null;
    const related = env.models.get(rel.related);
    const state = newState(table, related, 'relation', location, code);
    if (rel.location)
        state.definedAt = rel.location;
    const via = `relation:${owner.className}::${name}`;
    const fk = (column, table) => {
        if (!column)
            return false;
        const p = { column, op, via };
        if (table)
            p.table = table;
        state.where.push(p);
        return true;
    };
    switch (rel.kind) {
        case 'hasMany':
        case 'hasOne':
        case 'morphMany':
        case 'morphOne':
            // MorphOneOrMany::addConstraints: the morph type first, then the key.
            if (rel.morphType)
                state.where.push({ column: rel.morphType, op: '=', via, value: rel.morphClass ?? owner.fqcn });
            if (!fk(rel.foreignKey))
                return null;
            break;
        case 'belongsTo':
            if (!fk(rel.ownerKey ?? related?.primaryKey ?? 'id'))
                return null;
            break;
        case 'belongsToMany':
        case 'morphToMany':
        case 'morphedByMany': {
            if (!rel.pivotTable || !rel.relatedPivotKey)
                return null;
            state.pivot = rel.pivotTable;
            state.pivotOwner = owner.table;
            state.tables.set(rel.pivotTable.toLowerCase(), rel.pivotTable);
            state.joins.push({
                table: rel.pivotTable,
                on: [{ left: rel.relatedPivotKey, right: `${table}.${rel.ownerKey ?? related?.primaryKey ?? 'id'}` }],
                type: 'inner',
            });
            // MorphToMany::addWhereConstraints: the pivot key first, then the pivot's morph type.
            if (!fk(rel.foreignKey, rel.pivotTable))
                return null;
            if (rel.morphType)
                state.where.push({
                    column: rel.morphType,
                    op: '=',
                    via,
                    table: rel.pivotTable,
                    value: rel.morphClass ?? owner.fqcn,
                });
            break;
        }
        case 'hasManyThrough':
        case 'hasOneThrough': {
            if (!rel.through)
                return null;
            const t = rel.through;
            state.tables.set(t.table.toLowerCase(), t.table);
            state.joins.push({
                table: t.table,
                on: [{ left: t.localKey, right: `${table}.${t.secondKey}` }],
                type: 'inner',
            });
            if (!fk(t.firstKey, t.table))
                return null;
            break;
        }
        default:
            return null;
    }
    for (const p of rel.where ?? [])
        state.where.push({ ...p, via: p.via ?? via });
    state.orderBy.push(...(rel.orderBy ?? []));
    return state;
}
/** `with('orders')`, `with(['orders' => fn ($q) => …])`: relation name → optional constraint callback. */
function eagerArgs(args, lit) {
    const out = [];
    const one = (key, value) => {
        if (key) {
            const k = lit(key);
            if (typeof k === 'string')
                out.push([k, value.kind === 'closure' || value.kind === 'arrowfunc' ? value : null]);
            return;
        }
        const v = lit(value);
        if (typeof v === 'string')
            out.push([v, null]);
    };
    if (args[0]?.kind === 'array')
        for (const e of arrayEntries(args[0]))
            one(e.key, e.value);
    else if (args.length === 2 && args[1] && (args[1].kind === 'closure' || args[1].kind === 'arrowfunc'))
        one(args[0], args[1]);
    else
        for (const a of args)
            one(null, a);
    return out;
}
function eagerLoad(state, relPath, cb, env) {
    if (!state.model)
        return;
    const [first, ...rest] = relPath.split(':')[0].split('.');
    const sub = relationState(state.model, first.trim(), env, state.location, `${state.code} → with('${relPath}')`, 'in');
    if (!sub)
        return;
    if (cb && rest.length === 0)
        env.applyCallback(cb, sub);
    env.emit(sub);
    // Nested eager loads (`with('orders.items')`) query the next relation from the related model.
    if (rest.length && sub.model)
        eagerLoad(sub, rest.join('.'), cb, env);
}
/** whereHas / has / withCount: a correlated subquery on the related table, filtered on the foreign key. */
function relationSubquery(state, relName, extra, asWhere, env, filters = false) {
    if (!state.model)
        return;
    const sub = relationState(state.model, relName, env, state.location, `${state.code} → has('${relName}')`);
    if (!sub)
        return;
    sub.outer = [state.table, ...state.joins.map((j) => j.table)];
    const cb = extra[0];
    if (asWhere)
        applyMethod(sub, 'where', extra, env);
    else if (cb && (cb.kind === 'closure' || cb.kind === 'arrowfunc'))
        env.applyCallback(cb, sub);
    const kept = filters ? relatedKey(state.model, relName, sub) : null;
    if (kept)
        state.existsIn = [...(state.existsIn ?? []), kept];
    env.emit(sub);
}
/** Whether a whereHas's count arguments (operator, count), as written, ask only that a related row exists. */
function existenceOnly([operator, count], lit) {
    return !operator || (lit(operator) === '>=' && (!count || lit(count) === 1));
}
/**
 * What a whereHas keeps of the query: the related columns its filter fixes to one value, on the table MariaDB
 * would read first (the related table, or a many-to-many relation's pivot), when the relation comes back to
 * the query's table by its primary key. Null when it fixes none, or ORs.
 */
function relatedKey(owner, relName, sub) {
    const found = findRelation(owner, relName);
    if (!found || sub.rawOr || sub.branch > 0 || sub.unknown)
        return null;
    const { rel, name } = found;
    const ownerPk = (owner.primaryKey ?? 'id').toLowerCase();
    let table = null;
    if (['hasMany', 'hasOne', 'morphMany', 'morphOne'].includes(rel.kind)) {
        if ((rel.ownerKey ?? ownerPk).toLowerCase() === ownerPk)
            table = rel.table;
    }
    else if (['belongsToMany', 'morphToMany', 'morphedByMany'].includes(rel.kind)) {
        table = rel.pivotTable ?? null;
    }
    if (!table)
        return null;
    const own = (p) => (p.table ?? sub.table).toLowerCase() === table.toLowerCase();
    const columns = sub.where
        .filter((p) => p.op === '=' && !p.fn && !p.compare && !p.group && p.branch === undefined)
        .filter((p) => !p.via?.startsWith('relation:') && own(p))
        .map((p) => p.column.toLowerCase());
    return columns.length ? { table, columns: [...new Set(columns)], relation: name } : null;
}
/** The shape a finished query state describes, or null when it is unknowable or has nothing to index. */
function finishState(state) {
    if (state.unknown || state.noRead || !state.table || state.foreignDriver)
        return null;
    if (!state.where.length && !state.orderBy.length && !state.groupBy.length && !state.joins.length)
        return null;
    const where = finishStructure(state.where, state.branch);
    const partial = [...state.partial];
    // A sort or grouping by a select alias is by its column, or by a computed value no index orders.
    const sort = resolveSortAliases(state.orderBy, state.selectAliases ?? new Map(), state.pivot);
    if (sort.cut)
        partial.push(`the sort by ${sort.cut} is by a computed value`);
    const group = resolveGroupAliases(state.groupBy, state.selectAliases ?? new Map(), state.pivot);
    for (const c of group.computed)
        partial.push(`the grouping by ${c} is by a computed value`);
    const orderBy = sort.terms;
    const model = state.model;
    if (model?.globalScopes && state.withoutScopes !== 'all') {
        const removed = new Set(state.withoutScopes ?? []);
        for (const scope of model.globalScopes) {
            if (removed.has(scope.name.toLowerCase()))
                continue;
            where.push(...scope.where.map((p) => ({ ...p, via: p.via ?? `globalScope:${scope.name}` })));
            orderBy.push(...scope.orderBy);
        }
    }
    if (model?.softDeletes && state.trashed !== 'with') {
        const column = model.deletedAtColumn ?? 'deleted_at';
        if (!where.some((p) => p.column === column && !p.table)) {
            where.push({ column, op: state.trashed === 'only' ? 'is not null' : 'is null', via: 'SoftDeletes' });
        }
    }
    const shape = {
        id: '',
        table: state.table,
        where,
        joins: state.joins.map((j) => ({ ...j, on: [...j.on] })),
        orderBy,
        groupBy: group.columns,
        location: state.location,
        origin: state.origin,
        code: shorten(state.code),
    };
    // Predicates of the top-level OR: scopes and soft deletes added above are AND-ed with it.
    const columns = columnsOf(where.filter((p) => p.branch !== undefined && !p.group));
    if ((state.branch > 0 && columns.size > 1) || state.rawOr)
        shape.hasOr = true;
    if (partial.length) {
        shape.partial = true;
        shape.partialReasons = [...new Set(partial)];
    }
    if (state.limit !== undefined)
        shape.limit = state.limit;
    if (state.single)
        shape.single = true;
    if (state.withoutScopes === 'all' || (state.withoutScopes?.length ?? 0) > 0)
        shape.withoutGlobalScopes = true;
    if (state.alsoSortable?.length)
        shape.alsoSortable = [...state.alsoSortable];
    if (state.existsIn?.length && !shape.hasOr)
        shape.existsIn = state.existsIn.map((e) => ({ ...e }));
    if (state.definedAt)
        shape.definedAt = state.definedAt;
    if (state.outer?.length)
        shape.outer = [...state.outer];
    if (state.deletes && where.some((p) => p.pastCutoff))
        shape.prunes = true;
    shape.id = shapeId(shape);
    return shape;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/computed-method.ts
/**
 * A builder method whose name the code computes (`$query->$method(…)`, `->{$name}(…)`): read as that method
 * when the name is known where the call runs (`$method = 'orderBy'`); otherwise the rest of the chain is still
 * read and the call is one unread piece of it (pieces.ts), never a query lost without a word.
 */


/** The method name a computed call has when the code fixes it, or null. */
function computedMethodName(step, ctx) {
    const what = child(step.node, 'what');
    return what ? methodName(child(what, 'offset'), ctx) : null;
}
/** Why such a call is left unread. */
const COMPUTED_METHOD_UNREAD = 'a method whose name the code computes (`->$method()`) is not read';

;// CONCATENATED MODULE: ./src/project/laravel/queries/chains.ts
/** Callbacks applied to a query: the chains a closure, a scope or a join callback runs on its parameter. */










/** Expressions a function body evaluates at its top level (through if/else and blocks, not nested closures). */
function bodyExpressions(fn) {
    const out = [];
    if (fn.kind === 'arrowfunc') {
        const body = child(fn, 'body');
        if (body)
            out.push(body);
        return out;
    }
    const visit = (stmt) => {
        if (!stmt)
            return;
        switch (stmt.kind) {
            case 'block':
                children(stmt, 'children').forEach(visit);
                break;
            case 'expressionstatement': {
                const e = child(stmt, 'expression');
                if (e)
                    out.push(e.kind === 'assign' ? (child(e, 'right') ?? e) : e);
                break;
            }
            case 'return': {
                const e = child(stmt, 'expr');
                if (e)
                    out.push(e);
                break;
            }
            case 'if':
            case 'switch': {
                const taken = driverBranches(stmt);
                if (taken)
                    taken.forEach(visit);
                else if (stmt.kind === 'if') {
                    visit(child(stmt, 'body'));
                    visit(child(stmt, 'alternate'));
                }
                break;
            }
            case 'foreach':
            case 'for':
            case 'while':
                visit(child(stmt, 'body'));
                break;
        }
    };
    visit(child(fn, 'body'));
    return out;
}
/**
 * Applies a callback's chains on its parameter to `state`: `where(function ($q) { $q->where(…); })`,
 * `when($x, fn ($q) => $q->where(…))`, join closures (`$join->on(…)->where(…)`), scope bodies, and (with
 * `paramName` `this`) a macro's closure or a builder class's method. Gives what the body returns when that
 * is a chain on the query (`return $this->where(…)`, `return $this`): the query, or its result.
 */
function applyCallbackTo(fn, state, env, join, paramName) {
    const param = paramName ?? firstParamName(fn);
    if (!param)
        return undefined;
    // Locals the body assigns (`$table = $model->getTable();`) are known to what follows them.
    const outer = env;
    // The string forms the body assigns its locals (`$s = '%' . $term . '%'`), for the LIKE patterns read from
    // them; the caller's, for the variables a closure captures (all of them in an arrow function).
    const patterns = new Map();
    const captured = new Set(children(fn, 'uses').map((u) => nameOf(u)));
    env = {
        ...outer,
        bindings: new Map(outer.bindings ?? []),
        patternOf: (name) => patterns.get(name) ??
            (fn.kind === 'arrowfunc' || captured.has(name) ? outer.patternOf?.(name) : undefined),
    };
    const locals = env.bindings;
    const apply = (expr) => {
        if (expr.kind === 'variable')
            return nameOf(expr) === param ? { kind: 'builder' } : undefined;
        if (expr.kind !== 'call')
            return undefined;
        const chain = flatten(expr);
        if (chain.root.kind !== 'variable' || nameOf(chain.root) !== param) {
            // `return $filters->apply($query)`: another object adds to the query; unread, the shape is partial.
            const to = chain.steps.find((s) => s.args.some((a) => a.kind === 'variable' && nameOf(a) === param));
            if (!to || param === 'this')
                return undefined;
            const after = env.passQuery ? env.passQuery(expr, state, param) : null;
            if (after === null)
                unknownPiece(state, `what ${to.name ?? 'a dynamic method'}() adds is not read`);
            return after ?? undefined;
        }
        let after = { kind: 'builder' };
        for (const step of chain.steps) {
            // In a builder class, `$this->query` is its base query builder: the same query.
            if (param === 'this' && step.kind === 'prop' && step.name === 'query')
                continue;
            if (step.kind !== 'call')
                return undefined;
            const name = step.name ?? computedMethodName(step, evalContext(env));
            if (name === null) {
                unknownPiece(state, COMPUTED_METHOD_UNREAD);
                continue;
            }
            const m = name.toLowerCase();
            if (join && (m === 'on' || m === 'oron')) {
                // A column the body builds (`$table . '.id'`, `$this->model->getTable() . '.id'`) is read as written.
                const column = (n) => {
                    const v = n ? evaluate(n, evalContext(env)) : null;
                    return typeof v === 'string' ? v : null;
                };
                const a = column(step.args[0]);
                const b = step.args.length >= 3 ? column(step.args[2]) : column(step.args[1]);
                if (a === null || b === null)
                    state.unknown = true;
                else
                    addJoinOn(state, join, a, b);
                continue;
            }
            after = applyMethod(state, name, step.args, env);
            if (after.kind !== 'builder')
                break;
        }
        return after;
    };
    if (fn.kind === 'arrowfunc') {
        const body = child(fn, 'body');
        return body ? apply(body) : undefined;
    }
    // The statements of the body in order; a branch's clauses are optional (optional.ts), as in the walker.
    // A `return` on the path every call takes ends the body; one inside an optional branch does not.
    let returned;
    let ended = false;
    let branchDepth = 0;
    const visit = (stmt) => {
        if (!stmt || ended)
            return;
        switch (stmt.kind) {
            case 'block':
                children(stmt, 'children').forEach(visit);
                break;
            case 'expressionstatement': {
                const e = child(stmt, 'expression');
                if (e?.kind === 'assign')
                    assignLocal(e);
                if (e)
                    apply(e.kind === 'assign' ? (child(e, 'right') ?? e) : e);
                break;
            }
            case 'return': {
                const e = child(stmt, 'expr');
                if (e)
                    returned = apply(e) ?? returned;
                if (branchDepth === 0)
                    ended = true;
                break;
            }
            case 'if':
            case 'switch': {
                // A condition the code decides (`if (in_array($table, ['jobs', …])) return;`) takes one arm.
                const known = stmt.kind === 'if' ? knownTruth(child(stmt, 'test'), env) : null;
                if (known !== null) {
                    visit(known ? child(stmt, 'body') : child(stmt, 'alternate'));
                    break;
                }
                const taken = driverBranches(stmt);
                if (taken) {
                    taken.forEach(visit);
                    break;
                }
                const { arms, exhaustive, defaultArm } = armsOf(stmt);
                const reads = (n) => !!n && (env.readsRequest?.(n) ?? readsRequestInput(n, NAMED_REQUEST));
                const subject = stmt.kind === 'switch' && reads(child(stmt, 'test'));
                const armInput = [];
                for (const arm of arms)
                    armInput.push(subject || armInput.some(Boolean) || reads(arm.test));
                branchDepth++;
                runBranches([state], arms.map((arm) => () => visit(arm.body)), exhaustive, defaultArm, armInput);
                branchDepth--;
                break;
            }
            case 'foreach':
            case 'for':
            case 'while':
                branchDepth++;
                visit(child(stmt, 'body'));
                branchDepth--;
                break;
        }
    };
    /** `$x = …` on the path every call takes binds $x; in a branch (or unknown) it unbinds it. */
    const assignLocal = (e) => {
        const left = child(e, 'left');
        const name = left?.kind === 'variable' ? nameOf(left) : null;
        if (!name || name === param)
            return;
        const right = child(e, 'right');
        if (String(e.operator) === '=' && isBuiltString(right))
            patterns.set(name, right);
        else
            patterns.delete(name);
        const v = branchDepth === 0 && String(e.operator) === '=' ? evaluate(child(e, 'right'), evalContext(env)) : null;
        if (v !== null && !value_firstUnknown(v))
            locals.set(name, v);
        else
            locals.delete(name);
    };
    visit(child(fn, 'body'));
    return returned;
}

;// CONCATENATED MODULE: ./src/project/laravel/global-scopes.ts
/**
 * A model's global scopes, read the way Laravel boots a model: `boot()` (the nearest one; `parent::boot()`
 * runs the parent's, and the framework's own boots every trait of the class, its ancestors and their
 * traits through a static `boot<Trait>()`), then `booted()` (with its `parent::booted()` chain). Scopes are
 * `static::addGlobalScope(…)` calls there (a closure, a named closure, a Scope object or class) and
 * Laravel 10+'s `#[ScopedBy([Scope::class])]` on the class or an ancestor.
 */






const SCOPED_BY = 'illuminate\\database\\eloquent\\attributes\\scopedby';
function readGlobalScopes(decl, info, index, envFor) {
    // Laravel keys the scopes by name: one added again under the same name replaces the first.
    const scopes = new Map();
    const ran = new Set();
    const lineage = new Set(index.lineage(decl.fqcn).map((c) => c.fqcn.toLowerCase()));
    /** What a scope adds to a fresh query of the model, kept when its columns are known. */
    const read = (name, callback, env, args) => {
        const state = newState(info.table, info, 'eloquent', info.location, '');
        const params = children(callback, 'arguments').map((p, i) => ({
            name: paramName(p) ?? `#${i}`,
            default: child(p, 'value'),
            variadic: !!field(p, 'variadic'),
        }));
        const bindings = new Map([
            ...(env.bindings ?? []),
            ...bindParameters(params, { positional: args, named: {} }, evalContext(env)),
        ]);
        applyCallbackTo(callback, state, { ...env, bindings }, undefined, firstParamName(callback) ?? undefined);
        // A scope whose columns the code does not name cannot be added to the shapes.
        // One that adds nothing to this model (`if (in_array($table, $skip)) return;`) is left out.
        if (state.unknown || (!state.where.length && !state.orderBy.length))
            return;
        scopes.set(name.toLowerCase(), { name, where: state.where, orderBy: state.orderBy });
    };
    /** A Scope class: its apply(Builder $builder, Model $model), run for this model. */
    const scopeClass = (fq, name) => {
        const apply = fq ? index.method(fq, 'apply') : null;
        if (!fq || !apply?.node)
            return;
        const env = { ...envFor(apply.decl), selfFqcn: index.get(fq)?.fqcn ?? fq };
        read(name ?? env.selfFqcn, apply.node, env, scopeApplyArguments(info));
    };
    const isCallback = (n) => n?.kind === 'closure' || n?.kind === 'arrowfunc';
    /** `static::addGlobalScope(…)` in one of the boot methods. */
    const addGlobalScope = (expr, args, m) => {
        const env = { ...envFor(m.decl), selfFqcn: info.fqcn };
        const ctx = evalContext(env);
        const classRef = (n) => {
            if (n?.kind === 'new') {
                const what = child(n, 'what');
                return what ? index.resolveRef(what, m.decl.scope, info.fqcn) : null;
            }
            const v = literalValue(n, ctx);
            return typeof v === 'string' ? v.replace(/^\\/, '') : null;
        };
        const [a, b] = args;
        const query = scopeApplyArguments(info).slice(0, 1);
        if (a && isCallback(a))
            read(`closure@${expr.loc?.start.line ?? 0}`, a, env, query);
        else if (a && b) {
            const name = literalValue(a, ctx);
            if (typeof name !== 'string')
                return;
            if (isCallback(b))
                read(name, b, env, query);
            else
                scopeClass(classRef(b), name);
        }
        else if (a)
            scopeClass(classRef(a));
    };
    /** The body of a boot method: its scopes, and `parent::<hook>()` where it calls it. */
    const runBody = (m, hook) => {
        for (const expr of bodyExpressions(m.node)) {
            if (expr.kind !== 'call')
                continue;
            const chain = flatten(expr);
            const step = chain.steps[0];
            if (chain.steps.length !== 1 || step.kind !== 'static' || !step.name)
                continue;
            const method = step.name.toLowerCase();
            const parent = chain.root.kind === 'parentreference' ||
                (chain.root.kind === 'name' && String(chain.root.name).toLowerCase() === 'parent');
            if ((method === 'boot' || method === 'booted') && method === hook && parent) {
                // A trait's `parent::` is its user's parent: only a class's own chain is followed.
                if (m.decl.kind === 'class')
                    runHook(method, m.decl.parent);
                continue;
            }
            if (method !== 'addglobalscope')
                continue;
            const target = index.resolveRef(chain.root, m.decl.scope, info.fqcn)?.toLowerCase();
            if (target && (lineage.has(target) || target === m.decl.fqcn.toLowerCase()))
                addGlobalScope(expr, step.args, m);
        }
    };
    /** Model::boot() / booted() as PHP resolves them from `from`; the framework's boot() boots the traits. */
    const runHook = (hook, from) => {
        const m = from ? index.method(from, hook) : null;
        if (!m?.node) {
            if (hook === 'boot')
                bootTraits();
            return;
        }
        const key = `${m.decl.fqcn}::${hook}`.toLowerCase();
        if (ran.has(key))
            return;
        ran.add(key);
        runBody(m, hook);
    };
    /** Model::bootTraits(): ScopedBy (HasGlobalScopes' own boot), then `boot<Trait>()`, eldest class first. */
    const bootTraits = () => {
        if (ran.has('#traits'))
            return;
        ran.add('#traits');
        scopedBy();
        for (const t of [...index.traitsOf(decl.fqcn)].reverse()) {
            const method = `boot${t.split('\\').pop()}`;
            const m = index.method(decl.fqcn, method);
            const key = `${m?.decl.fqcn}::${method}`.toLowerCase();
            if (!m?.node || ran.has(key))
                continue;
            ran.add(key);
            runBody(m, method.toLowerCase());
        }
    };
    /** `#[ScopedBy([TenantScope::class])]` / `#[ScopedBy(TenantScope::class)]` on the class or an ancestor. */
    const scopedBy = () => {
        for (const c of [...index.lineage(decl.fqcn)].reverse()) {
            for (const group of children(index.classNode(c), 'attrGroups'))
                for (const attr of children(group, 'attrs')) {
                    const name = field(attr, 'name');
                    if (!name || resolveClass(name, null, c.scope).toLowerCase() !== SCOPED_BY)
                        continue;
                    const arg = children(attr, 'args')[0];
                    const v = arg ? evaluate(arg, index.contextFor(c, decl.fqcn, c.scope)) : null;
                    const list = Array.isArray(v) ? v : [v];
                    for (const s of list)
                        if (typeof s === 'string')
                            scopeClass(s.replace(/^\\/, ''));
                }
        }
    };
    runHook('boot', decl.fqcn);
    runHook('booted', decl.fqcn);
    return [...scopes.values()];
}

;// CONCATENATED MODULE: ./src/project/laravel/models.ts
/**
 * Eloquent models of the app: the table each one queries (Laravel's conventions when `$table` is not set),
 * SoftDeletes, local scopes with what they add to a query, and relationships with their keys.
 */









const MODEL = 'illuminate\\database\\eloquent\\model';
const PIVOTS = new Set([
    'illuminate\\database\\eloquent\\relations\\pivot',
    'illuminate\\database\\eloquent\\relations\\morphpivot',
]);
const MODEL_BASES = new Set([
    MODEL,
    'illuminate\\foundation\\auth\\user',
    'illuminate\\notifications\\databasenotification',
    ...PIVOTS,
]);
const SOFT_DELETES = 'illuminate\\database\\eloquent\\softdeletes';
const RELATION_METHODS = new Set([
    'hasmany', 'hasone', 'belongsto', 'belongstomany', 'morphmany', 'morphone', 'morphto', 'hasmanythrough',
    'hasonethrough', 'morphtomany', 'morphedbymany',
]); // prettier-ignore
function extractModels(files, 
/** The app's classes, built once by the caller (defaults to `files`). */
index, 
/** What the host knows beyond PHP (config(), env()); the index's own host when absent. */
host) {
    const classes = index ?? class_index_indexOfFiles(files, host);
    const found = [];
    for (const decl of classes.classes) {
        if (decl.kind !== 'class' || decl.isAbstract || decl.summary.anonymous)
            continue;
        const root = modelBase(classes, decl.fqcn);
        if (!root)
            continue;
        found.push({ decl, info: basicInfo(decl, classes, PIVOTS.has(root), host) });
    }
    const r = { index: classes, registry: new builder_ModelRegistry(found.map((f) => f.info)), host };
    // A construct these readers do not expect costs that model its relations or scopes, never the run.
    const guarded = (fn) => {
        try {
            fn();
        }
        catch {
            /* the model keeps what was read before */
        }
    };
    for (const { decl, info } of found)
        guarded(() => (info.relations = readRelations(decl, info, r)));
    for (const { decl, info } of found) {
        guarded(() => Object.assign(info.relations, derivedRelations(decl, info, r)));
    }
    for (const { decl, info } of found) {
        guarded(() => {
            const scopes = readGlobalScopes(decl, info, r.index, (d) => envFor(d, r));
            if (scopes.length)
                info.globalScopes = scopes;
        });
    }
    // Scopes may call other scopes of the same model: a few passes settle nested ones.
    for (let pass = 0; pass < 3; pass++) {
        for (const { decl, info } of found)
            guarded(() => (info.scopes = readScopes(decl, info, r)));
    }
    return found.map((f) => f.info);
}
/**
 * The framework model class a class descends from. Apps that ship their own copy of a framework class
 * (an `overrides/` folder in composer's classmap) declare `Illuminate\\…\\Model` themselves: the chain is
 * read up to the first framework base, not only where it leaves the app.
 */
function modelBase(classes, fqcn) {
    if (isFrameworkClass(fqcn))
        return null;
    for (const d of classes.lineage(fqcn)) {
        const parent = nameKey(d.parent);
        if (parent && MODEL_BASES.has(parent))
            return parent;
    }
    return null;
}
function stringProperty(index, decl, name) {
    const v = index.propertyDefault(decl.fqcn, name);
    return typeof v === 'string' ? v : null;
}
function basicInfo(decl, index, isPivot, host) {
    const fromAttribute = attributeTable(decl, index);
    const table = stringProperty(index, decl, 'table') ??
        fromAttribute.table ??
        tableFromGetTable(decl, index, host) ??
        (isPivot ? (0,naming/* conventionalPivotTable */.$0)(decl.name) : (0,naming/* conventionalTable */.nz)(decl.name));
    const traits = index.traitsOf(decl.fqcn).map((t) => t.toLowerCase());
    const info = {
        className: decl.name,
        fqcn: decl.fqcn,
        table,
        softDeletes: traits.includes(SOFT_DELETES),
        location: { file: decl.file, line: decl.line },
        scopes: {},
        relations: {},
        primaryKey: stringProperty(index, decl, 'primaryKey') ?? fromAttribute.key ?? 'id',
    };
    if (decl.parent)
        info.parent = decl.parent;
    const deletedAt = index.constant(decl.fqcn, 'DELETED_AT');
    if (info.softDeletes)
        info.deletedAtColumn = typeof deletedAt === 'string' ? deletedAt : 'deleted_at';
    const createdAt = index.constant(decl.fqcn, 'CREATED_AT');
    info.createdAtColumn = typeof createdAt === 'string' ? createdAt : 'created_at';
    const builder = customBuilder(decl, index);
    if (builder)
        info.builder = builder;
    return info;
}
const ATTRIBUTES = 'illuminate\\database\\eloquent\\attributes\\';
const USE_ELOQUENT_BUILDER = `${ATTRIBUTES}useeloquentbuilder`;
const TABLE = `${ATTRIBUTES}table`;
const PRIMARY_KEY = `${ATTRIBUTES}primarykey`;
function classAttribute(decl, index, fqcn) {
    for (const c of index.lineage(decl.fqcn)) {
        for (const group of children(index.classNode(c), 'attrGroups'))
            for (const attr of children(group, 'attrs')) {
                const name = field(attr, 'name');
                if (!name || resolveClass(name, null, c.scope).toLowerCase() !== fqcn)
                    continue;
                const args = children(attr, 'args');
                const ctx = index.contextFor(c, decl.fqcn, c.scope);
                return {
                    arg(position, wanted) {
                        const named = args.find((a) => a.kind === 'namedargument' && field(a, 'name') === wanted);
                        const at = position === null ? undefined : args[position];
                        const node = named ? child(named, 'value') : at?.kind === 'namedargument' ? null : at;
                        return node ? literalValue(node, ctx) : undefined;
                    },
                };
            }
    }
    return null;
}
/** `#[Table('legacy_users', key: 'uuid')]` and `#[PrimaryKey('uuid')]` (Laravel 13): the table and its key. */
function attributeTable(decl, index) {
    const table = classAttribute(decl, index, TABLE);
    const primaryKey = classAttribute(decl, index, PRIMARY_KEY);
    const name = table?.arg(0, 'name');
    const key = table?.arg(null, 'key') ?? primaryKey?.arg(0, 'name');
    return {
        ...(typeof name === 'string' && name ? { table: name } : {}),
        ...(typeof key === 'string' && key ? { key } : {}),
    };
}
/**
 * The app's Eloquent builder class the model's queries are made with, as Model::newEloquentBuilder() picks
 * it: an override returning `new PostBuilder($query)`, Laravel 11's `#[UseEloquentBuilder(PostBuilder::class)]`
 * or `protected static string $builder = PostBuilder::class`. Only a class the app declares is kept (its
 * methods are what a chain runs).
 */
function customBuilder(decl, index) {
    // The framework's own builder (or an app's copy of it) is read by applyMethod itself.
    const known = (fq) => {
        const found = fq ? index.get(fq)?.fqcn : undefined;
        return found && !isFrameworkClass(found) ? found : null;
    };
    const override = index.method(decl.fqcn, 'newEloquentBuilder');
    if (override?.node) {
        // The override wins over the attribute and the property, which only the framework's own method reads.
        const made = bodyStatements(override.node)
            .filter((s) => s.kind === 'return')
            .map((s) => child(s, 'expr'))
            .filter((e) => e?.kind === 'new')
            .map((e) => child(e, 'what'));
        const classes = made.map((w) => w ? index.resolveRef(w, override.decl.scope, override.decl.fqcn) : null);
        return classes.length === 1 ? known(classes[0]) : null;
    }
    const attribute = classAttribute(decl, index, USE_ELOQUENT_BUILDER);
    if (attribute) {
        const v = attribute.arg(0, 'builderClass');
        return typeof v === 'string' ? known(v) : null;
    }
    if (!index.property(decl.fqcn, 'builder')?.summary.isStatic)
        return null;
    const property = index.propertyDefault(decl.fqcn, 'builder');
    return typeof property === 'string' ? known(property) : null;
}
/** `public function getTable() { return 'legacy_users'; }`, followed as PHP would call it on the model. */
function tableFromGetTable(decl, index, host) {
    const found = index.method(decl.fqcn, 'getTable');
    if (!found?.node)
        return null;
    const caller = index.contextFor(decl);
    if (host)
        caller.host = host;
    const noArgs = { positional: [], named: {} };
    const v = returnValue('this', 'getTable', noArgs, found.node, { index, budget: new CallBudget(), caller });
    return typeof v === 'string' ? v : null;
}
function envFor(decl, r) {
    const env = {
        index: r.index,
        models: r.registry,
        host: r.host,
        scope: decl.scope,
        selfFqcn: decl.fqcn,
        problems: [],
        emit: () => undefined,
        applyCallback(fn, state, join, param) {
            return applyCallbackTo(fn, state, this, join, param);
        },
        scopeMethod: (model, scope) => r.index.scopeMethod(model.fqcn, scope),
    };
    return env;
}
/** scopeRecent($query) → `recent`, with what its body adds to the query it is given. */
function readScopes(decl, info, r) {
    const scopes = {};
    for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
        const raw = summary.name;
        if (!node || !/^scope./i.test(raw) || raw.length <= 5)
            continue;
        const name = raw[5].toLowerCase() + raw.slice(6);
        const param = firstParamName(node);
        if (!param)
            continue;
        const state = newState(info.table, info, 'eloquent', info.location, '');
        // The scope body is interpreted with its own scopes known so far (nested scopes settle over passes).
        applyCallbackTo(node, state, envFor(owner, r), undefined, param);
        scopes[name] = { where: state.where, orderBy: state.orderBy };
        // Read without the caller's arguments: an unread piece is the caller's to supply, so the summary is opaque.
        if (state.unknown || state.partial?.length)
            scopes[name].opaque = true;
    }
    // `use HasRoles { scopeRole as scopeWhereRole; }` with the trait outside the app: a scope whose filters
    // are not known, not a dynamic where on a `role` column.
    for (const { alias, method } of r.index.vendorAliases(decl.fqcn)) {
        if (!/^scope./i.test(alias))
            continue;
        const name = alias[5].toLowerCase() + alias.slice(6);
        scopes[name] ??= {
            where: [],
            orderBy: [],
            unread: `${name}() is ${method}() of a trait outside the app`,
        };
    }
    return scopes;
}
function readRelations(decl, info, r) {
    const relations = {};
    for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
        const methodName = summary.name;
        if (!node || summary.params.length > 0)
            continue;
        for (const expr of bodyExpressions(node)) {
            if (expr.kind !== 'call')
                continue;
            const chain = flatten(expr);
            const first = chain.steps[0];
            if (chain.root.kind !== 'variable' || nameOf(chain.root) !== 'this' || !first?.name)
                continue;
            const kind = first.name.toLowerCase();
            if (!RELATION_METHODS.has(kind))
                continue;
            const env = envFor(owner, r);
            const rel = relationFrom(kind, first.args, methodName, info, env);
            if (!rel)
                continue;
            rel.location = { file: owner.file, line: expr.loc?.start.line ?? owner.line };
            constrain(rel, chain.steps.slice(1), env);
            relations[methodName] = rel;
            break;
        }
    }
    return relations;
}
/** `public function paidOrders() { return $this->orders()->where('status', 'paid'); }`: a narrower copy. */
function derivedRelations(decl, info, r) {
    const out = {};
    for (const { decl: owner, summary, node } of r.index.methodsOf(decl.fqcn).values()) {
        const methodName = summary.name;
        if (!node || info.relations[methodName] || summary.params.length > 0)
            continue;
        const [expr] = bodyExpressions(node).filter((e) => e.kind === 'call');
        if (!expr)
            continue;
        const chain = flatten(expr);
        const first = chain.steps[0];
        if (chain.root.kind !== 'variable' ||
            nameOf(chain.root) !== 'this' ||
            first?.kind !== 'call' ||
            !first.name)
            continue;
        const base = Object.entries(info.relations).find(([n]) => n.toLowerCase() === first.name?.toLowerCase())?.[1];
        if (!base || first.args.length > 0)
            continue;
        const rel = {
            ...base,
            location: { file: owner.file, line: expr.loc?.start.line ?? owner.line },
        };
        if (base.where)
            rel.where = [...base.where];
        if (base.orderBy)
            rel.orderBy = [...base.orderBy];
        const before = { where: rel.where ?? [], orderBy: rel.orderBy ?? [] };
        constrain(rel, chain.steps.slice(1), envFor(owner, r));
        // constrain() replaces the lists: keep the base relation's own constraints in front.
        if (rel.where !== before.where)
            rel.where = [...before.where, ...(rel.where ?? [])];
        if (rel.orderBy !== before.orderBy)
            rel.orderBy = [...before.orderBy, ...(rel.orderBy ?? [])];
        if (!rel.where?.length)
            delete rel.where;
        if (!rel.orderBy?.length)
            delete rel.orderBy;
        out[methodName] = rel;
    }
    return out;
}
/** `->where('approved', true)->latest()` chained on a relation definition. */
function constrain(rel, steps, env) {
    if (!rel.table || steps.length === 0)
        return;
    const ctx = evalContext(env);
    const state = newState(rel.table, env.models.get(rel.related), 'relation', rel.location ?? { file: '', line: 1 }, '');
    if (rel.pivotTable)
        state.tables.set(rel.pivotTable.toLowerCase(), rel.pivotTable);
    const extra = [];
    for (const step of steps) {
        if (step.kind !== 'call' || !step.name)
            break;
        const m = step.name.toLowerCase();
        if (m.startsWith('wherepivot') && rel.pivotTable) {
            const col = literalValue(step.args[0], ctx);
            if (typeof col === 'string') {
                const value = literalValue(step.args.length >= 3 ? step.args[2] : step.args[1], ctx);
                const op = m === 'wherepivotin'
                    ? 'in'
                    : m === 'wherepivotnull'
                        ? 'is null'
                        : m === 'wherepivotnotnull'
                            ? 'is not null'
                            : '=';
                const p = { column: col, op, table: rel.pivotTable };
                if (value !== undefined && value !== null && op === '=')
                    p.value = value;
                extra.push(p);
            }
            continue;
        }
        const after = applyMethod(state, step.name, step.args, env);
        if (after.kind === 'builder')
            continue;
        // `->first()`, `->get()`: the method runs the query and hands back rows, not the relation.
        if (!state.noRead)
            rel.runs = after.kind === 'model' || state.single ? 'one' : RETURNS_ROWS.has(m) ? 'rows' : 'value';
        break;
    }
    if (state.unknown)
        return;
    const where = [...state.where, ...extra];
    if (where.length)
        rel.where = where;
    if (state.orderBy.length)
        rel.orderBy = state.orderBy;
}
function relationFrom(kind, args, methodName, info, env) {
    const ctx = evalContext(env);
    const str = (n) => {
        const v = literalValue(n, ctx);
        return typeof v === 'string' && v !== '' ? v : null;
    };
    const related = str(args[0])?.replace(/^\\/, '') ?? null;
    const selfPk = info.primaryKey ?? 'id';
    const target = (fq) => {
        const model = env.models.get(fq);
        return { table: model?.table ?? (fq ? (0,naming/* conventionalTable */.nz)(fq) : null), pk: model?.primaryKey ?? 'id' };
    };
    if (kind === 'morphto') {
        return { kind: 'morphTo', related: null, table: null, foreignKey: null, ownerKey: null };
    }
    if (!related)
        return null;
    const rel = target(related);
    const base = { related, table: rel.table };
    switch (kind) {
        case 'hasmany':
        case 'hasone':
            return {
                kind: kind === 'hasmany' ? 'hasMany' : 'hasOne',
                ...base,
                foreignKey: str(args[1]) ?? (0,naming/* foreignKeyFor */.z7)(info.className, selfPk),
                ownerKey: str(args[2]) ?? selfPk,
            };
        case 'belongsto':
            return {
                kind: 'belongsTo',
                ...base,
                foreignKey: str(args[1]) ?? `${(0,naming/* snake */.t9)(methodName)}_${rel.pk}`,
                ownerKey: str(args[2]) ?? rel.pk,
            };
        case 'morphmany':
        case 'morphone': {
            const name = str(args[1]);
            if (!name)
                return null;
            return {
                kind: kind === 'morphmany' ? 'morphMany' : 'morphOne',
                ...base,
                foreignKey: str(args[3]) ?? `${name}_id`,
                ownerKey: str(args[4]) ?? selfPk,
                morphType: str(args[2]) ?? `${name}_type`,
                morphClass: info.fqcn,
            };
        }
        case 'belongstomany': {
            const pivotArg = str(args[1]);
            const pivotModel = env.models.get(pivotArg);
            return {
                kind: 'belongsToMany',
                ...base,
                pivotTable: pivotModel?.table ?? pivotArg ?? (0,naming/* joiningTable */.$H)(info.className, related),
                foreignKey: str(args[2]) ?? (0,naming/* foreignKeyFor */.z7)(info.className, selfPk),
                relatedPivotKey: str(args[3]) ?? (0,naming/* foreignKeyFor */.z7)(related, rel.pk),
                ownerKey: str(args[5]) ?? rel.pk,
            };
        }
        case 'morphtomany':
        case 'morphedbymany': {
            const name = str(args[1]);
            if (!name)
                return null;
            const inverse = kind === 'morphedbymany';
            return {
                kind: inverse ? 'morphedByMany' : 'morphToMany',
                ...base,
                pivotTable: str(args[2]) ?? (0,naming/* plural */.LS)(name),
                foreignKey: str(args[3]) ?? (inverse ? (0,naming/* foreignKeyFor */.z7)(info.className, selfPk) : `${name}_id`),
                relatedPivotKey: str(args[4]) ?? (inverse ? `${name}_id` : (0,naming/* foreignKeyFor */.z7)(related, rel.pk)),
                ownerKey: str(args[6]) ?? rel.pk,
                morphType: `${name}_type`,
                morphClass: inverse ? related : info.fqcn,
            };
        }
        case 'hasmanythrough':
        case 'hasonethrough': {
            const throughFq = str(args[1])?.replace(/^\\/, '') ?? null;
            if (!throughFq)
                return null;
            const through = target(throughFq);
            if (!through.table)
                return null;
            const firstKey = str(args[2]) ?? (0,naming/* foreignKeyFor */.z7)(info.className, selfPk);
            return {
                kind: kind === 'hasmanythrough' ? 'hasManyThrough' : 'hasOneThrough',
                ...base,
                foreignKey: firstKey,
                ownerKey: str(args[4]) ?? selfPk,
                through: {
                    table: through.table,
                    firstKey,
                    localKey: str(args[5]) ?? through.pk,
                    secondKey: str(args[3]) ?? (0,naming/* foreignKeyFor */.z7)(throughFq, through.pk),
                },
            };
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/ignores.ts
/** Inline silencing: `// perf-audit-ignore PA101 reason` on the line(s) just above a query. */


/** One comment's text → the rules it silences (`PA101`, `PA101,PA104`), with the reason after them. */
function parseIgnore(text) {
    const directive = (0,ignore_directive/* parseDirective */.x)(text);
    return directive ? directive.rules.map((rule) => ({ rule, reason: directive.reason })) : [];
}
/** Comments of a file by the line they end on, for the "line above" look-up. */
class CommentIndex {
    byEndLine = new Map();
    constructor(program) {
        for (const c of children(program, 'comments')) {
            const end = c.loc?.end?.line;
            const value = field(c, 'value');
            if (end === undefined || typeof value !== 'string')
                continue;
            // A line comment's value ends with its newline, so its end line is the next one.
            const line = value.endsWith('\n') ? end - 1 : end;
            const list = this.byEndLine.get(line) ?? [];
            list.push(value);
            this.byEndLine.set(line, list);
        }
    }
    /** Ignores written on the lines directly above `line` (a block of consecutive comments). */
    ignoresAbove(line) {
        const out = [];
        for (let l = line - 1; l > 0 && this.byEndLine.has(l); l--) {
            for (const text of this.byEndLine.get(l) ?? [])
                out.push(...parseIgnore(text));
        }
        return out;
    }
}

// EXTERNAL MODULE: ./src/project/laravel/blade/index.ts + 4 modules
var blade = __webpack_require__(21082);
;// CONCATENATED MODULE: ./src/project/laravel/queries/whole-reads.ts
/**
 * Reads that load every row of a table: `Country::all()`, `Channel::orderBy('name')->get()`,
 * `Category::pluck('name', 'id')`, `DB::table('settings')->get()`, with no filter, no bound and no
 * pagination. An app does that for tables it expects to stay small (a dropdown's options, a settings cache),
 * but also for some that grow (an export of every asset, an admin list of every incident): on its own such a
 * read is a hint, which the size class takes only for a table nothing else points at (size-class.ts).
 */
/** Terminals that hand back every row the query matches (not chunk/cursor/lazy: those are for big tables). */
const LOADS_ROWS = new Set(['get', 'all', 'pluck']);
/** Chains that start from the model or the query builder; a relation's rows are one parent's, not the table. */
const WHOLE_TABLE_ORIGINS = new Set(['eloquent', 'builder']);
/**
 * Whether the query `method` ends reads the whole table: nothing filters it (a tenant's global scope neither),
 * bounds, joins or groups it, nothing of it was left unread, and no optional branch adds a filter.
 */
function readsWholeTable(state, method, args) {
    const m = method.toLowerCase();
    return (LOADS_ROWS.has(m) &&
        eloquentArguments(m, args) &&
        WHOLE_TABLE_ORIGINS.has(state.origin) &&
        !!state.table &&
        !state.unknown &&
        !state.noRead &&
        !state.foreignDriver &&
        !state.pivot &&
        state.where.length === 0 &&
        state.limit === undefined &&
        !state.single &&
        state.joins.length === 0 &&
        state.groupBy.length === 0 &&
        state.partial.length === 0 &&
        !state.optional?.length &&
        !scoped(state));
}
/** A global scope that filters (the tenant's rows: `company_id = ?`) reads one tenant's rows, not the table. */
function scoped(state) {
    if (state.withoutScopes === 'all')
        return false;
    const removed = new Set(state.withoutScopes ?? []);
    return (state.model?.globalScopes ?? []).some((s) => s.where.length > 0 && !removed.has(s.name.toLowerCase()));
}
/**
 * `get()`/`all()` take at most a list of columns and `pluck()` one or two column names: anything else
 * (`Setting::get('key')`) is the app's own method of that name, not Eloquent's.
 */
function eloquentArguments(method, args) {
    if (method === 'pluck')
        return args.length === 1 || args.length === 2;
    return args.length === 0 || (args.length === 1 && args[0].kind === 'array');
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/chain-code.ts
/**
 * A chain's code as reports show it (`User::where('x', 1)->get()`), rendered only when a query is started
 * from it: the walker follows every chain of a file, and most of them (`array_map(…)`, `$this->log(…)`)
 * start no query, so printing each one up front cost more than following it.
 */

class ChainCode {
    root;
    before;
    step;
    text;
    constructor(root, before, step) {
        this.root = root;
        this.before = before;
        this.step = step;
    }
    /** The code of the chain's root (`User`, `$query`, `DB`). */
    static of(root) {
        return new ChainCode(root, null, null);
    }
    /** This code followed by one more step (`->where('x', 1)`). */
    then(step) {
        return new ChainCode(null, this, step);
    }
    toString() {
        this.text ??= this.before ? `${this.before.toString()}${renderStep(this.step)}` : render(this.root);
        return this.text;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/places.ts
/**
 * Where a query runs: in a web request, a queued job, a console command, a seeder or factory, a migration, or
 * a test. Read from the file and class that send it (the class's parents and interfaces as the code states
 * them), so later severity calibration can tell a page's query from a nightly command's.
 */

const QUEUED = 'illuminate\\contracts\\queue\\shouldqueue';
const SEEDER = 'illuminate\\database\\seeder';
const FACTORY = 'illuminate\\database\\eloquent\\factories\\factory';
const MIGRATION = 'illuminate\\database\\migrations\\migration';
const TESTS = ['phpunit\\framework\\testcase', 'illuminate\\foundation\\testing\\testcase'];
function placeOf(file, cls, index) {
    const path = file.replace(/\\/g, '/').toLowerCase();
    const isA = (ancestor) => cls !== null && index.isA(cls, ancestor);
    if (/(^|\/)tests?\//.test(path) || TESTS.some(isA))
        return 'test';
    if (/(^|\/)database\/migrations\//.test(path) || isA(MIGRATION))
        return 'migration';
    if (/(^|\/)database\/(seeders|seeds|factories)\//.test(path) || isA(SEEDER) || isA(FACTORY))
        return 'seeder';
    if (isA(QUEUED))
        return 'job';
    if (isA(CONSOLE_COMMAND) || path.startsWith('app/console/') || path === 'routes/console.php')
        return 'console';
    if (path.startsWith('app/jobs/'))
        return 'job';
    if (path.endsWith('.blade.php') && isMailView(path))
        return 'job';
    return 'request';
}
/**
 * A mail or notification template (`views/emails/…`, `views/mail/…`, `views/vendor/mail/…`): rendered when
 * the mail is built, on a queue when the app queues its mail. Read from the folder alone; every other
 * template renders on a request.
 */
const MAIL_VIEWS = ['email/', 'emails/', 'mail/', 'mails/', 'vendor/mail/', 'vendor/notifications/'];
function isMailView(path) {
    const at = path.lastIndexOf('/views/');
    if (at < 0 && !path.startsWith('views/'))
        return false;
    const below = path.slice(at + '/views/'.length);
    return MAIL_VIEWS.some((folder) => below.startsWith(folder));
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/writes.ts
/**
 * Which builder and model methods add rows, and to which table. Updates and deletes are left out: they do
 * not make a table grow. What a table's writes say about its size is rules/calibrate/size-class.ts.
 */
/** Builder and relation methods that insert (or may insert) rows into the query's table. */
const INSERTS = new Set([
    'create', 'forcecreate', 'createquietly', 'forcecreatequietly', 'createmany', 'createmanyquietly',
    'createorfirst', 'firstorcreate', 'updateorcreate', 'updateorinsert', 'insert', 'insertgetid',
    'insertorignore', 'insertusing', 'upsert', 'save', 'savequietly', 'savemany', 'savemanyquietly',
]); // prettier-ignore
/** belongsToMany methods that add pivot rows only. */
const PIVOT_INSERTS = new Set([
    'attach', 'sync', 'syncwithoutdetaching', 'syncwithpivotvalues', 'toggle',
]); // prettier-ignore
/** Builder methods that return the model they create. */
const RETURNS_CREATED = new Set(['create', 'forcecreate', 'createquietly', 'forcecreatequietly']);
/** Methods of a model instance that write the row, a new one when the instance is new. */
const MODEL_SAVES = new Set(['save', 'savequietly', 'saveorfail', 'push', 'pushquietly']);
function addsRows(method) {
    const m = method.toLowerCase();
    return INSERTS.has(m) || PIVOT_INSERTS.has(m);
}
/**
 * The tables a method adds rows to: the query's table, and for a many-to-many relation its pivot too
 * (`$user->roles()->create(…)` inserts the role and the pivot row; `attach()` only the pivot row).
 */
function writtenTables(state, method) {
    const pivot = state.pivot;
    if (PIVOT_INSERTS.has(method.toLowerCase()))
        return pivot ? [pivot] : [];
    return pivot ? [state.table, pivot] : [state.table];
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/built-models.ts
/**
 * Whether a method hands back an instance it built: a factory (`ClientFactory::create()` ending in `return
 * $client` after `$client = new Client()`). Saving what such a method returns inserts a row, where saving a
 * model the code got from elsewhere updates one (walker.ts). And whether a model's method saves `$this`:
 * called on an instance the code built (`(new JournalEntry)->add($day)`), it inserts one.
 */


/** Code with returns of its own. */
const NESTED = new Set(['closure', 'arrowfunc', 'function', 'class']);
const memo = new WeakMap();
const savesMemo = new WeakMap();
/** Visits the nodes of a body in source order, not entering closures, functions or classes it declares. */
function visitOwn(body, visit) {
    const go = (node) => {
        if (NESTED.has(node.kind))
            return;
        visit(node);
        childNodes(node).forEach(go);
    };
    childNodes(body).forEach(go);
}
/** `$this->save()` (saveQuietly(), push()…) in the method's own body, closures left out. */
function savesItself(fn) {
    let known = savesMemo.get(fn);
    if (known !== undefined)
        return known;
    known = false;
    visitOwn(child(fn, 'body') ?? fn, (node) => {
        if (known || node.kind !== 'call')
            return;
        const what = child(node, 'what');
        const target = what?.kind === 'propertylookup' ? child(what, 'what') : null;
        const method = calledMethod(node)?.toLowerCase();
        if (target?.kind === 'variable' && nameOf(target) === 'this' && method && MODEL_SAVES.has(method))
            known = true;
    });
    savesMemo.set(fn, known);
    return known;
}
/**
 * True when every `return` of the method's own body (a closure's returns are not its own) gives an instance
 * it built (isBuilt).
 */
function returnsBuiltModel(fn) {
    let known = memo.get(fn);
    if (known === undefined)
        memo.set(fn, (known = decide(fn)));
    return known;
}
function decide(fn) {
    const body = child(fn, 'body');
    if (!body)
        return false;
    if (fn.kind === 'arrowfunc')
        return isBuilt(body, new Set());
    const returns = [];
    const built = new Set();
    visitOwn(body, (node) => {
        if (node.kind === 'return') {
            const e = child(node, 'expr');
            if (e)
                returns.push(e);
        }
        if (node.kind === 'assign' && node.operator === '=') {
            const left = child(node, 'left');
            const name = left?.kind === 'variable' ? nameOf(left) : null;
            const right = child(node, 'right');
            if (name && right && isBuilt(right, built))
                built.add(name);
        }
    });
    return returns.length > 0 && returns.every((r) => isBuilt(r, built));
}
/**
 * Model methods that give back the instance they are called on, or a new one (replicate(), newInstance()):
 * what `(new Activity())->forceFill([…])` and `$this->activity->newInstance()->forceFill([…])` return is an
 * instance built.
 */
const KEEPS_INSTANCE = new Set([
    'fill', 'forcefill', 'setattribute', 'setrelation', 'setrelations', 'setconnection', 'settable', 'replicate',
    'newinstance',
]); // prettier-ignore
/** Methods whose result is a new instance whatever the instance they are called on. */
const MAKES_INSTANCE = new Set(['replicate', 'newinstance']);
/** `new X`, a variable assigned one, or such an instance passed through KEEPS_INSTANCE methods. */
function isBuilt(e, built) {
    if (e.kind === 'new')
        return true;
    if (e.kind === 'variable')
        return built.has(nameOf(e) ?? '');
    if (e.kind !== 'call')
        return false;
    const what = child(e, 'what');
    const method = what?.kind === 'propertylookup' ? calledMethod(e) : null;
    const receiver = child(what, 'what');
    if (!method || !receiver || !KEEPS_INSTANCE.has(method.toLowerCase()))
        return false;
    return MAKES_INSTANCE.has(method.toLowerCase()) || isBuilt(receiver, built);
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/deleted-rows.ts
/**
 * Rows a query fetched and the code then deletes one by one, as Laravel's own `Prunable` does: a loop over
 * them (`foreach ($old as $log) $log->delete()`), `->each(fn ($log) => $log->delete())`, the higher-order
 * `->each->delete()`, or the row handed to a method that deletes it (`$repo->delete($invoice)`). Such a query
 * deletes what it matches, as `->delete()` on the builder would.
 */

/** Model methods that delete the row, and the prefixes of methods taking a row to delete it. */
const DELETES_ROW = new Set(['delete', 'forcedelete', 'deletequietly', 'forcedeletequietly']);
const DELETER = /^(delete|forcedelete|destroy|remove|purge)/;
/** Whether the statements delete the row a variable holds (`$row->delete()`, `$repo->delete($row)`). */
function deletesVariable(statements, name) {
    let found = false;
    ast_walk(statements, (n) => {
        if (found || n.kind !== 'call')
            return;
        const method = calledMethod(n)?.toLowerCase();
        if (!method)
            return;
        const receiver = child(child(n, 'what'), 'what');
        if (DELETES_ROW.has(method) && isVariable(receiver, name))
            found = true;
        else if (DELETER.test(method) && isVariable(children(n, 'arguments')[0], name))
            found = true;
    });
    return found;
}
/**
 * Whether a chain's steps after `from` delete each row the query returns: `->each(fn ($row) => …delete…)`,
 * or `->each->delete()`.
 */
function deletesEachRow(steps, from) {
    for (let i = from; i < steps.length; i++) {
        const s = steps[i];
        const name = s.name?.toLowerCase();
        if (name !== 'each')
            continue;
        if (s.kind === 'prop') {
            const next = steps[i + 1]?.name?.toLowerCase();
            if (steps[i + 1]?.kind === 'call' && next && DELETES_ROW.has(next))
                return true;
            continue;
        }
        const fn = s.args[0];
        const param = fn && isFunctionLike(fn) ? firstParamName(fn) : null;
        if (fn && param && deletesVariable(bodyStatements(fn), param))
            return true;
    }
    return false;
}
const isVariable = (n, name) => n?.kind === 'variable' && nameOf(n) === name;

;// CONCATENATED MODULE: ./src/project/laravel/queries/validation-rules.ts
/**
 * Laravel's `unique` and `exists` validation rules query the database on every request they validate:
 *   'email' => 'required|unique:users,email,' . $user->id      select count(*) from users where email = ? and id <> ?
 *   'category_id' => ['exists:categories,id']                   select count(*) from categories where id = ?
 *   Rule::unique('users')->ignore($user)->where('account_id', 1)
 * (DatabasePresenceVerifier::getCount). This module reads the rule strings; the walker reads the
 * `Rule::unique()` / `Rule::exists()` chains with the query builder's own methods.
 */
/** Stands for a part of a rule string the code computes (`'unique:users,email,' . $id`). */
const COMPUTED = '\u0000';
/**
 * The database rules in a rule string (`required|email|unique:users,email`); rules whose table or column is
 * computed are left out. `text` may hold COMPUTED where the code concatenates a value.
 */
function databaseRules(text) {
    const out = [];
    for (const rule of text.split('|')) {
        const colon = rule.indexOf(':');
        const name = (colon < 0 ? rule : rule.slice(0, colon)).trim().toLowerCase();
        if ((name !== 'unique' && name !== 'exists') || colon < 0)
            continue;
        const parsed = parseRule(name, rule.slice(colon + 1).split(','));
        if (parsed)
            out.push(parsed);
    }
    return out;
}
/** `unique`/`exists` with its parameters already split (the `Rule::` form passes them as arguments). */
function parseRule(rule, params) {
    const [rawTable, rawColumn] = params;
    if (!rawTable || rawTable.includes(COMPUTED))
        return null;
    const table = tableName(rawTable.trim());
    const column = rawColumn === undefined || isNull(rawColumn) ? null : rawColumn.trim();
    if (column !== null && (column.includes(COMPUTED) || column === ''))
        return null;
    const query = { rule, table, column, extra: [] };
    let rest = params.slice(2);
    if (rule === 'unique') {
        const [except, idColumn] = rest;
        // Laravel ignores the row only when the third parameter is given and is not "NULL".
        if (except !== undefined && except.trim() !== '' && !isNull(except)) {
            const key = idColumn === undefined || isNull(idColumn) ? 'id' : idColumn.trim();
            if (!key.includes(COMPUTED))
                query.except = key;
        }
        rest = rest.slice(2);
    }
    for (let i = 0; i + 1 < rest.length; i += 2) {
        const col = rest[i].trim();
        if (!col || col.includes(COMPUTED))
            continue;
        query.extra.push({ column: col, op: extraOperator(rest[i + 1].trim()) });
    }
    return query;
}
/** The attribute's own column when the rule names none: the last segment of `items.*.sku` (Laravel's guess). */
function attributeColumn(attribute) {
    const last = attribute.split('.').pop() ?? '';
    return /^[A-Za-z_][A-Za-z0-9_]*$/.test(last) ? last : null;
}
const isNull = (s) => s.trim().toUpperCase() === 'NULL';
/** `connection.table` → `table`; a class name is kept for the caller. */
function tableName(raw) {
    if (raw.includes('\\'))
        return raw.replace(/^\\/, '');
    const dot = raw.indexOf('.');
    return dot < 0 ? raw : raw.slice(dot + 1);
}
/** An extra condition's value: `NULL`, `NOT_NULL`, `!value` or a value (DatabaseRule / getExtraConditions). */
function extraOperator(value) {
    if (value.toUpperCase() === 'NULL')
        return 'is null';
    if (value.toUpperCase() === 'NOT_NULL')
        return 'is not null';
    if (value.startsWith('!'))
        return '!=';
    return '=';
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/receivers.ts
/**
 * Who a call is made on, beyond what a chain states itself: the class a receiver holds (a repository's
 * injected model, `app(Book::class)`, a typed parameter, a helper's declared return), and which calls on a
 * model instance Eloquent forwards to a fresh query (`$this->book->where(…)`).
 */




/**
 * Model::__call / __callStatic: a method the model does not define runs on `newQuery()`. Only builder
 * methods are followed: an instance's own methods (save(), update(), delete()…) act on its row.
 */
const FORWARDED = new Set([
    'where', 'orwhere', 'wherein', 'wherenotin', 'wherenull', 'wherenotnull', 'wherebetween', 'wherekey',
    'wheredate', 'wherehas', 'wheredoesnthave', 'has', 'doesnthave', 'with', 'withcount', 'orderby',
    'orderbydesc', 'latest', 'oldest', 'find', 'findorfail', 'findmany', 'findor', 'first', 'firstorfail',
    'firstwhere', 'firstorcreate', 'firstornew', 'updateorcreate', 'get', 'all', 'paginate', 'simplepaginate',
    'cursorpaginate', 'count', 'exists', 'doesntexist', 'pluck', 'value', 'select', 'join', 'leftjoin', 'limit',
    'take', 'groupby', 'sum', 'max', 'min', 'avg', 'chunk', 'chunkbyid', 'cursor', 'lazy', 'withtrashed',
    'onlytrashed', 'withoutglobalscope', 'withoutglobalscopes', 'when', 'unless', 'tap', 'wherelike', 'sole',
]); // prettier-ignore
/**
 * Whether `$model->name(…)` on an instance starts a query: a builder method, one of its scopes, a method of
 * its own builder class or a builder macro.
 */
function forwardsToQuery(index, model, name, macros) {
    const lower = name.toLowerCase();
    const scoped = Object.keys(model.scopes).some((s) => s.toLowerCase() === lower);
    if (scoped)
        return true;
    const extended = (model.builder && builderMethod(index, model.builder, name)) || macros?.find(name, ['eloquent', 'query']);
    if (!extended && !FORWARDED.has(lower) && !/^(or)?where[A-Z]/.test(name))
        return false;
    // A method the app declares on the model (or its app parents and traits) is that method, not the builder's.
    const own = index.method(model.fqcn, name);
    return !own || /^scope/i.test(own.summary.name);
}
/**
 * Whether a method body OR-s something onto its parameter at the top level (`$q->orWhere(…)`): what it adds
 * then cannot be left out without changing the meaning of the rest.
 */
function orsOntoParameter(fn, param) {
    for (const expr of bodyExpressions(fn)) {
        if (expr.kind !== 'call')
            continue;
        const chain = flatten(expr);
        const root = chain.root;
        const rooted = (root.kind === 'variable' && nameOf(root) === param) ||
            (root.kind === 'call' &&
                children(root, 'arguments').some((a) => a.kind === 'variable' && nameOf(a) === param));
        if (!rooted)
            continue;
        if (chain.steps.some((s) => s.name !== null && /^or[A-Z]/.test(s.name) && s.name !== 'orderBy'))
            return true;
    }
    return false;
}
const injected = new WeakMap();
/**
 * The class an untyped property holds when the constructor sets it from a typed parameter
 * (`__construct(Activity $activity) { $this->activity = $activity; }`): constructor injection.
 */
function injectedClass(index, cls, prop) {
    let known = injected.get(index);
    if (!known)
        injected.set(index, (known = new Map()));
    const key = `${cls}::${prop}`.toLowerCase();
    if (known.has(key))
        return known.get(key) ?? null;
    known.set(key, null);
    const ctor = index.method(cls, '__construct');
    const fn = ctor?.node;
    let found = null;
    if (ctor && fn) {
        const typed = parameterClasses(fn, { index, scope: ctor.decl.scope, self: cls });
        for (const stmt of bodyStatements(fn)) {
            const e = stmt.kind === 'expressionstatement' ? child(stmt, 'expression') : null;
            if (e?.kind !== 'assign' || field(e, 'operator') !== '=')
                continue;
            const left = child(e, 'left');
            const right = child(e, 'right');
            if (left?.kind !== 'propertylookup' || right?.kind !== 'variable')
                continue;
            const owner = child(left, 'what');
            const offset = child(left, 'offset');
            if (owner?.kind !== 'variable' || nameOf(owner) !== 'this' || offset?.kind !== 'identifier')
                continue;
            if (nameOf(offset) !== prop)
                continue;
            found = typed.get(nameOf(right) ?? '') ?? null;
        }
    }
    known.set(key, found);
    return found;
}
/**
 * Whether a method may return a query started on its parameter (`return $query->where(…)`, or a local
 * assigned from such a chain): the only methods worth running for a caller that passes a model.
 */
function mayReturnQueryOf(fn, param) {
    const rooted = (e, names) => {
        if (!e)
            return false;
        const root = e.kind === 'call' || e.kind === 'propertylookup' ? flatten(e).root : e;
        return root.kind === 'variable' && names.has(nameOf(root) ?? '');
    };
    const names = new Set([param]);
    const returns = [];
    const visit = (n) => {
        if (!n)
            return;
        if (n.kind === 'closure' || n.kind === 'arrowfunc' || n.kind === 'function')
            return;
        if (n.kind === 'return') {
            const e = child(n, 'expr');
            if (e)
                returns.push(e);
            return;
        }
        if (n.kind === 'assign') {
            const left = child(n, 'left');
            if (left?.kind === 'variable' && rooted(child(n, 'right'), names))
                names.add(nameOf(left) ?? '');
        }
        for (const c of childNodes(n))
            visit(c);
    };
    for (const s of bodyStatements(fn))
        visit(s);
    return returns.some((e) => rooted(e, names));
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/repositories.ts
/**
 * Repositories: classes that hold no model in a typed property but name it, either as a `$model` property
 * default (`protected $model = Book::class`) or from a `model()` method (`return Book::class;`), the shape
 * of base repositories (prettus/l5-repository and the many hand-written ones). Their generic finders run
 * on that model; the package's own finders (vendor code the app does not ship) are read by name here.
 */


const cache = new WeakMap();
/** The model a repository class names, or null. */
function repositoryModel(index, models, cls) {
    let known = cache.get(index);
    if (!known)
        cache.set(index, (known = new Map()));
    const key = cls.toLowerCase();
    if (known.has(key))
        return known.get(key) ?? null;
    known.set(key, null);
    let found = null;
    if (!models.get(cls) && index.get(cls)) {
        const prop = index.propertyDefault(cls, 'model');
        if (typeof prop === 'string')
            found = models.get(prop) ?? models.get(soleImplementation(index, prop));
        const method = found ? null : index.method(cls, 'model');
        if (method?.node && method.summary.params.length === 0) {
            const v = returnValue('this', 'model', { positional: [], named: {} }, method.node, {
                index,
                budget: new CallBudget(4, 500),
                caller: index.contextFor(index.get(cls), cls),
            });
            // `return 'App\\Contracts\\Book';`: a contract the one model implementing it stands for.
            if (typeof v === 'string')
                found = models.get(v) ?? models.get(soleImplementation(index, v));
        }
    }
    known.set(key, found);
    return found;
}
/**
 * prettus/l5-repository's finders (BaseRepository): the builder calls each one makes on the model's query,
 * and whether it returns rows (`done`) or one model. Arguments keep their positions.
 */
const VENDOR_FINDERS = {
    find: { calls: [{ method: 'find', args: [0] }], returns: 'one' },
    findbyfield: {
        calls: [
            { method: 'where', args: [0, 1] },
            { method: 'get', args: [] },
        ],
        returns: 'rows',
    },
    findonebyfield: {
        calls: [
            { method: 'where', args: [0, 1] },
            { method: 'first', args: [] },
        ],
        returns: 'one',
    },
    findwhere: {
        calls: [
            { method: 'where', args: [0] },
            { method: 'get', args: [] },
        ],
        returns: 'rows',
    },
    findwherein: {
        calls: [
            { method: 'whereIn', args: [0, 1] },
            { method: 'get', args: [] },
        ],
        returns: 'rows',
    },
    findwherenotin: {
        calls: [
            { method: 'whereNotIn', args: [0, 1] },
            { method: 'get', args: [] },
        ],
        returns: 'rows',
    },
    findwherebetween: {
        calls: [
            { method: 'whereBetween', args: [0, 1] },
            { method: 'get', args: [] },
        ],
        returns: 'rows',
    },
};
const PACKAGE_BASES = ['prettus\\repository\\eloquent\\baserepository'];
/** A package finder called on a repository of the package (`$this->channels->findWhereIn('hostname', …)`). */
function vendorFinder(index, cls, method, args) {
    const finder = VENDOR_FINDERS[method.toLowerCase()];
    if (!finder || index.method(cls, method))
        return null;
    const root = nameKey(index.vendorRoot(cls));
    if (!root || !PACKAGE_BASES.includes(root))
        return null;
    return {
        calls: finder.calls.map((c) => ({
            method: c.method,
            args: c.args.map((i) => args[i]).filter((a) => !!a),
        })),
        returns: finder.returns,
    };
}
const implementations = new WeakMap();
/**
 * The one app class that implements an interface (`make(UserRepositoryInterface::class)`): the container
 * binding of an app with a single implementation can only be that class. Several, or none: unknown.
 */
function soleImplementation(index, iface) {
    const decl = index.get(iface);
    if (!decl || decl.kind !== 'interface')
        return null;
    let known = implementations.get(index);
    if (!known)
        implementations.set(index, (known = new Map()));
    const key = iface.toLowerCase();
    if (known.has(key))
        return known.get(key) ?? null;
    const found = index.classes.filter((c) => c.kind === 'class' && !c.isAbstract && c.fqcn.toLowerCase() !== key && index.isA(c.fqcn, iface));
    const one = found.length === 1 ? found[0].fqcn : null;
    known.set(key, one);
    return one;
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/walker.ts
/**
 * Walks one PHP file and follows every query chain: `Model::…`, `DB::table(…)`, `$user->orders()`,
 * builders kept in variables (`$q = Post::query(); $q->where(…); $q->get()`), raw SQL in DB::select.
 * Types are only those the code states: type hints, `new`/find()/first() results, `$this` in a model,
 * the auth user. Anything else is skipped, never guessed.
 */




























/** Keeps (or forgets) the string form a local is assigned, for LIKE patterns read from it. */
function notePattern(frame, name, operator, right) {
    if (!name)
        return;
    if (operator === '=' && isBuiltString(right))
        (frame.patterns ??= new Map()).set(name, right);
    else
        frame.patterns?.delete(name);
}
/** Nova's resource hooks: their second parameter is the resource model's query. */
const NOVA_HOOKS = new Set(['indexquery', 'detailquery', 'editquery', 'relatablequery', 'scoutquery']);
const ELOQUENT_BUILDERS = new Set(['illuminate\\database\\eloquent\\builder']);
const SELF_REFS = new Set(['parentreference', 'staticreference', 'selfreference']);
/** What a resource's base class returns as its model's query (Filament's getEloquentQuery()). */
const RESOURCE_QUERIES = new Set(['geteloquentquery', 'query', 'newquery']);
/** How deep builders are followed through methods that take them (`$this->filter($query)`). */
const THROUGH_DEPTH = 3;
/** Relation methods that insert the model their first argument holds (`save(new Seat)`, `saveMany([…])`). */
const SAVES_ARGUMENT = new Set(['save', 'savequietly', 'savemany', 'savemanyquietly']);
/** Collection methods that keep the same kind of rows. */
const COLLECTION_KEEPS = new Set([
    'filter',
    'where',
    'wherein',
    'sortby',
    'sortbydesc',
    'values',
    'take',
    'reject',
    'unique',
    'each',
    'items',
    'getcollection',
]);
/** Expressions evaluate() follows as a chain of calls and lookups. */
const CHAIN_KINDS = new Set(['call', 'propertylookup', 'nullsafepropertylookup', 'staticlookup']);
const walker_DB_FACADES = new Set(['illuminate\\support\\facades\\db', 'db']);
const AUTH_FACADES = new Set(['illuminate\\support\\facades\\auth', 'auth']);
const RAW_SELECTS = new Set([
    'select',
    'selectone',
    'selectfromwriteconnection',
    'cursor',
    'scalar',
    'update',
    'delete',
]);
class FileWalker {
    file;
    index;
    models;
    sink;
    host;
    macros;
    constructor(file, index, models, sink, host, macros) {
        this.file = file;
        this.index = index;
        this.models = models;
        this.sink = sink;
        this.host = host;
        this.macros = macros;
        this.template = (0,blade/* isBladeTemplate */.F)(file.path);
    }
    run() {
        const frame = { vars: new Map(), tracked: [], classes: new Map() };
        this.visitAll(children(this.file.ast, 'children'), {
            scope: newFileScope(this.file.path),
            selfFqcn: null,
            frame,
        });
        this.endFrame(frame);
    }
    env(ctx) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        const walker = this;
        const env = {
            index: this.index,
            models: this.models,
            scope: ctx.scope,
            selfFqcn: ctx.selfFqcn,
            problems: this.sink.problems,
            emit: (state) => this.emit(state),
            // Methods, not arrows: an Env copied with scope bindings must pass itself on.
            applyCallback(fn, state, join, param) {
                return applyCallbackTo(fn, state, this, join, param);
            },
            scopeMethod: (model, scope) => this.index.scopeMethod(model.fqcn, scope),
            host: this.host,
            macros: this.macros,
            // Only a variable's model: evaluating anything else could emit the queries it runs twice.
            modelOf: (n) => {
                const v = n.kind === 'variable' ? this.evaluate(n, ctx, true) : null;
                return v?.kind === 'model' ? v.model : null;
            },
            readsRequest: (n) => readsRequestInput(n, requestLocals(ctx)),
            patternOf: (name) => ctx.frame.patterns?.get(name),
            classOf: (n) => this.classOf(n, ctx),
            // A method: a scope's env (its file, its parameters' classes) passes itself on.
            passQuery(call, state, param) {
                return walker.passQuery(call, state, param, this);
            },
        };
        if (ctx.bindings)
            env.bindings = ctx.bindings;
        if (ctx.frame.choices?.size)
            env.bindings = new Map([...(ctx.bindings ?? []), ...ctx.frame.choices]);
        return env;
    }
    /** Keeps (or forgets) what a local holds when a sort choice can be read from it. */
    noteChoice(name, right, ctx) {
        const v = CHOICE_SOURCES.has(right.kind) ? evaluate(right, evalContext(this.env(ctx))) : null;
        if (v !== null && keptForChoices(v))
            (ctx.frame.choices ??= new Map()).set(name, v);
        else
            ctx.frame.choices?.delete(name);
    }
    /** A Blade template: its variables have no declared types, only what `@var` docblocks say. */
    template;
    /**
     * A docblock in a template's `@php` block (`@var \App\Models\User $user`): the variable holds that class
     * from the next statement on. The only way a template states a variable's type; a union of classes says nothing.
     */
    declaredLocals(node, ctx) {
        for (const c of node.leadingComments) {
            const doc = field(c, 'value');
            if (c.kind !== 'commentblock' || typeof doc !== 'string' || !doc.startsWith('/**'))
                continue;
            for (const [name, type] of varDocTypes(doc, ctx.scope)) {
                const cls = type.names.length === 1 && !type.names[0].endsWith('[]') ? type.names[0] : null;
                const value = this.classValue(cls);
                ctx.frame.vars.set(name, value);
                if (value && cls)
                    ctx.frame.classes.set(name, cls);
                else
                    ctx.frame.classes.delete(name);
            }
        }
    }
    /** Line of the statement being walked. */
    statementLine;
    /** Set while a method is run for a caller: its own queries are that file's, emitted when it is walked. */
    muted = 0;
    /** Methods being run for a caller, against recursion. */
    through = [];
    /** The class being walked: with the file, it says where the queries run. */
    currentClass = null;
    /** The method being walked (lower case), closures inside it included. */
    currentMethod = null;
    /** Set while a chain whose rows the code deletes one by one is read (deleted-rows.ts). */
    deletingRows = 0;
    /** placeOf() by class: the same for every query of a class, and asked for each. */
    places = new Map();
    place() {
        let place = this.places.get(this.currentClass);
        if (!place) {
            place = placeOf(this.file.path, this.currentClass, this.index);
            this.places.set(this.currentClass, place);
        }
        return place;
    }
    emit(state) {
        if (this.muted)
            return;
        // Laravel's model:prune deletes what a model's prunable() query matches.
        if (this.currentMethod === 'prunable' || this.deletingRows > 0)
            state.deletes = true;
        for (const shape of variantShapes(state, finishState))
            this.add(shape);
    }
    add(shape) {
        shape.place = this.place();
        this.sink.add(shape, this.statementLine);
    }
    /**
     * `$license->seats()->save(new LicenseSeat)` on a receiver the code does not type: the model built in the
     * argument (or in the array saveMany() takes) is a new row of its table all the same.
     */
    newModelsSaved(step, ctx, location) {
        const arg = step.args[0];
        if (!arg)
            return;
        const built = arg.kind === 'array' ? arrayEntries(arg).map((e) => e.value) : [arg];
        for (const n of built) {
            const model = this.builtModel(n, ctx);
            if (model)
                this.write([model.table], step.name, location);
        }
    }
    /** The model a `new X(…)` expression builds; null for any other expression or class. */
    builtModel(node, ctx) {
        const cls = node.kind === 'new' ? child(node, 'what') : null;
        return cls ? this.models.get(this.index.resolveRef(cls, ctx.scope, ctx.selfFqcn)) : null;
    }
    /** Tables a statement adds rows to, with where it runs; a method run for a caller is its own file's. */
    write(tables, method, location, pivot) {
        if (this.muted || !this.sink.write)
            return;
        const place = this.place();
        for (const table of tables) {
            const through = pivot?.pivot === table ? pivot.pivotOwner : undefined;
            this.sink.write({
                table,
                method: method.toLowerCase(),
                place,
                location,
                ...(through ? { through } : {}),
            });
        }
    }
    /** A query that loads every row of its table, with where it runs. */
    noteWholeRead(state, method, args) {
        if (this.muted || !this.sink.wholeRead || !readsWholeTable(state, method, args))
            return;
        const place = this.place();
        this.sink.wholeRead({
            table: state.table,
            method: method.toLowerCase(),
            place,
            location: state.location,
        });
    }
    endFrame(frame) {
        for (const t of frame.tracked)
            if (!t.emitted)
                this.emit(t.state);
    }
    visitAll(nodes, ctx) {
        for (const n of nodes)
            this.visit(n, ctx);
    }
    visit(node, ctx) {
        if (!node)
            return;
        if (this.template && node.leadingComments)
            this.declaredLocals(node, ctx);
        if (node.kind === 'return' && ctx.frame.returns) {
            const expr = child(node, 'expr');
            ctx.frame.returns.push(expr ? this.evaluate(expr, ctx, true) : null);
            return;
        }
        if (node.kind === 'expressionstatement' || node.kind === 'return' || node.kind === 'echo') {
            const saved = this.statementLine;
            this.statementLine = lineOf(node);
            this.visitAll(childNodes(node), ctx);
            this.statementLine = saved;
            return;
        }
        switch (node.kind) {
            case 'namespace': {
                const scope = newFileScope(ctx.scope.file, field(node, 'name') ?? '');
                this.visitAll(children(node, 'children'), { ...ctx, scope });
                return;
            }
            case 'usegroup':
                addUses(ctx.scope, node);
                return;
            case 'class':
            case 'trait':
            case 'enum': {
                // The name the class index knows it by (anonymous classes by file and line).
                const name = nameOf(child(node, 'name'));
                const selfFqcn = node.isAnonymous
                    ? anonymousClassName(ctx.scope.file, lineOf(node))
                    : name
                        ? joinNs(ctx.scope.namespace, name)
                        : null;
                const outer = this.currentClass;
                this.currentClass = selfFqcn;
                this.visitAll(children(node, 'body'), { ...ctx, selfFqcn });
                this.currentClass = outer;
                return;
            }
            case 'method':
            case 'function':
            case 'closure':
            case 'arrowfunc':
                this.visitFunction(node, ctx);
                return;
            case 'assign':
                this.visitAssign(node, ctx);
                return;
            case 'foreach':
                this.visitForeach(node, ctx);
                return;
            case 'if':
            case 'switch': {
                // A branch taken only on another database driver sends no MariaDB query.
                const taken = driverBranches(node);
                if (taken)
                    this.visitAll(taken, ctx);
                else
                    this.visitBranches(node, ctx);
                return;
            }
            case 'call':
            case 'propertylookup':
            case 'nullsafepropertylookup':
            case 'staticlookup':
                this.evaluate(node, ctx, false);
                return;
            case 'array':
                this.validationRules(node, ctx);
                break;
        }
        this.visitAll(childNodes(node), ctx);
    }
    /**
     * `['email' => 'required|unique:users,email', 'team_id' => [Rule::exists('teams', 'id')]]`: the database
     * rules of a rules array, each the count query Laravel's presence verifier sends (validation-rules.ts).
     */
    validationRules(node, ctx) {
        for (const entry of children(node, 'items')) {
            const key = entry.kind === 'entry' ? child(entry, 'key') : null;
            const attribute = key?.kind === 'string' ? field(key, 'value') : null;
            const value = entry.kind === 'entry' ? child(entry, 'value') : null;
            if (!attribute || !value)
                continue;
            const values = value.kind === 'array' ? children(value, 'items').map((i) => child(i, 'value')) : [value];
            for (const v of values) {
                if (!v)
                    continue;
                if (v.kind === 'call')
                    this.ruleChain(v, attribute, ctx);
                else {
                    const text = this.ruleText(v, ctx);
                    for (const rule of text === null ? [] : databaseRules(text))
                        this.ruleQuery(rule, attribute, v, ctx);
                }
            }
        }
    }
    /**
     * A rule string, with COMPUTED where the code concatenates a value (`'unique:users,email,' . $id`); null
     * when the value is no string literal or concatenation of one.
     */
    ruleText(node, ctx) {
        // Most keyed arrays hold no rule: the literal parts say so before anything is evaluated.
        const skeleton = literalText(node, () => COMPUTED);
        if (skeleton === null || !DATABASE_RULE.test(skeleton))
            return null;
        const env = evalContext(this.env(ctx));
        return literalText(node, (n) => {
            const v = evaluate(n, env);
            return typeof v === 'string' ? v : COMPUTED;
        });
    }
    /** `Rule::unique('users', 'email')->ignore($id)->where(…)`: the rule, then the builder's own methods. */
    ruleChain(node, attribute, ctx) {
        const chain = flatten(node);
        const [first, ...rest] = chain.steps;
        const name = first?.kind === 'static' ? first.name?.toLowerCase() : null;
        if (name !== 'unique' && name !== 'exists')
            return;
        if (this.index.resolveRef(chain.root, ctx.scope, ctx.selfFqcn)?.toLowerCase() !==
            'illuminate\\validation\\rule')
            return;
        const env = this.env(ctx);
        const args = first.args.map((a) => evaluate(a, evalContext(env)));
        const params = args.map((a) => (typeof a === 'string' ? a : COMPUTED));
        const rule = parseRule(name, params.length ? params : [COMPUTED]);
        if (rule)
            this.ruleQuery(rule, attribute, node, ctx, rest);
    }
    /** The count query of one rule, with the chain's further steps (a Rule:: object's) applied. */
    ruleQuery(rule, attribute, node, ctx, steps = []) {
        // `unique:App\Models\User`: the model's table and key; a class that is no model of the app says nothing.
        const byClass = rule.table.includes('\\');
        const model = byClass ? this.models.get(rule.table) : undefined;
        if (byClass && !model)
            return;
        const table = model?.table ?? rule.table;
        const column = rule.column ?? attributeColumn(attribute);
        if (!column)
            return;
        const location = { file: this.file.path, line: lineOf(node) };
        const state = newState(table, null, 'builder', location, `${rule.rule} rule on ${attribute}`);
        const key = model?.primaryKey ?? 'id';
        const via = `rule:${rule.rule}`;
        const add = (column, op) => state.where.push({ column, op, via });
        add(column, '=');
        if (rule.except)
            add(rule.except, '!=');
        for (const e of rule.extra)
            add(e.column, e.op);
        const env = this.env(ctx);
        const value = (n) => (n ? evaluate(n, evalContext(env)) : null);
        for (const step of steps) {
            const m = step.name?.toLowerCase();
            if (m === 'ignore') {
                // ignore($id, 'user_id'): the key column the call names, else the model's (or `id`).
                const named = value(step.args[1]);
                add(typeof named === 'string' ? named : key, '!=');
            }
            else if (m === 'withouttrashed') {
                const named = value(step.args[0]);
                add(typeof named === 'string' ? named : 'deleted_at', 'is null');
            }
            else if (m && RULE_WHERES.has(m))
                applyMethod(state, step.name, step.args, env);
            else
                unknownPiece(state, `${step.name ?? 'a dynamic method'}() of the ${rule.rule} rule is not read`);
        }
        this.emit(state);
    }
    /**
     * `if ($request->filled('x')) { $q->where('x', …); }`: the test is read, then each branch on its own; what
     * a branch adds to a query held in a variable is optional (optional.ts), not AND-ed with the other branches.
     */
    visitBranches(node, ctx) {
        // `if … elseif … else` is one conditional with three arms; each test runs before its arm.
        if (node.kind === 'switch')
            this.visit(child(node, 'test'), ctx);
        const { arms, exhaustive, defaultArm } = armsOf(node);
        // An `else` (or a later `elseif`) runs because of the tests before it; a `switch`'s cases by its subject.
        const locals = requestLocals(ctx);
        const armInput = [];
        const subject = node.kind === 'switch' && readsRequestInput(child(node, 'test'), locals);
        for (const arm of arms)
            armInput.push(subject || armInput.some(Boolean) || readsRequestInput(arm.test, locals));
        const states = new Set();
        for (const v of ctx.frame.vars.values())
            if (v?.kind === 'builder')
                states.add(v.state);
        for (const t of ctx.frame.tracked)
            if (!t.emitted)
                states.add(t.state);
        for (const v of ctx.thisProps?.values() ?? [])
            if (v?.kind === 'builder')
                states.add(v.state);
        runBranches(states, arms.map((arm) => () => {
            this.visit(arm.test, ctx);
            // `case 'restore': $assets = Asset::find($ids); return view(…);`: an arm that returns keeps its
            // assignments to itself; the code after the conditional still sees the values from before it.
            const before = armExits(arm.body) ? new Map(ctx.frame.vars) : null;
            this.visit(arm.body, ctx);
            if (before) {
                ctx.frame.vars.clear();
                for (const [k, v] of before)
                    ctx.frame.vars.set(k, v);
            }
        }), exhaustive, defaultArm, armInput, arms.map((arm) => arm.body ? { file: ctx.scope.file, line: lineOf(firstStatement(arm.body)) } : undefined));
    }
    visitFunction(node, ctx) {
        const vars = new Map();
        if (node.kind === 'arrowfunc')
            for (const [k, v] of ctx.frame.vars)
                vars.set(k, v);
        if (node.kind === 'closure') {
            for (const u of children(node, 'uses')) {
                const n = nameOf(u);
                if (n && ctx.frame.vars.has(n))
                    vars.set(n, ctx.frame.vars.get(n) ?? null);
            }
        }
        const typed = parameterClasses(node, { index: this.index, scope: ctx.scope, self: ctx.selfFqcn });
        const bound = this.isControllerAction(node, ctx);
        for (const p of children(node, 'arguments')) {
            const pname = paramName(p);
            if (!pname)
                continue;
            const value = this.classValue(typed.get(pname) ?? null);
            // Route model binding hands a controller action the row the URL names: its save() updates it.
            vars.set(pname, value?.kind === 'model' && !bound ? { ...value, param: true } : value);
        }
        const classes = new Map(typed);
        if (node.kind === 'arrowfunc' || node.kind === 'closure')
            for (const [k, v] of ctx.frame.classes)
                if (!classes.has(k))
                    classes.set(k, v);
        const frame = { vars, tracked: [], classes };
        this.resourceQueries(node, ctx, typed, frame);
        const inner = { ...ctx, frame };
        const body = child(node, 'body');
        const outerMethod = this.currentMethod;
        if (node.kind === 'method')
            this.currentMethod = nameOf(child(node, 'name'))?.toLowerCase() ?? null;
        if (body)
            this.visit(body, inner);
        this.endFrame(frame);
        this.currentMethod = outerMethod;
    }
    /**
     * Admin resources (Filament, Nova) and repositories name their model (`static $model = Post::class`): a
     * parameter typed as an Eloquent builder there (`modifyQueryUsing(fn (Builder $query) => …)`,
     * `getEloquentQuery`), and the query Nova passes its hooks (`indexQuery($request, $query)`), is a query of
     * that model, sent when the function ends.
     */
    resourceQueries(node, ctx, typed, frame) {
        if (this.queryCallbacks.has(node))
            return;
        const hook = node.kind === 'method' && NOVA_HOOKS.has(nameOf(child(node, 'name'))?.toLowerCase() ?? '');
        const builders = [...typed.values()].some((t) => ELOQUENT_BUILDERS.has(nameKey(t)));
        if (!hook && !builders)
            return;
        const model = ctx.selfFqcn ? repositoryModel(this.index, this.models, ctx.selfFqcn) : null;
        if (!model)
            return;
        children(node, 'arguments').forEach((p, i) => {
            const pname = paramName(p);
            if (!pname)
                return;
            const builderTyped = ELOQUENT_BUILDERS.has(nameKey(typed.get(pname)) ?? '');
            if (!builderTyped && !(hook && i === 1))
                return;
            const location = { file: this.file.path, line: lineOf(node) };
            const state = newState(model.table, model, 'eloquent', location, `${model.className} query (${pname})`);
            frame.vars.set(pname, { kind: 'builder', state, tracked: true });
            frame.tracked.push({ state, emitted: false });
        });
    }
    /**
     * What a property of the class holds (Livewire, jobs, mailables): its declared, promoted or documented
     * (`@var`, `@property`) type, through parents and traits. A union of several classes says nothing.
     */
    propertyValue(cls, prop) {
        const type = cls ? this.index.propertyType(cls, prop) : null;
        return type?.names.length === 1 ? this.classValue(classOfType(type, cls)) : null;
    }
    /** A public method of a controller: the router calls it, binding its model-typed parameters to rows. */
    isControllerAction(node, ctx) {
        if (node.kind !== 'method' ||
            node.isStatic ||
            node.visibility === 'private' ||
            node.visibility === 'protected')
            return false;
        const cls = ctx.selfFqcn;
        // Magic methods are PHP's, not routes: all but __invoke, a single-action controller's one action.
        const name = nameOf(node)?.toLowerCase();
        if (!cls || (name?.startsWith('__') && name !== '__invoke'))
            return false;
        const decl = this.index.get(cls);
        return !!decl && isHttpController(this.index, decl);
    }
    /** A declared class → what we know about a value of it. */
    classValue(fq) {
        if (!fq)
            return null;
        const model = this.models.get(fq);
        if (model)
            return { kind: 'model', model };
        if (/(^|\\)(\w*Request)$/.test(fq))
            return { kind: 'request' };
        return null;
    }
    /** `foreach (User::all() as $user)`: the loop variable holds one of those models. */
    visitForeach(node, ctx) {
        const source = child(node, 'source');
        const value = child(node, 'value');
        const name = value?.kind === 'variable' ? nameOf(value) : null;
        // `foreach (Log::where(…)->cursor() as $log) { $log->delete(); }`: the query deletes what it matches.
        const body = child(node, 'body');
        // Only a query sent here can be marked: rows fetched earlier into a variable were sent already.
        const deleting = !!name && !!body && !!source && CHAIN_KINDS.has(source.kind) && deletesVariable([body], name);
        if (deleting)
            this.deletingRows++;
        const rows = source ? this.evaluate(source, ctx, false) : null;
        if (deleting)
            this.deletingRows--;
        if (name)
            ctx.frame.vars.set(name, rows?.kind === 'collection' ? { kind: 'model', model: rows.model } : null);
        // `foreach ($this->filters() as $name => $value)` over the request's input: its keys and values are input.
        const input = source && this.inputOf(source, ctx);
        for (const v of [child(node, 'key'), value])
            if (v?.kind === 'variable' && nameOf(v))
                noteInput(ctx.frame, nameOf(v), input || null);
        this.visit(body, ctx);
    }
    visitAssign(node, ctx) {
        const left = child(node, 'left');
        const right = child(node, 'right');
        if (left?.kind === 'variable')
            notePattern(ctx.frame, nameOf(left), field(node, 'operator'), right);
        if (left?.kind === 'variable' && field(node, 'operator') === '=' && right) {
            const name = nameOf(left);
            let value = this.evaluate(right, ctx, true);
            if (name) {
                const cls = value ? null : this.classOf(right, ctx);
                if (cls)
                    ctx.frame.classes.set(name, cls);
                else
                    ctx.frame.classes.delete(name);
                value ??= this.passedThrough(ctx.frame.vars.get(name) ?? null, right, name, ctx);
                value ??= this.builtBy(right, cls, ctx);
                value ??= this.classValue(cls);
                if (!value)
                    this.noteChoice(name, right, ctx);
                else
                    ctx.frame.choices?.delete(name);
                noteInput(ctx.frame, name, value ? null : right);
                if (value?.kind === 'builder' && !value.tracked) {
                    const t = { state: value.state, emitted: false };
                    ctx.frame.tracked.push(t);
                    ctx.frame.vars.set(name, { kind: 'builder', state: value.state, tracked: true });
                }
                else
                    ctx.frame.vars.set(name, value);
            }
            return;
        }
        // `$this->builder = $builder` in a method run for a caller: the object's later methods read it.
        const prop = left?.kind === 'propertylookup' ? walker_thisProperty(left) : null;
        if (prop && ctx.thisProps && field(node, 'operator') === '=' && right) {
            const value = this.evaluate(right, ctx, true);
            ctx.thisProps.set(prop, value?.kind === 'builder' ? { ...value, tracked: true } : value);
            return;
        }
        this.visitAll(childNodes(node), ctx);
    }
    /**
     * The expression a loop's source reads input through: the source itself, or what `$this->filters()`
     * returns (`$this->request->all()`). Null when neither reads the request's input.
     */
    inputOf(source, ctx) {
        if (readsRequestInput(source, requestLocals(ctx)))
            return source;
        const chain = source.kind === 'call' ? flatten(source) : null;
        const step = chain?.steps.length === 1 ? chain.steps[0] : null;
        if (!chain || !step?.name || !isThis(chain.root) || !ctx.selfFqcn)
            return null;
        const fn = this.index.method(ctx.selfFqcn, step.name)?.node;
        const returned = fn ? bodyExpressions(fn).filter((e) => e.kind !== 'assign') : [];
        return returned.find((e) => readsRequestInput(e, NAMED_REQUEST)) ?? null;
    }
    /** Follows an expression; emits the queries it runs. `consumed`: the result is kept in a variable. */
    evaluate(node, ctx, consumed) {
        if (node.kind === 'variable') {
            const n = nameOf(node);
            if (n === 'this')
                return this.thisValue(ctx);
            return n ? (ctx.frame.vars.get(n) ?? null) : null;
        }
        if (node.kind === 'new') {
            this.visitAll(children(node, 'arguments'), ctx);
            const model = this.builtModel(node, ctx);
            return model ? { kind: 'model', model, built: true } : null;
        }
        if (node.kind === 'clone') {
            const v = this.evaluate(child(node, 'what') ?? node, ctx, true);
            if (v?.kind === 'builder')
                return { kind: 'builder', state: cloneState(v.state), tracked: false };
            return v;
        }
        if (!CHAIN_KINDS.has(node.kind)) {
            this.visit(node, ctx);
            return null;
        }
        const chain = flatten(node);
        const env = this.env(ctx);
        let value = this.rootValue(chain.root, chain.steps[0]?.kind === 'static', ctx);
        let steps = chain.steps;
        const location = this.callerLocation ?? { file: this.file.path, line: lineOf(chain.root) };
        let code = ChainCode.of(chain.root);
        // `$this->user->orders()` in a class with a typed `$user` property (not a model's own relation).
        const first = steps[0];
        const onThis = isThis(chain.root);
        const held = onThis && first?.kind === 'prop' && first.name && ctx.thisProps?.get(first.name)
            ? (ctx.thisProps.get(first.name) ?? null)
            : onThis && first?.kind === 'prop' && first.name && !this.models.get(ctx.selfFqcn)
                ? this.propertyValue(ctx.selfFqcn, first.name)
                : null;
        if (held) {
            value = held;
            code = code.then(first);
            steps = steps.slice(1);
        }
        // The expression each step is called on: its class may say what the step does.
        let receiver = held && first ? first.node : chain.root;
        // `Model::method()` / `DB::table()`: the root is a class; its first step starts the query.
        if (steps[0]?.kind === 'static') {
            const first = steps[0];
            code = code.then(first);
            value = this.staticStart(chain.root, first, ctx, env, location, code);
            // `parent::getEloquentQuery()` in a resource naming its model.
            if (!value && first.name && SELF_REFS.has(chain.root.kind)) {
                const model = ctx.selfFqcn ? repositoryModel(this.index, this.models, ctx.selfFqcn) : null;
                if (model && RESOURCE_QUERIES.has(first.name.toLowerCase()))
                    value = {
                        kind: 'builder',
                        state: newState(model.table, model, 'eloquent', location, code.toString()),
                        tracked: false,
                    };
            }
            // `self::filter($query)`, `Filters::apply($query)`: a builder passed through a method.
            if (!value) {
                const cls = this.index.resolveRef(chain.root, ctx.scope, ctx.selfFqcn);
                value = this.throughCall(cls, first, ctx, SELF_REFS.has(chain.root.kind));
            }
            this.noteQueryCallbacks(value, first);
            receiver = first.node;
            steps = steps.slice(1);
        }
        // `->cursor()->each(fn ($log) => $log->delete())`: the query deletes what it matches (deleted-rows.ts).
        const deletingEach = deletesEachRow(steps, 0);
        if (deletingEach)
            this.deletingRows++;
        for (const step of steps) {
            code = code.then(step);
            // `$this->book->where(…)`, `app(Book::class)->…`, `$repo->model()->…`: the receiver's class says.
            const cls = value ? null : this.classOf(receiver, ctx);
            if (!value)
                value = this.classValue(cls);
            this.noteQueryCallbacks(value, step);
            let next = this.applyStep(value, step, ctx, env, location, code);
            if (!next && !value && cls)
                next = this.repositoryStep(cls, step, ctx, env, location, code);
            const self = receiver === chain.root && onThis;
            if (!next && step.kind === 'call' && step.name === null && self)
                this.dynamicCall(step, ctx);
            else if (!next && step.kind === 'call' && value?.kind !== 'builder')
                // `$this->sinceDays($query, 7)` in a model: a method of the model's class.
                next = this.throughCall(cls ?? (value?.kind === 'model' ? value.model.fqcn : null), step, ctx, self);
            // `$this->activity` passed on: the model an injected property holds.
            if (!next && step.kind === 'prop' && !value)
                next = this.classValue(this.classOf(step.node, ctx));
            value = next;
            receiver = step.node;
        }
        if (deletingEach)
            this.deletingRows--;
        // Arguments may hold queries of their own (closures, subqueries passed around).
        for (const step of chain.steps)
            for (const a of step.args)
                if (!this.passed.has(a))
                    this.visit(a, ctx);
        if (chain.root.kind === 'call')
            this.visitAll(children(chain.root, 'arguments'), ctx);
        if (value?.kind === 'builder' && !value.tracked && !consumed)
            this.emit(value.state);
        return value;
    }
    /** Where the queries of a repository method run for a caller are reported: at the caller. */
    callerLocation = null;
    /**
     * A step on a repository (a class naming its model, repositories.ts): `$this->model` is that model, and
     * the package's finders (`findWhereIn('hostname', …)`) are its builder calls.
     */
    repositoryStep(cls, step, ctx, env, location, code) {
        if (step.name === null)
            return null;
        const model = repositoryModel(this.index, this.models, cls);
        if (!model)
            return null;
        if (step.kind === 'prop')
            return step.name === 'model' ? { kind: 'model', model } : null;
        // `$this->orders->create($data)`: a repository's create/updateOrCreate adds rows to its model's table.
        if (addsRows(step.name)) {
            this.write([model.table], step.name, location);
            return { kind: 'model', model };
        }
        const finder = vendorFinder(this.index, cls, step.name, step.args);
        if (!finder)
            return null;
        const state = newState(model.table, model, 'eloquent', location, code.toString());
        for (const call of finder.calls)
            applyMethod(state, call.method, call.args, env);
        this.emit(state);
        return finder.returns === 'one' ? { kind: 'model', model } : { kind: 'collection', model };
    }
    /** Arguments already followed as builders passed through a method: not walked again. */
    passed = new Set();
    /**
     * Closures handed to a method of a query (`where(function (Builder $q) {…})`, `when(…)`, `whereHas(…)`):
     * the builder runs them as part of that query, so their builder-typed parameter is no query of its own.
     */
    queryCallbacks = new WeakSet();
    noteQueryCallbacks(value, step) {
        if (value?.kind !== 'builder' && value?.kind !== 'model')
            return;
        for (const a of step.args)
            if (a.kind === 'closure' || a.kind === 'arrowfunc')
                this.queryCallbacks.add(a);
    }
    /** The class an expression holds, as far as the code states it (PHP layer's types, Laravel's container). */
    /**
     * `$department = $request->handleImages($department)`: a method handed the variable's own model, whose
     * result is assigned back to it, gives that model back (new or read), as such helpers do. Not when the
     * method declares a return type other than that model's class (`: array`, `: JsonResponse`).
     */
    passedThrough(before, right, name, ctx) {
        if (before?.kind !== 'model' || right.kind !== 'call')
            return null;
        const what = child(right, 'what');
        if (!what || !['propertylookup', 'nullsafepropertylookup', 'staticlookup'].includes(what.kind))
            return null;
        const args = children(right, 'arguments');
        if (!args.some((a) => a.kind === 'variable' && nameOf(a) === name))
            return null;
        const owner = this.classOf(child(what, 'what') ?? what, ctx);
        const called = calledMethod(right);
        const method = owner && called ? this.index.signature(owner, called) : null;
        const declared = method?.summary.returnType?.names ?? [];
        const same = (n) => n === 'static' || n === 'self' || n.toLowerCase() === before.model.fqcn.toLowerCase();
        return declared.every(same) ? before : null;
    }
    /**
     * `$invitation = InvitationFactory::create(…)`: the model a called method builds and returns (its every
     * `return` gives a `new` instance), as a new one. `cls` is the class the call is declared to return.
     */
    builtBy(right, cls, ctx) {
        const model = cls ? this.models.get(cls) : undefined;
        const what = right.kind === 'call' ? child(right, 'what') : null;
        const called = what ? calledMethod(right) : null;
        if (!model || !what || !called)
            return null;
        const target = child(what, 'what');
        const owner = what.kind === 'staticlookup'
            ? target && this.index.resolveRef(target, ctx.scope, ctx.selfFqcn)
            : target && this.classOf(target, ctx);
        const fn = owner ? this.index.method(owner, called)?.node : null;
        return fn && returnsBuiltModel(fn) ? { kind: 'model', model, built: true } : null;
    }
    classOf(node, ctx) {
        const memo = (ctx.frame.memo ??= new Map());
        if (memo.has(node))
            return memo.get(node) ?? null;
        const cls = this.classOfUncached(node, ctx);
        memo.set(node, cls);
        return cls;
    }
    classOfUncached(node, ctx) {
        const tctx = {
            index: this.index,
            scope: ctx.scope,
            self: ctx.selfFqcn,
            locals: ctx.frame.classes,
            host: laravelTypes,
        };
        if (node.kind === 'propertylookup' || node.kind === 'nullsafepropertylookup') {
            // A property typed with a union of classes (`User|Order`) says nothing about which one it holds.
            const owner = classOfExpression(child(node, 'what'), tctx);
            const offset = child(node, 'offset');
            const prop = offset?.kind === 'identifier' ? nameOf(offset) : null;
            const type = owner && prop ? this.index.propertyType(owner, prop) : null;
            if (type && type.names.length > 1)
                return null;
            if (!type && owner && prop && child(node, 'what')?.kind === 'variable')
                return injectedClass(this.index, owner, prop) ?? classOfExpression(node, tctx);
        }
        const cls = classOfExpression(node, tctx);
        return (cls && soleImplementation(this.index, cls)) ?? cls;
    }
    /**
     * `$this->restrict(View::query(), …)`, `$filters->apply($query)`: a builder passed to an app method, which
     * adds its clauses to that same object (PHP passes objects by handle) and may return it. The method is run
     * for this call, its parameters bound to the arguments; its own queries are left to its file. What it
     * adds that cannot be read is one unknown piece of the chain, unless it ORs onto the query.
     */
    throughCall(cls, step, ctx, onThis = false) {
        if (!cls || step.name === null || this.through.length >= THROUGH_DEPTH)
            return null;
        const found = this.index.method(cls, step.name);
        const fn = found?.node;
        if (!found || !fn)
            return null;
        const key = `${found.decl.fqcn}::${step.name}`.toLowerCase();
        if (this.through.includes(key))
            return null;
        let at = -1;
        let arg = null;
        /** Models passed (`$this->restrict($this->activity, …)`): the method's queries on them are the caller's. */
        const models = new Map();
        step.args.forEach((a, i) => {
            if (at >= 0 || !['variable', 'call', 'staticlookup', 'propertylookup', 'clone'].includes(a.kind))
                return;
            const v = this.evaluate(a, ctx, true);
            this.passed.add(a);
            if (v?.kind === 'model')
                models.set(i, v);
            if (v?.kind === 'builder') {
                at = i;
                arg = v;
            }
        });
        const params = children(fn, 'arguments');
        const pname = at >= 0 && params[at] ? paramName(params[at]) : null;
        const env = this.env(ctx);
        const inner = { ...env, scope: found.decl.scope, selfFqcn: cls, bindings: undefined };
        const bindings = bindArguments(found, evaluateArgs(step.args, evalContext(env)), evalContext(inner));
        const typed = parameterClasses(fn, { index: this.index, scope: found.decl.scope, self: cls });
        const vars = new Map();
        for (const [k, v] of typed) {
            const value = this.classValue(v);
            vars.set(k, value?.kind === 'model' ? { ...value, param: true } : value);
        }
        // A call on the same object shares its properties (`$this->entityFilter()` reads `$this->builder`).
        const props = onThis && ctx.thisProps ? ctx.thisProps : new Map();
        const holds = [...props.values()].some((v) => v?.kind === 'builder');
        if (!holds && (!arg || !pname || arg?.kind !== 'builder')) {
            // A repository's finder (`$users->findFirstWhere([['external_id', '=', $id]])`): its queries are this
            // caller's, with these arguments; reported here. A method given a model returns the query it starts
            // on it to the caller (its own statements stay its file's). Any other method is its own file's.
            let returnsQuery = false;
            for (const [i, v] of models) {
                const name = params[i] ? paramName(params[i]) : null;
                if (name)
                    vars.set(name, v);
                if (name && mayReturnQueryOf(fn, name))
                    returnsQuery = true;
            }
            const repository = !returnsQuery && !!repositoryModel(this.index, this.models, cls);
            if (!repository && !returnsQuery)
                return null;
            const frame = { vars, tracked: [], classes: typed, returns: [] };
            const outer = this.callerLocation;
            this.callerLocation ??= { file: this.file.path, line: lineOf(step.node) };
            this.through.push(key);
            if (!repository)
                this.muted++;
            try {
                this.visit(child(fn, 'body'), { scope: found.decl.scope, selfFqcn: cls, frame, bindings });
                this.endFrame(frame);
            }
            finally {
                if (!repository)
                    this.muted--;
                this.through.pop();
                this.callerLocation = outer;
            }
            const returned = frame.returns?.find((v) => v?.kind === 'builder' || v?.kind === 'model') ?? null;
            return returned?.kind === 'builder' ? { ...returned, tracked: false } : returned;
        }
        const held = arg && pname ? arg : null;
        if (held && pname)
            vars.set(pname, { kind: 'builder', state: held.state, tracked: true });
        // The queries the method may add to: the one passed, and those the object holds.
        const befores = new Map();
        for (const v of [held, ...props.values()])
            if (v?.kind === 'builder' && !befores.has(v.state))
                befores.set(v.state, cloneState(v.state));
        // Marked when the method runs the passed query itself (`return $query->paginate()`).
        const run = held ? { state: held.state, emitted: false } : null;
        const frame = { vars, tracked: run ? [run] : [], classes: typed, returns: [] };
        this.through.push(key);
        this.muted++;
        try {
            const inner = { scope: found.decl.scope, selfFqcn: cls, frame, bindings, thisProps: props };
            this.visit(child(fn, 'body'), inner);
        }
        finally {
            this.muted--;
            this.through.pop();
        }
        for (const [state, before] of befores) {
            this.reached.add(state);
            const ored = state === held?.state && pname && orsOntoParameter(fn, pname);
            if (state.unknown && !before.unknown && !ored) {
                Object.assign(state, before);
                unknownPiece(state, `what ${step.name}() adds is not read`);
            }
        }
        const returned = frame.returns?.find((v) => v?.kind === 'builder' && befores.has(v.state));
        if (returned?.kind === 'builder')
            return {
                kind: 'builder',
                state: returned.state,
                tracked: returned.state === held?.state && held.tracked,
            };
        // `return $this->listResponse(Post::where(…))`: a chain no local holds, run by the method, is this
        // caller's query (one held in a local is sent when the caller's function ends).
        if (held && run?.emitted && !held.tracked)
            this.emit(held.state);
        return null;
    }
    /** Queries a method was run for (throughCall): passQuery tells a call it could not follow by them. */
    reached = new WeakSet();
    /**
     * A scope that hands its query to another object (`return $filters->apply($query)`): the call is run as
     * the scope's code, its parameters holding the classes the caller passed. Null: nothing read it.
     */
    passQuery(call, state, param, env) {
        const vars = new Map([[param, { kind: 'builder', state, tracked: true }]]);
        const frame = { vars, tracked: [], classes: new Map(env.paramClasses ?? []) };
        const ctx = { scope: env.scope, selfFqcn: env.selfFqcn, frame };
        if (env.bindings)
            ctx.bindings = env.bindings;
        this.reached.delete(state);
        const before = cloneState(state);
        let value;
        this.muted++;
        try {
            value = this.evaluate(call, ctx, true);
        }
        finally {
            this.muted--;
        }
        // Laravel parenthesises a scope's clauses: what it cannot read, even OR-ed, is one piece of the query.
        if (state.unknown && !before.unknown)
            Object.assign(state, before);
        else if (this.reached.has(state))
            return value?.kind === 'builder' && value.state === state ? { kind: 'builder' } : undefined;
        return null;
    }
    /**
     * `$this->$name($value)` in an object holding a query (a filter class calling the method named by each
     * request input): which method runs is data, so each of the class's methods is one optional alternative,
     * read from the request's input when the name is. One whose clauses cannot be kept apart from the rest
     * (optional.ts) is left out, the shape partial: AND-ed in, it would be on a path no request takes.
     */
    dynamicCall(step, ctx) {
        const states = new Set();
        for (const v of ctx.thisProps?.values() ?? [])
            if (v?.kind === 'builder')
                states.add(v.state);
        const cls = ctx.selfFqcn;
        if (!cls || !states.size)
            return;
        const what = child(step.node, 'what');
        const offset = what ? child(what, 'offset') : null;
        const named = offset?.kind === 'variable' ? nameOf(offset) : null;
        const input = !!named && requestLocals(ctx).isInput(named);
        const open = [...states].map((state) => ({ state, parts: [] }));
        for (const m of this.index.methodsOf(cls).values()) {
            const name = m.summary.name;
            if (m.summary.isStatic || name.startsWith('__'))
                continue;
            const runs = open.map((o) => ({ o, snap: optional_snapshot(o.state), before: cloneState(o.state) }));
            this.throughCall(cls, { ...step, name }, ctx, true);
            for (const { o, snap, before } of runs) {
                const part = takeOptional(snap);
                if (part === 'kept') {
                    Object.assign(o.state, before);
                    unknownPiece(o.state, `what ${name}() adds when the request names it is left out`);
                }
                else if (part) {
                    if (input)
                        part.requestInput = true;
                    o.parts.push(part);
                }
            }
        }
        for (const o of open)
            if (o.parts.length)
                (o.state.optional ??= []).push({ parts: o.parts, required: false });
    }
    thisValue(ctx) {
        const model = this.models.get(ctx.selfFqcn);
        return model ? { kind: 'model', model } : null;
    }
    rootValue(root, isStatic, ctx) {
        if (isStatic)
            return null;
        if (root.kind === 'variable') {
            const n = nameOf(root);
            if (n === 'this')
                return this.thisValue(ctx);
            if (n === 'request')
                return ctx.frame.vars.get(n) ?? { kind: 'request' };
            return n ? (ctx.frame.vars.get(n) ?? null) : null;
        }
        if (root.kind === 'call') {
            const fn = child(root, 'what');
            const fname = fn?.kind === 'name' ? nameKey(nameOf(fn)) : null;
            if (fname === 'auth')
                return { kind: 'auth' };
            if (fname === 'request')
                return { kind: 'request' };
            return null;
        }
        if (root.kind === 'new' || root.kind === 'clone')
            return this.evaluate(root, ctx, true);
        return null;
    }
    /** `X::first(…)`: a model query, a DB facade call, the Auth facade, or nothing we follow. */
    staticStart(root, step, ctx, env, location, code) {
        const fq = this.index.resolveRef(root, ctx.scope, ctx.selfFqcn);
        if (!fq || step.name === null)
            return null;
        const lower = fq.toLowerCase();
        if (walker_DB_FACADES.has(lower))
            return this.applyStep({ kind: 'db' }, step, ctx, env, location, code);
        if (AUTH_FACADES.has(lower))
            return step.name.toLowerCase() === 'user' ? this.authUser() : { kind: 'auth' };
        const model = this.models.get(fq);
        if (!model)
            return null;
        // `Company::scopeCompanyables(Asset::select(…))`: a static method the model declares runs itself, not
        // as a query of the model; one that may return a query passed to it is followed by the caller (null).
        if (this.passesQueryThrough(fq, step.name))
            return null;
        // Inside a model, `parent::`/`static::` calls to non-query methods are not queries.
        const state = newState(model.table, model, 'eloquent', location, code.toString());
        const after = applyMethod(state, step.name, step.args, env);
        return this.afterMethod(state, after, false, step.name, step.args);
    }
    /** Whether a class declares `method` static, returning (maybe) a query one of its parameters holds. */
    passesQueryThrough(cls, method) {
        const found = this.index.method(cls, method);
        const fn = found?.node;
        if (!found?.summary.isStatic || !fn)
            return false;
        return children(fn, 'arguments').some((p) => {
            const name = paramName(p);
            return !!name && mayReturnQueryOf(fn, name);
        });
    }
    authUser() {
        return this.models.authUser ? { kind: 'model', model: this.models.authUser } : null;
    }
    afterMethod(state, after, tracked, method, args = []) {
        if (addsRows(method))
            this.write(writtenTables(state, method), method, state.location, state);
        if (after.kind === 'builder')
            return { kind: 'builder', state, tracked };
        // `$ticket = Ticket::create(…)`: the new row's model, whose relations the code goes on to use.
        if (state.model && RETURNS_CREATED.has(method.toLowerCase())) {
            this.emit(state);
            return { kind: 'model', model: state.model };
        }
        // The query ran (get(), first(), count()…): emit it now.
        this.noteWholeRead(state, method, args);
        this.emit(state);
        if (after.kind === 'model')
            return { kind: 'model', model: after.model, built: after.built };
        return state.model && RETURNS_ROWS.has(method.toLowerCase())
            ? { kind: 'collection', model: state.model }
            : null;
    }
    applyStep(value, step, ctx, env, location, code) {
        if (step.name === null) {
            if (value?.kind !== 'builder' || step.kind !== 'call')
                return null;
            const name = computedMethodName(step, evalContext(env));
            if (name !== null)
                return this.applyStep(value, { ...step, name }, ctx, env, location, code);
            unknownPiece(value.state, COMPUTED_METHOD_UNREAD);
            return value;
        }
        if (!value) {
            if (step.kind === 'call' && SAVES_ARGUMENT.has(step.name.toLowerCase()))
                this.newModelsSaved(step, ctx, location);
            return null;
        }
        const name = step.name;
        const m = name.toLowerCase();
        switch (value.kind) {
            case 'db': {
                if (m === 'table' || m === 'query') {
                    const table = literalValue(step.args[0], evalContext(env));
                    if (typeof table !== 'string')
                        return null;
                    return {
                        kind: 'builder',
                        state: newState(table, null, 'builder', location, code.toString()),
                        tracked: false,
                    };
                }
                if (m === 'connection')
                    return value;
                if (RAW_SELECTS.has(m))
                    this.rawSql(step, env, location);
                return null;
            }
            case 'auth':
                if (m === 'user')
                    return this.authUser();
                return m === 'guard' ? value : null;
            case 'request':
                return m === 'user' ? this.authUser() : null;
            case 'model': {
                const model = value.model;
                if (m === 'query' || m === 'newquery' || m === 'newmodelquery') {
                    return {
                        kind: 'builder',
                        state: newState(model.table, model, 'eloquent', location, code.toString()),
                        tracked: false,
                    };
                }
                if (m === 'load' || m === 'loadmissing' || m === 'loadcount') {
                    const state = newState(model.table, model, 'eloquent', location, code.toString());
                    applyMethod(state, m === 'loadcount' ? 'withCount' : 'with', step.args, env);
                    return value;
                }
                if (m === 'fresh' || m === 'refresh' || m === 'fill' || m === 'forcefill')
                    return value;
                // A copy not saved yet, or a new instance of the model's class (`$this->activity->newInstance()`):
                // its save() inserts.
                if (m === 'replicate' || m === 'newinstance')
                    return { kind: 'model', model, built: true };
                // `$post->save()` inserts a row only when the code built the instance (`new Post`, make(),
                // replicate()) or a caller may have (a parameter). One it got otherwise (a property, `$this` in the
                // model, a row it read) is stored already: `$this->user->save()` after setting a token updates it.
                if (step.kind === 'call' && MODEL_SAVES.has(m)) {
                    if (value.built || value.param)
                        this.write([model.table], m, location);
                    return null;
                }
                // `(new JournalEntry)->add($day)` whose body ends in `$this->save()`: the new instance is inserted.
                if (step.kind === 'call' && value.built) {
                    const fn = this.index.method(model.fqcn, name)?.node;
                    if (fn && savesItself(fn))
                        this.write([model.table], 'save', location);
                }
                const rel = relationState(model, name, env, location, code.toString());
                if (!rel) {
                    // `$this->book->where(…)`: Eloquent runs a builder method of an instance on a new query.
                    if (step.kind !== 'call' || !forwardsToQuery(this.index, model, name, this.macros))
                        return null;
                    const state = newState(model.table, model, 'eloquent', location, code.toString());
                    return this.afterMethod(state, applyMethod(state, name, step.args, env), false, name, step.args);
                }
                if (step.kind === 'prop') {
                    // `$user->orders`: Laravel lazy-loads the relation with one query; a one-model relation with
                    // first() (LIMIT 1), which its query alone (`$post->author()->get()`) does not have.
                    const single = isSingleRelation(model, name);
                    if (single)
                        rel.single = true;
                    this.emit(rel);
                    if (!rel.model)
                        return null;
                    return single ? { kind: 'model', model: rel.model } : { kind: 'collection', model: rel.model };
                }
                // `$license->freeSeat()` whose body ends in `->first()`: the query runs here, a row comes back.
                const runs = relationRuns(model, name);
                if (runs) {
                    if (runs === 'one') {
                        rel.single = true;
                        rel.limit = 1;
                    }
                    this.emit(rel);
                    if (!rel.model)
                        return null;
                    if (runs === 'one')
                        return { kind: 'model', model: rel.model };
                    return runs === 'rows' ? { kind: 'collection', model: rel.model } : null;
                }
                return { kind: 'builder', state: rel, tracked: false };
            }
            case 'collection': {
                if (step.kind !== 'call')
                    return null;
                if (m === 'load' || m === 'loadmissing' || m === 'loadcount') {
                    const state = newState(value.model.table, value.model, 'eloquent', location, code.toString());
                    applyMethod(state, m === 'loadcount' ? 'withCount' : 'with', step.args, env);
                    return value;
                }
                if (m === 'first' || m === 'last' || m === 'find' || m === 'firstwhere')
                    return { kind: 'model', model: value.model };
                if (COLLECTION_KEEPS.has(m))
                    return value;
                return null;
            }
            case 'builder': {
                if (step.kind !== 'call')
                    return null;
                const state = value.state;
                // Reading what a query held in a variable says (`Log::debug($assets->toSql())`) sends nothing, and
                // leaves the query to be sent where the code runs it.
                if (value.tracked && inspectsBuilder(name)) {
                    const after = inspected(state, name);
                    return after.kind === 'model' ? { kind: 'model', model: after.model } : null;
                }
                state.code = value.tracked ? `${state.code} …${renderStep(step)}` : code.toString();
                const after = applyMethod(state, name, step.args, env);
                if (after.kind !== 'builder' && value.tracked) {
                    const t = ctx.frame.tracked.find((x) => x.state === state);
                    if (t)
                        t.emitted = true;
                }
                return this.afterMethod(state, after, value.tracked, name, step.args);
            }
        }
    }
    /** DB::select('SELECT …') and friends: the SQL string through node-sql-parser. */
    rawSql(step, env, location) {
        const sql = literalValue(step.args[0], evalContext(env));
        if (typeof sql !== 'string')
            return;
        const { shapes, problem } = shapesFromSql(sql, location);
        if (problem)
            this.sink.problems.push(problem);
        for (const s of shapes)
            this.add(s);
    }
}
/** What the frame's locals say about the request: `$request` or a typed `Request` parameter, and input read from it. */
function requestLocals(ctx) {
    return {
        isRequest: (name) => name === 'request' || ctx.frame.vars.get(name)?.kind === 'request',
        isInput: (name) => inputBefore(ctx.frame, name, Infinity),
    };
}
/** Records `$name = right` (null: a value known to read no input), to be judged only if a test reads it. */
function noteInput(frame, name, right) {
    const at = (frame.assignments = (frame.assignments ?? 0) + 1);
    const history = frame.inputs?.get(name);
    if (!right) {
        if (history)
            history.push({ at, right: null, requestVars: new Set() });
        return;
    }
    const requestVars = new Set();
    for (const [n, v] of frame.vars)
        if (v?.kind === 'request')
            requestVars.add(n);
    const source = { at, right, requestVars };
    if (history)
        history.push(source);
    else
        (frame.inputs ??= new Map()).set(name, [source]);
}
/** Whether `$name`, as last assigned before assignment `at`, holds the request's input. */
function inputBefore(frame, name, at) {
    const history = frame.inputs?.get(name);
    if (!history)
        return false;
    let source;
    for (let i = history.length - 1; i >= 0 && !source; i--)
        if (history[i].at < at)
            source = history[i];
    if (!source?.right)
        return false;
    if (source.reads === undefined) {
        const { requestVars, at: when } = source;
        source.reads = readsRequestInput(source.right, {
            isRequest: (n) => n === 'request' || requestVars.has(n),
            isInput: (n) => inputBefore(frame, n, when),
        });
    }
    return source.reads;
}
/** A rule string names a database rule: `unique:` or `exists:`, after a `|` or at the start. */
const DATABASE_RULE = /(^|\|)\s*(unique|exists):/i;
/**
 * A string literal or a concatenation of one (`'unique:users,email,' . $id`), with `other` giving the text
 * of the parts that are not literals; null when the node is neither.
 */
function literalText(node, other) {
    if (node.kind === 'string')
        return field(node, 'value') ?? null;
    if (node.kind !== 'bin' || field(node, 'type') !== '.')
        return null;
    const part = (n) => (n ? (literalText(n, other) ?? other(n)) : '');
    return part(child(node, 'left')) + part(child(node, 'right'));
}
/** What a `Rule::unique()` / `Rule::exists()` object takes as conditions: the query builder's methods. */
const RULE_WHERES = new Set(['where', 'wherenot', 'wherenull', 'wherenotnull', 'wherein', 'wherenotin']);
/** `$this->name` → name. */
function walker_thisProperty(node) {
    const what = child(node, 'what');
    const offset = child(node, 'offset');
    if (!isThis(what) || offset?.kind !== 'identifier')
        return null;
    return nameOf(offset);
}
function isThis(node) {
    return node?.kind === 'variable' && nameOf(node) === 'this';
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/macros.ts
/**
 * Builder macros the app registers while it boots (`Builder::macro('whereActive', fn () => $this->where(…))`
 * in a service provider, or `Builder::mixin(new class { public function whereActive() { return fn … } })`):
 * a chain calling `->whereActive()` gets what the closure adds, `$this` being the query (builder.ts).
 */



const TARGETS = {
    'illuminate\\database\\eloquent\\builder': 'eloquent',
    'illuminate\\database\\query\\builder': 'query',
    'illuminate\\database\\eloquent\\relations\\relation': 'relation',
};
const macros_SERVICE_PROVIDER = 'Illuminate\\Support\\ServiceProvider';
/** The macros of the app by lower-case name (several targets may share a name). */
class Macros {
    byName = new Map();
    add(macro) {
        const key = macro.name.toLowerCase();
        this.byName.set(key, [...(this.byName.get(key) ?? []), macro]);
    }
    /** The macro a call runs on a query of this kind, in the order Laravel's `__call` looks them up. */
    find(name, targets) {
        const found = this.byName.get(name.toLowerCase());
        if (!found)
            return null;
        for (const t of targets) {
            // The last registration wins, as `static::$macros[$name] = $macro` overwrites.
            const last = found.filter((m) => m.target === t).pop();
            if (last)
                return last;
        }
        return null;
    }
}
/** Reads the macros every service provider of the app registers (in any of its methods). */
function macros_findMacros(index) {
    const macros = new Macros();
    for (const decl of index.classes) {
        if (decl.kind !== 'class' || !index.isA(decl.fqcn, macros_SERVICE_PROVIDER))
            continue;
        for (const method of decl.summary.methods) {
            const node = index.methodNode(decl, method);
            if (node)
                registrations(node, decl, index, macros);
        }
    }
    return macros;
}
function registrations(body, decl, index, macros) {
    ast_walk(body, (n) => {
        if (n.kind !== 'call')
            return;
        const chain = flatten(n);
        const step = chain.steps[0];
        if (chain.steps.length !== 1 || step.kind !== 'static' || !step.name)
            return;
        const verb = step.name.toLowerCase();
        if (verb !== 'macro' && verb !== 'mixin')
            return;
        const fq = index.resolveRef(chain.root, decl.scope, decl.fqcn);
        const target = fq ? (relationTarget(fq) ?? TARGETS[nameKey(fq)]) : undefined;
        if (!target)
            return;
        if (verb === 'macro') {
            const name = literalValue(step.args[0], index.contextFor(decl, decl.fqcn, decl.scope));
            if (typeof name !== 'string')
                return;
            const fn = step.args[1];
            const closure = fn && (fn.kind === 'closure' || fn.kind === 'arrowfunc') ? fn : null;
            macros.add({
                name,
                target,
                fn: closure,
                params: closure ? paramsOf(closure) : [],
                scope: decl.scope,
                selfFqcn: decl.fqcn,
            });
            return;
        }
        mixin(step.args[0], target, decl, index, macros);
    });
}
/** A relation class of the framework (`HasMany::macro`): its macros run on relation queries. */
function relationTarget(fqcn) {
    return /^\\?illuminate\\database\\eloquent\\relations\\\w+$/i.test(fqcn) ? 'relation' : undefined;
}
/**
 * `Builder::mixin(new QueryMacros)`: each public method of the object returns the closure registered under
 * its name. Only a method whose body is `return function (…) {…};` is read.
 */
function mixin(arg, target, decl, index, macros) {
    if (arg?.kind !== 'new')
        return;
    const what = child(arg, 'what');
    let owner;
    if (what?.kind === 'class')
        owner = index.get(anonymousClassName(decl.file, lineOf(what)));
    else if (what) {
        const fq = index.resolveRef(what, decl.scope, decl.fqcn);
        owner = fq ? index.get(fq) : undefined;
    }
    if (!owner)
        return;
    for (const [, found] of index.methodsOf(owner.fqcn)) {
        const { summary } = found;
        if (summary.isStatic || summary.visibility === 'private' || summary.visibility === 'protected')
            continue;
        const stmts = children(child(found.node, 'body'), 'children');
        const ret = stmts.length === 1 && stmts[0].kind === 'return' ? child(stmts[0], 'expr') : null;
        const closure = ret && (ret.kind === 'closure' || ret.kind === 'arrowfunc') ? ret : null;
        macros.add({
            name: summary.name,
            target,
            fn: closure,
            params: closure ? paramsOf(closure) : [],
            scope: found.decl.scope,
            selfFqcn: found.decl.fqcn,
        });
    }
}
function paramsOf(fn) {
    return children(fn, 'arguments').map((p) => ({
        name: paramName(p) ?? '',
        default: child(p, 'value'),
        variadic: field(p, 'variadic') === true,
    }));
}

;// CONCATENATED MODULE: ./src/project/laravel/queries/index.ts
/**
 * Query shapes from the app's PHP: every Eloquent and query-builder chain, read from the php-parser AST.
 * A chain whose table or columns cannot be known is skipped, not guessed; SQL that cannot be read
 * becomes a Problem (PA901).
 */





function extractQueries(files, models, 
/** The app's classes, built once by the caller from every app file (defaults to `files` alone). */
index = indexOfFiles(files), 
/** What the host knows beyond PHP (config(), env()); the index's own host when absent. */
host, 
/** The builder macros the app registers (read from `index` when absent). */
macros = findMacros(index)) {
    const registry = new ModelRegistry(models);
    const queries = [];
    const problems = [];
    const writes = [];
    const wholeReads = [];
    for (const file of files) {
        const one = extractFileQueries(file, registry, index, host, macros);
        queries.push(...one.queries);
        problems.push(...one.problems);
        writes.push(...one.writes);
        wholeReads.push(...one.wholeReads);
    }
    return { queries, problems, writes, wholeReads };
}
/** The queries of one file: a pure function of its AST, the app's classes, its models and the host. */
function extractFileQueries(file, registry, index, host, macros) {
    const queries = [];
    const problems = [];
    const writes = [];
    const wholeReads = [];
    problems.push(...(file.notes ?? []));
    const comments = new CommentIndex(file.ast);
    const seen = new Set();
    const sink = {
        problems,
        add(shape, statementLine) {
            const key = `${shape.id}@${shape.location.line}`;
            if (seen.has(key))
                return;
            seen.add(key);
            const ignores = comments.ignoresAbove(shape.location.line);
            if (!ignores.length && statementLine !== undefined && statementLine < shape.location.line) {
                ignores.push(...comments.ignoresAbove(statementLine));
            }
            if (ignores.length)
                shape.inlineIgnores = ignores;
            queries.push(shape);
        },
        write(w) {
            writes.push(w);
        },
        wholeRead(r) {
            wholeReads.push(r);
        },
    };
    try {
        new FileWalker(file, index, registry, sink, host, macros).run();
    }
    catch (err) {
        // One construct the walker does not expect must not cost the rest of the app.
        problems.push({
            location: { file: file.path, line: 1 },
            message: `Could not read the queries of this file: ${err.message}`,
            construct: 'query extraction',
        });
    }
    return { queries, problems, writes, wholeReads };
}


;// CONCATENATED MODULE: ./src/project/laravel/app-database.ts
/**
 * The database the app itself uses: its default connection (`database.default`, DB_CONNECTION) and that
 * connection's driver, as config/database.php and the env files resolve them. An app whose default
 * connection is PostgreSQL or SQL Server is not a MariaDB app: its index verdicts would be about a
 * database it does not run.
 */
/** Drivers of other database servers. SQLite is left out: it is Laravel 11's placeholder default. */
const OTHER_SERVERS = { pgsql: 'PostgreSQL', sqlsrv: 'SQL Server' };
/** The default connection and its driver, or null when the app's config does not say (then MariaDB is assumed). */
function appDatabase(config) {
    const connection = config('database.default');
    if (typeof connection !== 'string' || connection === '')
        return null;
    const driver = config(`database.connections.${connection}.driver`);
    // A connection named like a driver (`pgsql`) without a readable entry uses that driver in Laravel's stock config.
    const known = typeof driver === 'string' && driver !== '' ? driver : connection;
    return { connection, driver: known.toLowerCase() };
}
/** The other server's name when the app's database is not MariaDB/MySQL, else null. */
function otherDatabaseServer(db) {
    return db ? (OTHER_SERVERS[db.driver] ?? null) : null;
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/model-events.ts
/**
 * Code that runs only when a model is deleted or restored: an observer's `deleting`/`deleted`/
 * `forceDeleted`/`restored`… methods, and callbacks registered with `static::deleting(fn …)` in a model's
 * boot()/booted() (or `Post::deleted(fn …)` in a provider). Deleting and restoring rows is an occasional
 * action, not a page view, like a command typed by hand: such queries are info at most.
 */

const RARE_EVENTS = new Set([
    'deleting',
    'deleted',
    'forcedeleting',
    'forcedeleted',
    'trashed',
    'restoring',
    'restored',
]);
const model_events_SELF = new Set(['selfreference', 'staticreference', 'parentreference']);
const WHY = 'runs only when a model is deleted or restored, an occasional action rather than a page view';
/** Observer classes: under an Observers folder, named `…Observer`, or passed to `Model::observe()`. */
function observerMethods(index, observed) {
    const out = [];
    for (const d of index.classes) {
        if (d.kind !== 'class' || d.summary.anonymous)
            continue;
        const path = d.file.replace(/\\/g, '/').toLowerCase();
        const observer = path.includes('/observers/') || d.name.endsWith('Observer') || observed.has(d.fqcn.toLowerCase());
        if (!observer)
            continue;
        for (const m of d.summary.methods) {
            if (!RARE_EVENTS.has(m.name.toLowerCase()))
                continue;
            out.push({
                file: d.file,
                line: m.line,
                endLine: m.endLine,
                cap: 'info',
                kind: 'model-event',
                reason: `${d.name}::${m.name} ${WHY}`,
            });
        }
    }
    return out;
}
/** Classes passed to `->observe(X::class)` / `X::observe(Y::class)` in a file. */
function observedClasses(program, scope) {
    const out = [];
    ast_walk(program, (n) => {
        if (n.kind !== 'call')
            return;
        const steps = flatten(n).steps;
        const last = steps[steps.length - 1];
        if (last?.name?.toLowerCase() !== 'observe')
            return;
        for (const arg of last.args)
            ast_walk(arg, (a) => {
                if (a.kind === 'staticlookup' && nameOf(child(a, 'offset'))?.toLowerCase() === 'class') {
                    const what = child(a, 'what');
                    const raw = nameOf(what);
                    if (raw)
                        out.push(resolveClass(raw, what?.resolution ?? null, scope));
                }
            });
    });
    return out;
}
/**
 * `static::deleting(function ($m) { … })` in a model's boot()/booted(): the callback's lines. `models` are
 * the model classes (a provider's `Post::deleted(…)` counts when Post is one).
 */
function eventCallbacks(file, root, scope, owner, models) {
    const out = [];
    ast_walk(root, (n) => {
        if (n.kind !== 'call')
            return;
        const { root: on, steps } = flatten(n);
        if (steps.length !== 1 || steps[0].kind !== 'static')
            return;
        const event = steps[0].name?.toLowerCase();
        if (!event || !RARE_EVENTS.has(event))
            return;
        const raw = nameOf(on);
        const onModel = model_events_SELF.has(on.kind) ||
            (raw !== null && models.has(resolveClass(raw, on.resolution ?? null, scope).toLowerCase()));
        if (!onModel)
            return;
        const callback = steps[0].args.find((a) => isFunctionLike(a));
        if (!callback)
            return;
        out.push({
            file,
            line: lineOf(callback),
            endLine: endLineOf(callback),
            cap: 'info',
            kind: 'model-event',
            reason: `the \`${steps[0].name}\` callback in ${owner} ${WHY}`,
        });
    });
    return out;
}
/** The boot()/booted() methods a model declares itself. */
function bootMethods(decl, index) {
    return decl.summary.methods
        .filter((m) => ['boot', 'booted'].includes(m.name.toLowerCase()))
        .map((m) => index.methodNode(decl, m))
        .filter((n) => n !== null);
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/cached-reads.ts
/**
 * Reads the cache answers: the callback of `Cache::remember(key, ttl, fn)` (and `rememberForever`, `sear`,
 * `flexible`; on `cache()`, a store or tags) runs when the key is missing or expired, and so does the code
 * after `if (Cache::has($key)) { return Cache::get($key); }` at the top of a method. A query there is paid
 * once per expiry, not on every request, so it warns at most: a cold cache still sends it, and a slow scan
 * then is a slow page.
 *
 * Only the callback's own lines count: a query in a method the callback calls is located in that method,
 * which other code may call uncached.
 */

/** The most severe finding in code the cache answers for (see above). */
const CACHED_CAP = 'warning';
/** Methods that run their callback only when the key is missing (lower case). */
const REMEMBERING = new Set(['remember', 'rememberforever', 'sear', 'flexible']);
/** Methods a guard tests the cache with before returning what it holds. */
const PROBING = new Set(['has', 'get']);
const CACHE_FACADES = new Set(['cache', 'illuminate\\support\\facades\\cache']);
/** Whether a call chain starts at the Cache facade or the `cache()` helper. */
function onCache(call, scope) {
    const { root } = flatten(call);
    if (root.kind === 'call') {
        const fn = child(root, 'what');
        return fn?.kind === 'name' && nameOf(fn)?.replace(/^\\/, '').toLowerCase() === 'cache';
    }
    return CACHE_FACADES.has(resolveName(root, scope)?.toLowerCase() ?? '');
}
function cachedReads(summary, decls, index) {
    // Only files that call remember() and the like, or name the Cache facade and call has()/get(), are walked.
    const names = new Set(summary.calls?.names ?? []);
    const remembers = [...REMEMBERING].some((n) => names.has(n));
    const facade = summary.references?.some((r) => CACHE_FACADES.has(r.name.toLowerCase())) ?? false;
    if (!remembers && !(facade && [...PROBING].some((n) => names.has(n))))
        return [];
    const out = [];
    for (const d of decls)
        for (const m of d.summary.methods) {
            const node = index.methodNode(d, m);
            if (!node)
                continue;
            const at = `${d.name}::${m.name}`;
            for (const cb of rememberCallbacks(node, d.scope))
                out.push({
                    file: d.file,
                    line: lineOf(cb.callback),
                    endLine: endLineOf(cb.callback),
                    cap: CACHED_CAP,
                    kind: 'cached',
                    reason: `${at} runs it only when the cache misses (${cb.method}() at ${d.file}:${lineOf(cb.call)})`,
                });
            const guard = cacheGuard(node, d.scope);
            if (guard && endLineOf(guard) < endLineOf(node))
                out.push({
                    file: d.file,
                    line: endLineOf(guard) + 1,
                    endLine: endLineOf(node),
                    cap: CACHED_CAP,
                    kind: 'cached',
                    reason: `${at} runs it only when the cache misses (it returns the cached value at ${d.file}:${lineOf(guard)})`,
                });
        }
    return out;
}
function rememberCallbacks(method, scope) {
    const out = [];
    ast_walk(method, (n) => {
        if (n.kind !== 'call')
            return;
        const method = calledMethod(n);
        if (!method || !REMEMBERING.has(method.toLowerCase()) || !onCache(n, scope))
            return;
        const callback = children(n, 'arguments').find((a) => isFunctionLike(a));
        if (callback)
            out.push({ call: n, callback, method });
    });
    return out;
}
/**
 * A top-level `if` of the method whose test asks the cache (not negated) and whose body returns, with no
 * else: what follows it runs on a miss.
 */
function cacheGuard(method, scope) {
    const body = child(method, 'body');
    for (const stmt of children(body, 'children')) {
        if (stmt.kind !== 'if' || child(stmt, 'alternate'))
            continue;
        if (!asksCache(child(stmt, 'test'), scope))
            continue;
        const then = child(stmt, 'body');
        const last = then?.kind === 'block' ? children(then, 'children').at(-1) : then;
        if (last?.kind === 'return')
            return stmt;
    }
    return null;
}
/** Whether a condition calls Cache::has/get outside a negation (`!Cache::has()` guards the miss instead). */
function asksCache(test, scope) {
    let found = false;
    const visit = (n) => {
        if (found)
            return;
        if (n.kind === 'unary' && n.type === '!')
            return;
        if (n.kind === 'call' && PROBING.has(calledMethod(n)?.toLowerCase() ?? '') && onCache(n, scope)) {
            found = true;
            return;
        }
        // Through `&&`, `||`, an assignment and parentheses; not into another call's arguments.
        if (n.kind !== 'bin' && n.kind !== 'assign' && n.kind !== 'parenthesis')
            return;
        for (const key of ['left', 'right', 'inner']) {
            const c = child(n, key);
            if (c)
                visit(c);
        }
    };
    if (test)
        visit(test);
    return found;
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/file-transfers.ts
/**
 * Import and export code: what reads a file someone uploads (a spreadsheet, a CSV, an e-invoice) and looks
 * its rows up one by one, or writes every row of a report into a file someone downloads. Laravel apps keep
 * such classes in an `Imports`/`Exports` namespace (app/Imports, app/Importer, app/Export/CSV,
 * …/Helpers/Importers) or build them on laravel-excel's concerns (ToModel, FromQuery…); a controller
 * streams an export as a download (`new StreamedResponse(fn, 200, ['Content-Disposition' => …])`,
 * `response()->streamDownload(fn, …)`). Either is an occasional action, not a page view. Of the corpus's
 * reviewed findings in import code none was true (15), so imports are info. Exports warn at most: 19 of 20
 * reviewed were rejected, but snipe-it's maintainers did index `action_logs (action_date)` for the date
 * filter of its custom CSV report, a historic fix the corpus keeps.
 */


/** The most severe finding in such code (see above). */
const TRANSFER_CAP = { import: 'info', export: 'warning' };
/** Namespace segments that hold import or export code. */
const SEGMENTS = {
    import: 'import',
    imports: 'import',
    importer: 'import',
    importers: 'import',
    export: 'export',
    exports: 'export',
    exporter: 'export',
    exporters: 'export',
};
/** Interfaces of laravel-excel (maatwebsite/excel): `From…` ones write a file, the others read one. */
const EXCEL_CONCERNS = 'maatwebsite\\excel\\concerns\\';
const STREAMED_RESPONSE = 'symfony\\component\\httpfoundation\\streamedresponse';
/** Whether a class or trait is import or export code, and which; null for any other class. */
function transferOf(d, index) {
    if (d.kind !== 'class' && d.kind !== 'trait')
        return null;
    // An HTTP controller serves pages, even in an Imports namespace (an import history list).
    if (isHttpController(index, d))
        return null;
    const segments = d.fqcn.toLowerCase().split('\\').slice(0, -1);
    for (const s of segments.reverse())
        if (SEGMENTS[s])
            return SEGMENTS[s];
    const concerns = index
        .lineage(d.fqcn)
        .flatMap((c) => c.summary.interfaces)
        .map((i) => nameKey(i))
        .filter((i) => i.startsWith(EXCEL_CONCERNS))
        .map((i) => i.slice(EXCEL_CONCERNS.length));
    if (concerns.length === 0)
        return null;
    return concerns.some((c) => c.startsWith('from')) ? 'export' : 'import';
}
const DOWNLOAD_WHY = 'streams a file download (an export), an occasional action rather than a page view';
/**
 * The callbacks that write a streamed download: `new StreamedResponse(fn, status, headers)` whose headers
 * name `Content-Disposition` (a stream without it may be server-sent events, polled all day), and
 * `->streamDownload(fn, …)`. Only files that name StreamedResponse or call streamDownload are read.
 */
function streamedDownloads(summary, decls, index) {
    const namesStream = summary.references?.some((r) => r.name.toLowerCase() === STREAMED_RESPONSE) ?? false;
    const callsDownload = summary.calls?.names.includes('streamdownload') ?? false;
    if (!namesStream && !callsDownload)
        return [];
    const out = [];
    for (const d of decls)
        for (const m of d.summary.methods) {
            const node = index.methodNode(d, m);
            if (!node)
                continue;
            for (const callback of downloadCallbacks(node, d.scope))
                out.push({
                    file: d.file,
                    line: lineOf(callback),
                    endLine: endLineOf(callback),
                    cap: TRANSFER_CAP.export,
                    kind: 'export',
                    reason: `${d.name}::${m.name} ${DOWNLOAD_WHY}`,
                });
        }
    return out;
}
function downloadCallbacks(method, scope) {
    const out = [];
    ast_walk(method, (n) => {
        if (n.kind === 'new') {
            const cls = resolveName(child(n, 'what'), scope)?.toLowerCase();
            const args = n.arguments ?? [];
            if (cls === STREAMED_RESPONSE && isFunctionLike(args[0]) && namesDisposition(args[2]))
                out.push(args[0]);
            return;
        }
        if (n.kind !== 'call')
            return;
        const steps = flatten(n).steps;
        const last = steps[steps.length - 1];
        if (last?.name?.toLowerCase() === 'streamdownload' && isFunctionLike(last.args[0]))
            out.push(last.args[0]);
    });
    return out;
}
/** A headers array literal with a `Content-Disposition` key. */
function namesDisposition(headers) {
    return arrayEntries(headers).some((e) => e.key?.kind === 'string' && String(e.key.value).toLowerCase() === 'content-disposition');
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/frequency.ts
/**
 * How often a scheduled task runs, in runs per day, from the frequency methods chained on it
 * (Laravel's ManagesFrequencies: `->hourly()`, `->dailyAt('02:10')`, `->sundays()->at('02:30')`,
 * `->cron('0 4 * * *')`). Null when it cannot be told (a cron expression in a variable); a task with no
 * time method runs every minute, as Laravel's default expression `* * * * *` does.
 */

/** Runs per day of each time method (on the days it runs). */
const PER_DAY = {
    everysecond: 86_400,
    everytwoseconds: 43_200,
    everyfiveseconds: 17_280,
    everytenseconds: 8_640,
    everyfifteenseconds: 5_760,
    everytwentyseconds: 4_320,
    everythirtyseconds: 2_880,
    everyminute: 1_440,
    everytwominutes: 720,
    everythreeminutes: 480,
    everyfourminutes: 360,
    everyfiveminutes: 288,
    everytenminutes: 144,
    everyfifteenminutes: 96,
    everythirtyminutes: 48,
    hourly: 24,
    hourlyat: 24,
    everyoddhour: 12,
    everytwohours: 12,
    everythreehours: 8,
    everyfourhours: 6,
    everysixhours: 4,
    daily: 1,
    dailyat: 1,
    at: 1,
    twicedaily: 2,
    twicedailyat: 2,
};
/** Time methods that also fix the days: a day filter chained on them does not thin them further. */
const PER_PERIOD = {
    weekly: 1 / 7,
    weeklyon: 1 / 7,
    monthly: 1 / 30,
    monthlyon: 1 / 30,
    twicemonthly: 2 / 30,
    lastdayofmonth: 1 / 30,
    quarterly: 1 / 91,
    quarterlyon: 1 / 91,
    yearly: 1 / 365,
    yearlyon: 1 / 365,
};
/** Day filters: the share of the week's days the task runs on. */
const DAYS = {
    weekdays: 5 / 7,
    weekends: 2 / 7,
    mondays: 1 / 7,
    tuesdays: 1 / 7,
    wednesdays: 1 / 7,
    thursdays: 1 / 7,
    fridays: 1 / 7,
    saturdays: 1 / 7,
    sundays: 1 / 7,
};
/** Whether a method name is one of the scheduler's frequency methods. */
function isFrequencyMethod(name) {
    const n = name.toLowerCase();
    return n in PER_DAY || n in PER_PERIOD || n in DAYS || n === 'days' || n === 'cron';
}
/** Runs per day of a task from its frequency calls in order (name, evaluated arguments). */
function runsPerDay(calls) {
    let perDay = null;
    let days = 1;
    let fixedPeriod = false;
    for (const { name, args } of calls) {
        const n = name.toLowerCase();
        if (n in PER_DAY)
            perDay = PER_DAY[n];
        else if (n in PER_PERIOD) {
            perDay = PER_PERIOD[n];
            fixedPeriod = true;
        }
        else if (n in DAYS)
            days = DAYS[n];
        else if (n === 'days') {
            // `days([0, 6])` or `days(0, 6)`: an array counts its items.
            const first = args[0];
            const count = args.length === 1 &&
                first !== null &&
                typeof first === 'object' &&
                !(first instanceof HostValue) &&
                !(first instanceof Unknown)
                ? Object.keys(first).length
                : args.length;
            days = count ? Math.min(count, 7) / 7 : 1;
        }
        else if (n === 'cron') {
            const expr = typeof args[0] === 'string' ? args[0] : null;
            if (expr === null)
                return null;
            const runs = cronRunsPerDay(expr);
            if (runs === null)
                return null;
            perDay = runs;
            fixedPeriod = true;
        }
    }
    return (perDay ?? PER_DAY.everyminute) * (fixedPeriod ? 1 : days);
}
/** The average runs per day of a five-field cron expression; null when it cannot be read. */
function cronRunsPerDay(expr) {
    const fields = expr.trim().split(/\s+/);
    if (fields.length !== 5)
        return null;
    const [minute, hour, dom, month, dow] = fields;
    const counts = [values(minute, 60), values(hour, 24), values(dom, 31), values(month, 12), values(dow, 7)];
    if (counts.some((c) => c === null))
        return null;
    const [m, h, d, mo, w] = counts;
    return m * h * (d / 31) * (mo / 12) * (w / 7);
}
/** How many values of a cron field's range (`*`, `*\/15`, `1,15`, `8-18`, `8-18/2`, `MON`) it matches. */
function values(field, size) {
    let total = 0;
    for (const part of field.split(',')) {
        const [range, stepText] = part.split('/');
        const step = stepText === undefined ? 1 : Number(stepText);
        if (!Number.isInteger(step) || step < 1)
            return null;
        let span;
        if (range === '*' || range === '?')
            span = size;
        else if (range.includes('-')) {
            const [a, b] = range.split('-').map(Number);
            if (!Number.isInteger(a) || !Number.isInteger(b) || b < a)
                return null;
            span = b - a + 1;
        }
        else
            span = stepText === undefined ? 1 : size;
        total += Math.ceil(span / step);
    }
    return Math.min(total, size);
}
/** A reader's word for a rate: "every minute", "24 times a day", "about once a week". */
function describeRate(perDay) {
    if (perDay >= 1_440)
        return 'every minute or more often';
    if (perDay >= 2)
        return `${Math.round(perDay)} times a day`;
    if (perDay >= 0.9)
        return 'once a day';
    if (perDay >= 1 / 7 - 1e-9)
        return `about ${Math.round(perDay * 7)} times a week`.replace(/^about 1 times/, 'about once');
    return 'about once a month or less';
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/schedule.ts
/**
 * The app's scheduled tasks: `$schedule->job(new X)->weekly()`, `->command(X::class)->daily()`,
 * `->call(…)->dailyAt('03:00')` in the console kernel's schedule(), `Schedule::job(…)` in routes/console.php,
 * `withSchedule(fn (Schedule $s) => …)` in bootstrap/app.php or a service provider. A chain counts as a
 * task when a frequency method follows the job/command/call step, which only the scheduler's events have.
 */



const TASK_STEPS = new Set(['job', 'command', 'call']);
/** How a task is scheduled, for a message: `` `->daily()` (once a day, app/Console/Kernel.php:12)``. */
function describeSchedule(t) {
    const how = t.frequency ? `\`${t.frequency}\`` : "with no frequency method (Laravel's default)";
    const rate = t.runsPerDay === null ? 'at a rate that cannot be read' : describeRate(t.runsPerDay);
    return `${how} (${rate}, ${t.file}:${t.line})`;
}
function scheduledTasks(file, program) {
    const tasks = [];
    const inner = new Set();
    forEachTopLevel(file, program, (top, scope) => {
        ast_walk(top, (node) => {
            if (node.kind !== 'call' || inner.has(node))
                return;
            const { root, steps } = flatten(node);
            // Calls nested in this chain are steps of it, not chains of their own.
            for (const s of steps)
                inner.add(s.node);
            const at = steps.findIndex((s) => s.name !== null && TASK_STEPS.has(s.name.toLowerCase()));
            if (at < 0)
                return;
            const frequency = steps.slice(at + 1).filter((s) => s.name !== null && isFrequencyMethod(s.name));
            if (frequency.length === 0 && !(at === 0 && onSchedule(root, steps[0], scope)))
                return;
            const task = steps[at];
            const kind = task.name.toLowerCase();
            const target = task.args[0] ?? null;
            tasks.push({
                file,
                line: lineOf(node),
                endLine: endLineOf(node),
                kind,
                classes: target ? namedClasses(target, scope, kind === 'call') : [],
                ...(kind === 'command' && target?.kind === 'string'
                    ? { command: String(field(target, 'value')).trim().split(/\s+/)[0] }
                    : {}),
                frequency: frequency.map(renderStep).join(''),
                runsPerDay: runsPerDay(frequency.map((s) => ({ name: s.name, args: s.args.map((a) => evaluate(a)) }))),
            });
        });
    });
    return tasks;
}
/**
 * A task with no frequency method runs every minute (Laravel's default `* * * * *`). Without one, only a
 * call on the scheduler itself is a task: `$schedule->command(…)` in the kernel or a `withSchedule`
 * callback, or the `Schedule` facade; `Artisan::command('name', fn …)` defines a command, and another
 * class's `command()` or `job()` is its own.
 */
const SCHEDULE_FACADE = 'illuminate\\support\\facades\\schedule';
function onSchedule(root, first, scope) {
    if (first.kind === 'call')
        return root.kind === 'variable' && nameOf(root)?.toLowerCase() === 'schedule';
    if (first.kind !== 'static' || root.kind !== 'name' || !nameOf(root))
        return false;
    return resolveClass(nameOf(root), field(root, 'resolution'), scope).toLowerCase() === SCHEDULE_FACADE;
}
/**
 * The classes a task's argument names: `new X`, `X::class`; for a callback, every class named in it
 * (the code it calls runs when the task does).
 */
function namedClasses(target, scope, deep) {
    const out = new Set();
    const direct = classOfTarget(target, scope);
    if (direct)
        out.add(direct);
    if (deep) {
        ast_walk(target, (n) => {
            if (n.kind !== 'name')
                return;
            const raw = nameOf(n);
            if (raw)
                out.add(resolveClass(raw, field(n, 'resolution'), scope));
        });
    }
    return [...out];
}
/** `new X(…)` or `X::class`. */
function classOfTarget(n, scope) {
    const named = (c) => c?.kind === 'name' && nameOf(c) ? resolveClass(nameOf(c), field(c, 'resolution'), scope) : null;
    if (n.kind === 'new')
        return named(child(n, 'what'));
    if (n.kind === 'staticlookup' && nameOf(child(n, 'offset'))?.toLowerCase() === 'class')
        return named(child(n, 'what'));
    return null;
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/rare-classes.ts
/**
 * Classes whose code runs rarely or never in production, from who names them:
 * - a job nothing outside tests names (no `X::dispatch`, `dispatch(new X)`, `X::class`…) does not run;
 * - a class named only inside scheduled tasks rarer than hourly runs only that often;
 * - a console command no schedule runs is run by hand (an install, an import, a data fix), and one the
 *   schedule runs rarer than hourly is a maintenance pass;
 * - a class named only by console commands runs when an operator or the scheduler runs them;
 * - import and export code (file-transfers.ts) runs when someone imports or exports a file, unless a task
 *   runs it hourly or more often;
 * and, followed to a fixed point, a class named only by such classes runs only when they do.
 * Any other reference (a controller, a provider, a route, a config file) keeps a class on the hot path.
 * A maintenance pass or a command typed by hand costs one background run, never a user's wait: the
 * reviewed findings of the corpus in such code were rejected by the apps' maintainers, so they are info.
 * A command the schedule runs hourly or more often is the app's own workload, as a queued job is: it is not
 * rare, and neither is what it calls (scheduled-work.ts places its queries as a job's). One scheduled at a
 * rate that cannot be read keeps the console bound (a warning at most, place-severity.ts), and so does what
 * only such commands call.
 */





/**
 * Tasks running fewer than this many times a day are rare. Hourly is not: a reminder or billing loop run
 * every hour over a growing table is the app's own workload (the corpus's reviewed hourly jobs were real
 * findings), while one run every few hours, daily or weekly is a maintenance pass whose scan costs one
 * background run, never a user's wait.
 */
const RARE_RUNS_PER_DAY = 24;
const rare_classes_QUEUED = 'illuminate\\contracts\\queue\\shouldqueue';
const DISPATCHABLE = 'illuminate\\foundation\\bus\\dispatchable';
const UNUSED = 'is never dispatched (nothing outside tests names it)';
const BY_HAND = 'is a console command no schedule runs: it runs when someone types it';
const TRANSFER = {
    import: 'is import code: it runs when someone imports a file, an occasional action rather than a page view',
    export: 'is export code: it runs when someone exports a file, an occasional action rather than a page view',
};
const isRareTask = (t) => t.runsPerDay !== null && t.runsPerDay < RARE_RUNS_PER_DAY;
/** A task known to run hourly or more often. */
const isFrequentTask = (t) => t.runsPerDay !== null && t.runsPerDay >= RARE_RUNS_PER_DAY;
const scheduleReason = (t) => `runs only from the schedule ${describeSchedule(t)}`;
/** The name Artisan runs a command by: the first word of its `$signature`, else its `$name`. */
function commandName(d, index) {
    for (const prop of ['signature', 'name']) {
        const value = index.propertyDefault(d.fqcn, prop);
        if (typeof value === 'string' && value.trim())
            return value.trim().split(/\s+/)[0];
    }
    return null;
}
/** The scheduled tasks that run a console command, by its class or by its Artisan name. */
function tasksRunning(d, index, tasks) {
    const name = commandName(d, index);
    return tasks.filter((t) => t.kind === 'command' && (t.classes.includes(d.fqcn) || (name !== null && t.command === name)));
}
/**
 * How a console command runs, from the schedule alone: null when a task runs it hourly or more often (or at
 * a frequency that cannot be read); else a rare schedule or, with no task naming it, by hand.
 */
function commandRuns(d, index, tasks) {
    const runs = tasksRunning(d, index, tasks);
    if (runs.some((t) => !isRareTask(t)))
        return null;
    if (runs.length === 0)
        return { cap: 'info', kind: 'console', reason: BY_HAND, root: BY_HAND };
    const reason = scheduleReason(runs[0]);
    return { cap: 'info', kind: 'schedule', reason, root: reason };
}
function rareClasses(index, refs, tasks) {
    const rare = new Map();
    const candidates = index.classes.filter((d) => (d.kind === 'class' || d.kind === 'trait') &&
        !d.summary.anonymous &&
        placeOf(d.file, d.fqcn, index) !== 'test' &&
        !index.isA(d.fqcn, CONSOLE_COMMAND));
    for (const d of index.classes) {
        if (d.kind !== 'class' || d.summary.isAbstract || !index.isA(d.fqcn, CONSOLE_COMMAND))
            continue;
        if (placeOf(d.file, d.fqcn, index) === 'test')
            continue;
        const runs = commandRuns(d, index, tasks);
        if (runs)
            rare.set(d, runs);
    }
    const taskAt = (r) => tasks.find((t) => t.file === r.file && r.line >= t.line && r.line <= t.endLine) ?? null;
    // Import and export code, unless the schedule runs it hourly or more often (a feed synced all day).
    for (const d of candidates) {
        const transfer = transferOf(d, index);
        if (!transfer)
            continue;
        const frequent = refs.referencesTo(d.fqcn).some((r) => {
            const task = taskAt(r);
            return task !== null && !isRareTask(task);
        });
        const reason = TRANSFER[transfer];
        if (!frequent)
            rare.set(d, { cap: TRANSFER_CAP[transfer], kind: transfer, reason, root: reason });
    }
    for (const d of candidates) {
        if (rare.has(d))
            continue;
        if (isJob(d, index) && refs.referencesTo(d.fqcn).length === 0)
            rare.set(d, {
                cap: 'info',
                kind: 'unused-job',
                reason: UNUSED,
                root: UNUSED,
            });
    }
    /** Why a reference runs rarely; null when it may run on a request or a frequent job. */
    const rareSource = (r, target) => {
        const task = taskAt(r);
        if (task) {
            if (!isRareTask(task))
                return null;
            const reason = scheduleReason(task);
            return { cap: 'info', kind: 'schedule', reason, root: reason };
        }
        const from = r.from ? index.get(r.from) : undefined;
        if (!from || from === target)
            return null;
        const known = rare.get(from);
        if (known)
            return { ...known, reason: `runs only from ${from.name}, which ${known.root}` };
        if (index.isA(from.fqcn, CONSOLE_COMMAND)) {
            if (tasksRunning(from, index, tasks).some(isFrequentTask))
                return null;
            const reason = `runs only from console commands (${from.name})`;
            return { cap: 'warning', kind: 'console', reason, root: reason };
        }
        return null;
    };
    for (let changed = true; changed;) {
        changed = false;
        for (const d of candidates) {
            if (rare.has(d))
                continue;
            const named = refs.referencesTo(d.fqcn);
            if (named.length === 0)
                continue;
            let worst = null;
            let all = true;
            for (const r of named) {
                const why = rareSource(r, d);
                if (!why) {
                    all = false;
                    break;
                }
                // The most severe bound wins; at the same one, the schedule says more than "console commands".
                const order = (x) => findings/* SEVERITY_ORDER */.B[x.cap] * 2 + (x.kind === 'schedule' ? 1 : 0);
                if (!worst || order(why) > order(worst))
                    worst = why;
            }
            if (all && worst) {
                rare.set(d, worst);
                changed = true;
            }
        }
    }
    return rare;
}
/** A dispatchable job class: a queued or `Dispatchable` class, or one the app keeps under app/Jobs. */
function isJob(d, index) {
    if (d.summary.isAbstract || d.kind !== 'class')
        return false;
    const inJobs = d.file.replace(/\\/g, '/').toLowerCase().startsWith('app/jobs/');
    const dispatchable = index.traitsOf(d.fqcn).some((t) => t.toLowerCase() === DISPATCHABLE);
    return inJobs || (dispatchable && index.isA(d.fqcn, rare_classes_QUEUED));
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/references.ts
/**
 * Who names each class, outside tests and outside the class's own file: the evidence that a job is still
 * dispatched, or that a service is only ever called from a weekly task. A class named through a subclass
 * counts as named (the subclass runs the parent's code).
 */

class ReferenceIndex {
    index;
    byName = new Map();
    subclasses = new Map();
    constructor(summaries, index) {
        this.index = index;
        const tests = new Map();
        for (const s of summaries) {
            tests.clear();
            for (const r of s.references ?? []) {
                if (!tests.has(r.from))
                    tests.set(r.from, placeOf(s.file, r.from, index) === 'test');
                if (tests.get(r.from))
                    continue;
                const key = r.name.toLowerCase();
                const list = this.byName.get(key);
                const ref = { ...r, file: s.file };
                if (list)
                    list.push(ref);
                else
                    this.byName.set(key, [ref]);
            }
        }
        // Appended in place: copying the list for each subclass was quadratic in a base class's subclasses.
        for (const decl of index.classes) {
            if (!decl.parent)
                continue;
            const key = decl.parent.toLowerCase();
            const list = this.subclasses.get(key);
            if (list)
                list.push(decl.fqcn);
            else
                this.subclasses.set(key, [decl.fqcn]);
        }
    }
    /** The references to a class and to its subclasses, outside tests and the files declaring them. */
    referencesTo(fqcn) {
        const out = [];
        const seen = new Set();
        const visit = (name) => {
            const key = name.toLowerCase();
            if (seen.has(key))
                return;
            seen.add(key);
            const own = this.index.get(name)?.file;
            for (const r of this.byName.get(key) ?? [])
                if (r.file !== own)
                    out.push(r);
            for (const sub of this.subclasses.get(key) ?? [])
                visit(sub);
        };
        visit(fqcn);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/uncalled.ts
/**
 * Methods nothing calls: a method of an app class whose name no code outside tests and outside its own
 * body calls or spells (called-names.ts) does not run, so a query in it cannot block a merge.
 *
 * The mistake to avoid is calling live code dead, so by name alone and on any receiver: `->m(`, `::m(`,
 * a property read `->m` (a relation, an accessor), a word of any string (`[$this, 'm']`, `'Foo@m'`,
 * `with('m')`, a route action, a listener, `method_exists`), a Blade template's PHP. A name the code calls
 * anywhere keeps every method of that name, whatever the class. Beside that, what the framework calls:
 * - entry points by name: magic methods, `handle`, `boot*`, `register*`, `scope*`, `get*Attribute`…;
 * - every public method of a controller, policy, observer, listener or middleware, and of a class top-level
 *   code names (routes, config, templates): routes and the Gate call them by a name the code may not spell;
 * - every non-private method of a class that extends, implements or uses a type the app does not declare
 *   (a model, a Livewire component, a job, a transformer), or that sits in a namespace where the app also
 *   names classes it does not declare (a package's class copied into the app): vendor code may call it by its
 *   name, and that code is not read; the same for a class one of whose subclasses (or trait users) does;
 * - methods with PHP attributes (read by reflection);
 * - every method of a class a dynamic call may reach (`$this->$name()`, `Foo::$m()`, `[$this, $m]`), and
 *   methods matching the literal ends of a concatenation in a file with a dynamic call (`'include' . $x`).
 * A dynamic call whose receiver cannot be told (`$client->{$verb}()`, `$this->repo->{$action}()`) reaches
 * the declared type of the property it is made on, the class it sits in and every class its file names.
 * It does not turn the pass off for the app: such calls are common (a Guzzle verb, a logger level, a bulk
 * action), and the name they call must come from somewhere, which any string spelling it already counts.
 * What stays unseen is a name only data outside the PHP code holds (a request parameter nothing names, a
 * database row) sent to a class the calling file does not name.
 */


/** Names the framework calls on classes it is handed (normalized): jobs, middleware, rules, composers… */
const ENTRY_NAMES = new Set([
    'handle', 'terminate', 'render', 'report', 'context', 'compose', 'create', 'passes', 'message', 'validate',
    'join', 'subscribe', 'failed', 'authorize', 'rules', 'messages', 'attributes', 'apply', 'via', 'middleware',
    'backoff', 'retryUntil', 'tags', 'uniqueId', 'displayName', 'shouldQueue', 'viaQueue', 'viaConnection',
    'withDelay', 'toArray', 'toJson', 'jsonSerialize', 'toResponse', 'toHtml', 'broadcastOn', 'up', 'down', 'run',
    'definition', 'schedule', 'commands',
].map(normalizeName)); // prettier-ignore
/** Prefixes of names the framework builds: boot/register hooks, trait initializers, scopes, Livewire hooks. */
const ENTRY_PREFIXES = [
    'boot', 'register', 'initialize', 'scope', 'mount', 'hydrate', 'dehydrate', 'updating', 'updated', 'rendering',
    'rendered',
]; // prettier-ignore
/** Classes whose public methods routes, the Gate or the event dispatcher call: by name or by folder. */
const ENTRY_CLASS = /(Controller|Policy|Observer|Listener|Subscriber|Middleware|Composer)$/;
const ENTRY_FOLDER = /(^|\/)(Controllers|Policies|Observers|Listeners|Middleware|Livewire)\//;
function uncalledMethods(index, summaries) {
    const live = summaries.filter((s) => placeOf(s.file, s.classes[0]?.fqcn ?? null, index) !== 'test');
    const patterns = [];
    const receivers = new Set();
    const entryClasses = new Set();
    for (const s of live) {
        // A file neither parsed nor lexed may call anything.
        if (s.calls?.unread)
            return [];
        if (s.calls) {
            patterns.push(...s.calls.patterns);
            for (const d of s.calls.dynamic)
                for (const r of dynamicReceivers(d, s, index))
                    receivers.add(r.toLowerCase());
        }
        for (const r of s.references ?? [])
            if (r.from === null)
                entryClasses.add(r.name.toLowerCase());
    }
    // The methods the framework cannot call, by name; then any name a live file spells keeps them.
    const family = new Family(index, vendorNamespaces(live, index));
    const reachedDynamically = family.related(receivers);
    const candidates = new Map();
    for (const decl of index.classes) {
        if (decl.kind === 'interface' || decl.summary.anonymous)
            continue;
        if (placeOf(decl.file, decl.fqcn, index) === 'test')
            continue;
        if (reachedDynamically.has(decl.fqcn.toLowerCase()))
            continue;
        const open = family.open(decl);
        const entry = entryClasses.has(decl.fqcn.toLowerCase()) ||
            ENTRY_CLASS.test(decl.name) ||
            ENTRY_FOLDER.test(decl.file.replace(/\\/g, '/'));
        for (const method of decl.summary.methods) {
            if (method.isAbstract || method.attributed)
                continue;
            if (method.visibility !== 'private' && open)
                continue;
            if (method.visibility === 'public' && entry)
                continue;
            const name = normalizeName(method.name);
            if (isEntryName(method.name, name))
                continue;
            if (patterns.some(([p, s]) => name.startsWith(p) && name.endsWith(s)))
                continue;
            const list = candidates.get(name);
            const c = { decl, method, called: false };
            if (list)
                list.push(c);
            else
                candidates.set(name, [c]);
        }
    }
    if (candidates.size === 0)
        return [];
    for (const s of live) {
        const names = s.calls?.names ?? [];
        for (let i = 0; i < names.length; i++) {
            const list = candidates.get(names[i]);
            if (!list)
                continue;
            const lines = s.calls.lines[i];
            for (const c of list)
                if (!c.called)
                    c.called = calledFrom(s.file, lines, c);
        }
    }
    const out = [];
    for (const list of candidates.values())
        for (const { decl, method, called } of list)
            if (!called)
                out.push({
                    file: decl.file,
                    line: method.line,
                    endLine: method.endLine,
                    cap: 'info',
                    kind: 'uncalled-method',
                    reason: `no code outside tests calls ${decl.name}::${method.name}()`,
                });
    return out;
}
/**
 * The classes a dynamic call may be made on: the one the code tells; else the declared type of the
 * `$this->prop` it is made on, the class it sits in, and every class its file names (a receiver's type is
 * almost always imported where it is used: a parameter, a property, a `new`, a facade).
 */
function dynamicReceivers(d, s, index) {
    if (d.receiver !== null)
        return [d.receiver];
    const out = (s.references ?? []).map((r) => r.name).filter((n) => index.get(n));
    if (d.from)
        out.push(d.from);
    if (d.from && d.property)
        out.push(...(index.propertyType(d.from, d.property)?.names ?? []));
    return out;
}
/** A namespace's first two segments, lower-case: `illuminate\\validation` for the package's subfolders too. */
function namespaceKey(ns) {
    return ns.split('\\').slice(0, 2).join('\\').toLowerCase();
}
/** A class name's last segment as classes are written (`ValidationRuleParser`), not a function or constant. */
const CLASS_NAME = /^[A-Z][a-z0-9]/;
/**
 * Namespaces holding copies of a package's classes (an `overrides/` folder, a patched vendor file), which
 * the package's own code, not read, calls by their names: namespaces the app names classes of without
 * declaring them, when those undeclared classes are at least as many as the declared ones, or when none of
 * the declared ones is under app/. An own namespace with a stale or mistyped name (`App\Http\Exception`
 * for a missing import) is neither.
 */
function vendorNamespaces(live, index) {
    const declared = new Map();
    for (const d of index.classes) {
        const key = namespaceKey(d.summary.namespace);
        const known = declared.get(key) ?? { count: 0, inApp: false };
        known.count++;
        known.inApp ||= d.file.startsWith('app/');
        declared.set(key, known);
    }
    const undeclared = new Map();
    const seen = new Set();
    for (const s of live)
        for (const r of s.references ?? []) {
            if (seen.has(r.name))
                continue;
            seen.add(r.name);
            const at = r.name.lastIndexOf('\\');
            if (at < 0 || !CLASS_NAME.test(r.name.slice(at + 1)) || index.get(r.name))
                continue;
            const key = namespaceKey(r.name.slice(0, at));
            if (!declared.has(key))
                continue;
            const names = undeclared.get(key) ?? new Set();
            names.add(r.name.toLowerCase());
            undeclared.set(key, names);
        }
    const out = new Set();
    for (const [key, names] of undeclared) {
        const own = declared.get(key);
        if (names.size >= own.count || !own.inApp)
            out.add(key);
    }
    return out;
}
function isEntryName(raw, name) {
    if (raw.startsWith('__') || ENTRY_NAMES.has(name))
        return true;
    if (ENTRY_PREFIXES.some((p) => name.startsWith(p)))
        return true;
    return (name.startsWith('get') || name.startsWith('set')) && name.endsWith('attribute');
}
/** Whether lines of a file naming the method call it: anywhere but inside its own body. */
function calledFrom(file, lines, c) {
    return file !== c.decl.file || lines.some((l) => l < c.method.line || l > c.method.endLine);
}
/** Parents, subclasses, traits and their users: who shares a class's methods. */
class Family {
    index;
    vendor;
    subclasses = new Map();
    users = new Map();
    /** Classes implementing an interface, and interfaces extending it. */
    implementers = new Map();
    externalMemo = new Map();
    openMemo = new Map();
    constructor(index, 
    /** Namespaces (namespaceKey) the app shares with classes it does not declare. */
    vendor) {
        this.index = index;
        this.vendor = vendor;
        const push = (map, key, d) => {
            const list = map.get(key.toLowerCase());
            if (list)
                list.push(d);
            else
                map.set(key.toLowerCase(), [d]);
        };
        for (const d of index.classes) {
            if (d.parent)
                push(this.subclasses, d.parent, d);
            for (const t of d.traits)
                push(this.users, t, d);
            for (const i of d.summary.interfaces)
                push(this.implementers, i, d);
        }
    }
    /** Whether the class extends, implements or uses (through app types) a type the app does not declare. */
    external(d) {
        const known = this.externalMemo.get(d);
        if (known !== undefined)
            return known;
        this.externalMemo.set(d, false); // a cycle in broken code
        if (this.vendor.has(namespaceKey(d.summary.namespace))) {
            this.externalMemo.set(d, true);
            return true;
        }
        const names = [...(d.parent ? [d.parent] : []), ...d.summary.interfaces, ...d.traits];
        const result = names.some((n) => {
            const decl = this.index.get(n);
            return !decl || this.external(decl);
        });
        this.externalMemo.set(d, result);
        return result;
    }
    /** Whether vendor code may call the class's methods: its own types, or those of a subclass or trait user. */
    open(d) {
        const known = this.openMemo.get(d);
        if (known !== undefined)
            return known;
        this.openMemo.set(d, false);
        const key = d.fqcn.toLowerCase();
        const result = this.external(d) ||
            (this.subclasses.get(key) ?? []).some((s) => this.open(s)) ||
            (this.users.get(key) ?? []).some((u) => this.open(u));
        this.openMemo.set(d, result);
        return result;
    }
    /**
     * The classes whose methods a call on an object of these types may reach: their ancestors, subclasses,
     * and the traits of all of them; for a trait or an interface, the classes using or implementing it
     * likewise. Lower-case names.
     */
    related(roots) {
        const out = new Set();
        const expanded = new Set();
        const queue = [...roots];
        while (queue.length) {
            const key = queue.pop();
            if (expanded.has(key))
                continue;
            expanded.add(key);
            out.add(key);
            const decl = this.index.get(key);
            if (decl) {
                for (const a of this.index.lineage(decl.fqcn))
                    out.add(a.fqcn.toLowerCase());
                for (const t of this.index.traitsOf(decl.fqcn))
                    out.add(t.toLowerCase());
            }
            for (const s of this.subclasses.get(key) ?? [])
                queue.push(s.fqcn.toLowerCase());
            for (const u of this.users.get(key) ?? [])
                queue.push(u.fqcn.toLowerCase());
            for (const i of this.implementers.get(key) ?? [])
                queue.push(i.fqcn.toLowerCase());
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/index.ts
/**
 * Code that runs rarely or never in production, so a query in it cannot block a merge: jobs nothing
 * dispatches, methods nothing calls, classes only scheduled tasks rarer than hourly (or only console
 * commands) reach, import and export code, and model delete/restore events. Pure: a function of the app's
 * summaries and registration files. Also what runs only when the cache misses (cached-reads.ts), which warns
 * at most.
 */








const ast = (p) => p.ast;
/** The app's scheduled tasks, from the files that register the schedule. */
const scheduleOf = (registrations) => registrations.flatMap((p) => scheduledTasks(p.path, ast(p)));
function rarePaths(input) {
    const { index, summaries, registrations, tasks, models } = input;
    const out = [];
    for (const [decl, rare] of rareClasses(index, new ReferenceIndex(summaries, index), tasks)) {
        out.push({
            file: decl.file,
            line: decl.line,
            endLine: decl.summary.endLine,
            cap: rare.cap,
            kind: rare.kind,
            reason: `${decl.name} ${rare.reason}`,
        });
    }
    const observed = new Set();
    const modelNames = new Set(models.map((m) => m.fqcn.toLowerCase()));
    for (const p of registrations) {
        forEachTopLevel(p.path, ast(p), (node, scope) => {
            for (const c of observedClasses(node, scope))
                observed.add(c.toLowerCase());
            out.push(...eventCallbacks(p.path, node, scope, p.path, modelNames));
        });
    }
    out.push(...observerMethods(index, observed));
    out.push(...uncalledMethods(index, summaries));
    const declsByFile = new Map();
    for (const d of index.classes)
        declsByFile.set(d.file, [...(declsByFile.get(d.file) ?? []), d]);
    for (const s of summaries) {
        const decls = declsByFile.get(s.file) ?? [];
        out.push(...streamedDownloads(s, decls, index), ...cachedReads(s, decls, index));
    }
    for (const m of models) {
        const decl = index.get(m.fqcn);
        if (!decl)
            continue;
        for (const boot of bootMethods(decl, index))
            out.push(...eventCallbacks(decl.file, boot, decl.scope, decl.name, modelNames));
    }
    return out;
}

// EXTERNAL MODULE: ./src/project/code-ranges.ts
var code_ranges = __webpack_require__(21575);
;// CONCATENATED MODULE: ./src/project/laravel/rare-paths/scheduled-work.ts
/**
 * Console code the schedule runs hourly or more often is the app's own workload, as a queued job is: a
 * command run every minute over a growing table scans it 1,440 times a day, and a callback
 * (`$schedule->call(…)->everyFiveMinutes()`) the same. Their queries are placed as a job's, so they can be
 * critical. A command typed by hand, run rarer than hourly, or scheduled at a rate that cannot be read keeps
 * the console bound (place-severity.ts, rare-classes.ts). Pure: a function of the class index and the tasks.
 */





const rateOf = (t) => `the schedule ${describeSchedule(t)}`;
/** The most frequent of some tasks. */
const mostFrequent = (tasks) => tasks.reduce((a, b) => ((b.runsPerDay ?? 0) > (a.runsPerDay ?? 0) ? b : a));
function scheduledWork(index, tasks) {
    const out = [];
    for (const d of index.classes) {
        if (d.kind !== 'class' || d.summary.isAbstract || !index.isA(d.fqcn, CONSOLE_COMMAND))
            continue;
        if (placeOf(d.file, d.fqcn, index) === 'test')
            continue;
        const frequent = tasksRunning(d, index, tasks).filter(isFrequentTask);
        if (frequent.length === 0)
            continue;
        const reason = `${d.name} runs from ${rateOf(mostFrequent(frequent))}`;
        out.push({ file: d.file, line: d.line, endLine: d.summary.endLine, reason });
    }
    for (const t of tasks) {
        if (t.kind !== 'call' || !isFrequentTask(t))
            continue;
        out.push({ file: t.file, line: t.line, endLine: t.endLine, reason: `a callback run by ${rateOf(t)}` });
    }
    return out;
}
/** Each console item inside a scheduled path, lifted by `lift`; the others as they are. */
function placeScheduled(items, paths, lift) {
    if (paths.length === 0)
        return items;
    const ranges = new code_ranges/* CodeRanges */.O(paths);
    return items.map((item) => {
        const at = item.place === 'console' ? ranges.holding(item.location.file, item.location.line)[0] : undefined;
        return at ? lift(item, at) : item;
    });
}
/** Queries of console code the schedule runs often are a job's, and say which task runs them. */
const placeScheduledQueries = (shapes, paths) => placeScheduled(shapes, paths, (s, at) => ({ ...s, place: 'job', scheduled: at.reason }));
/** Writes of such code are a job's too (the table they fill grows on the app's own workload). */
const placeScheduledWrites = (writes, paths) => placeScheduled(writes, paths, (w) => ({ ...w, place: 'job' }));

// EXTERNAL MODULE: ./src/project/parse-pool.ts
var parse_pool = __webpack_require__(25433);
;// CONCATENATED MODULE: ./src/project/project-cache.ts
/**
 * What the static phase learned about each file, kept between runs and keyed by the file's path and
 * content hash: its summary (always valid for the same bytes) and its query extraction (valid while the
 * rest of the app's declarations, models and config are the same: the `world` fingerprint). A second
 * audit of an unchanged app (or the baseline audit of the PR's base, which shares most files) parses only
 * what changed.
 *
 * One JSON file per cache folder, read once and written once (atomically) per run, holding only the
 * entries this run used, so it never grows beyond the app. A cache that cannot be read is ignored with a
 * note; nothing here can fail the audit.
 */




/**
 * Bumped when what an extraction or a whole-app result holds changes shape, or which files give one (6: Blade
 * templates, 7: reads of whole tables, 9: closures a query runs are no queries of their own, 10: an arm that
 * returns keeps its assignments to itself, 12: an optional input branch counts its query's optional filters,
 * 13: the migrations' schema takes a statement refused inside try/catch as the app does, 14: the container
 * of framework base classes, escaped sort choices, a model's `$this->table` in its scopes and validation
 * rules are read, 23: save() adds a row only on an instance built or handed in, 24: migrations answer
 * Doctrine's schema manager, and a Blueprint closure's statement that never names it touches no table, 25:
 * trait method aliases, 26: a whereHas subquery's outer tables, 27: pruning deletes and their cutoffs).
 */
const EXTRACTION_VERSION = 27;
const FILE_NAME = 'project-cache.json';
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function contentHash(text) {
    return (0,external_node_crypto_.createHash)('sha1').update(text).digest('hex');
}
/** A fingerprint of several values (JSON-serializable) in order. */
function project_cache_fingerprint(...parts) {
    const h = (0,external_node_crypto_.createHash)('sha1');
    for (const p of parts)
        h.update(typeof p === 'string' ? p : (JSON.stringify(p) ?? 'undefined')).update('\0');
    return h.digest('hex');
}
class ProjectCache {
    dir;
    format;
    old;
    next;
    stats = { summariesReused: 0, extractionsReused: 0, resultsReused: [] };
    /** Why the previous cache was not used (unreadable, another format), when it was not. */
    note;
    constructor(dir, format, old, note) {
        this.dir = dir;
        this.format = format;
        this.old = old ?? {
            format,
            summaries: {},
            fingerprints: {},
            directives: {},
            extractions: {},
            results: {},
        };
        this.next = { format, summaries: {}, fingerprints: {}, directives: {}, extractions: {}, results: {} };
        this.note = note;
    }
    /** A cache that remembers nothing and writes nothing. */
    static none() {
        return new ProjectCache(null, '', null, null);
    }
    static open_ = new Map();
    /**
     * The cache of `dir` for this process: the head audit and the baseline audit of the same run share it,
     * so the base's unchanged files are not parsed again and one save keeps both.
     */
    static shared(dir, version) {
        const key = `${dir}\0${version}`;
        let cache = ProjectCache.open_.get(key);
        if (!cache) {
            cache = ProjectCache.open(dir, version);
            ProjectCache.open_.set(key, cache);
        }
        return cache;
    }
    /** Opens the cache in `dir` for this perf-audit `version`; a missing or unreadable file starts empty. */
    static open(dir, version) {
        const format = `perf-audit ${version} summary ${SUMMARY_VERSION} extraction ${EXTRACTION_VERSION}`;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, FILE_NAME), 'utf8');
        }
        catch {
            return new ProjectCache(dir, format, null, null);
        }
        try {
            const parsed = JSON.parse(text);
            if (parsed.format !== format)
                return new ProjectCache(dir, format, null, 'written by another version: rebuilt');
            if (!isRecord(parsed.summaries) ||
                !isRecord(parsed.fingerprints) ||
                !isRecord(parsed.extractions) ||
                !isRecord(parsed.directives) ||
                !isRecord(parsed.results)) {
                return new ProjectCache(dir, format, null, 'not a perf-audit cache: rebuilt');
            }
            return new ProjectCache(dir, format, parsed, null);
        }
        catch (err) {
            return new ProjectCache(dir, format, null, `unreadable (${err.message}): rebuilt`);
        }
    }
    get enabled() {
        return this.dir !== null;
    }
    summary(path, hash) {
        const key = `${path}\0${hash}`;
        const found = this.old.summaries[key] ?? this.next.summaries[key];
        if (found && found.file === path && Array.isArray(found.classes)) {
            this.next.summaries[key] = found;
            this.stats.summariesReused++;
            return found;
        }
        return undefined;
    }
    putSummary(path, hash, summary) {
        if (this.enabled)
            this.next.summaries[`${path}\0${hash}`] = summary;
    }
    /** The hash of a file's summary, computed once for the same bytes (hashing every summary costs). */
    summaryFingerprint(path, hash, summary) {
        const key = `${path}\0${hash}`;
        const found = this.old.fingerprints[key] ?? this.next.fingerprints[key];
        // The classes and methods a file names feed only the rare-path pass, which runs on every audit: a
        // changed call inside a method must not make every other file's queries be extracted again.
        const { references: _references, calls: _calls, ...declarations } = summary;
        const fp = typeof found === 'string' ? found : contentHash(JSON.stringify(declarations));
        if (this.enabled)
            this.next.fingerprints[key] = fp;
        return fp;
    }
    /** A file's inline ignore directives (plain data; the caller knows their shape). */
    directives(path, hash) {
        const key = `${path}\0${hash}`;
        const found = this.old.directives[key] ?? this.next.directives[key];
        if (!Array.isArray(found))
            return undefined;
        this.next.directives[key] = found;
        return found;
    }
    putDirectives(path, hash, directives) {
        if (this.enabled)
            this.next.directives[`${path}\0${hash}`] = directives;
    }
    /**
     * A file's cached queries, when they were extracted in the same `world` and every other file the
     * extraction read is unchanged (`unchanged(path, hash)`).
     */
    extraction(path, hash, world, unchanged = () => true) {
        const key = `${path}\0${hash}`;
        const found = this.old.extractions[key];
        if (found &&
            found.world === world &&
            Array.isArray(found.deps) &&
            found.deps.every(([d, h]) => unchanged(d, h)) &&
            Array.isArray(found.value?.queries) &&
            Array.isArray(found.value?.problems)) {
            this.next.extractions[key] = found;
            this.stats.extractionsReused++;
            return found.value;
        }
        return undefined;
    }
    putExtraction(path, hash, world, deps, value) {
        if (this.enabled)
            this.next.extractions[`${path}\0${hash}`] = { world, deps, value };
    }
    /**
     * A whole-app result of `kind` computed from inputs fingerprinted as `key`, when every file it read is
     * unchanged (`unchanged(path, hash)`).
     */
    result(kind, key, unchanged) {
        const found = this.old.results[kind];
        if (!found ||
            found.key !== key ||
            !Array.isArray(found.deps) ||
            !found.deps.every(([d, h]) => unchanged(d, h)))
            return undefined;
        this.next.results[kind] = found;
        this.stats.resultsReused.push(kind);
        return found.value;
    }
    putResult(kind, key, deps, value) {
        if (this.enabled)
            this.next.results[kind] = { key, deps, value };
    }
    /** Writes what this run used; returns a note when it could not (the audit goes on either way). */
    save() {
        if (!this.dir)
            return null;
        const target = (0,external_node_path_.join)(this.dir, FILE_NAME);
        const tmp = `${target}.${process.pid}.tmp`;
        try {
            (0,external_node_fs_.mkdirSync)(this.dir, { recursive: true });
            (0,external_node_fs_.writeFileSync)(tmp, JSON.stringify(this.next));
            (0,external_node_fs_.renameSync)(tmp, target);
            return null;
        }
        catch (err) {
            try {
                (0,external_node_fs_.rmSync)(tmp, { force: true });
            }
            catch {
                // The folder itself is the problem: there is no temporary file to remove.
            }
            return `the project cache could not be written to ${this.dir}: ${err.message}`;
        }
    }
}

// EXTERNAL MODULE: ./src/version.ts
var src_version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/project/load.ts
/**
 * Builds the ProjectModel from the app's files. Every file is summarized once (its declarations, as plain
 * data, cached by content hash); one class index over the summaries serves every reader; each reader is
 * a pure function of the ASTs it reads. With a project cache, a file is parsed only when its summary or
 * its queries are not cached, or a reader needs its code (migrations, models, config): an unchanged app
 * parses a fraction of its files.
 */
























/** Where a critical query from the config file is reported: the config file itself. */
function configLocation(config) {
    return {
        file: config.configFile ? config.configFile.replace(`${config.app}/`, '') : '.perf-audit.yml',
        line: 1,
    };
}
/** Files whose code the settings reader runs on every audit (config, providers, console and bootstrap). */
function alwaysRead(path) {
    return (path.startsWith('config/') ||
        path.startsWith('app/Providers/') ||
        path.startsWith('bootstrap/') ||
        path.startsWith('routes/') ||
        path.startsWith('app/Console/'));
}
function loadProject(files, config, cache) {
    const store = cache ?? ProjectCache.none();
    const problems = [];
    for (const u of files.unreadable ?? [])
        problems.push({
            location: { file: u.path, line: 0 },
            message: `could not read ${u.path} (${u.message}): skipped`,
            construct: 'unreadable file',
        });
    const hashes = new Map(files.php.map((f) => [f.path, contentHash(f.text)]));
    const texts = new Map(files.php.map((f) => [f.path, f.text]));
    // Parse what has no cached facts or is always read; the rest is parsed when a reader asks for it.
    const facts = new Map();
    for (const f of files.php) {
        const cached = store.summary(f.path, hashes.get(f.path));
        const directives = cached ? store.directives(f.path, hashes.get(f.path)) : undefined;
        if (cached && directives)
            facts.set(f.path, { summary: cached, directives });
    }
    const parsedByPath = new Map();
    const parseProblems = new Map();
    const upfront = files.php.filter((f) => !facts.has(f.path) || alwaysRead(f.path));
    // With $PERF_AUDIT_PARSE_WORKERS set, large apps are also parsed in worker threads (parse-pool.ts).
    (0,parse_pool/* parseFiles */.Bj)(upfront, parse_source/* parseSource */.P).outcomes.forEach(({ parsed, problem }, i) => {
        parsedByPath.set(upfront[i].path, parsed);
        if (problem)
            parseProblems.set(upfront[i].path, problem);
    });
    const parsedFile = (path) => {
        if (!parsedByPath.has(path)) {
            const text = texts.get(path);
            const r = text === undefined ? null : (0,parse_source/* parseSource */.P)(path, text);
            parsedByPath.set(path, r?.parsed ?? null);
            if (r?.problem)
                parseProblems.set(path, r.problem);
        }
        return parsedByPath.get(path) ?? null;
    };
    // Reads of other files' code while one file's queries are extracted: that file's cached queries are
    // valid only while those files are unchanged too.
    let reads = null;
    const astSource = (path) => {
        reads?.add(path);
        return parsedFile(path)?.ast ?? null;
    };
    for (const f of files.php) {
        if (facts.has(f.path))
            continue;
        const p = parsedFile(f.path);
        if (!p)
            continue;
        const summary = summarizeFile(p.path, p.ast);
        const directives = phpDirectives(p.path, '', p);
        facts.set(f.path, { summary, directives });
        store.putSummary(f.path, hashes.get(f.path), summary);
        store.putDirectives(f.path, hashes.get(f.path), directives);
    }
    const summaries = files.php.map((f) => facts.get(f.path)?.summary).filter((s) => !!s);
    const laravelVersion = detectLaravelVersion(files);
    const configFolder = findConfigFolder(files.php
        .filter((f) => f.path.startsWith('bootstrap/'))
        .map((f) => parsedFile(f.path))
        .filter((p) => p !== null), files.php.map((f) => f.path), summaries, (path) => parsedFile(path)?.ast ?? null);
    const isConfig = (path) => configPrefix(path, configFolder) !== null;
    const settingsSources = files.php
        .filter((f) => alwaysRead(f.path) || isConfig(f.path))
        .map((f) => parsedFile(f.path))
        .filter((p) => p !== null);
    const settings = resolveSettings({
        files,
        parsed: settingsSources,
        functions: FunctionIndex.fromSummaries(summaries, astSource),
        envFile: config.envFile,
        phpIni: config.phpIni,
        fpmPool: config.fpmPool,
        laravelVersion,
        configFolder,
    });
    const host = appHost(settings.app);
    // One class index of every app file, shared by the migration, model and query readers.
    const index = new ClassIndex(summaries, astSource, host);
    const unchanged = (dep, h) => hashes.get(dep) === h;
    // Keys of a cache that is off are never compared: hashing every summary and model for them is skipped.
    const cacheKey = (parts) => (store.enabled ? project_cache_fingerprint(...parts()) : '');
    // The declarations and config every whole-app result depends on (beyond the files it reads).
    const declared = cacheKey(() => [
        src_version/* VERSION */.x,
        files.php
            .filter((f) => facts.has(f.path))
            .map((f) => [
            f.path,
            store.summaryFingerprint(f.path, hashes.get(f.path), facts.get(f.path).summary),
        ]),
        hostInputs(files, config, hashes, summaries, isConfig),
    ]);
    const tracked = (fn) => {
        reads = new Set();
        try {
            const value = fn();
            return { value, deps: [...reads].map((d) => [d, hashes.get(d) ?? '']) };
        }
        finally {
            reads = null;
        }
    };
    // The migrator's folders (database/migrations and those service providers register) and its order.
    const baseFolders = baseMigrationFolders(config.database.migrations, files.php.map((f) => f.path));
    const providers = tracked(() => providerSchemaSettings(index, host, undefined, baseFolders));
    const providerFiles = new Set(providers.deps.map(([path]) => path));
    const orderedMigrations = orderMigrationFiles(files.php, providers.value.folders);
    const migrationPaths = new Set(orderedMigrations.map((f) => f.path));
    const migrationsKey = cacheKey(() => [
        declared,
        orderedMigrations.map((f) => [f.path, hashes.get(f.path)]),
        // The static schema also reads a schema dump or SQL folder, as the configured source says.
        [
            config.database.schema,
            config.database.dump,
            config.database.sqlDir,
            files.other.filter((f) => f.path.endsWith('.sql')).map((f) => [f.path, contentHash(f.text)]),
        ],
        providers.deps,
        baseFolders,
    ]);
    let fromMigrations = store.result('migrations', migrationsKey, unchanged);
    if (!fromMigrations) {
        const folded = tracked(() => staticSchema({
            config,
            app: files,
            parsed: orderedMigrations.map((f) => parsedFile(f.path)).filter((p) => p !== null),
            index,
            host,
        }));
        fromMigrations = folded.value;
        store.putResult('migrations', migrationsKey, folded.deps, fromMigrations);
    }
    problems.push(...fromMigrations.problems);
    let models = store.result('models', declared, unchanged);
    if (!models) {
        const read = tracked(() => extractModels([], index, host));
        models = read.value;
        store.putResult('models', declared, read.deps, models);
    }
    const registry = new builder_ModelRegistry(models);
    // Builder macros are registered by the service providers: every file's queries may call one.
    const macros = tracked(() => macros_findMacros(index));
    // Everything a file's queries depend on beyond its own bytes and the files it reads.
    const world = cacheKey(() => [declared, models, macros.deps]);
    const queries = [];
    const writes = [];
    const wholeReads = [];
    for (const f of files.php) {
        if (migrationPaths.has(f.path))
            continue;
        const hash = hashes.get(f.path);
        const cached = store.extraction(f.path, hash, world, (dep, h) => hashes.get(dep) === h);
        if (cached) {
            queries.push(...cached.queries);
            problems.push(...cached.problems);
            writes.push(...(cached.writes ?? []));
            wholeReads.push(...(cached.wholeReads ?? []));
            continue;
        }
        const p = parsedFile(f.path);
        if (!p)
            continue;
        reads = new Set();
        const one = extractFileQueries(p, registry, index, host, macros.value);
        const deps = [...reads]
            .filter((d) => d !== f.path)
            .map((d) => [d, hashes.get(d) ?? '']);
        reads = null;
        store.putExtraction(f.path, hash, world, deps, one);
        queries.push(...one.queries);
        problems.push(...one.problems);
        writes.push(...one.writes);
        wholeReads.push(...one.wholeReads);
    }
    for (const q of config.queries) {
        const { shapes, problem } = shapesFromSql(q.sql, configLocation(config), q.name);
        queries.push(...shapes.map((s) => ({ ...s, origin: 'config', name: q.name })));
        if (problem)
            problems.push(problem);
    }
    problems.push(...settings.problems);
    // Where code runs rarely or never: the schedule, observers and model events are registered in the files
    // always read (console kernel, routes, bootstrap, providers). A file that does not parse still names the
    // methods it calls, read by the lexer.
    const unparsed = files.php
        .filter((f) => !facts.has(f.path))
        .map((f) => ({ file: f.path, classes: [], functions: [], calls: lexedNames(f.text) }));
    const registrations = files.php
        .filter((f) => alwaysRead(f.path))
        .map((f) => parsedFile(f.path))
        .filter((p) => p !== null);
    const tasks = scheduleOf(registrations);
    const rare = rarePaths({ index, summaries: [...summaries, ...unparsed], registrations, tasks, models });
    // Console code the schedule runs hourly or more often is placed as a job's.
    const scheduled = scheduledWork(index, tasks);
    // Parse errors first, in file order, as a reader of the report expects them.
    const parseErrors = files.php.map((f) => parseProblems.get(f.path)).filter((p) => !!p);
    const directives = new Map();
    for (const [path, f] of facts)
        if (f.directives.length)
            directives.set(path, f.directives);
    const parsed = [...parsedByPath.values()].filter((p) => p !== null);
    // The index outlives this function (the schema phase follows migration helpers through it): it keeps
    // the ASTs every audit reads, and parses any other file again if one is ever asked for.
    for (const path of [...parsedByPath.keys()])
        if (!alwaysRead(path) && !migrationPaths.has(path) && !providerFiles.has(path))
            parsedByPath.delete(path);
    return {
        parsed,
        schemaSources: () => files.php
            .filter((f) => migrationPaths.has(f.path) || providerFiles.has(f.path) || f.path.startsWith('app/Providers/'))
            .map((f) => parsedFile(f.path))
            .filter((p) => p !== null),
        directives,
        host,
        index,
        cache: cache
            ? {
                ...store.stats,
                resultsReused: [...store.stats.resultsReused],
                parsed: parsed.length,
                note: store.note,
            }
            : null,
        project: {
            root: files.root,
            laravelVersion,
            migrationFiles: [...migrationPaths],
            schema: fromMigrations.schema,
            models,
            queries: placeScheduledQueries(queries, scheduled),
            writes: placeScheduledWrites(writes, scheduled),
            wholeReads,
            rarePaths: rare,
            settings: settings.settings,
            problems: [...parseErrors, ...problems],
            phpFiles: files.php.length,
            database: appDatabase(settings.app.config),
        },
    };
}
/** What config() and env() answer from: config files, env files, the app's helper functions. */
function hostInputs(files, config, hashes, summaries, isConfig) {
    const helpers = new Set(summaries.filter((s) => s.functions.length).map((s) => s.file));
    return [
        config.envFile,
        files.php.filter((f) => isConfig(f.path) || helpers.has(f.path)).map((f) => [f.path, hashes.get(f.path)]),
        files.other
            .filter((f) => {
            const name = f.path.split('/').pop() ?? '';
            return name.startsWith('.env') || name.endsWith('.env') || (0,docker_env/* isComposeFile */.Pv)(name) || (0,docker_env/* isDockerfile */.pZ)(name);
        })
            .map((f) => [f.path, contentHash(f.text)]),
    ];
}

;// CONCATENATED MODULE: ./src/audit/unsendable-branches.ts
/**
 * A conditional branch (an `if` without `else`, a `when()`, a request filter method) that filters on a
 * column none of its query's tables has: MariaDB would refuse the query, so the app never sends it as read.
 * A generic filter every model's list offers (`client_id`, for a model without the column) is the usual
 * case. Such shapes are left out before the planner and the rules; the path without the branch is a shape
 * of its own. Pure.
 */


function withoutUnsendableBranches(queries, schema) {
    const kept = queries.filter((q) => !unsendable(q, schema));
    return kept.length === queries.length ? queries : kept;
}
function unsendable(shape, schema) {
    const branch = shape.optionalBranch;
    if (!branch)
        return false;
    const names = [shape.table, ...shape.joins.map((j) => j.table)];
    const tables = names.map((name) => (0,model/* findTable */.UI)(schema, name));
    // A table the schema does not know: nothing can be said about its columns.
    if (tables.some((t) => !t))
        return false;
    const columns = new Set(branch.columns.map((c) => c.toLowerCase()));
    return shape.where
        .filter((p) => columns.has(p.column.toLowerCase()))
        .some((p) => {
        const { table, column } = (0,index_match/* predicateRef */.zo)(p);
        // A qualifier that names no table of the query (an alias) is not judged.
        if (table !== null && !names.some((n) => n.toLowerCase() === table))
            return false;
        return (0,model/* resolveColumn */.Hx)(tables, table, column) === null;
    });
}

;// CONCATENATED MODULE: ./src/audit/judged-queries.ts
/**
 * The queries the planner and the rules judge: every shape the project read, less the ones the app never sends
 * as read (unsendable-branches.ts), the reads of MariaDB's own schemas (`information_schema.…`, `mysql.…`):
 * server metadata, whose tables no migration declares and no index of the app's serves, and the queries of a
 * base model class on a table it does not have (baseModelTables); a whereHas subquery is judged without the
 * outer row's columns it compares (withoutOuterColumns). Pure.
 */


const SERVER_SCHEMAS = new Set(['information_schema', 'mysql', 'performance_schema', 'sys']);
/** `information_schema.KEY_COLUMN_USAGE`: a table of one of the server's own schemas. */
function readsServerSchema(shape) {
    const dot = shape.table.indexOf('.');
    return dot > 0 && SERVER_SCHEMAS.has(shape.table.slice(0, dot).replace(/`/g, '').toLowerCase());
}
/**
 * The conventional tables of model classes other models extend (`BaseModel`, `StaticModel`) that the schema
 * lacks: such a class is a base in all but name, and `$this->where(…)` in its methods runs on each subclass's
 * table (a `resolveRouteBinding()` every model inherits), never on `base_models`.
 */
function baseModelTables(models, schema) {
    const extended = new Set(models.map((m) => m.parent?.toLowerCase()).filter((p) => !!p));
    return new Set(models
        .filter((m) => extended.has(m.fqcn.toLowerCase()) && !(0,model/* findTable */.UI)(schema, m.table))
        .map((m) => m.table.toLowerCase()));
}
/**
 * A whereHas subquery with its outer row's columns taken out: `where('owner_id', '<>', $id)` inside
 * `whereHas('owner', …)` on users, which have no `owner_id`, compares the outer `songs.owner_id`, as SQL
 * resolves a column the subquery's table lacks. For each outer row it is a constant, no filter of users.
 */
function withoutOuterColumns(shape, schema) {
    if (!shape.outer?.length)
        return shape;
    const own = (0,model/* findTable */.UI)(schema, shape.table);
    const outer = shape.outer.map((t) => (0,model/* findTable */.UI)(schema, t)).filter((t) => !!t);
    if (!own || !outer.length)
        return shape;
    const has = (t, c) => t.columns.some((x) => x.name.toLowerCase() === c.toLowerCase());
    const joined = new Set([shape.table, ...shape.joins.map((j) => j.table)].map((t) => t.toLowerCase()));
    const isOuter = (p) => p.table
        ? !joined.has(p.table.toLowerCase()) &&
            outer.some((t) => t.name.toLowerCase() === p.table.toLowerCase())
        : !has(own, p.column) && outer.some((t) => has(t, p.column));
    const where = shape.where.filter((p) => !isOuter(p));
    return where.length === shape.where.length ? shape : { ...shape, where };
}
function judgedQueries(queries, schema, models = []) {
    const bases = baseModelTables(models, schema);
    const app = queries
        .filter((q) => !readsServerSchema(q) && !bases.has(q.table.toLowerCase()))
        .map((q) => withoutOuterColumns(q, schema));
    const same = app.length === queries.length && app.every((q, i) => q === queries[i]);
    return withoutUnsendableBranches(same ? queries : app, schema);
}

// EXTERNAL MODULE: ./src/rules/registry.ts + 19 modules
var registry = __webpack_require__(76495);
// EXTERNAL MODULE: ./src/rules/groups/indexes.ts + 22 modules
var indexes = __webpack_require__(51111);
// EXTERNAL MODULE: ./src/rules/calibrate/size-class.ts + 2 modules
var size_class = __webpack_require__(93517);
;// CONCATENATED MODULE: ./src/stats/report-sizes.ts
/** What the report says about table sizes when a statistics file was read: which tables were measured, per finding the rows used. */

/**
 * The report's `statistics` section; null when no file was named or found. `planned` is false when no
 * planner ran, so no size was used at all.
 */
function statisticsUsed(loaded, tables, sizing, planned) {
    if (!loaded.file)
        return null;
    return {
        file: loaded.file,
        measured: planned && loaded.stats ? measuredSizes(tables, { ...sizing, stats: loaded.stats }) : {},
        problems: loaded.problems,
    };
}
/** Each finding on a table gets the rows the planner gave that table and where they came from (evidence.tableSize). */
function withTableSizes(findings, loaded, sizing) {
    if (!loaded.stats)
        return findings;
    return findings.map((f) => f.table
        ? {
            ...f,
            evidence: { ...f.evidence, tableSize: tableSize(f.table, { ...sizing, stats: loaded.stats }) },
        }
        : f);
}

;// CONCATENATED MODULE: ./src/stats/small-tables.ts
/**
 * Findings on small tables are info at most: below SMALL_TABLE_ROWS a full read of the table costs about
 * what an index lookup does, so no index verdict there may block or warn. The size is the one the planner
 * used (database.tables, the statistics file, else assume-rows): on empty copies MariaDB still takes a
 * proposed index on a 6-row table, so the planner alone would call its absence critical.
 */

/** PA102's default min-rows: the size below which reading the whole table is not a problem. */
const SMALL_TABLE_ROWS = 10_000;
/** Rules whose verdict is about reading a table (not its schema hygiene, like PA106 or PA107). */
const TABLE_READ_RULES = new Set(['PA101', 'PA102', 'PA103', 'PA104', 'PA105']);
const FROM = {
    measured: 'measured',
    config: 'database.tables',
    assumed: 'assume-rows',
};
function capSmallTables(findings, sizing) {
    return findings.map((f) => {
        if (!f.table || !TABLE_READ_RULES.has(f.rule) || f.severity === 'info')
            return f;
        const size = tableSize(f.table, sizing);
        if (size.rows >= SMALL_TABLE_ROWS)
            return f;
        return {
            ...f,
            severity: 'info',
            message: `${f.message} ${f.table} holds ${size.rows.toLocaleString('en-US')} rows (${FROM[size.source]}): ` +
                `below ${SMALL_TABLE_ROWS.toLocaleString('en-US')} a full read is cheap, so this is info only.`,
        };
    });
}

;// CONCATENATED MODULE: ./src/audit.ts
/** Runs the phases in order and returns one AuditReport. Each phase degrades instead of failing the run. */






























/** Thrown when the audit cannot run at all (exit 3): the app folder is missing or unreadable. */
class AuditError extends Error {
    name = 'AuditError';
}
/**
 * A database URL was given but cannot be used: the run stops (exit 3) rather than quietly giving static
 * verdicts, unless `database.optional` asks for that.
 */
class DatabaseUnusable extends AuditError {
    name = 'DatabaseUnusable';
}
function unusable(url, cause) {
    return new DatabaseUnusable(`the database at ${url.host}:${url.port} cannot be used: ${cause}. ` +
        "Fix the URL, the password or the account's rights (it needs CREATE and DROP on perf_audit_* databases), " +
        'or set database-optional: true (--database-optional) to continue with static verdicts.');
}
/** Why the phase did not run: its note (connect failed, or the scratch database could not be made). */
function causeOf(phases, name) {
    return [...phases.phases].reverse().find((p) => p.name === name)?.note ?? 'unknown error';
}
function noScratch(phases, err) {
    const why = err instanceof Error ? err.message : String(err);
    phases.phases.push({
        name: 'schema',
        status: 'failed',
        ms: 0,
        note: `cannot create a scratch database: ${why}`,
    });
    return null;
}
/** The scratch database with its confined account; null (schema and planner skipped) when none can be had. */
async function confinedScratch(url, phases) {
    try {
        return await (0,connection.createScratchDatabase)(url);
    }
    catch (err) {
        if (!(err instanceof run_account/* ConfinementRefused */.F))
            return noScratch(phases, err);
        phases.skip('schema', err.message);
        phases.skip('planner', 'no confined database account');
        return null;
    }
}
async function runAudit(config, opts = {}) {
    const log = opts.log ?? (() => undefined);
    const phases = opts.phases ?? new audit_phases.PhaseLog();
    if (opts.progress)
        phases.onEvent = opts.progress;
    let files;
    try {
        files = await readAppFiles(config.app, config.limits, config.database.migrations);
    }
    catch (err) {
        throw new AuditError(`cannot read the app at ${config.app}: ${err instanceof Error ? err.message : String(err)}`);
    }
    // Connections the caller had open before the run are theirs: only what the run opened is closed at its end.
    const callerConnections = (0,bounded/* openConnections */.qP)();
    // The database first: a wrong password or an unreachable server is said before minutes of parsing.
    let url = null;
    let version = null;
    if (config.database.url) {
        url = { ...(0,connection.parseDbUrl)(config.database.url), queryTimeoutMs: config.database.queryTimeoutMs };
        (0,bounded/* setDatabaseDeadline */.o_)(config.database.deadlineMs ?? ranges/* DEFAULT_DATABASE_DEADLINE_MS */.ei);
        const dbUrl = url;
        version = await phases.run('connect', async () => {
            const v = await (0,connection.waitForServer)(dbUrl, config.database.waitMs);
            return { value: v, note: `MariaDB ${v}` };
        });
        if (!version && !config.database.optional) {
            (0,bounded/* closeAllConnections */.P4)(callerConnections);
            (0,bounded/* setDatabaseDeadline */.o_)(null);
            throw unusable(url, causeOf(phases, 'connect'));
        }
        else if (!version)
            log('database-optional: static verdicts');
    }
    // Read once for the run (the planner reads the same); a file that cannot be used is said, and sizes stay assumed.
    const statsFile = loadStatistics(config);
    for (const problem of statsFile.problems)
        (opts.warn ?? log)(problem);
    const loaded = await phases.run('project', async () => {
        const cache = config.cacheDir ? ProjectCache.shared(config.cacheDir, src_version/* VERSION */.x) : undefined;
        const l = loadProject(files, config, cache);
        const p = l.project;
        const saveProblem = cache?.save() ?? null;
        return {
            value: l,
            note: `${p.phpFiles} PHP files, ${p.migrationFiles.length} migrations, ${p.models.length} models, ${p.queries.length} query shapes${cacheNote(l, saveProblem)}`,
        };
    });
    if (!loaded)
        throw new AuditError(`reading the project failed: ${phases.phases.at(-1)?.note}`);
    const { project } = loaded;
    // An app on PostgreSQL (or SQL Server) is not a MariaDB app: no schema, no plans, no index verdicts.
    const otherServer = otherDatabaseServer(project.database);
    const notices = otherServer
        ? [
            `This app's database is ${otherServer} (default connection \`${project.database.connection}\`, driver ${project.database.driver}): it is not a MariaDB app, so no MariaDB index verdicts are given.`,
        ]
        : [];
    // Keep only the ASTs the schema phase reads (migrations, service providers) and the ignore directives;
    // the rest would stay in memory for the whole run.
    const directives = loaded.directives;
    loaded.parsed.length = 0;
    let database = null;
    let scratch = null;
    /** The planner's close, left running (PlannerInput.closeLater): its failure, or null. */
    let planningClosed = null;
    let finishing = Promise.resolve();
    let completed = false;
    const httpRuns = opts.http !== false && config.http.urls.length > 0;
    let http = null;
    let captured = [];
    try {
        if (otherServer) {
            phases.skip('schema', `the app's database is ${otherServer}, not MariaDB`);
            phases.skip('planner', `the app's database is ${otherServer}, not MariaDB`);
        }
        else if (!url) {
            phases.skip('schema', 'no database URL: static verdicts only');
            phases.skip('planner', 'no database URL');
        }
        else {
            // A user without CREATE or a read-only server: static verdicts only when the database is optional.
            if (version)
                scratch = await confinedScratch(url, phases);
            if (version && !scratch && !config.database.optional)
                throw unusable(url, causeOf(phases, 'schema'));
            if (version && scratch) {
                const db = scratch;
                log(`database: scratch ${db.name} on ${url.host}:${url.port}`);
                const schemaResult = await phases.run('schema', async (count) => {
                    const r = await runSchemaPhase(db, {
                        progress: count('statements applied'),
                        config,
                        app: files,
                        parsed: loaded.schemaSources(),
                        index: loaded.index,
                        host: loaded.host,
                        serverVersion: version,
                        commandTimeoutMs: config.database.commandTimeoutMs,
                    });
                    return { value: r, note: `${r.source}: ${r.schema.tables.length} tables. ${r.note}`.trim() };
                });
                if (schemaResult) {
                    const planned = await phases.run('planner', async (count) => {
                        const r = await runPlannerPhase(db, {
                            progress: count('queries EXPLAINed'),
                            config,
                            schema: schemaResult.schema,
                            shapes: judgedQueries(project.queries, schemaResult.schema, project.models),
                            // Only the HTTP phase reads the scratch schema after the planner: without it, a twin may be spared.
                            inPlace: schemaResult.pristine && !httpRuns,
                            // Without an HTTP phase, nothing uses the server after the planner: its tables are dropped
                            // while the rules run. The HTTP phase's timings must not share the server with that drop.
                            ...(httpRuns
                                ? {}
                                : {
                                    closeLater: (closing) => (planningClosed = closing.then(() => null, (e) => e)),
                                }),
                            parentRowsOf: (table) => (0,size_class/* parentRows */.sT)((0,size_class/* sizeOf */.$d)(project, config, table, statsFile.stats)),
                        });
                        return { value: r, note: r.note };
                    });
                    const kept = withRejectedTables(schemaResult.schema, schemaResult.rejected);
                    database = {
                        serverVersion: version,
                        schema: kept.schema,
                        applyProblems: [...schemaResult.problems, ...kept.problems],
                        foldProblems: schemaResult.foldProblems,
                        plans: planned?.plans ?? [],
                        criticalPlans: planned?.criticalPlans ?? [],
                        proofs: planned?.proofs ?? [],
                        failedJobs: null,
                        capture: null,
                    };
                }
                else {
                    phases.skip('planner', 'the schema phase failed');
                }
            }
            else if (version) {
                if (!phases.phases.some((p) => p.name === 'planner'))
                    phases.skip('planner', 'no scratch database');
            }
            else {
                phases.skip('schema', 'the database did not answer: static verdicts only');
                phases.skip('planner', 'the database did not answer');
            }
        }
        if (opts.http === false) {
            phases.skip('http', 'baseline audit: no HTTP');
        }
        else if (!httpRuns) {
            phases.skip('http', 'no URL given: no TTFB section');
        }
        else {
            const result = await phases.run('http', async (count) => {
                const r = await runHttpPhase({ config, db: scratch, progress: count('samples taken') });
                return { value: r, note: r.note };
            });
            if (result) {
                captured = result.capturedPlans;
                http = {
                    results: result.results,
                    load: result.load,
                    capture: result.capture,
                    failedJobs: result.failedJobs,
                };
                if (database) {
                    database.capture = result.capture;
                    database.failedJobs = result.failedJobs;
                }
            }
        }
        completed = true;
    }
    finally {
        // The scratch database is dropped while the rules run (they read only what the phases gathered); a
        // failed run waits for the drop here.
        finishing = dropScratch(scratch, planningClosed, callerConnections, phases, log);
        if (!completed)
            await finishing;
    }
    let judged;
    try {
        judged = judge({
            config,
            project,
            database,
            http,
            statsFile,
            otherServer,
            phases,
            log,
            files,
            directives,
        });
    }
    finally {
        await finishing;
    }
    const { ctx, certainty, statistics } = judged;
    let { findings } = judged;
    let fixed = [];
    if (config.baseline) {
        const base = await phases.run('baseline', async () => {
            const r = await auditBaseline(config.baseline, config, (c) => runAudit({ ...c, baseline: null }, {
                http: false,
                log: (line) => log(`baseline: ${line}`),
                ...(opts.progress ? { progress: (e) => opts.progress({ ...e, label: 'baseline' }) } : {}),
            }));
            return { value: r, note: `compared with ${config.baseline}: ${r.findings.length} findings there` };
        });
        if (base)
            ({ findings, fixed } = compareWithBaseline(findings, base.findings));
        else
            (opts.warn ?? log)(`the baseline could not be audited, so every finding counts as new: ${causeOf(phases, 'baseline')}`);
    }
    const verdicts = database && database.plans.length + database.criticalPlans.length > 0 ? 'planner' : 'static';
    return {
        version: 1,
        tool: { name: 'perf-audit', version: src_version/* VERSION */.x },
        app: config.app,
        generatedAt: new Date().toISOString(),
        summary: (0,policy/* summarize */.e)(findings, config.failOn, verdicts),
        findings,
        fixed,
        explains: database ? explainRows(project.queries, database, captured) : [],
        http: http?.results ?? [],
        load: http?.load ?? [],
        // What the rules read: introspected from MariaDB, or the static schema when no database ran.
        schema: ctx.schema,
        certainty,
        settings: Object.values(project.settings).map((s) => ({
            key: s.key,
            value: s.value,
            source: s.source,
            file: s.location?.file ?? null,
            line: s.location?.line ?? null,
        })),
        phases: phases.phases,
        ...(statistics ? { statistics } : {}),
        ...(notices.length ? { notices } : {}),
    };
}
/** The rules over what the phases gathered, sized and silenced: the run's findings. */
function judge(input) {
    const { config, project, database, http, statsFile, otherServer, phases, log, files, directives } = input;
    // MariaDB's schema, with where the app declares each table (the static schema knows).
    const schema = database ? withOrigins(database.schema, project.schema) : project.schema;
    const ctx = {
        config,
        project: { ...project, queries: judgedQueries(project.queries, schema, project.models) },
        schema,
        database,
        http,
        stats: statsFile.stats,
    };
    const certainty = certaintyOf(ctx.schema, schemaProblemsOf(project, database));
    const low = (0,certainty_text/* lowCertaintyText */.Ve)(certainty);
    if (low)
        log(`WARNING: ${low}`);
    const indexRules = new Set(indexes/* indexesRules */.k.map((r) => r.id));
    const outcome = runRules(otherServer ? registry.RULES.filter((r) => !indexRules.has(r.id)) : registry.RULES, ctx);
    for (const e of outcome.errors)
        phases.phases.push({ name: `rule ${e.rule}`, status: 'failed', ms: 0, note: e.message });
    const sizing = { assumeRows: config.database.assumeRows, tables: config.database.tables };
    const planned = !!database && database.plans.length + database.criticalPlans.length > 0;
    const tableNames = ctx.schema.tables.map((t) => t.name);
    const statistics = statisticsUsed(statsFile, tableNames, sizing, planned);
    const sized = planned
        ? capSmallTables(withTableSizes(outcome.findings, statsFile, sizing), {
            ...sizing,
            stats: statsFile.stats,
        })
        : outcome.findings;
    const findings = applyIgnores(withCertainty(sized, certainty), {
        config,
        project,
        files,
        directives,
    });
    return { ctx, certainty, statistics, findings };
}
/**
 * The end of the database's part: the planner's tables (when their drop was left running), then the scratch
 * database, timed like a phase (dropping a large schema is real cost that users should see), then any
 * connection a failure left open.
 */
async function dropScratch(db, planningClosed, callerConnections, phases, log) {
    try {
        if (db) {
            const dropped = await phases.run('cleanup', async () => {
                const failure = await planningClosed;
                const first = failure
                    ? `; its planning tables could not be dropped first: ${messageOf(failure)}`
                    : '';
                try {
                    await db.drop();
                }
                catch (err) {
                    throw new Error(`${messageOf(err)}${first}`);
                }
                return { value: true, note: `dropped ${db.name}${first}` };
            });
            if (!dropped)
                log(`could not drop ${db.name}: ${phases.phases.at(-1)?.note}`);
        }
    }
    finally {
        // Connections a failure left open (e.g. after "Too many connections") must not outlive the run.
        const leaked = (0,bounded/* closeAllConnections */.P4)(callerConnections);
        (0,bounded/* setDatabaseDeadline */.o_)(null);
        if (leaked)
            log(`closed ${leaked} database connection(s) left open`);
    }
}
const messageOf = (err) => (err instanceof Error ? err.message : String(err));
/** How much of the project came from the cache, for the phase note. */
function cacheNote(l, saveProblem) {
    if (!l.cache)
        return '';
    const c = l.cache;
    const parts = [
        `; cache: ${c.summariesReused} summaries and ${c.extractionsReused} files' queries reused${c.resultsReused.length ? `, ${c.resultsReused.join(' and ')} too` : ''}, ${c.parsed} files parsed`,
    ];
    if (c.note)
        parts.push(`; previous cache ${c.note}`);
    if (saveProblem)
        parts.push(`; ${saveProblem}`);
    return parts.join('');
}


/***/ }),

/***/ 40755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FatalPhaseError: () => (/* binding */ FatalPhaseError),
/* harmony export */   PhaseLog: () => (/* binding */ PhaseLog)
/* harmony export */ });
/* harmony import */ var _report_progress_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18991);
/** Runs one phase with its timing; a phase that throws is recorded as failed and the audit goes on. */

/** A failure that must end the run (exit 3) instead of degrading: recorded as the phase's failure, then rethrown. */
class FatalPhaseError extends Error {
    name = 'FatalPhaseError';
}
class PhaseLog {
    phases = [];
    /** The phase running now (a signal's report names it). */
    current = null;
    /** Told when a phase starts and ends (the progress lines). */
    onEvent = null;
    tell(event) {
        try {
            this.onEvent?.(event);
        }
        catch {
            // A progress line that cannot be written never changes the audit.
        }
    }
    skip(name, note) {
        this.phases.push({ name, status: 'skipped', ms: 0, note });
        this.tell({ phase: name, state: 'skipped', note });
    }
    /** A Counter for a long phase's items (`unit`: what is counted, e.g. `statements applied`). */
    counter(name, unit) {
        return (0,_report_progress_js__WEBPACK_IMPORTED_MODULE_0__/* .tenthsCounter */ .Bd)((done, total) => this.tell({ phase: name, state: 'count', done, total, note: unit }));
    }
    /**
     * Runs `fn`; returns its value, or null when it failed (the failure is recorded with its message).
     * `fn` is given `count(unit)`, a Counter for the phase's progress lines.
     */
    async run(name, fn) {
        const start = performance.now();
        this.current = name;
        this.tell({ phase: name, state: 'start' });
        try {
            const { value, note } = await fn((unit) => this.counter(name, unit));
            const ms = Math.round(performance.now() - start);
            this.phases.push({ name, status: 'ran', ms, note });
            this.tell({ phase: name, state: 'ran', ms, note });
            return value;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            const ms = Math.round(performance.now() - start);
            this.phases.push({ name, status: 'failed', ms, note: message });
            this.tell({ phase: name, state: 'failed', ms, note: message });
            if (err instanceof FatalPhaseError)
                throw err;
            return null;
        }
        finally {
            this.current = null;
        }
    }
}


/***/ }),

/***/ 92043:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fh: () => (/* binding */ CAPTURE_LOCK),
/* harmony export */   j4: () => (/* binding */ writeGeneralLogSettings),
/* harmony export */   n4: () => (/* binding */ captureRequests)
/* harmony export */ });
/* unused harmony exports readGeneralLogSettings, withTableOutput */
/* harmony import */ var _connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72713);
/* harmony import */ var _lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6228);
/* harmony import */ var _lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87307);
/* harmony import */ var _lifecycle_signals_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98985);
/* harmony import */ var _http_query_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33315);
/**
 * Captures what the running app asks MariaDB, one request at a time, through the general log written
 * to mysql.general_log. The server's previous general_log / log_output settings are read first and
 * always put back (try/finally), also when a request or a query fails midway, and on SIGINT/SIGTERM (the
 * cleanup registry). They are saved to a state file first, so a run after a SIGKILL restores them too.
 *
 * This only works when perf-audit reaches the same MariaDB server the app uses, with an account that
 * may SET GLOBAL (SUPER or SYSTEM_VARIABLES_ADMIN) and read mysql.general_log. A named lock serializes
 * captures on one server, so two audits never restore each other's settings in the wrong order.
 */





const CAPTURE_LOCK = 'perf_audit_general_log';
async function readGeneralLogSettings(conn) {
    const [rows] = await conn.query('SELECT @@GLOBAL.general_log AS general_log, @@GLOBAL.log_output AS log_output');
    return { generalLog: Number(rows[0].general_log) === 1, logOutput: String(rows[0].log_output) };
}
async function writeGeneralLogSettings(conn, s) {
    // general_log first, so the log never writes to a destination the previous settings did not have.
    await conn.query('SET GLOBAL general_log = ?', [s.generalLog ? 'ON' : 'OFF']);
    await conn.query('SET GLOBAL log_output = ?', [s.logOutput]);
}
/** Adds TABLE to the destinations; keeps FILE when it was there (someone may rely on the file log). */
function withTableOutput(logOutput) {
    const parts = logOutput
        .split(',')
        .map((p) => p.trim().toUpperCase())
        .filter((p) => p && p !== 'NONE');
    return [...new Set([...parts, 'TABLE'])].join(',');
}
async function serverNow(conn) {
    const [rows] = await conn.query('SELECT NOW(6) AS now');
    return String(rows[0].now);
}
async function openThreads(conn, database) {
    if (database === null)
        return [];
    const [rows] = await conn.query('SELECT ID AS id FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()', [database]);
    return rows.map((r) => Number(r.id));
}
async function logRows(conn, from, to) {
    const [rows] = await conn.query(`SELECT thread_id, command_type, CONVERT(argument USING utf8mb4) AS argument
       FROM mysql.general_log
      WHERE event_time >= ? AND event_time <= ? AND thread_id <> CONNECTION_ID()
      ORDER BY event_time, thread_id`, [from, to]);
    return rows.map((r) => ({
        threadId: Number(r.thread_id),
        commandType: String(r.command_type),
        argument: r.argument === null ? '' : String(r.argument),
    }));
}
/**
 * Runs `fetchOnce` for each URL in turn with the general log on, and returns what the app's
 * connections sent during each request. `fetchOnce` failing ends the capture (settings restored) and
 * rejects with its error; report HTTP failures by resolving instead.
 */
async function captureRequests(db, urls, fetchOnce, options = {}) {
    const database = options.database ?? null;
    const conn = await (0,_connection_js__WEBPACK_IMPORTED_MODULE_0__.connect)(db.url);
    try {
        const [lock] = await conn.query('SELECT GET_LOCK(?, ?) AS got', [
            CAPTURE_LOCK,
            options.lockTimeoutS ?? 60,
        ]);
        if (Number(lock[0].got) !== 1)
            throw new Error('another capture holds the general log on this server');
        const [idRow] = await conn.query('SELECT CONNECTION_ID() AS id');
        // Ours: this connection, and the scratch database's own connection when one was passed in.
        const scratchThread = 'conn' in db ? db.conn.threadId : null;
        const ownThreads = [Number(idRow[0].id), ...(scratchThread ? [scratchThread] : [])];
        // We hold the capture lock, so a saved state is from a killed run: its values are the original ones.
        const key = await (0,_lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__/* .serverKey */ .Pd)(conn);
        const previous = (await (0,_lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__/* .readSavedGeneralLog */ .Gx)(key)) ?? (await readGeneralLogSettings(conn));
        // Nothing is changed on the server unless the original values are safe on disk first.
        await (0,_lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__/* .saveGeneralLog */ .o8)(key, previous).catch((err) => {
            throw new Error(`general_log left as it is: could not save its state first (${err instanceof Error ? err.message : String(err)})`);
        });
        (0,_lifecycle_signals_js__WEBPACK_IMPORTED_MODULE_2__.handleInterrupts)();
        const unregister = (0,_lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_4__.registerCleanup)('restore general_log', async () => {
            // A fresh connection: the capture's own may be busy.
            const c = await (0,_connection_js__WEBPACK_IMPORTED_MODULE_0__.connect)(db.url);
            try {
                await writeGeneralLogSettings(c, previous);
                await (0,_lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__/* .clearSavedGeneralLog */ .BN)(key);
            }
            finally {
                await c.end();
            }
        });
        try {
            if ((0,_lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_4__.shuttingDown)())
                throw new Error('perf-audit is stopping');
            await conn.query('SET GLOBAL log_output = ?', [withTableOutput(previous.logOutput)]);
            await conn.query('SET GLOBAL general_log = ON');
            const captured = [];
            for (const url of urls) {
                const known = await openThreads(conn, database);
                const from = await serverNow(conn);
                await fetchOnce(url);
                if (options.settleMs ?? 50)
                    await new Promise((r) => setTimeout(r, options.settleMs ?? 50));
                const to = await serverNow(conn);
                const rows = await logRows(conn, from, to);
                const threads = (0,_http_query_log_js__WEBPACK_IMPORTED_MODULE_3__/* .appThreadIds */ .ap)(rows, database, ownThreads, known);
                const statements = (0,_http_query_log_js__WEBPACK_IMPORTED_MODULE_3__/* .appStatements */ .mT)(rows, threads);
                captured.push({
                    url,
                    statements,
                    normalized: statements.map(_http_query_log_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeStatement */ .pk),
                    threads: [...threads].filter((t) => rows.some((r) => r.threadId === t)).sort((a, b) => a - b),
                });
            }
            return captured;
        }
        finally {
            unregister();
            await writeGeneralLogSettings(conn, previous).catch((err) => {
                const why = err instanceof Error ? err.message : String(err);
                throw new Error(`could not restore general_log=${previous.generalLog ? 'ON' : 'OFF'}, log_output=${previous.logOutput}: ${why}`);
            });
            await (0,_lifecycle_general_log_state_js__WEBPACK_IMPORTED_MODULE_1__/* .clearSavedGeneralLog */ .BN)(key);
        }
    }
    finally {
        await conn.query('SELECT RELEASE_LOCK(?)', [CAPTURE_LOCK]).catch(() => undefined);
        await conn.end().catch(() => undefined);
    }
}


/***/ }),

/***/ 82601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ summarize)
/* harmony export */ });
/* unused harmony export blocks */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/** The fail-on policy: which findings block the merge. */

/** Whether one finding blocks: new, not silenced, and at or above the fail-on severity. */
function blocks(finding, failOn) {
    if (failOn === 'never' || finding.silenced || finding.status === 'existing')
        return false;
    return _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[finding.severity] >= _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn];
}
/**
 * Counts unsilenced findings (new and existing) by severity and decides the verdict. Only new findings block:
 * without a baseline every finding is new, so `baseline: none` blocks on everything at or above fail-on.
 */
function summarize(findings, failOn, verdicts, fixed = 0) {
    const counts = { critical: 0, warning: 0, info: 0 };
    const added = { critical: 0, warning: 0, info: 0 };
    let silenced = 0;
    for (const finding of findings) {
        if (finding.silenced) {
            silenced += 1;
            continue;
        }
        counts[finding.severity] += 1;
        if (finding.status !== 'existing')
            added[finding.severity] += 1;
    }
    return {
        ...counts,
        blocked: findings.some((f) => blocks(f, failOn)),
        silenced,
        failOn,
        verdicts,
        new: added,
        fixed,
    };
}


/***/ }),

/***/ 87307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BN: () => (/* binding */ clearSavedGeneralLog),
/* harmony export */   Gx: () => (/* binding */ readSavedGeneralLog),
/* harmony export */   Pd: () => (/* binding */ serverKey),
/* harmony export */   o8: () => (/* binding */ saveGeneralLog)
/* harmony export */ });
/* unused harmony export stateDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/**
 * The general_log / log_output values a capture found, saved to a file before it changes them. A run killed
 * with SIGKILL cannot restore them; the next capture on the same server (or `perf-audit cleanup`) finds the
 * file and restores the values it holds, instead of taking the ON that the killed run left as the original.
 * The file is removed once the values are back.
 */




/** PERF_AUDIT_STATE_DIR, else ~/.cache/perf-audit (kept across runs on a self-hosted runner). */
function stateDir() {
    return process.env['PERF_AUDIT_STATE_DIR'] || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(), '.cache', 'perf-audit');
}
/** One file per server: the same server reached as localhost or 127.0.0.1 has one key. */
async function serverKey(conn) {
    const [rows] = await conn.query('SELECT @@hostname AS h, @@port AS p, @@datadir AS d, @@socket AS s');
    const r = rows[0];
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(`${String(r.h)}|${String(r.p)}|${String(r.d)}|${String(r.s)}`)
        .digest('hex')
        .slice(0, 16);
}
function statePath(key) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(stateDir(), `general-log-${key}.json`);
}
async function readSavedGeneralLog(key) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(statePath(key), 'utf8');
    }
    catch {
        return null;
    }
    try {
        const v = JSON.parse(text);
        // Only values MariaDB accepts for log_output are restored; anything else is ignored.
        if (typeof v.generalLog !== 'boolean' || typeof v.logOutput !== 'string')
            return null;
        if (!/^(NONE|FILE|TABLE)(,(FILE|TABLE))*$/i.test(v.logOutput))
            return null;
        return { generalLog: v.generalLog, logOutput: v.logOutput };
    }
    catch {
        return null;
    }
}
/** Written whole (temp file + rename) before anything is changed on the server. */
async function saveGeneralLog(key, s) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(stateDir(), { recursive: true, mode: 0o700 });
    const tmp = `${statePath(key)}.${process.pid}.tmp`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(tmp, `${JSON.stringify({ ...s, savedAt: new Date().toISOString(), pid: process.pid })}\n`, {
        mode: 0o600,
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, statePath(key));
}
async function clearSavedGeneralLog(key) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(statePath(key), { force: true });
}


/***/ }),

/***/ 98985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CLEANUP_DEADLINE_MS: () => (/* binding */ CLEANUP_DEADLINE_MS),
/* harmony export */   handleInterrupts: () => (/* binding */ handleInterrupts),
/* harmony export */   interruptedBy: () => (/* binding */ interruptedBy),
/* harmony export */   unlessInterrupted: () => (/* binding */ unlessInterrupted)
/* harmony export */ });
/* harmony import */ var _cleanup_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6228);
/**
 * SIGINT/SIGTERM (a cancelled CI job, Ctrl-C): undo everything registered in the cleanup registry, let the
 * caller write its report, then exit with 128 + the signal number. A second signal while this runs is
 * ignored: the cleanup is what it would interrupt. The cleanup has a deadline so an unanswering database
 * cannot keep the process alive until the runner's SIGKILL.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
/** CI runners send SIGKILL a few seconds after SIGINT/SIGTERM: stay well inside that. */
const CLEANUP_DEADLINE_MS = 5000;
let hooks = [];
let installed = false;
let interrupted = null;
/** The signal being handled, if any (a phase that fails because of the cleanup can say why). */
function interruptedBy() {
    return interrupted;
}
/**
 * Resolves at once, unless a signal is being handled: then never (the handler ends the process), so the
 * interrupted main flow does not write a second report or exit first.
 */
function unlessInterrupted() {
    return interrupted ? new Promise(() => undefined) : Promise.resolve();
}
async function withDeadline(p, ms, fallback) {
    let timer;
    const late = new Promise((r) => (timer = setTimeout(() => r(fallback), ms)));
    try {
        return await Promise.race([p, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function onSignal(signal) {
    if (interrupted)
        return;
    interrupted = signal;
    for (const h of hooks)
        h.during = h.describe();
    // Connections killed under a running phase report their loss as errors nobody awaits any more.
    process.on('uncaughtException', () => undefined);
    process.on('unhandledRejection', () => undefined);
    const cleanAll = async () => {
        const first = await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_0__.runCleanups)({ stopping: true });
        // Something created while the first pass ran (a database half made) registers just after it.
        await new Promise((r) => setTimeout(r, 200));
        return [...first, ...(await (0,_cleanup_js__WEBPACK_IMPORTED_MODULE_0__.runCleanups)({ stopping: true }))];
    };
    const cleaned = await withDeadline(cleanAll(), CLEANUP_DEADLINE_MS, [
        { label: `cleanup did not finish within ${CLEANUP_DEADLINE_MS} ms`, ok: false },
    ]);
    for (const h of hooks) {
        try {
            await withDeadline(Promise.resolve(h.hook(signal, cleaned, h.during)), CLEANUP_DEADLINE_MS, undefined);
        }
        catch {
            // The report is best effort here; the exit status still says what happened.
        }
    }
    process.exit(CODES[signal] ?? 1);
}
function listener(signal) {
    void onSignal(signal);
}
/**
 * Installs the handlers once per process (idempotent); `hook` runs after the cleanup, before the exit, and
 * is told what `describe` said at the moment of the signal.
 */
function handleInterrupts(hook, describe = () => null) {
    if (!installed) {
        installed = true;
        for (const s of SIGNALS)
            process.on(s, listener);
    }
    const entry = hook ? { hook, describe, during: null } : null;
    if (entry)
        hooks.push(entry);
    return () => {
        hooks = hooks.filter((h) => h !== entry);
    };
}


/***/ }),

/***/ 31999:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ parseDirective)
/* harmony export */ });
/**
 * The inline silencing directive, `perf-audit-ignore PA101[, PA104] reason`, read from a comment's text
 * (php-parser, or an env/ini line reader, found the comment: this never scans PHP source). Shared by the
 * query-shape reader and the gate so both understand exactly the same syntax.
 */
const DIRECTIVE = /perf-audit-ignore\s+((?:PA\d{3}|\*)(?:\s*,\s*(?:PA\d{3}|\*))*)\s*:?\s*([\s\S]*)/i;
/** Reads a directive from a comment's text (the comment, not PHP source: php-parser found the comment). */
function parseDirective(commentText) {
    const body = commentText
        .replace(/^\s*(\/\/|#|\/\*+|;)/, '')
        .replace(/\*\/\s*$/, '')
        .split('\n')
        .map((l) => l.replace(/^\s*\*\s?/, ''))
        .join(' ');
    const match = DIRECTIVE.exec(body);
    if (!match)
        return null;
    const rules = match[1].split(',').map((r) => r.trim().toUpperCase());
    const reason = match[2].replace(/\s+/g, ' ').trim();
    return { rules, reason: reason || 'no reason given' };
}


/***/ }),

/***/ 21082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ isBladeTemplate),
  Q: () => (/* binding */ parseTemplate)
});

// EXTERNAL MODULE: ./src/project/php/parse.ts
var parse = __webpack_require__(55817);
// EXTERNAL MODULE: ./src/project/ignore-directive.ts
var ignore_directive = __webpack_require__(31999);
;// CONCATENATED MODULE: ./src/project/laravel/blade/arguments.ts
/**
 * The parenthesized argument of a Blade directive (`@foreach ($user->posts()->where('a', ')') as $p)`): the
 * parentheses balance, and those inside PHP strings do not count, as Blade's compiler delimits it. Only the
 * extent is found here; the PHP inside is read by php-parser.
 */
/** `open` is the offset of `(`. Reads at most `limit` characters. */
function closingParenthesis(text, open, limit) {
    let depth = 0;
    let quote = null;
    const end = Math.min(text.length, open + limit);
    for (let i = open; i < end; i++) {
        const c = text[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote)
                quote = null;
            continue;
        }
        if (c === "'" || c === '"')
            quote = c;
        else if (c === '(')
            depth++;
        else if (c === ')') {
            depth--;
            if (depth === 0)
                return { close: i, read: i - open + 1 };
        }
    }
    return { close: -1, read: end - open };
}

;// CONCATENATED MODULE: ./src/project/laravel/blade/closers.ts
/**
 * Finds a Blade closer (`}}`, `!!}`, `--}}`, `@endphp`) after a position. Each closer's last answer is kept,
 * so a template full of unclosed openers is searched once per closer, not once per opener: the scan stays
 * linear on any input.
 */
class CloserFinder {
    text;
    memo = new Map();
    constructor(text) {
        this.text = text;
    }
    /** The offset of `closer` at or after `from`, or -1. */
    find(closer, from) {
        const known = this.memo.get(closer);
        // The last search started at or before `from` and found nothing, or found a match not before `from`.
        if (known && from >= known.from && (known.at === -1 || from <= known.at))
            return known.at;
        const at = this.text.indexOf(closer, from);
        this.memo.set(closer, { from, at });
        return at;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/blade/scan.ts
/**
 * The PHP parts of a Blade template, delimited as Laravel's BladeCompiler delimits them: echoes (`{{ }}`,
 * `{!! !!}`), `@php … @endphp` and `@php(…)`, raw `<?php ?>` blocks, and the arguments of the built-in
 * directives that take PHP (`@foreach (…)`, `@if (…)`, `@include(…)`). Blade comments (`{{-- --}}`, but
 * for an inline ignore directive), `@verbatim` blocks and escaped echoes (`@{{ }}`) are skipped. Only
 * Blade's own delimiters are scanned here; the PHP inside each part is left to php-parser.
 */



/** Built-in directives whose argument is PHP code (Laravel 8 to 11); a custom directive's is not known. */
const PHP_ARGUMENT_DIRECTIVES = new Set([
    'if',
    'elseif',
    'unless',
    'isset',
    'empty',
    'while',
    'switch',
    'case',
    'foreach',
    'forelse',
    'for',
    'can',
    'cannot',
    'canany',
    'elsecan',
    'elsecannot',
    'elsecanany',
    'include',
    'includeIf',
    'includeWhen',
    'includeUnless',
    'includeFirst',
    'each',
    'json',
    'section',
    'yield',
    'push',
    'pushIf',
    'prepend',
    'props',
    'aware',
    'class',
    'style',
    'checked',
    'selected',
    'disabled',
    'readonly',
    'required',
    'break',
    'continue',
    'lang',
    'choice',
    'dd',
    'dump',
    'use',
].map((n) => n.toLowerCase()));
/** At most this many characters read in directive arguments per template character: linear on any input. */
const ARGUMENT_BUDGET_FACTOR = 2;
/** A directive argument longer than this is not one (an unbalanced parenthesis ran on). */
const MAX_ARGUMENT = 20_000;
/** Notes kept per template: a hostile one gets a few, not one per character. */
const MAX_NOTES = 10;
const WORD = /[A-Za-z0-9_]/;
function scanBlade(text) {
    const parts = [];
    const notes = [];
    const find = new CloserFinder(text);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const lineAt = (offset) => {
        let lo = 0;
        let hi = lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    };
    let budget = text.length * ARGUMENT_BUDGET_FACTOR + MAX_ARGUMENT;
    let spent = false;
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (c !== '{' && c !== '@' && c !== '<') {
            i++;
            continue;
        }
        if (text.startsWith('{{--', i)) {
            const end = find.find('--}}', i + 4);
            if (end < 0) {
                notes.push({
                    line: lineAt(i),
                    message: 'Blade comment {{-- is never closed: the rest of the template is not read',
                });
                break;
            }
            const comment = text.slice(i + 4, end);
            if ((0,ignore_directive/* parseDirective */.x)(comment))
                parts.push({ kind: 'ignore', text: comment.replace(/\s+/g, ' ').trim(), line: lineAt(end) });
            i = end + 4;
            continue;
        }
        if (text.startsWith('{!!', i)) {
            i = echo(i, 3, '!!}');
            continue;
        }
        // Blade's escaped-echo tags of old (`{{{ x }}}`): still compiled, before the two-brace echo.
        if (text.startsWith('{{{', i)) {
            i = echo(i, 3, '}}}');
            continue;
        }
        if (text.startsWith('{{', i)) {
            i = echo(i, 2, '}}');
            continue;
        }
        if (text.startsWith('<?php', i) || text.startsWith('<?=', i)) {
            const isEcho = text[i + 2] === '=';
            const start = i + (isEcho ? 3 : 5);
            const end = find.find('?>', start);
            const code = text.slice(start, end < 0 ? text.length : end);
            parts.push(isEcho ? { kind: 'echo', code, line: lineAt(i) } : { kind: 'php', code, line: lineAt(i) });
            i = end < 0 ? text.length : end + 2;
            continue;
        }
        if (c === '<') {
            i++;
            continue;
        }
        // `@`: an escaped echo, or a directive when not inside a word (`user@example.com` is not one).
        if (text.startsWith('@{{', i) || text.startsWith('@{!!', i)) {
            const raw = text[i + 2] === '!';
            const end = find.find(raw ? '!!}' : '}}', i + (raw ? 4 : 3));
            i = end < 0 ? i + 3 : end + (raw ? 3 : 2);
            continue;
        }
        if (i > 0 && WORD.test(text[i - 1])) {
            i++;
            continue;
        }
        let j = i + 1;
        const escaped = text[j] === '@';
        if (escaped)
            j++;
        const nameStart = j;
        while (j < text.length && WORD.test(text[j]))
            j++;
        const name = text.slice(nameStart, j);
        if (!name || escaped) {
            i = Math.max(j, i + 1);
            continue;
        }
        i = directive(i, name, j);
    }
    if (notes.length > MAX_NOTES) {
        const left = notes.length - MAX_NOTES;
        notes.length = MAX_NOTES;
        notes.push({ line: notes[MAX_NOTES - 1].line, message: `${left} more notes like these left out` });
    }
    return { parts, notes };
    /** `{{ … }}` or `{!! … !!}` at `at`; returns where scanning goes on. */
    function echo(at, open, closer) {
        const end = find.find(closer, at + open);
        if (end < 0) {
            notes.push({
                line: lineAt(at),
                message: `${text.slice(at, at + open)} is never closed by ${closer}: skipped`,
            });
            return at + open;
        }
        parts.push({ kind: 'echo', code: text.slice(at + open, end), line: lineAt(at) });
        return end + closer.length;
    }
    /** `@name` at `at`, its name ending at `after`; returns where scanning goes on. */
    function directive(at, name, after) {
        const lower = name.toLowerCase();
        if (lower === 'verbatim') {
            const end = find.find('@endverbatim', after);
            // Blade leaves an unclosed @verbatim as text.
            return end < 0 ? after : end + '@endverbatim'.length;
        }
        let k = after;
        while (text[k] === ' ' || text[k] === '\t')
            k++;
        const hasArgument = text[k] === '(';
        if (lower === 'php' && !hasArgument) {
            const end = find.find('@endphp', after);
            if (end < 0) {
                notes.push({ line: lineAt(at), message: '@php is never closed by @endphp: skipped' });
                return after;
            }
            parts.push({ kind: 'php', code: text.slice(after, end), line: lineAt(after) });
            return end + '@endphp'.length;
        }
        if (!hasArgument || (lower !== 'php' && !PHP_ARGUMENT_DIRECTIVES.has(lower)))
            return after;
        if (budget <= 0) {
            if (!spent)
                notes.push({
                    line: lineAt(at),
                    message: 'too many unbalanced directive arguments: the rest are skipped',
                });
            spent = true;
            return after;
        }
        const scan = closingParenthesis(text, k, Math.min(MAX_ARGUMENT, budget));
        budget -= scan.read;
        if (scan.close < 0) {
            notes.push({ line: lineAt(at), message: `the parentheses after @${name} are not balanced: skipped` });
            return after;
        }
        parts.push({ kind: 'directive', name: lower, args: text.slice(k + 1, scan.close), line: lineAt(k) });
        return scan.close + 1;
    }
}

;// CONCATENATED MODULE: ./src/project/laravel/blade/synthesize.ts
/**
 * A Blade template's PHP parts as one PHP file, in template order and each on its template line, as Laravel
 * compiles a template (top-level code between `<?php ?>` tags): the query walker reads it like any file, and
 * what it finds points at the template's own lines. `@foreach ($posts as $post)` becomes a loop with an
 * empty body (the loop variable stays bound for what follows, as in PHP); a directive's argument becomes the
 * arguments of a call, so every expression in it is read.
 */

/** The function a directive's argument is passed to: no app function has this name. */
const DIRECTIVE_CALL = '\\__blade_directive';
/**
 * Whether an expression may call a method or read a property (`->`, `?->`, `::`): without one it sends no
 * query and binds no variable, so it is left out of the file (most echoes of a template are `{{ $title }}`
 * or `{{ __('Save') }}`, and parsing them is most of a template's cost). Statements (`@php`, raw tags),
 * loops and `@use` are always kept: they import classes and bind the variables later parts read.
 */
function mayQuery(code) {
    return code.includes('->') || code.includes('::');
}
/** One part as PHP statements (without tags); null when it is not PHP or cannot query. */
function statementOf(part) {
    switch (part.kind) {
        case 'echo':
            return mayQuery(part.code) ? `echo ${part.code};` : null;
        case 'php':
            return part.code;
        case 'ignore':
            // A one-line comment, closed by the tag that follows it: its text must not close it first.
            return `// ${part.text.split('?>').join('? >')}`;
        case 'directive':
            switch (part.name) {
                case 'foreach':
                case 'forelse':
                    return `foreach (${part.args}) {}`;
                case 'for':
                    return `for (${part.args}) {}`;
                case 'php':
                    return `(${part.args});`;
                case 'use':
                    return useStatement(part.args);
                default:
                    return mayQuery(part.args) ? `${DIRECTIVE_CALL}(${part.args});` : null;
            }
    }
}
/** The PHP file: each part between tags on its own template line, newlines (inline HTML) in between. */
function synthesize(parts) {
    let out = '';
    let line = 1;
    for (const part of parts) {
        const code = statementOf(part);
        if (code === null)
            continue;
        if (part.line > line) {
            out += '\n'.repeat(part.line - line);
            line = part.line;
        }
        out += `<?php ${code} ?>`;
        for (let k = code.indexOf('\n'); k >= 0; k = code.indexOf('\n', k + 1))
            line++;
    }
    return out;
}
/**
 * `@use('App\Models\Post')`, `@use('App\Models\Post', 'P')` (Laravel 11): the class and alias are string
 * literals, read by php-parser; anything else is not read.
 */
function useStatement(args) {
    const { parsed } = (0,parse/* parsePhp */.w)('', `<?php f(${args});`);
    const stmt = parsed?.ast.children[0];
    const values = (stmt?.kind === 'expressionstatement' ? stmt.expression?.arguments : undefined) ?? [];
    if (!values.length || values.length > 2 || values.some((v) => v.kind !== 'string'))
        return null;
    const [name, alias] = values.map((v) => String(v.value).replace(/^\\+/, ''));
    // A class name is PHP identifiers joined by backslashes; anything else cannot become a `use`.
    if (!isClassName(name) || (alias !== undefined && !isClassName(alias)))
        return null;
    return alias ? `use \\${name} as ${alias};` : `use \\${name};`;
}
function isClassName(text) {
    return text.split('\\').every((piece) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(piece));
}

;// CONCATENATED MODULE: ./src/project/laravel/blade/index.ts
/**
 * Reads a Blade template as the PHP Laravel compiles it to: its PHP parts (scan.ts) in one PHP file whose
 * lines are the template's (synthesize.ts), parsed by php-parser. A part that is not PHP on its own is left
 * out with a note at its line; an unclosed or unbalanced delimiter is a note too, and the rest is read.
 */



function isBladeTemplate(path) {
    return path.endsWith('.blade.php');
}
function parseTemplate(path, text) {
    const scan = scanBlade(text);
    const notes = [...scan.notes];
    let parts = scan.parts;
    let result = (0,parse/* parsePhp */.w)(path, synthesize(parts));
    if (!result.parsed) {
        // Find the parts that are not PHP by themselves, leave them out, and read the rest.
        parts = parts.filter((part) => {
            const code = statementOf(part);
            const alone = code === null ? null : (0,parse/* parsePhp */.w)(path, `<?php ${code} ?>`);
            if (alone && !alone.parsed)
                notes.push({ line: part.line, message: `not read: ${alone.problem?.message ?? 'not PHP'}` });
            return alone?.parsed;
        });
        result = (0,parse/* parsePhp */.w)(path, synthesize(parts));
    }
    const problems = notes
        .sort((a, b) => a.line - b.line)
        .map((n) => ({
        location: { file: path, line: n.line },
        message: `Blade template: ${n.message}`,
        construct: 'blade template',
    }));
    if (!result.parsed)
        return result;
    return { parsed: problems.length ? { ...result.parsed, notes: problems } : result.parsed, problem: null };
}


/***/ }),

/***/ 78254:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseSource)
/* harmony export */ });
/* harmony import */ var _laravel_blade_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21082);
/* harmony import */ var _php_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55817);
/** Parses one app file: Blade templates through the template reader, every other file as PHP. */


function parseSource(path, text) {
    return (0,_laravel_blade_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isBladeTemplate */ .F)(path) ? (0,_laravel_blade_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseTemplate */ .Q)(path, text) : (0,_php_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePhp */ .w)(path, text);
}


/***/ }),

/***/ 55817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ lexPhp),
/* harmony export */   w: () => (/* binding */ parsePhp)
/* harmony export */ });
/* harmony import */ var php_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88341);
/* harmony import */ var php_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(php_parser__WEBPACK_IMPORTED_MODULE_0__);
/** Parses PHP with php-parser (never regexes). A file that does not parse becomes a Problem (PA901). */

function newEngine() {
    return new php_parser__WEBPACK_IMPORTED_MODULE_0__.Engine({
        parser: { php8: true, suppressErrors: false, extractDoc: true, version: '8.4' },
        ast: { withPositions: true, withSource: false },
        lexer: { all_tokens: false, short_tags: true },
    });
}
let engine = null;
function parsePhp(path, text) {
    engine ??= newEngine();
    try {
        const ast = engine.parseCode(text, path);
        return { parsed: { path, ast }, problem: null };
    }
    catch (err) {
        const e = err;
        const line = typeof e.lineNumber === 'number' ? e.lineNumber : 1;
        // php-parser appends " on line N" to its message; the location already says it.
        const message = (e.message ?? String(err)).replace(/ on line \d+$/, '');
        return {
            parsed: null,
            problem: {
                location: { file: path, line },
                message: `PHP parse error: ${message}`,
                construct: 'parse error',
            },
        };
    }
}
/**
 * The tokens of a file, read by php-parser's lexer: it reads what the parser rejects, so a file that does
 * not parse still shows the names it spells. Null when even the lexer fails.
 */
function lexPhp(text) {
    engine ??= newEngine();
    try {
        return engine.tokenGetAll(text);
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 51374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ STATS_VERSION),
/* harmony export */   BN: () => (/* binding */ parseStats),
/* harmony export */   F0: () => (/* binding */ DEFAULT_STATS_FILE),
/* harmony export */   oo: () => (/* binding */ STATS_FORMAT),
/* harmony export */   sL: () => (/* binding */ serializeStats),
/* harmony export */   zv: () => (/* binding */ measuredFrequency)
/* harmony export */ });
/* unused harmony exports statsModel, sortedKeys, checkStats */
/**
 * Production statistics (`perf-audit stats`): table sizes and index/column selectivity read from a server's
 * information_schema and MariaDB's persistent statistics, never from its rows. Pure: parsing, checking and
 * the small query API the planner (and the data generator) read; reading a server lives in collect.ts.
 */
const STATS_FORMAT = 'perf-audit-stats';
const STATS_VERSION = 1;
/** The file the audit reads at the app root when no stats-file is given. */
const DEFAULT_STATS_FILE = '.perf-audit-stats.json';
const lower = (s) => s.toLowerCase();
function finite(n) {
    return typeof n === 'number' && Number.isFinite(n) && n >= 0;
}
function lookup(record, name) {
    if (Object.prototype.hasOwnProperty.call(record, name))
        return record[name];
    const hit = Object.keys(record).find((k) => lower(k) === lower(name));
    return hit === undefined ? undefined : record[hit];
}
function statsModel(data, source) {
    const table = (t) => lookup(data.tables, t);
    const prefixDistinct = (t, columns) => {
        const fig = table(t);
        if (!fig || columns.length === 0)
            return null;
        const want = columns.map(lower);
        for (const index of Object.values(fig.indexes)) {
            const cols = index.columns.map(lower);
            if (cols.length < want.length || !want.every((c, i) => cols[i] === c))
                continue;
            const k = want.length;
            const card = index.cardinality[k - 1];
            if (finite(card) && card > 0)
                return card;
            const freq = index.avgFrequency?.[k - 1];
            if (finite(freq) && freq > 0)
                return Math.max(1, fig.rows / freq);
        }
        return null;
    };
    return {
        source,
        data,
        tables: () => Object.keys(data.tables),
        rowsOf: (t) => table(t)?.rows ?? null,
        distinctOf(t, column) {
            const fig = table(t);
            if (!fig)
                return null;
            const col = lookup(fig.columns, column);
            if (col && finite(col.avgFrequency) && col.avgFrequency > 0)
                return Math.max(1, fig.rows / col.avgFrequency);
            return prefixDistinct(t, [column]);
        },
        nullsRatioOf(t, column) {
            const fig = table(t);
            const col = fig ? lookup(fig.columns, column) : undefined;
            return col && finite(col.nullsRatio) ? col.nullsRatio : null;
        },
        indexCardinality(t, index, prefix) {
            const fig = table(t)?.indexes;
            const ix = fig ? lookup(fig, index) : undefined;
            if (!ix)
                return null;
            const card = ix.cardinality[(prefix ?? ix.columns.length) - 1];
            return finite(card) ? card : null;
        },
        prefixDistinct,
    };
}
/**
 * mysql.index_stats avg_frequency for the first `k` columns of an index on a table of `rows` rows, from the
 * measured figures: an existing index with the same leading columns, else the product of the columns'
 * measured distinct counts (capped at the table's rows). Null when a column's figure is unknown.
 */
function measuredFrequency(stats, table, columns, rows) {
    if (!stats || columns.length === 0)
        return null;
    let distinct = stats.prefixDistinct(table, columns);
    if (distinct === null) {
        distinct = 1;
        for (const c of columns) {
            const d = stats.distinctOf(table, c);
            if (d === null)
                return null;
            distinct *= d;
        }
    }
    return Math.max(1, rows / Math.min(Math.max(1, distinct), Math.max(1, rows)));
}
/** Keys sorted at every level (arrays keep their order): the file diffs cleanly between two runs. */
function sortedKeys(value) {
    if (Array.isArray(value))
        return value.map(sortedKeys);
    if (value && typeof value === 'object') {
        // No prototype: a table called __proto__ stays a key.
        const out = Object.create(null);
        for (const k of Object.keys(value).sort())
            out[k] = sortedKeys(value[k]);
        return out;
    }
    return value;
}
function serializeStats(data) {
    return `${JSON.stringify(sortedKeys(data), null, 2)}\n`;
}
const pathText = (path) => path.reduce((s, p) => typeof p === 'number'
    ? `${s}[${p}]`
    : /^[A-Za-z_$][\w$]*$/.test(p)
        ? `${s}.${p}`
        : `${s}[${JSON.stringify(p)}]`, '$');
const isObject = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
/**
 * Checks a parsed file against format version 1. A wrong table is left out (its problems reported) and the
 * others are kept; a wrong header makes the whole file unusable.
 */
function checkStats(raw) {
    const problems = [];
    const bad = (path, message) => problems.push({ path: pathText(path), message });
    if (!isObject(raw)) {
        bad([], 'must be a JSON object');
        return { data: null, problems };
    }
    if (raw.format !== STATS_FORMAT)
        bad(['format'], `must be "${STATS_FORMAT}"`);
    if (raw.version !== STATS_VERSION)
        bad(['version'], `must be ${STATS_VERSION} (this perf-audit reads format version ${STATS_VERSION})`);
    if (!isObject(raw.tables))
        bad(['tables'], 'must be an object of table name → figures');
    if (problems.length)
        return { data: null, problems };
    const tables = Object.create(null);
    for (const [name, t] of Object.entries(raw.tables)) {
        const at = (...rest) => ['tables', name, ...rest];
        if (!isObject(t)) {
            bad(at(), 'must be an object');
            continue;
        }
        if (!finite(t.rows) || !Number.isInteger(t.rows))
            bad(at('rows'), 'must be a whole number >= 0');
        const indexes = Object.create(null);
        if (t.indexes !== undefined && !isObject(t.indexes))
            bad(at('indexes'), 'must be an object');
        for (const [iname, ix] of Object.entries(isObject(t.indexes) ? t.indexes : {})) {
            if (!isObject(ix) || !Array.isArray(ix.columns) || !ix.columns.every((c) => typeof c === 'string')) {
                bad(at('indexes', iname, 'columns'), 'must be a list of column names');
                continue;
            }
            const card = ix.cardinality;
            if (!Array.isArray(card) || !card.every((c) => c === null || finite(c))) {
                bad(at('indexes', iname, 'cardinality'), 'must be a list of numbers >= 0 (or null), one per prefix');
                continue;
            }
            const freq = ix.avgFrequency;
            if (freq !== undefined && (!Array.isArray(freq) || !freq.every((c) => c === null || finite(c)))) {
                bad(at('indexes', iname, 'avgFrequency'), 'must be a list of numbers >= 0 (or null), one per prefix');
                continue;
            }
            indexes[iname] = {
                unique: ix.unique === true,
                columns: ix.columns,
                cardinality: card,
                ...(freq ? { avgFrequency: freq } : {}),
            };
        }
        const columns = Object.create(null);
        if (t.columns !== undefined && !isObject(t.columns))
            bad(at('columns'), 'must be an object');
        for (const [cname, c] of Object.entries(isObject(t.columns) ? t.columns : {})) {
            const num = (v) => (v === null || v === undefined ? null : finite(v) ? v : undefined);
            const avg = isObject(c) ? num(c.avgFrequency) : undefined;
            const nulls = isObject(c) ? num(c.nullsRatio) : undefined;
            if (avg === undefined || nulls === undefined || (nulls !== null && nulls > 1)) {
                bad(at('columns', cname), 'must be { "avgFrequency": number|null, "nullsRatio": 0–1|null }');
                continue;
            }
            columns[cname] = { avgFrequency: avg, nullsRatio: nulls };
        }
        // A table without a usable size is left out: its other figures scale nothing.
        if (!finite(t.rows))
            continue;
        tables[name] = {
            rows: Math.round(t.rows),
            dataBytes: finite(t.dataBytes) ? t.dataBytes : null,
            indexBytes: finite(t.indexBytes) ? t.indexBytes : null,
            indexes,
            columns,
        };
    }
    return {
        data: {
            format: STATS_FORMAT,
            version: STATS_VERSION,
            generatedAt: typeof raw.generatedAt === 'string' ? raw.generatedAt : '',
            database: typeof raw.database === 'string' ? raw.database : '',
            server: {
                version: isObject(raw.server) && typeof raw.server.version === 'string' ? raw.server.version : '',
            },
            skipped: Array.isArray(raw.skipped)
                ? raw.skipped.filter((s) => typeof s === 'string')
                : [],
            tables,
        },
        problems,
    };
}
/** JSON.parse's message quotes the text it choked on: only its position is kept (the file may hold anything). */
function syntaxWhere(err, text) {
    const m = String(err.message ?? '');
    const line = /\(line (\d+) column (\d+)\)/.exec(m);
    if (line)
        return ` at line ${line[1]}, column ${line[2]}`;
    const pos = /at position (\d+)/.exec(m);
    if (!pos)
        return '';
    const before = text.slice(0, Number(pos[1])).split('\n');
    return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
/** Parses the text of a statistics file; `source` names it in every message. */
function parseStats(text, source) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (err) {
        return { stats: null, problems: [`${source}: not valid JSON${syntaxWhere(err, text)}`] };
    }
    const { data, problems } = checkStats(raw);
    return {
        stats: data ? statsModel(data, source) : null,
        problems: problems.map((p) => `${source}: ${p.path} ${p.message}`),
    };
}


/***/ })

};

//# sourceMappingURL=864.index.js.map