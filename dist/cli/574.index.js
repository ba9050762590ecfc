export const id = 574;
export const ids = [574];
export const modules = {

/***/ 81001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ SEVERITY_ORDER),
/* harmony export */   E: () => (/* binding */ compareFindings)
/* harmony export */ });
/** The finding model shared by every rule, report and gate. */
const SEVERITY_ORDER = { critical: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
    return (SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] ||
        a.rule.localeCompare(b.rule) ||
        (a.file ?? '').localeCompare(b.file ?? '') ||
        (a.line ?? 0) - (b.line ?? 0));
}


/***/ }),

/***/ 53798:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uy: () => (/* binding */ analyzeShape),
  xZ: () => (/* binding */ clusteredKey),
  lw: () => (/* binding */ coveredByExisting),
  xM: () => (/* binding */ defeatedIndexes),
  tp: () => (/* binding */ demandOf),
  OO: () => (/* binding */ implicitPrimary),
  lg: () => (/* binding */ indexProposal),
  hC: () => (/* binding */ isBtree),
  Rn: () => (/* binding */ isClusteredKey),
  zo: () => (/* binding */ predicateRef),
  yX: () => (/* binding */ proposalFor),
  LX: () => (/* binding */ seeksOnlyCoarseKeys),
  ai: () => (/* binding */ sharedKeys),
  ho: () => (/* binding */ splitColumn),
  I3: () => (/* binding */ sqlIdentifier),
  $L: () => (/* binding */ uniqueKeyLeading)
});

// UNUSED EXPORTS: judgeDemand, laravelIndexName, leadsWithUniqueKey, matchShape, proposeIndex, proposedColumns, useOf

// EXTERNAL MODULE: ./src/schema/model.ts
var model = __webpack_require__(52442);
// EXTERNAL MODULE: ./src/schema/low-cardinality.ts
var low_cardinality = __webpack_require__(36220);
;// CONCATENATED MODULE: ./src/schema/reserved-words.ts
/**
 * MariaDB's reserved words (and the few MySQL 8 ones apps meet, such as RANK): an identifier spelled like
 * one must be quoted, or the statement fails (`ALTER TABLE databases …` is a syntax error). Tables named
 * `databases`, `keys` or `usage` are common in Laravel apps.
 */
