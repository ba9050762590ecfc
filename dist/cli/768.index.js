export const id = 768;
export const ids = [768];
export const modules = {

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

/***/ 33315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A1: () => (/* binding */ firstKeyword),
/* harmony export */   Hs: () => (/* binding */ lazyRelation),
/* harmony export */   NV: () => (/* binding */ statementTables),
/* harmony export */   ap: () => (/* binding */ appThreadIds),
/* harmony export */   cp: () => (/* binding */ capturedSelects),
/* harmony export */   hu: () => (/* binding */ repeatedShapes),
/* harmony export */   mT: () => (/* binding */ appStatements),
/* harmony export */   pk: () => (/* binding */ normalizeStatement)
/* harmony export */ });
/* unused harmony exports connectedDatabase, normalizeLexically, distinctSelects */
/* harmony import */ var _project_sql_dialects_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64387);
/**
 * Pure reading of MariaDB general-log rows: which connections are the app's, which rows are the
 * statements it ran, and each statement's shape (literals → `?`) so repeats can be counted.
 */

const parser = new _project_sql_dialects_js__WEBPACK_IMPORTED_MODULE_0__/* .SqlParser */ .i();
/**
 * The connections that belong to the app: those that connected to (or switched to) `database`, plus
 * the ones already open on it (`knownThreads`). Without a database name, every connection but ours.
 */
function appThreadIds(rows, database, ownThreads, knownThreads = []) {
    const own = new Set(ownThreads);
    const ids = new Set(knownThreads.filter((t) => !own.has(t)));
    for (const row of rows) {
        if (own.has(row.threadId))
            continue;
        if (database === null) {
            ids.add(row.threadId);
        }
        else if (connectedDatabase(row) === database) {
            ids.add(row.threadId);
        }
    }
    return ids;
}
/** The database a Connect / Init DB row names, or null for other rows. */
function connectedDatabase(row) {
    if (row.commandType === 'Init DB')
        return row.argument.trim();
    if (row.commandType === 'Connect') {
        // MariaDB writes `user@host on dbname using TCP/IP` (an empty name when none was chosen).
        const at = row.argument.lastIndexOf(' using ');
        const on = row.argument.indexOf(' on ');
        if (on >= 0 && at > on)
            return row.argument.slice(on + 4, at).trim() || null;
    }
    return null;
}
/** Session set-up the driver sends on every connection; not the app's queries. */
const SETUP_KEYWORDS = new Set(['set', 'use']);
/** The statements the app ran, in order: plain queries and executed prepared statements (not their Prepare rows). */
function appStatements(rows, threads) {
    return rows
        .filter((r) => threads.has(r.threadId) && (r.commandType === 'Query' || r.commandType === 'Execute'))
        .map((r) => r.argument.trim())
        .filter((sql) => sql.length > 0 && !SETUP_KEYWORDS.has(firstKeyword(sql)));
}
function firstKeyword(sql) {
    const m = /^[\s(]*([A-Za-z]+)/.exec(sql);
    return m ? m[1].toLowerCase() : '';
}
const LITERAL_TYPES = new Set([
    'number',
    'string',
    'single_quote_string',
    'double_quote_string',
    'natural_string',
    'hex_string',
    'full_hex_string',
    'bit_string',
    'bool',
    'date',
    'time',
    'timestamp',
    'datetime',
]);
function isLiteral(n) {
    return (!!n && typeof n === 'object' && LITERAL_TYPES.has(String(n.type)) && 'value' in n);
}
/** Replaces literal nodes with `?` in place; `IN (1, 2, 3)` becomes `IN (?)` so eager loads of any size match. */
function stripLiterals(node) {
    if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++)
            node[i] = stripLiterals(node[i]);
        return node;
    }
    if (!node || typeof node !== 'object')
        return node;
    if (isLiteral(node))
        return { type: 'origin', value: '?' };
    const n = node;
    if (n.type === 'binary_expr' && /^(NOT )?IN$/i.test(String(n.operator))) {
        const right = n.right;
        if (right?.type === 'expr_list' && Array.isArray(right.value) && right.value.every(isLiteral)) {
            right.value = right.value.slice(0, 1);
        }
    }
    for (const key of Object.keys(n))
        n[key] = stripLiterals(n[key]);
    return n;
}
/** Shape of a statement, from its AST; the lexical fallback covers what the parser cannot read. */
function normalizeStatement(sql) {
    try {
        const ast = parser.astify(sql, { database: 'MariaDB' });
        stripLiterals(ast);
        return parser.sqlify(ast, { database: 'MariaDB' });
    }
    catch {
        return normalizeLexically(sql);
    }
}
/**
 * Token-level normalization: quoted strings and numbers become `?`, identifiers stay (backticks
 * included, so a column named `x1` is not a number), whitespace collapses, case folds, IN lists collapse.
 */
