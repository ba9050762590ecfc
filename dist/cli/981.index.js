export const id = 981;
export const ids = [981];
export const modules = {

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

/***/ 78981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveParseWorker: () => (/* binding */ serveParseWorker)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _parse_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78254);
/* harmony import */ var _parse_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25433);
/** The worker side of parse-pool.ts: claims files from the shared counter, parses them, posts the ASTs. */



/** Files per message: one serialized buffer per batch costs less than one structured clone per file. */
const BATCH = 16;
function serveParseWorker(data) {
    const control = new Int32Array(data.control);
    let batch = [];
    const flush = () => {
        if (!batch.length)
            return;
        let buffer;
        try {
            buffer = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.serialize)(batch);
        }
        catch {
            // An AST that cannot be serialized: the main thread parses these files itself.
            buffer = (0,node_v8__WEBPACK_IMPORTED_MODULE_0__.serialize)(batch.map((r) => ({ i: r.i, failed: true })));
        }
        const ab = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
        data.port.postMessage({ buffer: ab }, [ab]);
        Atomics.add(control, _parse_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .POSTED */ .MQ, batch.length);
        Atomics.notify(control, _parse_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .POSTED */ .MQ);
        batch = [];
    };
    for (;;) {
        const i = Atomics.add(control, _parse_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .NEXT */ .K2, 1);
        if (i >= data.files.length)
            break;
        const { path, text } = data.files[i];
        const { parsed, problem } = (0,_parse_source_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSource */ .P)(path, text);
        batch.push({ i, parsed, problem });
        if (batch.length >= BATCH)
            flush();
    }
    flush();
    data.port.close();
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


/***/ })

};

//# sourceMappingURL=981.index.js.map