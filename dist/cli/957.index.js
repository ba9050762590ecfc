export const id = 957;
export const ids = [957];
export const modules = {

/***/ 2957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   collectStats: () => (/* binding */ collectStats)
/* harmony export */ });
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51374);
/**
 * Reads production statistics from a server: information_schema (table sizes, index cardinality) and, when
 * the account may read them, MariaDB's persistent statistics (mysql.index_stats, and of mysql.column_stats
 * only the columns that hold no data values). Never a row of a user table: no statement here names one.
 */

/** Index kinds whose cardinality describes B-tree lookups the planner prices. */
const SKIPPED_INDEX_TYPES = new Set(['FULLTEXT', 'SPATIAL', 'VECTOR']);
const num = (v) => (v === null || v === undefined ? null : Number(v));
/** Why a statistics table was not read, without the server's text (it names the account and its host). */
function reason(err) {
    const code = err.code;
    return code === 'ER_TABLEACCESS_DENIED_ERROR' || code === 'ER_COLUMNACCESS_DENIED_ERROR'
        ? 'no SELECT on it for this account'
        : code === 'ER_NO_SUCH_TABLE'
            ? 'the table does not exist on this server'
            : `could not be read (${code ?? 'error'})`;
}
async function collectStats(conn, database, now = new Date()) {
    const skipped = [];
    const [[version]] = await conn.query('SELECT VERSION() AS v');
    const [tableRows] = await conn.query("SELECT TABLE_NAME AS t, TABLE_ROWS AS r, DATA_LENGTH AS d, INDEX_LENGTH AS i FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'", [database]);
    // No prototype: any table, index or column name is a plain key.
    const tables = Object.create(null);
    for (const r of tableRows) {
        const rows = num(r.r);
        if (rows === null) {
            skipped.push(`${r.t}: its engine does not count rows (TABLE_ROWS is NULL)`);
            continue;
        }
        tables[String(r.t)] = {
            rows,
            dataBytes: num(r.d),
            indexBytes: num(r.i),
            indexes: Object.create(null),
            columns: Object.create(null),
        };
    }
    const [stat] = await conn.query('SELECT TABLE_NAME AS t, INDEX_NAME AS i, NON_UNIQUE AS nu, COLUMN_NAME AS c, CARDINALITY AS card, INDEX_TYPE AS kind FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX', [database]);
    for (const r of stat) {
        const table = tables[String(r.t)];
        if (!table || SKIPPED_INDEX_TYPES.has(String(r.kind).toUpperCase()))
            continue;
        const index = (table.indexes[String(r.i)] ??= {
            unique: Number(r.nu) === 0,
            columns: [],
            cardinality: [],
        });
        index.columns.push(String(r.c));
        index.cardinality.push(num(r.card));
    }
    try {
        const [rows] = await conn.query('SELECT table_name AS t, index_name AS i, prefix_arity AS k, avg_frequency AS f FROM mysql.index_stats WHERE db_name = ? ORDER BY table_name, index_name, prefix_arity', [database]);
        for (const r of rows) {
            const index = tables[String(r.t)]?.indexes[String(r.i)];
            const k = Number(r.k);
            // InnoDB appends the primary key to a secondary index: those prefixes are past the declared columns.
            if (!index || k < 1 || k > index.columns.length)
                continue;
            index.avgFrequency ??= index.columns.map(() => null);
            index.avgFrequency[k - 1] = num(r.f);
        }
    }
    catch (err) {
        skipped.push(`mysql.index_stats: ${reason(err)}; index figures come from information_schema only`);
    }
    try {
        // min_value, max_value and histogram are values from the rows: never selected.
        const [rows] = await conn.query('SELECT table_name AS t, column_name AS c, nulls_ratio AS n, avg_frequency AS f FROM mysql.column_stats WHERE db_name = ?', [database]);
        for (const r of rows) {
            const table = tables[String(r.t)];
            if (table)
                table.columns[String(r.c)] = { avgFrequency: num(r.f), nullsRatio: num(r.n) };
        }
    }
    catch (err) {
        skipped.push(`mysql.column_stats: ${reason(err)}; no per-column distinct or NULL figures`);
    }
    if (Object.keys(tables).length === 0)
        skipped.push(`information_schema shows no table of ${database} to this account: grant it REFERENCES on ${database}.* (see docs/stats.md)`);
    return {
        format: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATS_FORMAT */ .oo,
        version: _model_js__WEBPACK_IMPORTED_MODULE_0__/* .STATS_VERSION */ .$w,
        generatedAt: now.toISOString(),
        database,
        server: { version: String(version.v) },
        skipped,
        tables,
    };
}


/***/ })

};

//# sourceMappingURL=957.index.js.map