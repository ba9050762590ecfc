export const id = 727;
export const ids = [727];
export const modules = {

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
/* unused harmony export linkTarget */
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
    return `[${mdText(label)}](${linkTarget(url)})`;
}
/** A link target built by perf-audit, encoded so it cannot end the link early. */
function linkTarget(url) {
    return encodeURI(clean(url)).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'));
}
/** Plain terminal text: control characters removed, one line. */
function plain(value, max = 2000) {
    return oneLine(truncate(clean(value), max));
}


/***/ }),

/***/ 88727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BUDGET_CHARS: () => (/* binding */ COMMENT_BUDGET_CHARS),
  COMMENT_MAX_CHARS: () => (/* binding */ COMMENT_MAX_CHARS),
  commentMarker: () => (/* binding */ commentMarker),
  neutraliseMarkers: () => (/* binding */ neutraliseMarkers),
  renderMarkdown: () => (/* binding */ renderMarkdown),
  sanitizeCommentKey: () => (/* binding */ sanitizeCommentKey)
});

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
// EXTERNAL MODULE: ./src/schema/index-match.ts + 1 modules
var index_match = __webpack_require__(53798);
;// CONCATENATED MODULE: ./src/report/index-plan.ts
/**
 * The index plan of a set of findings: one ALTER TABLE and one Schema::table per table, each index once.
 * An index whose columns lead another planned index of the same table is left out (the longer one serves
 * both). Pure: the renderers lay it out.
 */

