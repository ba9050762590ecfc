export const id = 713;
export const ids = [713,228];
export const modules = {

/***/ 97952:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ bound),
/* harmony export */   P4: () => (/* binding */ closeAllConnections),
/* harmony export */   UF: () => (/* binding */ QueryTimeoutError),
/* harmony export */   kr: () => (/* binding */ openAll),
/* harmony export */   o_: () => (/* binding */ setDatabaseDeadline),
/* harmony export */   qP: () => (/* binding */ openConnections)
/* harmony export */ });
/* unused harmony export openConnectionCount */
/**
 * Every MariaDB connection perf-audit opens goes through here. Each statement has a time limit: a server
 * that stops answering mid-run (network gone, server frozen) ends the wait with a message instead of
 * hanging the run, and the connection is destroyed (mysql2 keeps a timed-out statement queued, so the
 * connection is useless afterwards). Open connections are tracked, so the ones a failure left behind
 * (another connect refused with "Too many connections") are closed at the end and never keep the process
 * alive after the report.
 */
/** Closing a connection politely (COM_QUIT) waits at most this long before the socket is destroyed. */
const END_TIMEOUT_MS = 2000;
const open = new Set();
/**
 * The run's total deadline for MariaDB (database.deadline-ms). Past it every statement fails at once, except
 * perf-audit's own cleanup (dropping what it created, restoring the general log, releasing its lock), which
 * keeps the per-statement limit so that a late run still leaves nothing behind.
 */
let deadline = null;
const CLEANUP = /^\s*(DROP (DATABASE|TABLE|USER)\b|DELETE FROM mysql\.\w+_stats\b|SET GLOBAL (general_log|log_output)\b|SELECT RELEASE_LOCK\b)/i;
/** Starts the total deadline (null ends it). */
function setDatabaseDeadline(ms) {
    deadline = ms === null ? null : { at: Date.now() + ms, ms };
}
class QueryTimeoutError extends Error {
    name = 'QueryTimeoutError';
    code = 'PA_QUERY_TIMEOUT';
}
function socketOf(conn) {
    return conn.connection?.stream;
}
function destroy(conn) {
    open.delete(conn);
    socketOf(conn)?.destroy();
}
function sqlOf(args) {
    return (typeof args[0] === 'string' ? args[0] : args[0]?.sql) ?? '';
}
function firstLine(args) {
    const line = sqlOf(args).replace(/\s+/g, ' ').trim();
    return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
function within(work, ms, onTimeout) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(onTimeout()), ms);
        work.then((v) => {
            clearTimeout(timer);
            resolve(v);
        }, (e) => {
            clearTimeout(timer);
            reject(e);
        });
    });
}
/** Puts a time limit on every statement of `conn` and tracks it until it is closed. */
function bound(conn, queryTimeoutMs) {
    open.add(conn);
    socketOf(conn)?.once('close', () => open.delete(conn));
    // Once a wait timed out, every later statement on this connection says why, not "closed state".
    let timedOut = null;
    const limited = (method) => {
        const original = conn[method].bind(conn);
        return (...args) => {
            if (timedOut)
                return Promise.reject(timedOut);
            const d = deadline && !CLEANUP.test(sqlOf(args)) ? deadline : null;
            if (d && Date.now() >= d.at)
                return Promise.reject(new QueryTimeoutError(`database.deadline-ms (${d.ms} ms) reached: ${firstLine(args) || 'statement'} not sent`));
            const byDeadline = d !== null && d.at - Date.now() < queryTimeoutMs;
            const limit = byDeadline ? d.at - Date.now() : queryTimeoutMs;
            return within(original(...args), limit, () => {
                destroy(conn);
                const what = firstLine(args) ? ` to ${firstLine(args)}` : '';
                timedOut = new QueryTimeoutError(byDeadline
                    ? `database.deadline-ms (${d.ms} ms) reached while waiting${what}: the connection was closed`
                    : `MariaDB did not answer within ${queryTimeoutMs} ms (database.query-timeout-ms)${what}: the connection was closed`);
                return timedOut;
            });
        };
    };
    Object.assign(conn, { query: limited('query'), execute: limited('execute') });
    const end = conn.end.bind(conn);
    conn.end = async () => {
        try {
            await within(end(), END_TIMEOUT_MS, () => new Error('no answer to QUIT'));
        }
        catch {
            // Already closed, or the server is gone: the socket goes either way.
        }
        finally {
            destroy(conn);
        }
    };
    return conn;
}
/**
 * Opens `n` connections; when one fails (e.g. "Too many connections") the others are closed before the
 * error is thrown, instead of being left open by Promise.all.
 */