function normalizeLexically(sql) {
    let out = '';
    let i = 0;
    while (i < sql.length) {
        const c = sql[i];
        if (c === "'" || c === '"') {
            let j = i + 1;
            while (j < sql.length) {
                if (sql[j] === '\\')
                    j += 2;
                else if (sql[j] === c && sql[j + 1] === c)
                    j += 2;
                else if (sql[j] === c)
                    break;
                else
                    j++;
            }
            out += '?';
            i = j + 1;
        }
        else if (c === '`') {
            const j = sql.indexOf('`', i + 1);
            const end = j < 0 ? sql.length : j + 1;
            out += sql.slice(i, end);
            i = end;
        }
        else if (/[0-9]/.test(c) && !/[A-Za-z0-9_$]/.test(out[out.length - 1] ?? '')) {
            let j = i;
            while (j < sql.length && /[0-9a-fA-FxX.]/.test(sql[j]))
                j++;
            out += '?';
            i = j;
        }
        else if (/\s/.test(c)) {
            if (!out.endsWith(' '))
                out += ' ';
            i++;
        }
        else {
            out += c.toLowerCase();
            i++;
        }
    }
    return out.replace(/\(\s*\?(?:\s*,\s*\?)+\s*\)/g, '(?)').trim();
}
/** How many times each shape occurs in one request, most repeated first. */
function repeatedShapes(normalized) {
    const counts = new Map();
    for (const s of normalized)
        counts.set(s, (counts.get(s) ?? 0) + 1);
    return [...counts.entries()]
        .map(([sql, times]) => ({ sql, times }))
        .sort((a, b) => b.times - a.times || a.sql.localeCompare(b.sql));
}
/** One concrete SELECT per shape, with the first URL that sent it: what the planner EXPLAINs. */
function capturedSelects(requests) {
    const seen = new Map();
    for (const r of requests) {
        r.statements.forEach((sql, i) => {
            if (firstKeyword(sql) !== 'select')
                return;
            const shape = r.normalized?.[i] ?? normalizeStatement(sql);
            if (!seen.has(shape))
                seen.set(shape, { url: r.url, sql, shape });
        });
    }
    return [...seen.values()];
}
/** The distinct captured SELECTs, as the app sent them. */
function distinctSelects(requests) {
    return capturedSelects(requests).map((s) => s.sql);
}
/** Tables a statement reads or writes (from the parser); [] when it cannot be parsed. */
function statementTables(sql) {
    try {
        return [
            ...new Set(parser
                .tableList(sql, { database: 'MariaDB' })
                .map((t) => t.split('::')[2])
                .filter((t) => t && t !== 'null')),
        ];
    }
    catch {
        return [];
    }
}
/**
 * For `select … from lessons where lessons.chapter_id = ?`, the lazily loaded relation: the parent
 * (`chapter`, from the foreign key) and the relation's table (`lessons`). null when the shape says less.
 */