function clauseOf(sql, table) {
    const prefix = `ALTER TABLE ${(0,index_match/* sqlIdentifier */.I3)(table)} `;
    // Repository text folded onto one line: a newline would end an SQL comment early.
    const trimmed = sql
        .replace(/[\r\n]+/g, ' ')
        .trim()
        .replace(/;$/, '');
    if (!trimmed.startsWith(prefix))
        return null;
    const clause = trimmed.slice(prefix.length);
    // One ADD per statement: a statement with several is kept whole rather than split by guesswork.
    return clause.startsWith('ADD ') && !clause.includes(', ADD ') ? clause : null;
}
function leads(short, long) {
    return short.length < long.length && short.every((c, i) => long[i] === c);
}
/** Findings with an SQL fix, planned per table in the order they first appear. */
function indexPlan(findings) {
    const tables = new Map();
    for (const f of findings) {
        const sql = f.fix?.sql;
        if (!sql || !f.table)
            continue;
        const plan = tables.get(f.table) ?? { table: f.table, indexes: [], statements: [] };
        tables.set(f.table, plan);
        const clause = f.columns.length ? clauseOf(sql, f.table) : null;
        if (!clause) {
            const line = sql.replace(/[\r\n]+/g, ' ');
            if (!plan.statements.includes(line))
                plan.statements.push(line);
            continue;
        }
        const key = f.columns.join('\u0000');
        const same = plan.indexes.find((i) => i.columns.join('\u0000') === key);
        if (same)
            same.findings.push(f);
        else
            plan.indexes.push({ columns: f.columns, clause, migration: f.fix.migration, findings: [f] });
    }
    for (const plan of tables.values()) {
        const kept = plan.indexes.filter((i) => !plan.indexes.some((o) => leads(i.columns, o.columns)));
        for (const dropped of plan.indexes.filter((i) => !kept.includes(i))) {
            const server = kept.find((o) => leads(dropped.columns, o.columns));
            server?.findings.push(...dropped.findings);
        }
        plan.indexes = kept;
    }
    return [...tables.values()];
}
/** The plan as SQL: one ALTER TABLE per table, one ADD per line. */
function planSql(plans) {
    const out = [];
    for (const p of plans) {
        const one = p.indexes.length === 1 ? `ALTER TABLE ${(0,index_match/* sqlIdentifier */.I3)(p.table)} ${p.indexes[0].clause};` : '';
        // Short lines: a code block that scrolls sideways hides the end of the statement.
        if (one && one.length <= 80)
            out.push(one);
        else if (p.indexes.length > 0)
            out.push(`ALTER TABLE ${(0,index_match/* sqlIdentifier */.I3)(p.table)}\n${p.indexes.map((i) => `  ${i.clause}`).join(',\n')};`);
        out.push(...p.statements);
    }
    return out.join('\n');
}
function phpString(value) {
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
/** The plan as Laravel migration code: one Schema::table per table. */
function planMigration(plans) {
    return plans
        .map((p) => ({
        table: p.table,
        lines: p.indexes.map((i) => i.migration).filter((m) => !!m),
    }))
        .filter((p) => p.lines.length > 0)
        .map((p) => `Schema::table(${phpString(p.table)}, function (Blueprint $table) {\n${p.lines.map((l) => `    ${l.replace(/[\r\n]+/g, ' ')}`).join('\n')}\n});`)
        .join('\n\n');
}

// EXTERNAL MODULE: ./src/report/sizes-text.ts
var sizes_text = __webpack_require__(61646);
;// CONCATENATED MODULE: ./src/report/markdown-parts.ts
/**
 * Small pieces the markdown sections are built from: tables, collapsed blocks, links to the rule docs and to
 * the exact line at the audited commit, finding cards with their fix as code blocks. Repository text goes
 * through escape.ts.
 */



const ICON = {
    ok: '✅',
    info: 'ℹ️',
    warning: '⚠️',
    critical: '❌',
    unchecked: '➖',
};
function table(headers, rows) {
    const head = `| ${headers.join(' | ')} |`;
    const sep = `|${headers.map(() => '---').join('|')}|`;
    return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
/** A collapsed block; its summary line is HTML text. */
function collapsed(summary, body) {
    return `<details><summary>${(0,report_escape/* htmlText */.js)(summary)}</summary>\n\n${body}\n\n</details>`;
}
function docsLink(finding, base) {
    const path = finding.docs || `docs/rules/${finding.rule}.md`;
    if (!base || !/^docs\/rules\/PA\d{3}\.md$/.test(path))
        return (0,report_escape/* mdCode */.xs)(finding.rule, { inTable: true });
    return (0,report_escape/* mdLink */.YF)(finding.rule, `${base.replace(/\/?$/, '/')}${path}`);
}
/** `{server}/{repo}/blob/{sha}/{app dir}/{path}#L{line}`, or null without a source base. */
function sourceUrl(source, file, line) {
    if (!source)
        return null;
    const dir = (source.appDir ?? '').replace(/^\.?\/*|\/+$/g, '');
    const path = `${dir ? `${dir}/` : ''}${file.replace(/^\.?\/+/, '')}`
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
    return `${source.blobUrl.replace(/\/+$/, '')}/${path}${line ? `#L${line}` : ''}`;
}
/** A place as a link to that line at the audited commit (as code text when there is no link to make). */
function placeLink(ctx, file, line, inTable = false) {
    const label = line ? `${file}:${line}` : file;
    const url = sourceUrl(ctx.source, file, line);
    if (!url)
        return (0,report_escape/* mdCode */.xs)(label, { inTable, max: 200 });
    // A long path is one unbreakable word; <wbr> after each slash lets a narrow column wrap it.
    const text = (0,report_escape/* truncate */.xv)(label, 200)
        .split('/')
        .map((part) => (0,report_escape/* mdText */.bC)(part))
        .join('/<wbr>');
    // sourceUrl encoded every path segment already; only the parentheses could still end the link.
    return `[${text}](${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}
/** The finding's places: the first, up to `max` in all, and how many more. */
function placesText(ctx, finding, max = 3, inTable = false) {
    const seen = new Set();
    const places = [];
    const all = [
        ...(finding.file ? [{ file: finding.file, line: finding.line }] : []),
        ...(finding.locations ?? []),
    ];
    for (const p of all) {
        const key = `${p.file}:${p.line ?? ''}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        places.push(p);
    }
    if (places.length === 0)
        return '—';
    const shown = places.slice(0, max).map((p) => placeLink(ctx, p.file, p.line, inTable));
    const more = places.length > max ? ` and ${places.length - max} more` : '';
    return `${shown.join(', ')}${more}`;
}
function oneLine(text) {
    return text.replace(/[\r\n]+/g, ' ');
}
/** The fix as code blocks: SQL, then the Laravel migration line, then any text. */
function fixBlocks(finding) {
    const out = [];
    // A newline from repository text would end an SQL or PHP comment early and turn the rest into code.
    if (finding.fix?.sql)
        out.push((0,report_escape/* mdCodeBlock */.w6)(planSql(indexPlan([finding])) || oneLine(finding.fix.sql), 'sql', 2000));
    if (finding.fix?.migration)
        out.push((0,report_escape/* mdCodeBlock */.w6)(oneLine(finding.fix.migration), 'php', 2000));
    if (finding.fix?.text)
        out.push((0,report_escape/* mdCodeBlock */.w6)(finding.fix.text, '', 2000));
    return out;
}
/** The rows the planner gave the finding's table, when a statistics file was read: after the message. */
function rowsNote(finding) {
    const rows = (0,sizes_text/* rowsUsedText */.y)(finding);
    return rows ? `<br>_${(0,report_escape/* mdText */.bC)(rows, 300)}._` : '';
}
const SEVERITY_ICON = { critical: '🔴', warning: '🟡', info: '🔵' };
/** One finding in full: title, rule and places, what is wrong, and the fix as code blocks. */
function findingCard(ctx, finding, n) {
    const head = `#### ${n}. ${SEVERITY_ICON[finding.severity]} ${(0,report_escape/* mdText */.bC)(finding.title, 200)}`;
    const where = `${docsLink(finding, ctx.docsBaseUrl)} · ${placesText(ctx, finding)}`;
    return [head, where, (0,report_escape/* mdText */.bC)(finding.message, 600) + rowsNote(finding), ...fixBlocks(finding)].join('\n\n');
}
/** A findings table without fixes (those go in code blocks under it), identical rows folded with a count. */
function findingsTable(ctx, findings) {
    const rows = new Map();
    for (const f of findings) {
        const cells = [
            ICON[f.severity],
            docsLink(f, ctx.docsBaseUrl),
            placesText(ctx, f, 1, true),
            `**${(0,report_escape/* mdText */.bC)(f.title, 160)}**<br>${(0,report_escape/* mdText */.bC)(f.message, 240)}${rowsNote(f)}`,
        ];
        const key = cells.join('\u0000');
        const known = rows.get(key);
        if (known)
            known.count += 1;
        else
            rows.set(key, { row: cells, count: 1 });
    }
    return table(['', 'Rule', 'Where', 'Finding'], [...rows.values()].map(({ row, count }) => count > 1 ? [...row.slice(0, 3), `${row[3]} (×${count})`] : row));
}
/** Fixes that are not SQL, once each with how many findings they fix. */
function textFixes(findings) {
    const fixes = new Map();
    for (const f of findings) {
        if (!f.fix?.text || f.fix.sql)
            continue;
        const known = fixes.get(f.fix.text);
        if (known)
            known.count += 1;
        else
            fixes.set(f.fix.text, { title: f.title, count: 1 });
    }
    if (fixes.size === 0)
        return null;
    return [...fixes.entries()]
        .map(([text, { title, count }]) => `- ${(0,report_escape/* mdText */.bC)(title, 160)}${count > 1 ? ` (×${count})` : ''}: ${(0,report_escape/* mdLines */.RZ)(text, 400)}`)
        .join('\n');
}
function summaryPointer(ctx) {
    return ctx.summaryUrl ? (0,report_escape/* mdLink */.YF)('the job summary', ctx.summaryUrl) : 'the job summary';
}

// EXTERNAL MODULE: ./src/report/view.ts
var view = __webpack_require__(64153);
;// CONCATENATED MODULE: ./src/report/markdown-sections.ts
/**
 * The sections of the markdown report. Each knows how many rows it has (`size`), renders with at most
 * `limit` of them (saying how many more are in the job summary), and names what it leaves out.
 */




function more(total, shown, ctx) {
    return total > shown ? `\n\n_…and ${total - shown} more in ${summaryPointer(ctx)}._` : '';
}
/**
 * Blocking findings without room for their card are still named on the first screen, one short line
 * each (no link: the cards above have them), up to this many characters of names.
 */
const NAMED_BLOCKING_CHARS = 7_000;
/** `12. Missing index on orders.user\_id · `PA101` · `app/Orders.php:40`` */
function namedLine(f, n) {
    const place = f.file ? ` · ${(0,report_escape/* mdCode */.xs)(f.line ? `${f.file}:${f.line}` : f.file, { max: 120 })}` : '';
    return `${n}. ${(0,report_escape/* mdText */.bC)(f.title, 160)} · ${(0,report_escape/* mdCode */.xs)(f.rule)}${place}`;
}
/**
 * `12. Missing index on orders.user\_id · `PA101` · `Orders.php:40``: when the full lines do not all fit,
 * every name is shortened (the file's name instead of its path, a shorter title) so that more of them reach
 * the first screen; the cards above and the job summary keep the full paths.
 */
function compactLine(f, n) {
    const file = f.file ? (f.file.split('/').pop() ?? f.file) : null;
    const place = file ? ` · ${(0,report_escape/* mdCode */.xs)(f.line ? `${file}:${f.line}` : file, { max: 60 })}` : '';
    return `${n}. ${(0,report_escape/* mdText */.bC)(f.title, 100)} · ${(0,report_escape/* mdCode */.xs)(f.rule)}${place}`;
}
/** The names that fit in NAMED_BLOCKING_CHARS, numbered on from `from`: full lines if all fit, else compact. */
function namedLines(rest, from) {
    const fit = (line) => {
        const named = [];
        let chars = 0;
        for (const f of rest) {
            const text = line(f, from + named.length);
            if (chars + text.length > NAMED_BLOCKING_CHARS)
                break;
            named.push(text);
            chars += text.length + 1;
        }
        return named;
    };
    const full = fit(namedLine);
    return full.length === rest.length ? full : fit(compactLine);
}
/**
 * The findings that block this change: the first screen of the comment. As many as fit in full (with
 * their fixes); the others are still named, one line each, so the first screen names them all.
 */
function blockingSection(report, ctx) {
    const blocking = (0,view/* blockingFindings */.Ur)(report);
    return {
        priority: 100,
        size: blocking.length,
        what: (n) => `the fixes of ${(0,view/* pluralize */.td)(n, 'blocking finding')}`,
        render(limit) {
            if (blocking.length === 0)
                return null;
            const shown = blocking.slice(0, limit);
            const cards = shown.map((f, i) => findingCard(ctx, f, i + 1));
            const named = namedLines(blocking.slice(shown.length), shown.length + 1);
            const list = named.length
                ? [`Also blocking (fixes in ${summaryPointer(ctx)}):\n\n${named.join('\n')}`]
                : [];
            return ([`### Blocking findings (${blocking.length})`, ...cards, ...list].join('\n\n') +
                more(blocking.length, shown.length + named.length, ctx));
        },
    };
}
/** New findings that have an SQL fix: one ALTER TABLE and one Schema::table per table. */
function indexPlanSection(report) {
    const plans = indexPlan((0,view/* groupFindings */.kG)(report).added);
    return {
        priority: 90,
        size: plans.length,
        what: (n) => `the index plan of ${(0,view/* pluralize */.td)(n, 'table')}`,
        render(limit) {
            if (plans.length === 0)
                return null;
            const shown = plans.slice(0, limit);
            if (shown.length === 0)
                return null;
            const parts = ['### 🗂️ Index plan for the new findings', (0,report_escape/* mdCodeBlock */.w6)(planSql(shown), 'sql')];
            const php = planMigration(shown);
            if (php)
                parts.push(`Laravel migration:\n\n${(0,report_escape/* mdCodeBlock */.w6)(php, 'php')}`);
            if (plans.length > shown.length)
                parts.push(`_…and ${plans.length - shown.length} more tables in the job summary._`);
            return parts.join('\n\n');
        },
    };
}
/** Fixes under a collapsed findings table: the index plan, then the text fixes. */
function fixesOf(findings) {
    const parts = [];
    const plans = indexPlan(findings);
    if (plans.length) {
        parts.push((0,report_escape/* mdCodeBlock */.w6)(planSql(plans), 'sql'));
        const php = planMigration(plans);
        if (php)
            parts.push((0,report_escape/* mdCodeBlock */.w6)(php, 'php'));
    }
    const text = textFixes(findings);
    if (text)
        parts.push(text);
    return parts;
}
/** New findings that do not block (collapsed), or pre-existing ones (collapsed), PA901 apart. */
function findingsSection(report, ctx, which) {
    const groups = (0,view/* groupFindings */.kG)(report);
    const blocking = new Set((0,view/* blockingFindings */.Ur)(report));
    const findings = (which === 'existing' ? groups.existing : groups.added).filter((f) => f.rule !== 'PA901' && !blocking.has(f));
    const label = which === 'existing' ? 'pre-existing finding' : 'other new finding';
    return {
        priority: which === 'existing' ? 60 : 80,
        size: findings.length,
        what: (n) => (0,view/* pluralize */.td)(n, label),
        render(limit) {
            if (findings.length === 0)
                return null;
            const shown = findings.slice(0, limit);
            const title = which === 'existing'
                ? `${(0,view/* pluralize */.td)(findings.length, label)} (already on the base branch, not blocking)`
                : `${(0,view/* pluralize */.td)(findings.length, label)} (not blocking)`;
            if (shown.length === 0)
                return collapsed(title, `Listed in ${summaryPointer(ctx)}.`);
            const body = [findingsTable(ctx, shown), ...fixesOf(shown)].join('\n\n');
            return collapsed(title, body + more(findings.length, shown.length, ctx));
        },
    };
}
function fixedSection(report, ctx) {
    const { fixed } = (0,view/* groupFindings */.kG)(report);
    return {
        priority: 55,
        size: fixed.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'fixed finding'),
        render(limit) {
            if (fixed.length === 0)
                return null;
            const shown = fixed.slice(0, limit);
            const title = `🎉 ${(0,view/* pluralize */.td)(fixed.length, 'finding')} fixed since base`;
            if (shown.length === 0)
                return collapsed(title, `Listed in ${summaryPointer(ctx)}.`);
            return collapsed(title, findingsTable(ctx, shown) + more(fixed.length, shown.length, ctx));
        },
    };
}
function silencedSection(report, ctx) {
    const { silenced } = (0,view/* groupFindings */.kG)(report);
    return {
        priority: 30,
        size: silenced.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'silenced finding'),
        render(limit) {
            if (silenced.length === 0)
                return null;
            const shown = silenced.slice(0, limit);
            const rows = shown.map((f) => [
                ICON[f.severity],
                docsLink(f, ctx.docsBaseUrl),
                f.file ? placeLink(ctx, f.file, f.line, true) : '—',
                (0,report_escape/* mdText */.bC)(f.title, 160),
                `${(0,report_escape/* mdText */.bC)(f.silenced?.reason ?? '', 200)}<br>${(0,report_escape/* mdText */.bC)(f.silenced?.by ?? '', 120)}`,
            ]);
            const title = `🔕 ${(0,view/* pluralize */.td)(silenced.length, 'silenced finding')} (never blocking)`;
            const body = table(['', 'Rule', 'Where', 'Finding', 'Reason'], rows);
            return collapsed(title, body + more(silenced.length, shown.length, ctx));
        },
    };
}
/** `.env.production:12: CACHE_DRIVER`: the file and line that decided a setting, when it has them. */
function decidedAt(s) {
    if (!s.file || !s.line)
        return s.source;
    const at = `${s.file}:${s.line}`;
    if (s.source.startsWith(`${s.file}: `))
        return `${at}: ${s.source.slice(s.file.length + 2)}`;
    return s.source.includes(at) ? s.source : `${s.source} (${at})`;
}
/** The seed audit's summary lines, and which file decided every setting read. */
function checksSection(report) {
    const settings = report.settings ?? [];
    return {
        priority: 75,
        size: 1,
        what: () => 'the checks and settings table',
        render(limit) {
            if (limit < 1)
                return null;
            const rows = (0,view/* summaryLines */.k)(report).map((line) => [
                (0,report_escape/* mdText */.bC)(line.metric),
                line.value === '—' ? '—' : `**${(0,report_escape/* mdText */.bC)(line.value, 120)}**`,
                `${ICON[line.status]} ${(0,report_escape/* mdText */.bC)(line.note)}`,
            ]);
            const parts = [table(['Check', 'Value', 'Status'], rows)];
            if (settings.length)
                parts.push(table(['Setting', 'Value', 'Decided by'], settings.map((s) => [
                    (0,report_escape/* mdCode */.xs)(s.key, { inTable: true, max: 80 }),
                    s.value === null ? '—' : (0,report_escape/* mdCode */.xs)(s.value, { inTable: true, max: 80 }),
                    (0,report_escape/* mdText */.bC)(decidedAt(s), 160),
                ])));
            return collapsed('📊 Checks and settings', parts.join('\n\n'));
        },
    };
}
function httpStatus(report, url) {
    const findings = (report.findings ?? []).filter((f) => !f.silenced && (f.rule === 'PA301' || f.rule === 'PA302') && f.evidence?.['url'] === url);
    if (findings.some((f) => f.severity === 'critical'))
        return `${ICON.critical} Too slow`;
    return findings.length ? `${ICON.warning} Above objective` : `${ICON.ok} OK`;
}
function ttfbSection(report) {
    const results = report.http ?? [];
    return {
        priority: 70,
        size: results.length,
        what: (n) => `response times of ${(0,view/* pluralize */.td)(n, 'URL')}`,
        render(limit) {
            if (results.length === 0)
                return null;
            const shown = results.slice(0, limit);
            if (shown.length === 0)
                return null;
            const rows = shown.map((h) => [
                (0,report_escape/* mdCode */.xs)(h.url, { inTable: true, max: 120 }),
                String(h.samples ?? '—'),
                `**${(0,view.ms)(h.ttfbP50Ms)}**`,
                (0,view.ms)(h.ttfbP95Ms),
                (0,view.ms)(h.totalP50Ms),
                h.ok
                    ? httpStatus(report, h.url)
                    : `${ICON.critical} ${(0,report_escape/* mdText */.bC)(h.error ?? `status ${h.status ?? '?'}`, 120)}`,
            ]);
            const body = table(['URL', 'Samples', 'TTFB p50', 'TTFB p95', 'Total p50', 'Status'], rows);
            return collapsed('⚡ Response times', body);
        },
    };
}
function capacitySection(report) {
    const steps = report.load ?? [];
    return {
        priority: 45,
        size: steps.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'load step'),
        render(limit) {
            const shown = steps.slice(0, limit);
            if (shown.length === 0)
                return null;
            const rows = shown.map((s) => [
                (0,report_escape/* mdCode */.xs)(s.url, { inTable: true, max: 120 }),
                String(s.users),
                Number.isFinite(s.rps) ? s.rps.toFixed(1) : '—',
                (0,view.ms)(s.p95Ms),
                Number.isFinite(s.errorRate) ? `${(s.errorRate * 100).toFixed(1)}%` : '—',
                `${ICON[(0,view/* loadStatus */.LQ)(s)]} ${(0,report_escape/* mdText */.bC)(s.verdict)}`,
            ]);
            return collapsed('🚀 Capacity', table(['URL', 'Users', 'Requests/s', 'p95', 'Errors', 'Verdict'], rows));
        },
    };
}
function explainProblem(row) {
    if (row.verdict === 'ok')
        return row.key ? `✅ Uses index ${(0,report_escape/* mdCode */.xs)(row.key, { inTable: true })}` : '✅ OK';
    if (row.verdict === 'error')
        return `⚠️ EXPLAIN failed: ${(0,report_escape/* mdText */.bC)(row.error ?? 'unknown error', 160)}`;
    const words = {
        'full scan': 'Full table scan',
        filesort: 'Filesort',
        'full scan + filesort': 'Full table scan + filesort',
        temporary: 'Temporary table',
    };
    return `❌ ${(0,report_escape/* mdText */.bC)(words[row.verdict] ?? row.verdict)}`;
}
/**
 * Shapes of one query (its optional branches) that the table would show as the same row: the same code, place,
 * access, rows and problem (a filesort row does not name its index). They are shown once, with their count,
 * so no row repeats.
 */