async function openAll(n, openOne) {
    const settled = await Promise.allSettled(Array.from({ length: n }, openOne));
    const failed = settled.find((s) => s.status === 'rejected');
    const opened = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    if (!failed)
        return opened;
    await Promise.all(opened.map((c) => c.end().catch(() => undefined)));
    throw failed.reason;
}
/** How many tracked connections are still open. */
function openConnectionCount() {
    return open.size;
}
/** The connections open now: what a run leaves open is what is open at its end and not in this set. */
function openConnections() {
    return new Set(open);
}
/**
 * Destroys every connection still open (the end of a run, any exit path), except those that were already
 * open before the run (`keep`: the caller's own); returns how many there were.
 */
function closeAllConnections(keep = new Set()) {
    const left = [...open].filter((c) => !keep.has(c));
    for (const conn of left)
        destroy(conn);
    return left.length;
}


/***/ }),

/***/ 72713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SCRATCH_PREFIX: () => (/* binding */ SCRATCH_PREFIX),
/* harmony export */   connect: () => (/* binding */ connect),
/* harmony export */   createScratchDatabase: () => (/* binding */ createScratchDatabase),
/* harmony export */   parseDbUrl: () => (/* binding */ parseDbUrl),
/* harmony export */   redactDbUrl: () => (/* binding */ redactDbUrl),
/* harmony export */   waitForServer: () => (/* binding */ waitForServer)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var mysql2_promise__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27588);
/* harmony import */ var _lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6228);
/* harmony import */ var _lifecycle_run_database_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44895);
/* harmony import */ var _run_account_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52270);
/* harmony import */ var _config_ranges_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7158);
/* harmony import */ var _bounded_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97952);
/**
 * Connects to MariaDB and owns the scratch database: created by us, always dropped by us, nothing else touched.
 * Every connection is single-statement: a statement can never smuggle a second one in.
 */







/** Parses mysql://user:pass@host:port[/db] (mariadb:// too). Throws with a message that hides the password. */
function parseDbUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new Error('database URL is not a URL; expected mysql://user:pass@host:port[/db]');
    }
    if (parsed.protocol !== 'mysql:' && parsed.protocol !== 'mariadb:') {
        throw new Error(`database URL must start with mysql:// or mariadb:// (got ${parsed.protocol}//)`);
    }
    const db = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return {
        host: parsed.hostname || '127.0.0.1',
        port: parsed.port ? Number(parsed.port) : 3306,
        user: decodeURIComponent(parsed.username || 'root'),
        password: decodeURIComponent(parsed.password || ''),
        database: db || null,
    };
}
/** The URL with its password replaced, for logs and reports. */
function redactDbUrl(url) {
    try {
        const u = new URL(url);
        if (u.password)
            u.password = '***';
        return u.toString();
    }
    catch {
        return '(unparseable database URL)';
    }
}
async function connect(url, database) {
    const conn = await mysql2_promise__WEBPACK_IMPORTED_MODULE_1__.createConnection({
        host: url.host,
        port: url.port,
        user: url.user,
        password: url.password,
        database: database ?? url.database ?? undefined,
        multipleStatements: false,
        connectTimeout: 5000,
        dateStrings: true,
        supportBigNumbers: true,
        bigNumberStrings: false,
    });
    return (0,_bounded_js__WEBPACK_IMPORTED_MODULE_4__/* .bound */ .$s)(conn, url.queryTimeoutMs ?? _config_ranges_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_QUERY_TIMEOUT_MS */ .c4);
}
/** Errors that a server still starting gives; anything else (access denied…) is final. */
function isTransient(err) {
    const code = err.code ?? '';
    return ([
        'ECONNREFUSED',
        'ECONNRESET',
        'ETIMEDOUT',
        'EHOSTUNREACH',
        'EAI_AGAIN',
        'PROTOCOL_CONNECTION_LOST',
        'ER_CON_COUNT_ERROR',
        'ER_SERVER_SHUTDOWN',
    ].includes(code) || code === '');
}
/** Waits for the server to answer (CI services start slowly); resolves the server version. */
async function waitForServer(url, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let delay = 200;
    let lastError;
    for (;;) {
        try {
            const conn = await connect(url);
            try {
                const [rows] = await conn.query('SELECT VERSION() AS v');
                return String(rows[0].v);
            }
            finally {
                await conn.end();
            }
        }
        catch (err) {
            lastError = err;
            // A wrong password or unknown database will not fix itself: say so at once.
            if (!isTransient(err))
                break;
            if (Date.now() + delay > deadline)
                break;
            await new Promise((r) => setTimeout(r, delay));
            delay = Math.min(delay * 2, 2000);
        }
    }
    const msg = lastError instanceof Error ? lastError.message : String(lastError);
    const transient = isTransient(lastError);
    throw new Error(transient
        ? `MariaDB at ${url.host}:${url.port} did not answer within ${timeoutMs} ms: ${msg}`
        : `MariaDB at ${url.host}:${url.port} refused the connection: ${msg}`);
}
const SCRATCH_PREFIX = 'perf_audit_';
/**
 * Creates `perf_audit_<hex>` with the given account, grants the run's account its rights there and connects
 * as that account. Without `options.account`, the account `perf_audit_<same hex>` is created here and dropped
 * with the database. Throws ConfinementRefused when no confined account can be had.
 */