function lazyRelation(sql) {
    let ast;
    try {
        ast = parser.astify(sql, { database: 'MariaDB' });
    }
    catch {
        return null;
    }
    const select = (Array.isArray(ast) ? ast[0] : ast);
    const from = select?.from?.[0];
    if (select?.type !== 'select' || !from?.table)
        return null;
    const table = String(from.table);
    let found = null;
    const visit = (n) => {
        if (found || !n || typeof n !== 'object')
            return;
        const e = n;
        if (e.type === 'binary_expr' && (e.operator === '=' || e.operator === 'IN')) {
            const left = e.left;
            const column = left?.type === 'column_ref' ? columnName(left.column) : null;
            if (column && column.endsWith('_id')) {
                found = column;
                return;
            }
        }
        for (const v of Object.values(e))
            visit(v);
    };
    visit(select.where);
    if (!found)
        return null;
    const foreignKey = found;
    return { parent: foreignKey.slice(0, -3), table, foreignKey };
}
function columnName(column) {
    if (typeof column === 'string')
        return column;
    const expr = column?.expr;
    return expr && typeof expr.value === 'string' ? expr.value : null;
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

/***/ 768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanupLeftovers: () => (/* binding */ cleanupLeftovers)
/* harmony export */ });
/* harmony import */ var _database_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72713);
/* harmony import */ var _database_capture_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92043);
/* harmony import */ var _general_log_state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87307);
/* harmony import */ var _run_database_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44895);
/**
 * `perf-audit cleanup --db URL`: removes what a killed run (SIGKILL, a crashed runner) left on a server:
 * its `perf_audit_<hex>` databases, their statistics rows, its `perf_audit_<hex>` accounts, and the
 * general_log settings its capture changed (from the state file). A run still alive holds a named lock
 * with its database's name for its whole life; whatever belongs to a held lock is left alone.
 */