function samePlanOnce(rows) {
    const byRow = new Map();
    for (const r of rows) {
        const key = JSON.stringify([
            r.name, r.code ?? r.sql, r.location?.file, r.location?.line, r.access, Math.round(r.rows), explainProblem(r),
        ]); // prettier-ignore
        const seen = byRow.get(key);
        if (seen)
            seen.shapes += 1;
        else
            byRow.set(key, { ...r, shapes: 1 });
    }
    return [...byRow.values()];
}
/** EXPLAIN at production scale; each query as the code wrote it, never with values the audit made up. */
function explainSection(report, ctx) {
    const all = report.explains ?? [];
    const rows = samePlanOnce([
        ...all.filter((r) => r.verdict !== 'ok'),
        ...all.filter((r) => r.verdict === 'ok'),
    ]);
    return {
        priority: 50,
        size: rows.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'EXPLAIN row'),
        render(limit) {
            const shown = rows.slice(0, limit);
            if (shown.length === 0)
                return null;
            const body = shown.map((r) => {
                const where = r.location ? `<br>${placeLink(ctx, r.location.file, r.location.line, true)}` : '';
                const shapes = r.shapes > 1 ? `<br>_${r.shapes} shapes of this query, one plan_` : '';
                return [
                    `${(0,report_escape/* mdText */.bC)(r.name, 80)}<br>${(0,report_escape/* mdCode */.xs)(r.code ?? r.sql, { inTable: true, max: 200 })}${where}${shapes}`,
                    (0,report_escape/* mdCode */.xs)(r.access || '?', { inTable: true, max: 20 }),
                    Number.isFinite(r.rows) ? Math.round(r.rows).toLocaleString('en-US') : '—',
                    explainProblem(r),
                ];
            });
            const bad = rows.filter((r) => r.verdict !== 'ok').length;
            const title = `🔍 EXPLAIN at production scale: ${(0,view/* pluralize */.td)(rows.length, 'query', 'queries')}, ${bad} with a problem`;
            return collapsed(title, table(['Query', 'Type', 'Rows', 'Problem'], body) + more(rows.length, shown.length, ctx));
        },
    };
}
/** Constructs not understood (PA901): one line each, with a count and up to three places. */
function notUnderstoodSection(report, ctx) {
    const groups = (0,view/* notUnderstoodGroups */.bo)((report.findings ?? []).filter((f) => !f.silenced));
    const total = groups.reduce((n, g) => n + g.count, 0);
    return {
        priority: 35,
        size: groups.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'construct') + ' not understood',
        render(limit) {
            const shown = groups.slice(0, limit);
            if (shown.length === 0)
                return null;
            const lines = shown.map((g) => {
                const places = g.locations.map((l) => placeLink(ctx, l.file, l.line)).join(', ');
                const rest = g.count > g.locations.length ? ` and ${g.count - g.locations.length} more` : '';
                return `- ${(0,report_escape/* mdText */.bC)(g.construct, 200)} ×${g.count}${places ? `: ${places}${rest}` : ''}`;
            });
            const title = `🧩 Not understood: ${(0,view/* pluralize */.td)(groups.length, 'construct')}, ${(0,view/* pluralize */.td)(total, 'place')} (verdicts there may be incomplete)`;
            return collapsed(title, lines.join('\n') + more(groups.length, shown.length, ctx));
        },
    };
}
function phasesSection(report) {
    const phases = report.phases ?? [];
    const icon = { ran: '✅ ran', skipped: '➖ skipped', failed: '❌ failed' };
    return {
        priority: 20,
        size: phases.length,
        what: (n) => (0,view/* pluralize */.td)(n, 'phase'),
        render(limit) {
            const shown = phases.slice(0, limit);
            if (shown.length === 0)
                return null;
            const rows = shown.map((p) => [
                (0,report_escape/* mdText */.bC)(p.name, 60),
                icon[p.status] ?? (0,report_escape/* mdText */.bC)(p.status, 20),
                (0,view.ms)(p.ms),
                (0,report_escape/* mdText */.bC)(p.note ?? '', 300) || '—',
            ]);
            return collapsed('Phases', table(['Phase', 'Status', 'Time', 'Note'], rows));
        },
    };
}