async function createScratchDatabase(url, options = {}) {
    if ((0,_lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_5__.shuttingDown)())
        throw new Error('perf-audit is stopping: no new scratch database');
    const hex = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex');
    const name = `${SCRATCH_PREFIX}${hex}`;
    const admin = await connect(url);
    let account = options.account;
    const owned = !account;
    let conn = null;
    let dropping = null;
    // One drop per database, whoever asks first (the run's end, a signal, a failed creation); others wait for it.
    const drop = (force) => (dropping ??= (async () => {
        // Still registered while it runs: a signal during the run's own drop waits for it (the same promise).
        // On a signal the scratch connection may be mid-statement: it is killed by the drop instead.
        if (!force)
            await conn?.end().catch(() => undefined);
        try {
            // Only ever drops the name it generated above, and the account it created for it.
            try {
                await (0,_lifecycle_run_database_js__WEBPACK_IMPORTED_MODULE_6__/* .dropRunDatabase */ .Ix)(admin, name, force);
            }
            finally {
                if (owned && account)
                    await account.drop(admin);
            }
        }
        finally {
            if (force)
                conn?.destroy();
            await admin.end().catch(() => undefined);
            unregister();
        }
    })());
    // Registered before the database exists, so a signal at any point after this line drops it.
    const unregister = (0,_lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_5__.registerCleanup)(`drop database ${name}`, () => drop(true));
    try {
        // Held for the run's life: `perf-audit cleanup` leaves a database alone while its lock is held.
        await admin.query('SELECT GET_LOCK(?, 0)', [name]);
        account ??= await (0,_run_account_js__WEBPACK_IMPORTED_MODULE_2__/* .createRunAccount */ .hG)(admin, url, hex);
        await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        await account.grant(admin, name);
    }
    catch (err) {
        await drop(false).catch(() => undefined);
        throw err;
    }
    const runAccount = account;
    try {
        conn = await connect(runAccount.url, name);
    }
    catch (err) {
        await drop(false).catch(() => undefined);
        // Seen when an anonymous account (''@'localhost') shadows the new one: say so, and run nothing.
        throw new _run_account_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfinementRefused */ .F(`the per-run account ${runAccount.user} could not connect (${err.message}), so repository SQL ` +
            'is not run: static verdicts only (an anonymous MariaDB account can shadow it; see docs/security.md)');
    }
    if ((0,_lifecycle_cleanup_js__WEBPACK_IMPORTED_MODULE_5__.shuttingDown)()) {
        await drop(true).catch(() => undefined);
        throw new Error('perf-audit is stopping: scratch database dropped again');
    }
    const scratchConn = conn;
    return { name, url, account: runAccount, conn: scratchConn, drop: (force = false) => drop(force) };
}


/***/ }),

/***/ 52270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ ConfinementRefused),
/* harmony export */   hG: () => (/* binding */ createRunAccount)
/* harmony export */ });
/* unused harmony exports SCRATCH_PRIVILEGES, grantTarget, grantsAreConfined */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The per-run MariaDB account: everything derived from the repository runs as it. It is created by the given
 * account, holds privileges on the run's scratch databases only (no global privilege, no routines, events,
 * triggers or files) and is dropped at the end of the run.
 */

/** What the account may do on each scratch database: DDL and DML, nothing that runs code or touches files. */
const SCRATCH_PRIVILEGES = 'SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER, REFERENCES, CREATE TEMPORARY TABLES, LOCK TABLES, CREATE VIEW, SHOW VIEW';
/** Connections the account may hold at once: the planner's pool plus the schema command's. */
const MAX_CONNECTIONS = 40;
/** Thrown when repository SQL would have to run with rights beyond the scratch databases. */
class ConfinementRefused extends Error {
    name = 'ConfinementRefused';
}
/** A database name as a GRANT target: `_` and `%` are wildcards there. */
function grantTarget(database) {
    return `\`${database.replace(/`/g, '``').replace(/([_%\\])/g, '\\$1')}\`.*`;
}
const quoteString = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
async function loadableFunctions(admin) {
    try {
        const [rows] = await admin.query('SELECT name FROM mysql.func');
        return new Set(rows.map((r) => String(r.name).toLowerCase()));
    }
    catch {
        // Not readable: the guard's fixed deny-list still applies.
        return new Set();
    }
}
/**
 * Whether SHOW GRANTS says the account can do nothing outside `perf_audit_*` databases: USAGE on *.*, and
 * privileges only on database patterns that start with perf\_audit\_.
 */
