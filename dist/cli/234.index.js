export const id = 234;
export const ids = [234];
export const modules = {

/***/ 99306:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ dbSubcommandArgs)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The start every `perf-audit <subcommand> --db URL` shares: strict flags, the URL from --db or
 * PERF_AUDIT_DB_URL, and usage errors (exit 2) worded the same way for each subcommand.
 */

/** The parsed flags and URL, or the exit code after the usage error was printed. */
async function dbSubcommandArgs(name, argv, env, options, urlHint) {
    const err = (line) => process.stderr.write(`perf-audit ${name}: ${line}\n`);
    let values;
    try {
        ({ values } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, strict: true, allowPositionals: false, options }));
    }
    catch (e) {
        err(e instanceof Error ? e.message : String(e));
        return 2;
    }
    const url = values.db ?? env['PERF_AUDIT_DB_URL'];
    if (!url || url === 'none') {
        err(`--db URL is required (${urlHint})`);
        return 2;
    }
    const { parseDbUrl } = await Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 72713));
    try {
        return { values, url, parsed: parseDbUrl(url) };
    }
    catch (e) {
        err(e instanceof Error ? e.message : String(e));
        return 2;
    }
}


/***/ }),

/***/ 67234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statsCommand: () => (/* binding */ statsCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lifecycle_db_subcommand_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99306);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51374);
/**
 * `perf-audit stats --db URL [--database NAME] [--output FILE]`: writes the production statistics file the
 * planner scales its copies to. Reads information_schema and MariaDB's statistics tables only (collect.ts).
 */



async function statsCommand(argv, env) {
    const err = (line) => process.stderr.write(`${line}\n`);
    const args = await (0,_lifecycle_db_subcommand_js__WEBPACK_IMPORTED_MODULE_1__/* .dbSubcommandArgs */ .Z)('stats', argv, env, { db: { type: 'string' }, database: { type: 'string' }, output: { type: 'string' } }, 'mysql://user:pass@host:port/database');
    if (typeof args === 'number')
        return args;
    const { url, parsed } = args;
    const values = args.values;
    const [{ connect, redactDbUrl }, { collectStats }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(588), __webpack_require__.e(713)]).then(__webpack_require__.bind(__webpack_require__, 72713)),
        __webpack_require__.e(/* import() */ 957).then(__webpack_require__.bind(__webpack_require__, 2957)),
    ]);
    const database = values.database ?? parsed.database;
    if (!database) {
        err('perf-audit stats: name the database: --database NAME, or mysql://…/NAME in --db');
        return 2;
    }
    const output = values.output ?? _model_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_STATS_FILE */ .F0;
    let conn;
    try {
        conn = await connect(parsed, database === parsed.database ? undefined : 'information_schema');
    }
    catch (e) {
        const code = e.code;
        err(`perf-audit stats: could not connect to ${redactDbUrl(url)} (${code ?? e.message})`);
        return 3;
    }
    let data;
    try {
        data = await collectStats(conn, database);
    }
    catch (e) {
        const code = e.code;
        err(`perf-audit stats: reading ${database} failed (${code ?? e.message})`);
        return 3;
    }
    finally {
        await conn.end().catch(() => undefined);
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(output, (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeStats */ .sL)(data));
    }
    catch (e) {
        err(`perf-audit stats: cannot write ${output} (${e.code ?? e.message})`);
        return 3;
    }
    const tables = Object.keys(data.tables).length;
    err([
        `perf-audit stats: ${tables} table${tables === 1 ? '' : 's'} of ${database} written to ${output}`,
        ...data.skipped.map((s) => `  skipped: ${s}`),
    ].join('\n'));
    return 0;
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

//# sourceMappingURL=234.index.js.map