// EXTERNAL MODULE: ./src/report/certainty-text.ts
var certainty_text = __webpack_require__(28295);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * The audit as markdown for the PR comment and the job summary. The first screen is the decision and the
 * findings that block this change, each with its fix as code blocks and a link to the line at the audited
 * commit; then the merged index plan for the new findings; everything else (other new findings,
 * pre-existing ones, checks and settings, TTFB, EXPLAIN, constructs not understood, phases) is collapsed.
 * All repository text is escaped (see escape.ts). The text fills `maxChars` section by section, most
 * important first; when something had to be left out, a note says what and where the full audit is.
 */





/** GitHub's limit on a comment body is 65,536 characters; keep a margin for the marker and footers. */
const COMMENT_MAX_CHARS = 65_536 - 1_536;
/** What a reviewer reads in a PR comment by default; the job summary has the full audit. */
const COMMENT_BUDGET_CHARS = 20_000;
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
function headline(report) {
    const blocked = report.summary?.blocked === true;
    const groups = (0,view/* groupFindings */.kG)(report);
    const title = blocked ? '## ❌ perf-audit: blocked' : '## ✅ perf-audit: passed';
    const facts = [
        `**${(0,report_escape/* mdText */.bC)((0,view/* blockingText */.N4)(report))}**`,
        `totals: ${(0,report_escape/* mdText */.bC)((0,view/* countsText */.WN)(report))}`,
        `${groups.added.length} new, ${groups.existing.length} pre-existing`,
    ];
    if (groups.fixed.length)
        facts.push(`${(0,view/* pluralize */.td)(groups.fixed.length, 'finding')} fixed since base`);
    if (groups.silenced.length)
        facts.push(`${groups.silenced.length} silenced`);
    // verdictsText is perf-audit's own wording, never repository text.
    const verdicts = `${report.summary?.verdicts === 'planner' ? '🔬' : '📄'} ${(0,view/* verdictsText */.Sk)(report)}`;
    const low = (0,certainty_text/* lowCertaintyText */.Ve)(report.certainty);
    // perf-audit's own wording with counts, like verdictsText: no repository text.
    const warning = low ? `\n\n> ⚠️ **${low}**` : '';
    const sizes = (0,sizes_text/* sizesText */.K)(report);
    // The file name and the problems come from the repository: escaped.
    const measured = sizes ? `\n\n📏 ${(0,report_escape/* mdText */.bC)(sizes, 500)}` : '';
    return `${title}\n\n${facts.join(' · ')}${warning}\n\n_${verdicts}_${measured}`;
}
function footer(report, ctx) {
    const version = (0,report_escape/* mdText */.bC)(report.tool?.version ?? '?', 40);
    const when = (0,report_escape/* mdText */.bC)(report.generatedAt ?? '', 40);
    const link = ctx.summaryUrl ? ` · ${(0,report_escape/* mdLink */.YF)('full audit in the job summary', ctx.summaryUrl)}` : '';
    return `<sub>perf-audit ${version} · ${when}${link}</sub>`;
}
/** "Shortened": only when something was left out, saying what and where the full audit is. */
function shortenedNote(left, ctx, maxChars) {
    const where = ctx.summaryUrl
        ? `${(0,report_escape/* mdLink */.YF)('the job summary', ctx.summaryUrl)} and the report.json output`
        : 'the job summary and the report.json output';
    return `> ✂️ Shortened to ${maxChars.toLocaleString('en-US')} characters: left out ${left.join(', ')}. The full audit is in ${where}.`;
}
/** The "shortened" note for what the chosen limits leave out. */
function leftOut(sections, chosen, ctx, maxChars) {
    const left = [];
    for (const section of sections) {
        const limit = chosen.get(section)?.limit ?? -1;
        if (limit < section.size && section.size > 0)
            left.push(limit <= 0 ? section.what(section.size) : `${section.size - limit} of ${section.what(section.size)}`);
    }
    return shortenedNote(left, ctx, maxChars);
}
/** Characters kept free for the note to grow when a section moves from left out to partly shown. */
const NOTE_MARGIN = 80;
/** Rows every section gets before any grows further, when the text must shrink. */
const FIRST_ROWS = 5;
/** The largest row limit up to `cap` whose text fits `room` (text grows with the limit), or -1 when none does. */
function fitLimit(section, room, cap) {
    const full = section.render(cap);
    if (full === null || full.length + 2 <= room)
        return { limit: cap, text: full };
    let lo = 0;
    let hi = cap - 1;
    let best = { limit: -1, text: null };
    while (lo <= hi) {
        const mid = Math.floor((lo + hi) / 2);
        const text = section.render(mid);
        if (text === null || text.length + 2 <= room) {
            best = { limit: mid, text };
            lo = mid + 1;
        }
        else
            hi = mid - 1;
    }
    return best;
}
/** Renders the audit; the result is always at most `maxChars` characters. */
function renderMarkdown(report, opts = {}) {
    const maxChars = opts.maxChars ?? COMMENT_BUDGET_CHARS;
    const ctx = {
        ...(opts.docsBaseUrl ? { docsBaseUrl: opts.docsBaseUrl } : {}),
        ...(opts.source ? { source: opts.source } : {}),
        ...(opts.summaryUrl ? { summaryUrl: opts.summaryUrl } : {}),
    };
    // Layout order; `priority` decides who gets the room first when it is short.
    const sections = [
        blockingSection(report, ctx),
        indexPlanSection(report),
        findingsSection(report, ctx, 'other-new'),
        findingsSection(report, ctx, 'existing'),
        fixedSection(report, ctx),
        checksSection(report),
        ttfbSection(report),
        capacitySection(report),
        explainSection(report, ctx),
        silencedSection(report, ctx),
        notUnderstoodSection(report, ctx),
        phasesSection(report),
    ];
    const marker = opts.commentKey !== undefined ? commentMarker(opts.commentKey) : null;
    const notes = [...(report.notices ?? []), ...(opts.notes ?? [])].map((n) => `> ${(0,report_escape/* mdText */.bC)(n, 500)}`);
    const top = [...(marker ? [marker] : []), headline(report)];
    const bottom = footer(report, ctx);
    const join = (head, body) => [...head, ...body.filter((s) => s !== null), bottom].join('\n\n') + '\n';
    const full = sections.map((s) => s.render(s.size));
    let text = join([...top, ...notes], full);
    if (text.length > maxChars) {
        // Room for the note that says what was left out: its longest form is bounded by the section count.
        const noteRoom = 200 + sections.length * 60;
        let room = maxChars - join([...top, ...notes], []).length - noteRoom;
        const byPriority = [...sections].sort((a, b) => b.priority - a.priority);
        const chosen = new Map();
        const grow = (cap) => {
            for (const section of byPriority) {
                const had = chosen.get(section);
                const hadChars = had?.text ? had.text.length + 2 : 0;
                const fit = fitLimit(section, room + hadChars, Math.min(section.size, cap));
                if (had && fit.limit <= had.limit)
                    continue;
                chosen.set(section, fit);
                room += hadChars - (fit.text ? fit.text.length + 2 : 0);
            }
        };
        // Most important first: every section gets a few rows, then each grows into what is left; once the
        // note is written, what it did not use is handed out too (a margin keeps its growth from overflowing).
        grow(FIRST_ROWS);
        grow(Number.MAX_SAFE_INTEGER);
        room += noteRoom - leftOut(byPriority, chosen, ctx, maxChars).length - 2 - NOTE_MARGIN;
        if (room > 0)
            grow(Number.MAX_SAFE_INTEGER);
        const note = leftOut(byPriority, chosen, ctx, maxChars);
        text = join([...top, note, ...notes], sections.map((s) => chosen.get(s)?.text ?? null));
        if (text.length > maxChars) {
            // Only the headline is left to give; it is short by construction.
            text = `${[...top, note].join('\n\n')}\n`.slice(0, maxChars);
        }
    }
    return ownMarkerOnly(text, marker);
}