async function lockHeld(conn, name) {
    const [rows] = await conn.query('SELECT IS_USED_LOCK(?) AS id', [name]);
    return rows[0].id !== null;
}
/** `perf_audit_<hex>` databases, accounts and statistics owners, each named once. */
async function runNames(conn) {
    const [dbs] = await conn.query("SELECT SCHEMA_NAME AS n FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'perf\\_audit\\_%'");
    let users = [];
    try {
        const [rows] = await conn.query("SELECT User AS u, Host AS h FROM mysql.user WHERE User LIKE 'perf\\_audit\\_%'");
        users = rows.map((r) => ({ user: String(r.u), host: String(r.h) }));
    }
    catch {
        // An account that cannot read mysql.user cannot drop accounts either: databases are still cleaned.
    }
    return { dbs: dbs.map((r) => String(r.n)).filter((n) => _run_database_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_NAME */ .QV.test(n)), users };
}
/** Removes the leftovers of dead runs; `dryRun` only lists them. */
async function cleanupLeftovers(url, dryRun = false) {
    const out = {
        databases: [],
        statisticsRows: 0,
        accounts: [],
        alive: [],
        generalLog: null,
        errors: [],
    };
    const conn = await (0,_database_connection_js__WEBPACK_IMPORTED_MODULE_0__.connect)(url);
    const note = (what, err) => out.errors.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    try {
        const { dbs, users } = await runNames(conn);
        for (const name of dbs) {
            if (await lockHeld(conn, name)) {
                out.alive.push(name);
                continue;
            }
            try {
                if (!dryRun)
                    await (0,_run_database_js__WEBPACK_IMPORTED_MODULE_3__/* .dropRunDatabase */ .Ix)(conn, name, true);
                out.databases.push(name);
            }
            catch (err) {
                note(`drop ${name}`, err);
            }
        }
        for (const { user, host } of users) {
            // The account's name is its run's database name; a run whose lock is held is alive.
            if (!_run_database_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_NAME */ .QV.test(user) || (await lockHeld(conn, user)))
                continue;
            try {
                if (!dryRun)
                    await conn.query('DROP USER IF EXISTS ?@?', [user, host]);
                out.accounts.push(`'${user}'@'${host}'`);
            }
            catch (err) {
                note(`drop user ${user}`, err);
            }
        }
        // Statistics rows whose database is gone (dropped by hand, or by an older version).
        for (const table of _run_database_js__WEBPACK_IMPORTED_MODULE_3__/* .STATS_TABLES */ .SE) {
            try {
                const [rows] = await conn.query(`SELECT DISTINCT db_name AS n FROM mysql.${table} WHERE db_name LIKE 'perf\\_audit\\_%'`);
                for (const r of rows) {
                    const name = String(r.n);
                    if (!_run_database_js__WEBPACK_IMPORTED_MODULE_3__/* .RUN_NAME */ .QV.test(name) || out.alive.includes(name) || (await lockHeld(conn, name)))
                        continue;
                    if (dbs.includes(name) && !out.databases.includes(name))
                        continue;
                    if (dryRun) {
                        const [c] = await conn.query(`SELECT COUNT(*) AS c FROM mysql.${table} WHERE db_name = ?`, [name]);
                        out.statisticsRows += Number(c[0].c);
                    }
                    else {
                        const [res] = await conn.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [name]);
                        out.statisticsRows += res.affectedRows;
                    }
                }
            }
            catch (err) {
                note(`mysql.${table}`, err);
            }
        }
        out.generalLog = await restoreGeneralLog(conn, dryRun).catch((err) => {
            note('general_log', err);
            return null;
        });
    }
    finally {
        await conn.end().catch(() => undefined);
    }
    return out;
}
/** A state file left by a killed capture: restore its values, unless a capture is running now. */
async function restoreGeneralLog(conn, dryRun) {
    const key = await (0,_general_log_state_js__WEBPACK_IMPORTED_MODULE_2__/* .serverKey */ .Pd)(conn);
    const saved = await (0,_general_log_state_js__WEBPACK_IMPORTED_MODULE_2__/* .readSavedGeneralLog */ .Gx)(key);
    if (!saved)
        return null;
    const [lock] = await conn.query('SELECT GET_LOCK(?, 0) AS got', [_database_capture_js__WEBPACK_IMPORTED_MODULE_1__/* .CAPTURE_LOCK */ .fh]);
    if (Number(lock[0].got) !== 1)
        return null;
    try {
        const what = `general_log=${saved.generalLog ? 'ON' : 'OFF'}, log_output=${saved.logOutput}`;
        if (dryRun)
            return what;
        await (0,_database_capture_js__WEBPACK_IMPORTED_MODULE_1__/* .writeGeneralLogSettings */ .j4)(conn, saved);
        await (0,_general_log_state_js__WEBPACK_IMPORTED_MODULE_2__/* .clearSavedGeneralLog */ .BN)(key);
        return what;
    }
    finally {
        await conn.query('SELECT RELEASE_LOCK(?)', [_database_capture_js__WEBPACK_IMPORTED_MODULE_1__/* .CAPTURE_LOCK */ .fh]).catch(() => undefined);
    }
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

/***/ 64387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ SqlParser)
/* harmony export */ });
/* harmony import */ var node_sql_parser_build_mariadb_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30932);
/* harmony import */ var node_sql_parser_build_mariadb_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_sql_parser_build_mariadb_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_sql_parser_build_mysql_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(56442);
/* harmony import */ var node_sql_parser_build_mysql_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_sql_parser_build_mysql_js__WEBPACK_IMPORTED_MODULE_1__);
/**
 * node-sql-parser with only the grammars perf-audit reads: MariaDB, and MySQL as its fallback. The
 * package's main entry bundles every dialect (2.5 MB); its per-dialect builds are ~0.3 MB each.
 */


// Each build's Parser reads its own dialect only, and refuses any other as "not supported currently".
const BUILDS = { mariadb: (node_sql_parser_build_mariadb_js__WEBPACK_IMPORTED_MODULE_0___default()), mysql: (node_sql_parser_build_mysql_js__WEBPACK_IMPORTED_MODULE_1___default()) };
/** The Parser calls perf-audit makes, each sent to the build of `opt.database` (MySQL when unnamed). */
class SqlParser {
    parsers = new Map();
    for(opt) {
        const dialect = (opt?.database ?? 'MySQL').toLowerCase();
        let parser = this.parsers.get(dialect);
        if (!parser) {
            const build = BUILDS[dialect];
            if (!build)
                throw new Error(`${opt?.database} is not supported currently`);
            parser = new build.Parser();
            this.parsers.set(dialect, parser);
        }
        return parser;
    }
    astify(sql, opt) {
        return this.for(opt).astify(sql, opt);
    }
    sqlify(ast, opt) {
        return this.for(opt).sqlify(ast, opt);
    }
    tableList(sql, opt) {
        return this.for(opt).tableList(sql, opt);
    }
}


/***/ })

};

//# sourceMappingURL=768.index.js.map