const WORDS = `
ACCESSIBLE ADD ALL ALTER ANALYZE AND AS ASC ASENSITIVE BEFORE BETWEEN BIGINT BINARY BLOB BODY BOTH BY
CALL CASCADE CASE CHANGE CHAR CHARACTER CHECK COLLATE COLUMN CONDITION CONSTRAINT CONTINUE CONVERT
CREATE CROSS CURRENT_DATE CURRENT_ROLE CURRENT_TIME CURRENT_TIMESTAMP CURRENT_USER CURSOR DATABASE
DATABASES DAY_HOUR DAY_MICROSECOND DAY_MINUTE DAY_SECOND DEC DECIMAL DECLARE DEFAULT DELAYED DELETE
DELETE_DOMAIN_ID DESC DESCRIBE DETERMINISTIC DISTINCT DISTINCTROW DIV DO_DOMAIN_IDS DOUBLE DROP DUAL
EACH ELSE ELSEIF ELSIF EMPTY ENCLOSED ESCAPED EXCEPT EXISTS EXIT EXPLAIN FALSE FETCH FLOAT FLOAT4
FLOAT8 FOR FORCE FOREIGN FROM FULLTEXT GENERAL GOTO GRANT GROUP GROUPS HAVING HIGH_PRIORITY
HOUR_MICROSECOND HOUR_MINUTE HOUR_SECOND IF IGNORE IGNORE_DOMAIN_IDS IGNORE_SERVER_IDS IN INDEX INFILE
INNER INOUT INSENSITIVE INSERT INT INT1 INT2 INT3 INT4 INT8 INTEGER INTERSECT INTERVAL INTO IS ITERATE
JOIN KEY KEYS KILL LATERAL LEADING LEAVE LEFT LIKE LIMIT LINEAR LINES LOAD LOCALTIME LOCALTIMESTAMP
LOCK LONG LONGBLOB LONGTEXT LOOP LOW_PRIORITY MASTER_HEARTBEAT_PERIOD MASTER_SSL_VERIFY_SERVER_CERT
MATCH MAXVALUE MEDIUMBLOB MEDIUMINT MEDIUMTEXT MIDDLEINT MINUTE_MICROSECOND MINUTE_SECOND MOD MODIFIES
NATURAL NOT NO_WRITE_TO_BINLOG NULL NUMERIC OFFSET ON OPTIMIZE OPTION OPTIONALLY OR ORDER OUT OUTER
OUTFILE OVER PACKAGE PAGE_CHECKSUM PARSE_VCOL_EXPR PARTITION POSITION PRECISION PRIMARY PROCEDURE PURGE
RAISE RANGE RANK READ READS READ_WRITE REAL RECURSIVE REF_SYSTEM_ID REFERENCES REGEXP RELEASE RENAME
REPEAT REPLACE REQUIRE RESIGNAL RESTRICT RETURN RETURNING REVOKE RIGHT RLIKE ROW ROWS ROW_NUMBER
ROWTYPE SCHEMA SCHEMAS SECOND_MICROSECOND SELECT SENSITIVE SEPARATOR SET SHOW SIGNAL SLOW SMALLINT
SPATIAL SPECIFIC SQL SQLEXCEPTION SQLSTATE SQLWARNING SQL_BIG_RESULT SQL_CALC_FOUND_ROWS
SQL_SMALL_RESULT SSL STARTING STATS_AUTO_RECALC STATS_PERSISTENT STATS_SAMPLE_PAGES STRAIGHT_JOIN TABLE
TERMINATED THEN TINYBLOB TINYINT TINYTEXT TO TRAILING TRIGGER TRUE UNDO UNION UNIQUE UNLOCK UNSIGNED
UPDATE USAGE USE USING UTC_DATE UTC_TIME UTC_TIMESTAMP VALUES VARBINARY VARCHAR VARCHARACTER VARYING
WHEN WHERE WHILE WINDOW WITH WRITE XOR YEAR_MONTH ZEROFILL
`;
const RESERVED = new Set(WORDS.split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase()));
/** True when MariaDB reads the word as a keyword: as an identifier it must be quoted. */
function isReservedWord(name) {
    return RESERVED.has(name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/schema/index-match.ts
/**
 * Leftmost-prefix matching of a query shape against a table's indexes, and the index Laravel would add.
 * Pure: no database. The planner (src/database/planner.ts) confirms or overturns these verdicts.
 */



const MYSQL_IDENTIFIER_MAX = 64;
const STRICT_EQUALITY = new Set(['=', 'is null']);
const RANGE = new Set(['<', '>', '<=', '>=', 'between', 'like-prefix']);
const UNSARGABLE = new Set(['!=', 'not in', 'like', 'other']);
const lower = (s) => s.toLowerCase();
const unique = (xs) => [...new Set(xs)];
/** `orders.user_id` → { table: 'orders', column: 'user_id' }; backticks dropped. */
function splitColumn(ref) {
    const parts = ref.replace(/`/g, '').split('.');
    const column = lower(parts[parts.length - 1].trim());
    return { table: parts.length > 1 ? lower(parts[parts.length - 2].trim()) : null, column };
}
/** A B-tree index: the only kind a seek or an ordered read can use (not FULLTEXT or SPATIAL). */
function isBtree(index) {
    return (index.kind ?? 'btree') === 'btree';
}
/** A predicate's table (its own `table`, or the qualifier in `t.col`) and bare column. */
function predicateRef(p) {
    const split = splitColumn(p.column);
    return { table: p.table ? lower(p.table) : split.table, column: split.column };
}
/** Soft deletes add `deleted_at IS NULL` to every query: it is true for most rows, so it never asks for an index. */
function isSoftDelete(p, column) {
    return p.via === 'SoftDeletes' || (p.op === 'is null' && column === 'deleted_at');
}
/** The demand a shape puts on one table: its own predicates (by qualifier), join columns, sorts and groups. */
function demandOf(shape, table, role, opts = {}) {
    const name = lower(table.name);
    const mine = (qualifier) => (qualifier === null ? role === 'main' : qualifier === name);
    const d = {
        table: table.name,
        equality: [],
        inList: [],
        range: [],
        sort: [],
        group: [],
        weak: [],
        scoped: [],
        nullOnly: [],
        functions: [],
        functionFilters: [],
        unsargable: [],
        unknownColumns: [],
        wide: [],
        hasOr: role === 'main' && !!shape.hasOr,
        bounded: shape.limit !== undefined || !!shape.single,
    };
    const known = (column) => {
        if ((0,model/* findColumn */.kn)(table, column))
            return true;
        d.unknownColumns.push(column);
        return false;
    };
    /** One AND-ed predicate on this table: what it asks of an index. */
    const demand = (p, column) => {
        if (p.fn) {
            d.functions.push(p);
            d.functionFilters.push(column);
        }
        else if (isSoftDelete(p, column)) {
            if (p.op === 'is null')
                d.weak.push(column);
        }
        else if (p.op === 'is not null')
            return; // true for most rows: never a reason for an index
        else if (STRICT_EQUALITY.has(p.op))
            d.equality.push(column);
        else if (p.op === 'in')
            d.inList.push(column);
        else if (RANGE.has(p.op))
            d.range.push(column);
        else if (UNSARGABLE.has(p.op) || p.op === 'fulltext')
            d.unsargable.push(p);
    };
    const groups = new Map();
    const byScope = new Set();
    const ownFilters = new Set();
    const byValue = new Set();
    for (const p of shape.where) {
        if (p.group) {
            // An OR group AND-ed with the rest narrows no seek, unless it is one column's values (an IN).
            groups.set(p.group.id, [...(groups.get(p.group.id) ?? []), p]);
            continue;
        }
        const { table: q, column } = predicateRef(p);
        if (!mine(q) || !known(column))
            continue;
        demand(p, column);
        if (!p.fn && p.op === 'is not null' && !isSoftDelete(p, column))
            continue;
        if (STRICT_EQUALITY.has(p.op) && p.via?.startsWith('globalScope:'))
            byScope.add(column);
        else
            ownFilters.add(column);
        if (p.fn || p.op !== 'is null')
            byValue.add(column);
    }
    if (role === 'main' && !d.hasOr && d.bounded && shape.orderBy.length > 0) {
        const wide = wideFilters(table, d, [...groups.values()], mine);
        if (wide) {
            d.wide = wide;
            d.weak.push(...d.equality);
            d.equality = [];
            groups.clear();
        }
    }
    for (const preds of groups.values()) {
        const refs = new Set(preds.map((p) => `${predicateRef(p).table ?? ''}.${predicateRef(p).column}`));
        const { table: q, column } = predicateRef(preds[0]);
        if (refs.size !== 1 || !mine(q) || !(0,model/* findColumn */.kn)(table, column))
            continue;
        if (preds.every((p) => (p.op === '=' || p.op === 'in') && !p.fn))
            d.inList.push(column);
    }
    // `(a = ? or b = ?) and deleted_at is null`: with nothing else to seek on, the one OR group is what an
    // index merge must serve, as a top-level OR is.
    const mineGroups = [...groups.values()].filter((preds) => preds.every((p) => mine(predicateRef(p).table) && (0,model/* findColumn */.kn)(table, predicateRef(p).column)));
    if (role === 'main' &&
        !d.hasOr &&
        groups.size === 1 &&
        mineGroups.length === 1 &&
        d.equality.length + d.inList.length + d.range.length === 0 &&
        new Set(mineGroups[0].map((p) => predicateRef(p).column)).size > 1) {
        d.hasOr = true;
        for (const p of mineGroups[0]) {
            const { column } = predicateRef(p);
            if (p.fn)
                d.functions.push(p);
            else if (p.op === 'is not null')
                continue;
            else if (STRICT_EQUALITY.has(p.op))
                d.equality.push(column);
            else if (p.op === 'in')
                d.inList.push(column);
            else if (RANGE.has(p.op))
                d.range.push(column);
            else
                d.unsargable.push(p);
        }
    }
    if (role === 'join') {
        const lookedUp = opts.lookedUpByJoin !== false;
        for (const j of shape.joins) {
            if (lower(j.table) !== name)
                continue;
            // The joined table is looked up by its join column once per row of the other side.
            if (lookedUp)
                for (const on of j.on) {
                    const left = splitColumn(on.left);
                    const right = splitColumn(on.right);
                    const own = right.table === name ? right : left;
                    if ((own.table === null || own.table === name) && known(own.column))
                        d.equality.push(own.column);
                }
            // ON conditions with a value on this table are part of that lookup (b(a_id, kind) serves
            // `on b.a_id = a.id and b.kind = ?`); an inner join's may also drive it, as a WHERE would.
            if (lookedUp || j.type === 'inner')
                for (const p of j.where ?? []) {
                    const { table: q, column } = predicateRef(p);
                    if ((q === null || q === name) && known(column))
                        demand(p, column);
                }
        }
    }
    const fixed = new Set([...d.equality, ...d.weak]);
    if (role === 'main') {
        for (const o of shape.orderBy) {
            const { table: q, column } = predicateRef(o);
            if (!mine(q))
                continue;
            if (o.fn) {
                d.functions.push({ column, op: 'other', fn: o.fn });
                continue;
            }
            if (known(column) && !fixed.has(column))
                d.sort.push({ column, direction: o.direction });
        }
        for (const g of shape.groupBy) {
            const { table: q, column } = splitColumn(g);
            if (mine(q) && known(column) && !fixed.has(column))
                d.group.push(column);
        }
    }
    d.equality = unique(d.equality);
    d.scoped = d.equality.filter((c) => byScope.has(c) && !ownFilters.has(c));
    d.nullOnly = d.equality.filter((c) => ownFilters.has(c) && !byValue.has(c));
    d.functionFilters = unique(d.functionFilters);
    d.inList = unique(d.inList.filter((c) => !fixed.has(c)));
    d.range = unique(d.range.filter((c) => !fixed.has(c)));
    d.weak = unique(d.weak);
    d.group = unique(d.group);
    d.unknownColumns = unique(d.unknownColumns);
    return d;
}
/**
 * The columns of a bounded sorted read's filters when every one of them keeps a large share of the rows: `=`
 * on yes/no columns, and OR groups with a branch made only of those (`draft = 0 or (draft = 1 and owned_by =
 * ?)`). Null when a filter may narrow (any other column, a range, IN, a function, LIKE) or there is none.
 */
function wideFilters(table, d, groups, mine) {
    if (d.inList.length + d.range.length + d.functions.length + d.unsargable.length > 0)
        return null;
    const yesNo = (column) => {
        const c = (0,model/* findColumn */.kn)(table, column);
        return !!c && (0,low_cardinality/* isBooleanLike */.C0)(c);
    };
    if (!d.equality.every(yesNo))
        return null;
    const cols = [...d.equality];
    for (const preds of groups) {
        if (!preds.every((p) => mine(predicateRef(p).table)))
            return null;
        const branches = new Map();
        for (const p of preds)
            branches.set(p.group.branch, [...(branches.get(p.group.branch) ?? []), p]);
        const wideBranch = [...branches.values()].some((b) => b.every((p) => p.op === '=' && !p.fn && yesNo(predicateRef(p).column)));
        if (!wideBranch)
            return null;
        cols.push(...preds.map((p) => predicateRef(p).column));
    }
    return cols.length > 0 ? unique(cols) : null;
}
function filterColumns(d) {
    return unique([...d.equality, ...d.inList, ...d.range]);
}
/** ORDER BY a, b in one direction is served when the index continues its `=`-fixed prefix with a, b. */
function servesOrder(columns, fixed, sort) {
    if (sort.length === 0)
        return true;
    if (new Set(sort.map((s) => s.direction)).size > 1)
        return false;
    let pos = 0;
    while (pos < columns.length && fixed.has(columns[pos]))
        pos++;
    return sort.every((s, k) => columns[pos + k] === s.column);
}
/** GROUP BY a, b is served when the index continues its `=`-fixed prefix with a and b, in any order. */
function servesGroup(columns, fixed, group) {
    if (group.length === 0)
        return true;
    let pos = 0;
    while (pos < columns.length && fixed.has(columns[pos]))
        pos++;
    const next = new Set(columns.slice(pos, pos + group.length));
    return group.every((g) => next.has(g));
}
/**
 * The primary key's columns, or those of the index InnoDB clusters on in its place (implicitPrimary): InnoDB
 * ends every secondary index with them (other engines do not). The engine may carry table options after its
 * name (`InnoDB ROW_FORMAT=COMPRESSED`, a connection's `engine`).
 */
function clusteredKey(table) {
    const engine = table.engine?.trim().split(/\s+/)[0]?.toLowerCase();
    if (engine && engine !== 'innodb')
        return [];
    const primary = table.indexes.find((i) => i.primary) ?? implicitPrimary(table);
    return primary?.columns.map(lower) ?? [];
}
/**
 * The index InnoDB clusters a table on when it declares no primary key: the first unique index whose
 * columns are all NOT NULL and whole (no prefix length). Without one, rows hang off a hidden row id.
 */
function implicitPrimary(table) {
    if (table.indexes.some((i) => i.primary))
        return null;
    const notNull = (c) => (0,model/* findColumn */.kn)(table, c)?.nullable === false;
    return (table.indexes.find((i) => i.unique &&
        isBtree(i) &&
        i.columns.length > 0 &&
        i.columns.every(notNull) &&
        (i.subParts ?? []).every((p) => p === null || p === undefined)) ?? null);
}
/** The columns (bare, lower case) are the table's clustered key, in its order. */
function isClusteredKey(table, columns) {
    const key = clusteredKey(table);
    return key.length > 0 && columns.length === key.length && columns.every((c, k) => c === key[k]);
}
/**
 * How one index serves the demand: leftmost prefix of equality columns (IN included), then one range column.
 * `key` is the table's clustered key, which a secondary index holds after its own columns: `(company_id)`
 * reads one company's rows in id order.
 */
function useOf(index, d, key) {
    const columns = index.columns.map(lower);
    const ordered = index.primary ? columns : [...columns, ...key.filter((c) => !columns.includes(c))];
    const prefixable = new Set([...d.equality, ...d.inList, ...d.weak]);
    const seek = [];
    let i = 0;
    while (i < columns.length && prefixable.has(columns[i]))
        seek.push(columns[i++]);
    if (i < columns.length && d.range.includes(columns[i]))
        seek.push(columns[i]);
    const filters = new Set(filterColumns(d));
    // Only `=` (and IS NULL) keeps one ordered run of rows; IN does not.
    const fixed = new Set([...d.equality, ...d.weak]);
    const singleRow = index.unique && columns.every((c) => d.equality.includes(c));
    return {
        index,
        seek,
        filterCovered: seek.filter((c) => filters.has(c)).length,
        sortServed: d.sort.length > 0 && servesOrder(ordered, fixed, d.sort),
        groupServed: d.group.length > 0 && servesGroup(ordered, fixed, d.group),
        singleRow,
    };
}
/** The filter columns the query names itself, not only through a global scope. */
function ownFilterColumns(d) {
    return filterColumns(d).filter((c) => !d.scoped.includes(c));
}
/** The query's own filter columns that narrow: not a flag or a `*_type` column, not one fixed only by IS NULL. */
function selectiveOwnColumns(table, d) {
    return ownFilterColumns(d).filter((c) => !(0,low_cardinality/* isFlagOrType */.W3)(table, c) && !d.nullOnly.includes(c));
}
/** Filter columns that narrow little: a global scope's key, flags and `*_type` columns, IS NULL. */
function coarseKind(table, d, seek) {
    const kinds = [];
    if (seek.some((c) => d.scoped.includes(c)))
        kinds.push("a global scope's key");
    if (seek.some((c) => (0,low_cardinality/* isFlagOrType */.W3)(table, c)))
        kinds.push('columns of few values');
    if (seek.some((c) => d.nullOnly.includes(c)))
        kinds.push('IS NULL, which keeps every row without a value');
    if (seek.some((c) => d.weak.includes(c)))
        kinds.push('filters most rows pass');
    return kinds.join(', and ') || 'columns of few values';
}
/**
 * An index read that seeks only on columns that narrow little, a global scope's key (one tenant's share)
 * and columns of few values (flags, `*_type`), for a query with a selective filter of its own: it narrows to
 * a large share of the table, not to the rows the query asks for. The static match and the planner's plan
 * (the key parts it used) are judged alike.
 */
function seeksOnlyCoarseKeys(table, d, seek) {
    const own = selectiveOwnColumns(table, d);
    const parts = seek.map(lower);
    return own.length > 0 && parts.length > 0 && !parts.some((c) => own.includes(c));
}
/** How many of the query's own filter columns an index seeks on. */
function ownCovered(u, d) {
    const own = new Set(ownFilterColumns(d));
    return u.seek.filter((c) => own.has(c)).length;
}
function score(table, u, d) {
    if (u.singleRow)
        return 1e6;
    const sortOk = d.sort.length === 0 || u.sortServed;
    const groupOk = d.group.length === 0 || u.groupServed;
    // A selective column of the query's own counts most, then its flags and `*_type` columns, then a global
    // scope's tenant key: `(document_id)` is the index for `document_id IN (…) AND type = ?`, not `(type)`.
    const own = ownCovered(u, d);
    const selective = new Set(selectiveOwnColumns(table, d));
    const narrow = u.seek.filter((c) => selective.has(c)).length;
    return (narrow * 100 +
        (own - narrow) * 50 +
        (u.filterCovered - own) * 40 +
        (sortOk ? 10 : 0) +
        (groupOk ? 10 : 0) +
        (u.index.unique ? 1 : 0));
}
function bestUse(table, d) {
    let best = null;
    const key = clusteredKey(table);
    for (const index of table.indexes.filter(isBtree)) {
        const u = useOf(index, d, key);
        if (!best || score(table, u, d) > score(table, best, d))
            best = u;
    }
    return best;
}
/** Judges one table's demand against its indexes: served, partly served, or not served at all. */
function judgeDemand(table, d) {
    const reasons = [];
    for (const c of d.unknownColumns)
        reasons.push(`column ${c} is not in ${table.name}: left out`);
    for (const f of d.functions)
        reasons.push(`${f.fn}(${predicateRef(f).column}) cannot use a plain index`);
    if (d.wide.length > 0)
        reasons.push(`the filters on ${d.wide.join(', ')} keep a large share of the rows, so reading in ORDER BY order reaches the LIMIT after a few rows`);
    const filters = filterColumns(d);
    const best = bestUse(table, d);
    if (filters.length === 0 && d.functionFilters.length > 0 && d.sort.length === 0 && d.group.length === 0) {
        reasons.push(`no index can seek on ${d.functionFilters.join(', ')} as written`);
        return { verdict: 'none', reasons, best };
    }
    if (filters.length === 0 && d.sort.length === 0 && d.group.length === 0) {
        reasons.push('nothing to seek, sort or group on');
        return { verdict: 'served', reasons, best: null };
    }
    if (best?.singleRow) {
        reasons.push(`unique key ${best.index.name} finds at most one row`);
        return { verdict: 'served', reasons, best };
    }
    if (d.hasOr) {
        // OR across columns: MariaDB can merge one index per column, so each column needs one that starts with it.
        const leads = new Set(table.indexes.filter(isBtree).map((i) => lower(i.columns[0] ?? '')));
        const missing = filters.filter((c) => !leads.has(c));
        if (missing.length === 0) {
            reasons.push('every OR-ed column leads an index (index merge)');
            return { verdict: 'served', reasons, best };
        }
        reasons.push(`OR across columns: no index starts with ${missing.join(', ')}`);
        return { verdict: missing.length === filters.length ? 'none' : 'partial', reasons, best };
    }
    const byKey = sortsByKeyOnly(table, d);
    const sortOk = d.sort.length === 0 || !!best?.sortServed;
    const groupOk = d.group.length === 0 || !!best?.groupServed;
    const sortText = d.sort.map((s) => `${s.column} ${s.direction}`).join(', ');
    if (filters.length > 0) {
        if (!best || best.filterCovered === 0) {
            reasons.push(`no index starts with ${filters.join(', ')}`);
            return { verdict: 'none', reasons, best };
        }
        // `(company_id)` narrows to one tenant's rows and `(type)` to one kind of them, not to the rows a
        // query with a selective column of its own asks for.
        if (seeksOnlyCoarseKeys(table, d, best.seek)) {
            const own = selectiveOwnColumns(table, d);
            const why = coarseKind(table, d, best.seek);
            reasons.push(`index ${best.index.name} seeks only on ${best.seek.join(', ')} (${why}); no index starts with ${own.join(', ')}`);
            return { verdict: 'none', reasons, best };
        }
        reasons.push(`index ${best.index.name} seeks on ${best.seek.join(', ')}`);
        if (!sortOk && byKey)
            reasons.push(`then sorts by the primary key, which no index gives after ${best.seek.join(', ')} (see PA103)`);
        else if (!sortOk)
            reasons.push(`but not in ORDER BY ${sortText} order (filesort)`);
        if (!groupOk)
            reasons.push(`but not grouped by ${d.group.join(', ')} (temporary table)`);
        return { verdict: (sortOk || byKey) && groupOk ? 'served' : 'partial', reasons, best };
    }
    if (sortOk && groupOk && best) {
        reasons.push(`index ${best.index.name} reads rows in ${d.sort.length ? 'ORDER BY' : 'GROUP BY'} order`);
        return { verdict: 'served', reasons, best };
    }
    if (groupOk && !d.bounded) {
        // Every row is read either way: walking an index in order costs more than sorting once.
        reasons.push(`reads every row sorted by ${sortText}: an index would not spare the work (see PA103)`);
        return { verdict: 'served', reasons, best };
    }
    if (!sortOk)
        reasons.push(`no index reads rows in ORDER BY ${sortText} order (filesort)`);
    if (!groupOk)
        reasons.push(`no index groups by ${d.group.join(', ')} (temporary table)`);
    return { verdict: 'none', reasons, best };
}
/**
 * An unbounded read sorted by nothing but the primary key: an index that fixes the key's place by `=` gives
 * that order already (see useOf), and after a range or IN none can; the query reads every row it finds, so
 * the sort is not an index's to spare (PA103 reports it with a database).
 */
function sortsByKeyOnly(table, d) {
    if (d.bounded || d.group.length > 0)
        return false;
    return isClusteredKey(table, d.sort.map((s) => s.column));
}
/** Laravel's Blueprint::createIndexName: `{table}_{columns}_{type}`, lower case, `-` and `.` as `_`. */
function laravelIndexName(table, columns, type = 'index') {
    return `${table}_${columns.join('_')}_${type}`.toLowerCase().replace(/[-.]/g, '_');
}
const PLAIN_IDENTIFIER = /^[a-z_][a-z0-9_$]*$/i;
/** Quotes an identifier only when MariaDB needs it, so the SQL reads like the hand audit's. */
function sqlIdentifier(name) {
    return PLAIN_IDENTIFIER.test(name) && !isReservedWord(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}
/**
 * The index for the columns: Laravel's name (shortened past 64 characters), ALTER TABLE and migration line.
 * `prefixes` gives a key length to TEXT and BLOB columns (`path(191)`), which MariaDB indexes only by a prefix;
 * Blueprint has no key lengths, so such an index is migrated with a statement.
 */
function indexProposal(table, columns, prefixes = {}) {
    const laravelName = laravelIndexName(table, columns);
    const tooLong = laravelName.length > MYSQL_IDENTIFIER_MAX;
    // Laravel would fail to migrate such a name; propose an explicit shorter one instead.
    const name = tooLong ? shortName(table, columns) : laravelName;
    const cols = columns.map((c) => `'${c}'`);
    const arg = columns.length === 1 ? cols[0] : `[${cols.join(', ')}]`;
    const kept = Object.fromEntries(columns.filter((c) => prefixes[c]).map((c) => [c, prefixes[c]]));
    const parts = columns.map((c) => (kept[c] ? `${sqlIdentifier(c)}(${kept[c]})` : sqlIdentifier(c)));
    const add = `ALTER TABLE ${sqlIdentifier(table)} ADD INDEX ${sqlIdentifier(name)} (${parts.join(', ')})`;
    const prefixed = Object.keys(kept).length > 0;
    return {
        table,
        columns,
        name,
        sql: `${add};`,
        migration: prefixed
            ? `DB::statement('${add.replace(/'/g, "\\'")}');`
            : tooLong
                ? `$table->index(${arg}, '${name}');`
                : `$table->index(${arg});`,
        ...(prefixed ? { prefixes: kept } : {}),
    };
}
function shortName(table, columns) {
    let h = 0;
    for (const ch of `${table}.${columns.join('.')}`)
        h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    const suffix = `_${h.toString(36)}_index`;
    return (`${table}_${columns.join('_')}`.toLowerCase().slice(0, MYSQL_IDENTIFIER_MAX - suffix.length) + suffix);
}
/** Whether an index already starts with these columns (then adding them again would be redundant). */
function coveredByExisting(table, columns) {
    return table.indexes.filter(isBtree).find((i) => {
        const cols = i.columns.map(lower);
        return columns.length <= cols.length && columns.every((c, k) => cols[k] === c);
    });
}
/** Equality columns many rows share: an IS NULL, a global scope's tenant key. They follow the query's own values. */
function sharedKeys(d) {
    return [...d.nullOnly, ...d.scoped];
}
/** The columns that serve a demand in full: equality columns, then one range column, else the sort or group columns. */
function proposedColumns(d) {
    if (d.hasOr)
        return [];
    const coarse = sharedKeys(d);
    const cols = [...d.equality.filter((c) => !coarse.includes(c)), ...d.inList, ...coarse];
    // A function filter (whereDate, whereYear) becomes a range once the query compares the bare column.
    const ranges = [...d.range, ...d.functionFilters.filter((c) => !cols.includes(c))];
    if (ranges.length > 0) {
        const sorted = ranges.find((r) => d.sort[0]?.column === r);
        cols.push(sorted ?? ranges[0]);
    }
    else if (d.sort.length > 0) {
        const uniform = new Set(d.sort.map((s) => s.direction)).size === 1;
        cols.push(...(uniform ? d.sort.map((s) => s.column) : [d.sort[0].column]));
    }
    else if (d.group.length > 0) {
        cols.push(...d.group);
    }
    return unique(cols);
}
/** The index that would serve the shape on this table; null when an index already does or nothing can. */
function proposeIndex(shape, table, role = 'main') {
    const d = demandOf(shape, table, role);
    return proposalFor(table, d);
}
/** The index that would serve a demand in full; null when an existing index already starts with it. */
function proposalFor(table, d) {
    let columns = proposedColumns(d);
    if (d.hasOr) {
        const leads = new Set(table.indexes.filter(isBtree).map((i) => lower(i.columns[0] ?? '')));
        const missing = filterColumns(d).find((c) => !leads.has(c));
        columns = missing ? [missing] : [];
    }
    if (columns.length === 0 || coveredByExisting(table, columns) || leadsWithUniqueKey(table, columns))
        return null;
    return indexProposal(table.name, columns);
}
/**
 * The leading columns already hold every column of a unique key (the primary key, say): each value is one
 * row, which that key finds, so nothing after it can narrow the read. `GROUP BY id, name` is grouping one
 * row per id: the remedy is grouping by the key alone, not an index.
 */
function leadsWithUniqueKey(table, columns) {
    return uniqueKeyLeading(table, columns) !== null;
}
/** The unique key whose columns lead `columns` (in any order), else null. */
function uniqueKeyLeading(table, columns) {
    const cols = columns.map(lower);
    return (table.indexes.find((i) => {
        if (!i.unique || !isBtree(i) || i.columns.length === 0)
            return false;
        if (i.subParts?.some((p) => p !== null && p !== undefined))
            return false;
        const key = new Set(i.columns.map(lower));
        return cols.length >= key.size && cols.slice(0, key.size).every((c) => key.has(c));
    }) ?? null);
}
/** Matches a shape against one table (its own or a joined one). */
function matchShape(shape, table, role = 'main', opts = {}) {
    const demand = demandOf(shape, table, role, opts);
    const { verdict, reasons, best } = judgeDemand(table, demand);
    return {
        table: table.name,
        role,
        verdict,
        reasons,
        best,
        demand,
        proposal: verdict === 'served' ? null : proposalFor(table, demand),
    };
}
/** The static verdict of a shape: its main table, then every joined table the schema knows. */
function analyzeShape(shape, schema) {
    const tables = [];
    const skipped = [];
    const main = (0,model/* findTable */.UI)(schema, shape.table);
    if (main)
        tables.push(matchShape(shape, main, 'main'));
    else
        skipped.push(shape.table);
    // A joined table with filters of its own drives the join when the main table has nothing to seek on:
    // then its filters alone must find the rows (a pivot keyed (role_id, user_id) does not serve user_id).
    const mainSeeks = !!tables[0] && tables[0].verdict !== 'none' && filterColumns(tables[0].demand).length > 0;
    for (const j of shape.joins) {
        const t = (0,model/* findTable */.UI)(schema, j.table);
        if (!t) {
            skipped.push(j.table);
            continue;
        }
        const own = demandOf(shape, t, 'join', { lookedUpByJoin: false });
        const drives = !mainSeeks && filterColumns(own).length > 0;
        tables.push(matchShape(shape, t, 'join', { lookedUpByJoin: !drives }));
    }
    return { shape, tables, skipped };
}
function defeatedIndexes(shape, table) {
    const d = demandOf(shape, table, 'main');
    const fixed = new Set(d.equality);
    const filtered = new Set(shape.where.filter((p) => p.fn).map((p) => `${predicateRef(p).column}|${p.fn}`));
    const out = [];
    for (const p of d.functions) {
        const column = predicateRef(p).column;
        let at = -1;
        const index = table.indexes.filter(isBtree).find((i) => {
            const cols = i.columns.map(lower);
            at = cols.indexOf(column);
            return at >= 0 && cols.slice(0, at).every((c) => fixed.has(c));
        });
        if (index)
            out.push({
                predicate: p,
                index,
                prefix: index.columns.slice(0, at).map(lower),
                sortOnly: !filtered.has(`${column}|${p.fn}`),
            });
    }
    return out;
}


/***/ }),