/***/ }),

/***/ 61646:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ sizesText),
/* harmony export */   y: () => (/* binding */ rowsUsedText)
/* harmony export */ });
/** perf-audit's own sentences about the table sizes a run used (the file name and table names are escaped by the caller). */
/** "Sizes measured for 3 tables (from .perf-audit-stats.json)", or why the file was not used; null without a file. */
function sizesText(report) {
    const s = report.statistics;
    if (!s)
        return null;
    const n = Object.keys(s.measured).length;
    const head = n
        ? `Sizes measured for ${n} table${n === 1 ? '' : 's'} (from ${s.file})`
        : `No measured size used from ${s.file}`;
    return s.problems.length ? `${head}; ${s.problems.join('; ')}` : head;
}
const SOURCE_TEXT = { measured: 'measured', config: 'from database.tables', assumed: 'assumed' };
/** "Rows used for roles: 6 (measured)", from evidence.tableSize; null when the finding has none. */
function rowsUsedText(finding) {
    const size = finding.evidence?.tableSize;
    if (!size || typeof size.rows !== 'number' || !finding.table)
        return null;
    const source = SOURCE_TEXT[size.source] ?? 'assumed';
    return `Rows used for ${finding.table}: ${size.rows.toLocaleString('en-US')} (${source})`;
}


