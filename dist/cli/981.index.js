export const id = 981;
export const ids = [981];
export const modules = {

/***/ 78981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveParseWorker: () => (/* binding */ serveParseWorker)
/* harmony export */ });
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _php_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55817);
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
        const { parsed, problem } = (0,_php_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePhp */ .w)(path, text);
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


/***/ })

};

//# sourceMappingURL=981.index.js.map