/***/ 36220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ isBooleanLike),
/* harmony export */   FV: () => (/* binding */ TYPE_WORDS),
/* harmony export */   GC: () => (/* binding */ BOOLEAN_TYPE),
/* harmony export */   W3: () => (/* binding */ isFlagOrType),
/* harmony export */   _9: () => (/* binding */ lowCardinalityOf),
/* harmony export */   ly: () => (/* binding */ STATUS_WORDS)
/* harmony export */ });
/* unused harmony export allLowCardinality */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52442);
/**
 * Columns that hold a handful of values: booleans (and the integer flags Laravel apps declare with
 * `tinyInteger()->default(0)`), small enums, and status- or type-like columns the code compares to a few
 * literals. An equality on one keeps a large share of the table (a boolean about half, a status a tenth), so
 * an index made only of them seldom narrows a lookup enough to pay for its writes: they may follow a
 * selective column in an index, never stand for one. Pure, from the schema alone.
 */

/** Column types that hold a yes/no value (the row generator gives them two values too). */
const BOOLEAN_TYPE = /^(tinyint\(1\)|bool|boolean|bit\(1\))(\s|$)/i;
const TINYINT = /^tinyint\b/i;
const INTEGER = /^(tinyint|smallint|mediumint|int|integer|bigint)\b/i;
const STRING = /^(var)?char\(/i;
/** Names that read as a yes/no question: is_active, has_paid, can_login… */
const FLAG_NAME = /^(is|has|can|should|was|allow|allows)_/i;
/** Name endings of columns that hold a status or a type: a handful of values the code names. */
const STATUS_WORDS = [
    'status',
    'state',
    'stage',
    'level',
    'priority',
    'mode',
    'role',
    'visibility',
    'gender',
];
const TYPE_WORDS = ['type', 'kind'];
const STATUS_NAME = new RegExp(`(^|_)(${STATUS_WORDS.join('|')})$`, 'i');
const TYPE_NAME = new RegExp(`(^|_)(${TYPE_WORDS.join('|')})$`, 'i');
/** An enum or set with at most this many members is a handful of values. */
const SMALL_ENUM = 20;
/** A default of 0 or 1, however the schema spells it (`0`, `'1'`). */
function defaultsToBit(column) {
    const d = column.default?.trim().replace(/^'(.*)'$/, '$1');
    return d === '0' || d === '1';
}
/**
 * A yes/no column: a boolean type, a tinyint defaulting to 0 or 1 (`tinyInteger('requestable')->default(0)`),
 * or an integer named like a question (`is_…`, `has_…`).
 */
function isBooleanLike(column) {
    const type = column.type.trim();
    if (BOOLEAN_TYPE.test(type))
        return true;
    if (TINYINT.test(type) && defaultsToBit(column))
        return true;
    return INTEGER.test(type) && FLAG_NAME.test(column.name);
}
/**
 * A flag (boolean-like) or a `*_type` column: a handful of values, whatever the data. Such a column narrows an
 * index seek least and never leads a composite when a better column can.
 */
function isFlagOrType(table, column) {
    const col = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .findColumn */ .kn)(table, column);
    return (!!col && isBooleanLike(col)) || /(^|_)type$/i.test(column);
}
/** Why the column holds only a handful of values, or null when it may hold many. */
function lowCardinalityOf(table, name) {
    const column = (0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .findColumn */ .kn)(table, name);
    if (!column)
        return null;
    const lower = column.name.toLowerCase();
    const uniqueAlone = table.indexes.some((i) => (i.unique || i.primary) && i.columns.length === 1 && i.columns[0].toLowerCase() === lower);
    if (uniqueAlone)
        return null;
    if (isBooleanLike(column))
        return 'boolean';
    const members = /^(enum|set)\((.*)\)$/i.exec(column.type.trim());
    if (members)
        return (members[2].match(/'(?:[^']|'')*'/g) ?? []).length <= SMALL_ENUM ? 'enum' : null;
    // A key of another row (`status_id`) holds as many values as its parent has rows.
    if (lower.endsWith('_id'))
        return null;
    const type = column.type.trim();
    if (!INTEGER.test(type) && !STRING.test(type))
        return null;
    if (TYPE_NAME.test(lower))
        return 'type-like';
    if (STATUS_NAME.test(lower))
        return 'status-like';
    return null;
}
/** Every column's reason when all of them hold a handful of values; null when one of them may narrow. */
function allLowCardinality(table, columns) {
    if (columns.length === 0)
        return null;
    const out = {};
    for (const c of columns) {
        const why = lowCardinalityOf(table, c);
        if (!why)
            return null;
        out[c] = why;
    }
    return out;
}