/***/ }),

/***/ 64153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LQ: () => (/* binding */ loadStatus),
/* harmony export */   N4: () => (/* binding */ blockingText),
/* harmony export */   Sk: () => (/* binding */ verdictsText),
/* harmony export */   Ur: () => (/* binding */ blockingFindings),
/* harmony export */   WN: () => (/* binding */ countsText),
/* harmony export */   bo: () => (/* binding */ notUnderstoodGroups),
/* harmony export */   de: () => (/* binding */ whereOf),
/* harmony export */   k: () => (/* binding */ summaryLines),
/* harmony export */   kG: () => (/* binding */ groupFindings),
/* harmony export */   ki: () => (/* binding */ planItems),
/* harmony export */   ms: () => (/* binding */ ms),
/* harmony export */   td: () => (/* binding */ pluralize)
/* harmony export */ });
/* unused harmony export headlineHttp */
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81001);
/* harmony import */ var _certainty_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28295);
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
    return (0,_certainty_text_js__WEBPACK_IMPORTED_MODULE_1__/* .certaintyVerdicts */ .oJ)(report.summary?.verdicts === 'planner', report.certainty);
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
/** PA901 findings grouped by construct: one line each, however many times it occurs. */
function notUnderstoodGroups(findings, maxLocations = 3) {
    const groups = new Map();
    for (const f of findings) {
        if (f.rule !== 'PA901')
            continue;
        const raw = f.evidence?.['construct'];
        const construct = typeof raw === 'string' && raw !== '' && raw !== 'parse error' ? raw : f.title;
        const group = groups.get(construct) ?? { construct, count: 0, locations: [] };
        groups.set(construct, group);
        group.count += 1;
        if (f.file && group.locations.length < maxLocations)
            group.locations.push({ file: f.file, line: f.line });
    }
    return [...groups.values()].sort((a, b) => b.count - a.count || a.construct.localeCompare(b.construct));
}
/** The unsilenced new findings at or above fail-on: what blocks this change. */
function blockingFindings(report) {
    const failOn = report.summary?.failOn ?? 'critical';
    if (failOn === 'never')
        return [];
    const threshold = _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[failOn] ?? _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B.critical;
    return groupFindings(report).added.filter((f) => _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[f.severity] >= threshold);
}


/***/ })

};

//# sourceMappingURL=727.index.js.map