function grantsAreConfined(grants) {
    return grants.every((g) => {
        const m = /^GRANT (.+?) ON (\S+) TO /i.exec(g);
        if (!m)
            return false;
        if (/WITH GRANT OPTION/i.test(g) || /^GRANT PROXY/i.test(g))
            return false;
        const [, privileges, target] = m;
        if (target === '*.*')
            return privileges.trim().toUpperCase() === 'USAGE';
        return /^`perf\\_audit\\_[^`.]*`\.\*$/.test(target);
    });
}
function dbError(err) {
    const e = err;
    return `${e.sqlMessage ?? e.message ?? String(err)}${e.code ? ` (${e.code})` : ''}`;
}
/**
 * Creates `'perf_audit_<hex>'@'%'` with a random password. When the given account cannot create users, its
 * own grants decide: already confined to perf_audit_* databases → it is used (nothing it can reach is
 * outside them); otherwise ConfinementRefused, and no repository SQL runs.
 */
async function createRunAccount(admin, url, hex) {
    const user = `perf_audit_${hex}`;
    const password = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(18).toString('base64url');
    const udfs = await loadableFunctions(admin);
    try {
        await admin.query(`CREATE USER ${quoteString(user)}@'%' IDENTIFIED BY ${quoteString(password)} WITH MAX_USER_CONNECTIONS ${MAX_CONNECTIONS}`);
    }
    catch (err) {
        return givenAccount(admin, url, udfs, dbError(err));
    }
    let dropped = false;
    const account = {
        user,
        url: { ...url, user, password, database: null },
        kind: 'created',
        udfs,
        async grant(conn, database) {
            try {
                await conn.query(`GRANT ${SCRATCH_PRIVILEGES} ON ${grantTarget(database)} TO ${quoteString(user)}@'%'`);
            }
            catch (err) {
                throw new ConfinementRefused(`the database account ${url.user} cannot give the per-run account its rights on ${database} ` +
                    `(${dbError(err)}), so repository SQL is not run: static verdicts only (see docs/security.md)`);
            }
        },
        async drop(conn) {
            if (dropped)
                return;
            await conn.query(`DROP USER IF EXISTS ${quoteString(user)}@'%'`);
            dropped = true;
        },
    };
    return account;
}
async function givenAccount(admin, url, udfs, why) {
    let grants = [];
    try {
        const [rows] = await admin.query('SHOW GRANTS FOR CURRENT_USER()');
        grants = rows.map((r) => String(Object.values(r)[0]));
    }
    catch {
        // unknown grants count as unconfined
    }
    if (grants.length === 0 || !grantsAreConfined(grants)) {
        throw new ConfinementRefused(`the database account ${url.user} cannot create the per-run account (${why}) and holds rights beyond ` +
            'perf_audit_* databases, so repository SQL is not run with it: static verdicts only ' +
            '(give it CREATE USER, or use an account limited to perf\\_audit\\_% databases; see docs/security.md)');
    }
    return {
        user: url.user,
        url: { ...url, database: null },
        kind: 'given',
        udfs,
        async grant() {
            // Its grants already cover every perf_audit_* database.
        },
        async drop() { },
    };
}


/***/ }),

/***/ 6228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pendingCleanups: () => (/* binding */ pendingCleanups),
/* harmony export */   registerCleanup: () => (/* binding */ registerCleanup),
/* harmony export */   runCleanups: () => (/* binding */ runCleanups),
/* harmony export */   shuttingDown: () => (/* binding */ shuttingDown)
/* harmony export */ });
/**
 * Process-wide registry of cleanup actions (scratch databases, the run's account, worktrees, temp folders,
 * child process groups, general_log). Whoever creates something registers how to undo it and unregisters
 * once undone, so a signal or an early exit can undo whatever is still outstanding, newest first.
 */
const entries = [];
let nextId = 1;
let closing = false;
/** True once the process is stopping (a signal): creating anything new now would outlive the process. */
function shuttingDown() {
    return closing;
}
/** Registers `fn` under `label`; the returned function unregisters it (call it once the thing is undone). */
function registerCleanup(label, fn) {
    const id = nextId++;
    entries.push({ id, label, fn });
    return () => {
        const i = entries.findIndex((e) => e.id === id);
        if (i >= 0)
            entries.splice(i, 1);
    };
}
/** The labels still registered, oldest first. */
function pendingCleanups() {
    return entries.map((e) => e.label);
}
/**
 * Runs and unregisters every registered action, newest first (a connection registered after its database
 * closes before the database is dropped). A failing action does not stop the others.
 */
async function runCleanups(options = {}) {
    // Only a stopping process refuses new work; the end of a run in a long-lived process (tests, the action's
    // error path) undoes what is outstanding and goes on.
    if (options.stopping)
        closing = true;
    const out = [];
    while (entries.length > 0) {
        const e = entries.pop();
        try {
            await e.fn();
            out.push({ label: e.label, ok: true });
        }
        catch (err) {
            out.push({ label: e.label, ok: false, error: err instanceof Error ? err.message : String(err) });
        }
    }
    return out;
}


/***/ }),

/***/ 44895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ dropRunDatabase),
/* harmony export */   QV: () => (/* binding */ RUN_NAME),
/* harmony export */   SE: () => (/* binding */ STATS_TABLES)
/* harmony export */ });
/* unused harmony exports killUsers, deleteStatistics */
/**
 * Dropping a database perf-audit created, with everything MariaDB keeps about it elsewhere: connections
 * still using it (killed, so a running statement cannot hold the drop), its engine-independent statistics
 * rows in mysql.*_stats. Used at the end of a run, on a signal, and by `perf-audit cleanup`.
 */
/** Only names perf-audit generates are ever dropped: `perf_audit_` and hex. */
const RUN_NAME = /^perf_audit_[0-9a-f]{6,32}$/;
const STATS_TABLES = ['table_stats', 'index_stats', 'column_stats'];
/**
 * Connections working on `name`: those using it, and those whose running statement names it (the
 * statistics writer runs `INSERT INTO mysql.*_stats` for it from another database).
 */
async function usersOf(conn, name) {
    const [rows] = await conn.query('SELECT ID AS id FROM information_schema.PROCESSLIST WHERE (DB = ? OR INSTR(INFO, ?) > 0) AND ID <> CONNECTION_ID()', [name, name]);
    return rows.map((r) => Number(r.id));
}
/** How long a killed connection is waited for: KILL only flags it, and its statement may still write. */
const KILL_WAIT_MS = 1500;
async function killUsers(conn, name) {
    const ids = await usersOf(conn, name);
    for (const id of ids)
        await conn.query(`KILL CONNECTION ${id}`).catch(() => undefined);
    // Statistics rows are not transactional: a killed INSERT that is still running writes after a DELETE
    // made now. Wait (bounded) until the killed connections are gone.
    const deadline = Date.now() + KILL_WAIT_MS;
    while (ids.length && Date.now() < deadline) {
        // A killed connection keeps its ID in the process list until its statement has stopped.
        const [rows] = await conn
            .query('SELECT ID AS id FROM information_schema.PROCESSLIST')
            .catch(() => [[]]);
        const running = new Set(rows.map((r) => Number(r.id)));
        if (!ids.some((id) => running.has(id)))
            break;
        await new Promise((r) => setTimeout(r, 50));
    }
}
async function deleteStatistics(conn, name) {
    for (const table of STATS_TABLES)
        await conn.query(`DELETE FROM mysql.${table} WHERE db_name = ?`, [name]).catch(() => undefined);
}
/** How long a forced drop keeps killing what still writes the database's statistics, and deleting them. */
const SETTLE_MS = 10_000;
/** Drops `name` (which must be a run's name) and its statistics rows; `force` kills its connections first. */
async function dropRunDatabase(conn, name, force) {
    if (!RUN_NAME.test(name))
        throw new Error(`refusing to drop ${name}: not a perf-audit database`);
    if (force)
        await killUsers(conn, name);
    await deleteStatistics(conn, name);
    await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
    // A killed ANALYZE may still have written rows between the delete and the drop.
    await deleteStatistics(conn, name);
    // On a signal, a statement still running for the name (slower to stop than KILL_WAIT_MS on a loaded
    // server, or sent just before the kill) writes after that: until none is left (bounded), again.
    const deadline = Date.now() + SETTLE_MS;
    while (force && Date.now() < deadline && (await usersOf(conn, name).catch(() => [])).length) {
        await killUsers(conn, name);
        await deleteStatistics(conn, name);
    }
}


/***/ })

};

//# sourceMappingURL=713.index.js.map