export const id = 75;
export const ids = [75];
export const modules = {

/***/ 84583:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

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

/***/ 96209:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RZ: () => (/* binding */ mdLines),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   pj: () => (/* binding */ plain),
/* harmony export */   w6: () => (/* binding */ mdCodeBlock),
/* harmony export */   xs: () => (/* binding */ mdCode),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/**
 * Escaping for text that comes from the audited repository (file names, column names, SQL, messages).
 * Everything rendered into a PR comment or job summary goes through one of these, so repository text
 * cannot mention people or teams, inject HTML, break a table, or break out of a code span or block.
 */
/** Zero-width joiner: placed after `@` it stops GitHub from turning `@org/team` into a mention. */
const ZWJ = '\u200d';
/** Control characters (except tab/newline) that could confuse renderers or terminals. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
/** Cuts text to `max` characters (before escaping, so no escape sequence is ever split). */
function truncate(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
function clean(value) {
    return String(value ?? '').replace(CONTROL, '');
}
/** One line of text: newlines become spaces. */
function oneLine(text) {
    return text.replace(/\r\n?|\n/g, ' ');
}
function defuseMentions(text) {
    return text.replace(/@/g, `@${ZWJ}`);
}
/**
 * Inline markdown text (paragraphs and table cells): HTML special characters become entities, markdown
 * punctuation is backslash-escaped, `@` gets a zero-width joiner, newlines become spaces.
 */
function mdText(value, max = 2000) {
    const text = oneLine(truncate(clean(value), max));
    const escaped = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // `#123` and `org/repo#123` are issue references; an escaped `\#` no longer autolinks.
        .replace(/([\\`*_[\]{}()#+\-!|~])/g, '\\$1');
    return defuseMentions(escaped);
}
/** Like mdText, but keeps line breaks as `<br>` (multi-line fixes such as two .env lines). */
function mdLines(value, max = 2000) {
    return truncate(clean(value), max)
        .split(/\r?\n/)
        .filter((line) => line.trim() !== '')
        .map((line) => mdText(line, max))
        .join('<br>');
}
/**
 * An inline code span. The fence is one backtick longer than the longest run inside, so the content cannot
 * close it early; in a table cell `|` must still be escaped (GFM splits cells before parsing code spans).
 */
function mdCode(value, opts = {}) {
    let text = oneLine(truncate(clean(value), opts.max ?? 2000));
    if (text.trim() === '')
        return '` `';
    // A backslash already before a pipe would swallow the escape; a zero-width space keeps them apart.
    if (opts.inTable)
        text = text.replace(/\\(?=\|)/g, '\\\u200b').replace(/\|/g, '\\|');
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    // A space on each side keeps a leading or trailing backtick from merging with the fence.
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${text}${pad}${fence}`;
}
/** A fenced code block whose fence is longer than any backtick run inside the content. */
function mdCodeBlock(value, lang = '', max = 20000) {
    const text = truncate(clean(value), max).replace(/\r\n?/g, '\n');
    const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${lang}\n${text}\n${fence}`;
}
/** Text inside raw HTML (e.g. `<summary>`): entities only, no markdown, mentions defused. */
function htmlText(value, max = 500) {
    const text = oneLine(truncate(clean(value), max))
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return defuseMentions(text);
}
/** A markdown link whose target is built by perf-audit (docs URLs): the label is escaped like text. */
function mdLink(label, url) {
    const safeUrl = encodeURI(clean(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
    return `[${mdText(label)}](${safeUrl})`;
}
/** Plain terminal text: control characters removed, one line. */
function plain(value, max = 2000) {
    return oneLine(truncate(clean(value), max));
}


/***/ }),

/***/ 70075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   COMMENT_MAX_CHARS: () => (/* binding */ COMMENT_MAX_CHARS),
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   neutraliseMarkers: () => (/* binding */ neutraliseMarkers),
/* harmony export */   renderMarkdown: () => (/* binding */ renderMarkdown),
/* harmony export */   sanitizeCommentKey: () => (/* binding */ sanitizeCommentKey)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96209);
/* harmony import */ var _view_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37455);
/**
 * The audit as markdown, laid out like the seed audit: headline verdict, summary table with a status per
 * line, critical queries, missing indexes with ready SQL and migration lines, findings (new first), TTFB,
 * capacity, a prioritized plan. Used for the PR comment and the job summary. All repository text is
 * escaped (see escape.ts); the whole stays under `maxChars` by dropping the least important sections.
 */


/** GitHub's limit on a comment body is 65,536 characters; keep a margin for the marker and footers. */
const COMMENT_MAX_CHARS = 65_536 - 1_536;
/** Keys are limited to a safe alphabet so a marker can never close the HTML comment early. */
function sanitizeCommentKey(key) {
    const cleaned = (key ?? '')
        .trim()
        .replace(/[^A-Za-z0-9._/-]/g, '-')
        .slice(0, 100);
    return cleaned || 'default';
}
function commentMarker(key) {
    return `<!-- perf-audit:${sanitizeCommentKey(key)} -->`;
}
/**
 * Repository text inside code spans and blocks is not entity-escaped, so a file named
 * `<!-- perf-audit:other -->.php` would carry another audit's marker into this comment. A zero-width space
 * after `perf-audit` keeps it readable and no longer a marker.
 */
function neutraliseMarkers(text) {
    return text.replace(/(<!--\s*perf-audit)(:)/gi, '$1\u200b$2');
}
/** The comment text with its own marker first and every other marker neutralised. */
function ownMarkerOnly(text, marker) {
    if (marker && text.startsWith(marker))
        return marker + neutraliseMarkers(text.slice(marker.length));
    return neutraliseMarkers(text);
}
const ICON = { ok: '✅', info: 'ℹ️', warning: '⚠️', critical: '❌', unchecked: '➖' };
function table(headers, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const sep = `|${headers.map(() => '---').join('|')}|`;
    return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
function docsLink(finding, base) {
    const path = finding.docs || `docs/rules/${finding.rule}.md`;
    if (!base || !/^docs\/rules\/PA\d{3}\.md$/.test(path))
        return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(finding.rule, { inTable: true });
    return (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLink */ .YF)(finding.rule, `${base.replace(/\/?$/, '/')}${path}`);
}
function whereCell(finding) {
    const where = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(finding);
    const more = (finding.locations?.length ?? 0) > 1 ? ` (+${finding.locations.length - 1} more)` : '';
    return where ? `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(where, { inTable: true, max: 200 })}${more}` : '—';
}
function findingCell(finding) {
    return `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(finding.title, 200)}**<br>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(finding.message, 400)}`;
}
function fixCell(finding) {
    const parts = [];
    if (finding.fix?.sql)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(finding.fix.sql, { inTable: true, max: 300 }));
    if (finding.fix?.migration)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(finding.fix.migration, { inTable: true, max: 300 }));
    if (finding.fix?.text)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLines */ .RZ)(finding.fix.text, 300));
    return parts.length ? parts.join('<br>') : '—';
}
/** A findings table limited to `limit` rows, with a pointer for the rest. */
function findingsTable(findings, opts, limit, withFix = true) {
    const shown = findings.slice(0, limit);
    const rows = shown.map((f) => {
        const row = [ICON[f.severity], docsLink(f, opts.docsBaseUrl), whereCell(f), findingCell(f)];
        if (withFix)
            row.push(fixCell(f));
        return row;
    });
    const headers = ['', 'Rule', 'Where', 'Finding', ...(withFix ? ['Fix'] : [])];
    let out = table(headers, rows);
    if (findings.length > shown.length)
        out += `\n\n_…and ${findings.length - shown.length} more: ${summaryPointer(opts)}._`;
    return out;
}
function summaryPointer(opts) {
    return opts.summaryUrl ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLink */ .YF)('see the job summary', opts.summaryUrl) : 'see the job summary';
}
function headline(report) {
    const blocked = report.summary?.blocked === true;
    const groups = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    const title = blocked ? '## ❌ perf-audit: blocked' : '## ✅ perf-audit: passed';
    const facts = [
        `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .blockingText */ .N4)(report))}**`,
        `totals: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .countsText */ .WN)(report))}`,
        `${groups.added.length} new, ${groups.existing.length} pre-existing`,
    ];
    if (groups.fixed.length)
        facts.push(`${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pluralize */ .td)(groups.fixed.length, 'finding')} fixed since base`);
    if (groups.silenced.length)
        facts.push(`${groups.silenced.length} silenced`);
    // verdictsText is perf-audit's own wording, never repository text.
    const verdicts = `${report.summary?.verdicts === 'planner' ? '🔬' : '📄'} ${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .verdictsText */ .Sk)(report)}`;
    return `${title}\n\n${facts.join(' · ')}\n\n_${verdicts}_`;
}
function summarySection(report) {
    const rows = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .summaryLines */ .k)(report).map((line) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(line.metric),
        line.value === '—' ? '—' : `**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(line.value, 200)}**`,
        `${ICON[line.status]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(line.note)}`,
    ]);
    return `### 📊 Summary\n\n${table(['Metric', 'Value', 'Status'], rows)}`;
}
function explainProblem(row) {
    if (row.verdict === 'ok')
        return row.key ? `✅ Uses index ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(row.key, { inTable: true })}` : '✅ OK';
    if (row.verdict === 'error')
        return `⚠️ EXPLAIN failed: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(row.error ?? 'unknown error', 200)}`;
    const words = {
        'full scan': 'Full table scan',
        filesort: 'Filesort',
        'full scan + filesort': 'Full table scan + filesort',
        temporary: 'Temporary table',
    };
    return `❌ ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(words[row.verdict] ?? row.verdict)}`;
}
function queriesSection(report, limit) {
    const rows = report.explains ?? [];
    if (rows.length === 0)
        return null;
    const bad = rows.filter((r) => r.verdict !== 'ok');
    const sorted = [...bad, ...rows.filter((r) => r.verdict === 'ok')].slice(0, limit);
    const body = sorted.map((r) => {
        const where = r.location
            ? `<br>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(`${r.location.file}:${r.location.line}`, { inTable: true, max: 200 })}`
            : '';
        return [
            `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(r.name, 120)}<br>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.sql, { inTable: true, max: 240 })}${where}`,
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(r.access || '?', { inTable: true, max: 20 }),
            Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '—',
            explainProblem(r),
        ];
    });
    let out = `### 🔍 Critical queries (EXPLAIN at production scale)\n\n${table(['Query', 'Type', 'Rows', 'Problem'], body)}`;
    if (rows.length > sorted.length)
        out += `\n\n_…and ${rows.length - sorted.length} more queries in the job summary._`;
    return out;
}
/** Missing indexes: the ready ALTER TABLE statements, then the same as Laravel migration lines. */
function indexesSection(report, limit) {
    const findings = (report.findings ?? []).filter((f) => f.rule === 'PA101' && !f.silenced && (f.fix?.sql || f.fix?.migration));
    if (findings.length === 0)
        return null;
    const ordered = [
        ...findings.filter((f) => f.status !== 'existing'),
        ...findings.filter((f) => f.status === 'existing'),
    ];
    const shown = ordered.slice(0, limit);
    const sql = [];
    const byTable = new Map();
    const seenSql = new Set();
    for (const f of shown) {
        const label = `${f.table ?? '?'}.${f.columns.join(', ')}`;
        const tag = f.severity === 'critical' ? '🔴' : '🟡';
        if (f.fix.sql && !seenSql.has(f.fix.sql)) {
            seenSql.add(f.fix.sql);
            sql.push(`-- ${tag} ${f.status === 'existing' ? 'existing' : 'new'}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(label, 120)}${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(f) ? ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)((0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .whereOf */ .de)(f) ?? '', 160)})` : ''}`);
            sql.push(f.fix.sql);
        }
        if (f.fix.migration && f.table) {
            const lines = byTable.get(f.table) ?? [];
            if (!lines.includes(f.fix.migration))
                lines.push(f.fix.migration);
            byTable.set(f.table, lines);
        }
    }
    const parts = [`### 🗂️ Missing indexes (${findings.length})`];
    // Newlines inside repository text would end a SQL comment early; fold them before the block is built.
    if (sql.length)
        parts.push((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCodeBlock */ .w6)(sql.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n'), 'sql'));
    if (byTable.size) {
        const php = [...byTable.entries()].map(([name, lines]) => `Schema::table(${phpString(name)}, function (Blueprint $table) {\n${lines.map((l) => `    ${l.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n});`);
        parts.push(`Laravel migration:\n\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCodeBlock */ .w6)(php.join('\n\n'), 'php')}`);
    }
    if (findings.length > shown.length)
        parts.push(`_…and ${findings.length - shown.length} more in the job summary._`);
    return parts.join('\n\n');
}
function phpString(value) {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
function newSection(report, ctx, limit) {
    const { added } = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    if (added.length === 0)
        return '### 🆕 New findings\n\nNone: this change adds no finding.';
    return `### 🆕 New findings (${added.length})\n\n${findingsTable(added, ctx, limit)}`;
}
function fixedSection(report, ctx, limit) {
    const { fixed } = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    if (fixed.length === 0)
        return null;
    return `### 🎉 Fixed since base (${fixed.length})\n\n${findingsTable(fixed, ctx, limit, false)}`;
}
function existingSection(report, ctx, limit) {
    const { existing } = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    if (existing.length === 0)
        return null;
    return `<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(`${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .pluralize */ .td)(existing.length, 'pre-existing finding')} (already on the base branch, not blocking)`)}</summary>\n\n${findingsTable(existing, ctx, limit)}\n\n</details>`;
}
function silencedSection(report, ctx, limit) {
    const { silenced } = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .groupFindings */ .kG)(report);
    if (silenced.length === 0)
        return null;
    const shown = silenced.slice(0, limit);
    const rows = shown.map((f) => [
        ICON[f.severity],
        docsLink(f, ctx.docsBaseUrl),
        whereCell(f),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(f.title, 200),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(f.silenced?.reason ?? '', 200),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(f.silenced?.by ?? '', 120),
    ]);
    let out = `### 🔕 Silenced (${silenced.length}, never blocking)\n\n${table(['', 'Rule', 'Where', 'Finding', 'Reason', 'Silenced by'], rows)}`;
    if (silenced.length > shown.length)
        out += `\n\n_…and ${silenced.length - shown.length} more in the job summary._`;
    return out;
}
function httpStatus(report, url, ok) {
    if (!ok)
        return `${ICON.critical} Failed`;
    const findings = (report.findings ?? []).filter((f) => !f.silenced && (f.rule === 'PA301' || f.rule === 'PA302') && f.evidence?.['url'] === url);
    const sev = findings.some((f) => f.severity === 'critical')
        ? 'critical'
        : findings.length
            ? 'warning'
            : 'ok';
    return `${ICON[sev]} ${sev === 'ok' ? 'OK' : sev === 'warning' ? 'Above objective' : 'Too slow'}`;
}
function ttfbSection(report, limit) {
    const results = report.http ?? [];
    if (results.length === 0)
        return null;
    const rows = results
        .slice(0, limit)
        .map((h) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(h.url, { inTable: true, max: 200 }),
        String(h.samples ?? '—'),
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.dnsMs),
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.connectMs),
        `**${(0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.ttfbP50Ms)}**`,
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.ttfbP95Ms),
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(h.totalP50Ms),
        h.ok
            ? httpStatus(report, h.url, true)
            : `${ICON.critical} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(h.error ?? `status ${h.status ?? '?'}`, 120)}`,
    ]);
    return `### ⚡ Response times\n\n${table(['URL', 'Samples', 'DNS', 'Connect', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'], rows)}`;
}
function capacitySection(report, limit) {
    const steps = report.load ?? [];
    if (steps.length === 0)
        return null;
    const rows = steps
        .slice(0, limit)
        .map((s) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(s.url, { inTable: true, max: 200 }),
        String(s.users),
        Number.isFinite(s.rps) ? s.rps.toFixed(1) : '—',
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.p50Ms),
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(s.p95Ms),
        Number.isFinite(s.errorRate) ? `${(s.errorRate * 100).toFixed(1)}%` : '—',
        `${ICON[(0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .loadStatus */ .LQ)(s)]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(s.verdict)}`,
    ]);
    return `### 🚀 Capacity\n\n${table(['URL', 'Users', 'Requests/s', 'p50', 'p95', 'Errors', 'Verdict'], rows)}`;
}
function planSection(report, limit) {
    const items = (0,_view_js__WEBPACK_IMPORTED_MODULE_0__/* .planItems */ .ki)(report);
    if (items.length === 0)
        return null;
    const titles = {
        high: '**High priority** (critical)',
        medium: '**Medium priority** (warnings)',
        low: '**Low priority** (info)',
    };
    const parts = ['### 🔧 Plan'];
    let n = 0;
    for (const priority of ['high', 'medium', 'low']) {
        const group = items.filter((i) => i.priority === priority);
        if (group.length === 0)
            continue;
        const lines = group.slice(0, limit).map((item) => {
            n += 1;
            const f = item.finding;
            const fix = f.fix?.sql
                ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(f.fix.sql, { max: 300 })}`
                : f.fix?.text
                    ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLines */ .RZ)(f.fix.text, 300)}`
                    : f.fix?.migration
                        ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdCode */ .xs)(f.fix.migration, { max: 300 })}`
                        : '';
            const times = item.count > 1 ? ` (×${item.count})` : '';
            const state = f.status === 'existing' ? ' _(pre-existing)_' : '';
            return `${n}. ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(f.title, 200)}${times}${state}${fix}`;
        });
        if (group.length > limit)
            lines.push(`- …and ${group.length - limit} more`);
        parts.push(`${titles[priority]}\n\n${lines.join('\n')}`);
    }
    return parts.join('\n\n');
}
function phasesSection(report, limit) {
    const phases = report.phases ?? [];
    if (phases.length === 0)
        return null;
    const icon = { ran: '✅ ran', skipped: '➖ skipped', failed: '❌ failed' };
    const rows = phases
        .slice(0, limit)
        .map((p) => [
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(p.name, 60),
        icon[p.status] ?? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(p.status, 20),
        (0,_view_js__WEBPACK_IMPORTED_MODULE_0__.ms)(p.ms),
        (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(p.note ?? '', 300) || '—',
    ]);
    return `<details><summary>Phases</summary>\n\n${table(['Phase', 'Status', 'Time', 'Note'], rows)}\n\n</details>`;
}
function footer(report, ctx) {
    const version = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(report.tool?.version ?? '?', 40);
    const when = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(report.generatedAt ?? '', 40);
    const link = ctx.summaryUrl ? ` · ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdLink */ .YF)('full audit in the job summary', ctx.summaryUrl)}` : '';
    return `<sub>perf-audit ${version} · ${when}${link}</sub>`;
}
/** Renders the audit; the result is always at most `maxChars` characters. */
function renderMarkdown(report, opts = {}) {
    const maxChars = opts.maxChars ?? COMMENT_MAX_CHARS;
    const ctx = { ...opts, trimmed: false };
    const sections = [
        { priority: 100, render: () => summarySection(report) },
        { priority: 60, render: (n) => queriesSection(report, n) },
        { priority: 80, render: (n) => indexesSection(report, n) },
        { priority: 90, render: (n) => newSection(report, ctx, n) },
        { priority: 70, render: (n) => fixedSection(report, ctx, n) },
        { priority: 40, render: (n) => existingSection(report, ctx, n) },
        { priority: 30, render: (n) => silencedSection(report, ctx, n) },
        { priority: 50, render: (n) => ttfbSection(report, n) },
        { priority: 20, render: (n) => capacitySection(report, n) },
        { priority: 10, render: (n) => planSection(report, n) },
        { priority: 5, render: (n) => phasesSection(report, n) },
    ];
    const top = [opts.commentKey !== undefined ? commentMarker(opts.commentKey) : null, headline(report)];
    const notes = (opts.notes ?? []).map((n) => `> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)(n, 500)}`);
    const trimNote = `> ✂️ Shortened to fit GitHub's size limit: ${summaryPointer(opts)} for the full audit.`;
    const assemble = (kept, limit, trimmed) => {
        const body = sections
            .filter((s) => kept.includes(s))
            .map((s) => s.render(limit))
            .filter((s) => s !== null);
        const head = [...top.filter((t) => t !== null), ...(trimmed ? [trimNote] : []), ...notes];
        return [...head, ...body, footer(report, ctx)].join('\n\n') + '\n';
    };
    let kept = [...sections];
    let limit = Number.MAX_SAFE_INTEGER;
    let text = assemble(kept, limit, false);
    // Least important sections go first; then the remaining tables lose rows, halving until the text fits.
    const dropOrder = [...sections].sort((a, b) => a.priority - b.priority).filter((s) => s.priority < 90);
    while (text.length > maxChars && dropOrder.length) {
        const drop = dropOrder.shift();
        kept = kept.filter((s) => s !== drop);
        text = assemble(kept, limit, true);
    }
    limit = Math.max(...[report.findings?.length ?? 0, report.explains?.length ?? 0, 1]);
    while (text.length > maxChars && limit > 1) {
        limit = Math.floor(limit / 2);
        text = assemble(kept, limit, true);
    }
    if (text.length > maxChars) {
        // Only the headline is left to give; it is short by construction.
        text = `${[...top.filter((t) => t !== null), trimNote].join('\n\n')}\n`;
        text = text.slice(0, maxChars);
    }
    return ownMarkerOnly(text, top[0]);
}