/***/ }),

/***/ 52442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ resolveColumn),
/* harmony export */   UI: () => (/* binding */ findTable),
/* harmony export */   kn: () => (/* binding */ findColumn)
/* harmony export */ });
/** The schema model: what MariaDB holds (introspected) or what the migrations say (static). */
const tablesByName = new WeakMap();
/** Case-insensitive look-up; the index is built once per tables array (rules ask for every query shape). */
function findTable(schema, name) {
    let byName = tablesByName.get(schema.tables);
    if (!byName) {
        byName = new Map();
        for (const t of schema.tables)
            if (!byName.has(t.name.toLowerCase()))
                byName.set(t.name.toLowerCase(), t);
        tablesByName.set(schema.tables, byName);
    }
    return byName.get(name.toLowerCase());
}
function findColumn(table, name) {
    const lower = name.toLowerCase();
    return table.columns.find((c) => c.name.toLowerCase() === lower);
}
/**
 * The table of a query's `tables` (its own first, then the joined ones) a column reference names, as MariaDB
 * resolves it: the qualifier's table; unqualified, the first table that has the column (`orderBy('order')` on
 * a many-to-many relation sorts by the pivot's column). Null when none has it.
 */
function resolveColumn(tables, qualifier, column) {
    for (const t of tables) {
        if (qualifier !== null && t.name.toLowerCase() !== qualifier.toLowerCase())
            continue;
        const c = findColumn(t, column);
        if (c)
            return { table: t, column: c };
    }
    return null;
}


/***/ })

};

//# sourceMappingURL=574.index.js.map