/***/ }),

/***/ 37455:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ loadStatus),
/* harmony export */   N4: () => (/* binding */ blockingText),
/* harmony export */   Sk: () => (/* binding */ verdictsText),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   k: () => (/* binding */ summaryLines),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   ki: () => (/* binding */ planItems),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   td: () => (/* binding */ pluralize)
/* harmony export */ });
/* unused harmony export headlineHttp */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84583);
/**
 * What the reports show, decided once for every format (markdown, terminal table, summary): the seed
 * audit's summary lines with a status each, the grouping of findings, and the prioritized plan.
 * Pure functions of an AuditReport; the renderers only lay it out.
 */

function groupFindings(report) {
    const findings = [...(report.findings ?? [])].sort(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E);
    return {
        added: findings.filter((f) => !f.silenced && f.status !== 'existing'),
        existing: findings.filter((f) => !f.silenced && f.status === 'existing'),
        silenced: findings.filter((f) => f.silenced),
        fixed: [...(report.fixed ?? [])].sort(_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .E),
    };
}
function worst(findings) {
    let best = null;
    for (const f of findings)
        if (!best || _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] > _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[best])
            best = f.severity;
    return best;
}
function active(report, ...rules) {
    return (report.findings ?? []).filter((f) => !f.silenced && rules.includes(f.rule));
}
function statusOf(findings) {
    return worst(findings) ?? 'ok';
}
function setting(report, ...keys) {
    for (const key of keys) {
        const found = (report.settings ?? []).find((s) => s.key === key);
        if (found)
            return found.value ?? 'null';
    }
    return null;
}
function settingMatching(report, pattern) {
    const found = (report.settings ?? []).find((s) => pattern.test(s.key));
    return found ? (found.value ?? 'null') : null;
}
/** A line for a driver setting (cache, session, queue): the value, and the rule's verdict on it. */
function driverLine(report, metric, rule, keys, fix) {
    const value = setting(report, ...keys);
    const findings = active(report, rule);
    const status = statusOf(findings);
    if (value === null && findings.length === 0)
        return { metric, value: '—', status: 'unchecked', note: 'not checked' };
    return { metric, value: value ?? '—', status, note: status === 'ok' ? 'Correct' : fix };
}
function ms(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '—' : `${Math.round(value)} ms`;
}
/** The URL whose median TTFB is the headline number: the slowest one that answered. */
function headlineHttp(report) {
    const answered = (report.http ?? []).filter((h) => h.ttfbP50Ms !== null);
    if (answered.length === 0)
        return (report.http ?? [])[0] ?? null;
    return answered.reduce((a, b) => ((b.ttfbP50Ms ?? 0) > (a.ttfbP50Ms ?? 0) ? b : a));
}
function ttfbLine(report) {
    const metric = 'TTFB (time to first byte, median)';
    const head = headlineHttp(report);
    if (!head)
        return { metric, value: '—', status: 'unchecked', note: 'no URL audited' };
    const findings = active(report, 'PA301', 'PA302');
    const status = statusOf(findings);
    const value = head.ttfbP50Ms === null
        ? `failed (${head.error ?? head.status ?? 'no answer'})`
        : `${ms(head.ttfbP50Ms)} (${head.url})`;
    const note = status === 'critical'
        ? 'Too slow or failing'
        : status === 'warning'
            ? 'Above objective'
            : (head.ttfbP50Ms ?? 0) < 200
                ? 'Excellent'
                : 'Within objective';
    return { metric, value, status, note };
}
function countLine(report, metric, rules, okNote, badNote) {
    const findings = active(report, ...rules);
    const status = statusOf(findings);
    return { metric, value: String(findings.length), status, note: findings.length ? badNote : okNote };
}
function capacityLine(report) {
    const steps = report.load ?? [];
    if (steps.length === 0)
        return null;
    const top = steps.reduce((a, b) => (b.users > a.users ? b : a));
    const status = loadStatus(top);
    return {
        metric: `Capacity at ${top.users} concurrent users`,
        value: `p95 ${ms(top.p95Ms)}, ${top.rps.toFixed(0)} req/s`,
        status,
        note: top.verdict,
    };
}
function loadStatus(step) {
    return step.verdict === 'manageable' ? 'ok' : step.verdict === 'may degrade' ? 'warning' : 'critical';
}
/** The seed's executive summary: one line per check, each with a status. */
function summaryLines(report) {
    const lines = [ttfbLine(report)];
    lines.push(driverLine(report, 'Cache driver', 'PA201', ['cache.default'], 'Migrate to Redis'));
    lines.push(driverLine(report, 'Session driver', 'PA202', ['session.driver'], 'Migrate to Redis'));
    lines.push(driverLine(report, 'Queue connection', 'PA203', ['queue.default'], 'Use a real queue'));
    const workers = settingMatching(report, /max_children/);
    const fpm = active(report, 'PA205');
    lines.push(workers === null && fpm.length === 0
        ? { metric: 'PHP-FPM workers', value: '—', status: 'unchecked', note: 'no pool config given' }
        : {
            metric: 'PHP-FPM workers',
            value: workers ? `${workers} max` : '—',
            status: statusOf(fpm),
            note: fpm.length ? 'Limiting' : 'Enough',
        });
    const opcache = active(report, 'PA204');
    const opcacheValue = settingMatching(report, /^opcache\./);
    if (opcache.length || opcacheValue !== null) {
        lines.push({
            metric: 'OPcache',
            value: opcache.length ? 'revalidates or too small' : 'tuned',
            status: statusOf(opcache),
            note: opcache.length ? 'Tune for production' : 'Correct',
        });
    }
    const failed = active(report, 'PA208');
    if (failed.length) {
        const count = failed[0]?.evidence?.['failedJobs'] ?? failed[0]?.evidence?.['count'];
        lines.push({
            metric: 'Failed jobs',
            value: count === undefined ? 'recorded' : String(count),
            status: statusOf(failed),
            note: 'Review',
        });
    }
    else {
        // failed_jobs is read after the smoke test, which needs both a database and a running app.
        const smoke = (report.phases ?? []).some((p) => p.name === 'http' && p.status === 'ran');
        lines.push(report.summary?.verdicts === 'planner' && smoke
            ? { metric: 'Failed jobs', value: '0', status: 'ok', note: 'None recorded' }
            : {
                metric: 'Failed jobs',
                value: '—',
                status: 'unchecked',
                note: 'not checked (needs a database and a URL)',
            });
    }
    lines.push(countLine(report, 'Missing indexes', ['PA101'], 'None', 'Add the indexes below'));
    lines.push(countLine(report, 'Full table scans / filesorts', ['PA102', 'PA103', 'PA104'], 'None', 'See the queries below'));
    for (const [metric, rules, bad] of [
        ['Schema (foreign keys, duplicates, primary keys)', ['PA105', 'PA106', 'PA107'], 'Review'],
        ['Queries per request (N+1)', ['PA108', 'PA109'], 'Reduce'],
        ['Telescope / APP_DEBUG', ['PA206', 'PA207'], 'Fix for production'],
        ['Files not understood', ['PA901'], 'See below'],
    ]) {
        if (active(report, ...rules).length)
            lines.push(countLine(report, metric, [...rules], 'None', bad));
    }
    const capacity = capacityLine(report);
    if (capacity)
        lines.push(capacity);
    return lines;
}
/** High: critical; medium: warnings; low: info. New findings first; findings sharing one fix fold together. */
function planItems(report) {
    const groups = groupFindings(report);
    const items = new Map();
    for (const finding of [...groups.added, ...groups.existing]) {
        const fixKey = finding.fix?.sql ?? finding.fix?.text ?? finding.fix?.migration ?? finding.fingerprint;
        const key = `${finding.rule}\u0000${fixKey}`;
        const existing = items.get(key);
        if (existing) {
            existing.count += 1;
            continue;
        }
        const priority = finding.severity === 'critical' ? 'high' : finding.severity === 'warning' ? 'medium' : 'low';
        items.set(key, { priority, finding, count: 1 });
    }
    const order = { high: 0, medium: 1, low: 2 };
    return [...items.values()].sort((a, b) => order[a.priority] - order[b.priority]);
}
/** `file:line` for a finding, or null when it has no place in the code. */
function whereOf(finding) {
    if (!finding.file)
        return null;
    return finding.line ? `${finding.file}:${finding.line}` : finding.file;
}
function pluralize(n, word, plural = `${word}s`) {
    return `${n} ${n === 1 ? word : plural}`;
}
/** The headline counts, in words: "2 critical, 3 warnings, 1 info". */
function countsText(report) {
    const s = report.summary;
    return `${pluralize(s?.critical ?? 0, 'critical', 'critical')}, ${pluralize(s?.warning ?? 0, 'warning')}, ${pluralize(s?.info ?? 0, 'info', 'info')}`;
}
function verdictsText(report) {
    return report.summary?.verdicts === 'planner'
        ? "verdicts confirmed by MariaDB's planner at production scale"
        : 'static verdicts only: no database';
}
/** Why the run blocked, or why it passed, in one sentence. */
function blockingText(report) {
    if (report.incomplete)
        return `the audit did not finish: ${report.incomplete.reason}`;
    const groups = groupFindings(report);
    const failOn = report.summary?.failOn ?? 'critical';
    if (failOn === 'never')
        return 'fail-on is never: findings are reported, nothing blocks';
    const threshold = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn] ?? _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.critical;
    const blocking = groups.added.filter((f) => _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] >= threshold);
    return report.summary?.blocked
        ? `${pluralize(blocking.length, 'new finding')} at or above fail-on ${failOn}`
        : `no new finding at or above fail-on ${failOn}`;
}


/***/ })

};
