export const id = 629;
export const ids = [629];
export const modules = {

/***/ 65629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitRoot: () => (/* binding */ gitRoot),
/* harmony export */   ruleDocsDir: () => (/* binding */ ruleDocsDir),
/* harmony export */   sarifDocsBaseUrl: () => (/* binding */ sarifDocsBaseUrl),
/* harmony export */   sarifPaths: () => (/* binding */ sarifPaths)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(311);
/**
 * Where SARIF results and rule links point, the same for the command and the action: paths relative to the
 * root of the git repository holding the app (code scanning resolves them there), rule help from the
 * docs/rules/ pages shipped with perf-audit, helpUri at this version's tag.
 */




/** The nearest folder at or above `dir` with a `.git` (a folder, or a file in worktrees); null outside one. */
function gitRoot(dir) {
    for (let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, '.git')))
            return at;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
            return null;
    }
}
function inside(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, path);
    if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel))
        return null;
    return rel.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}
/**
 * appDir and fallbackFile for toSarif. The repository is the git root above the app, else `fallbackRoot`
 * (the action's workspace); with neither, paths stay relative to the app.
 */
function sarifPaths(app, configFile, fallbackRoot = null) {
    const root = gitRoot(app) ?? fallbackRoot ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(app);
    const appDir = inside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(app)) ?? '';
    const fallbackFile = configFile ? inside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(configFile)) : null;
    return { appDir, ...(fallbackFile ? { fallbackFile } : {}) };
}
/** Base of every helpUri: the docs at the tag of the version that wrote the report. */
function sarifDocsBaseUrl() {
    return `${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .REPOSITORY_URL */ .l}/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_3__/* .VERSION */ .x}/`;
}
/** docs/rules/ shipped with perf-audit: beside dist/ (action, installed package) or in the checkout. */
function ruleDocsDir(from = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url)) {
    let at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(from);
    for (let i = 0; i < 4; i++, at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'docs', 'rules')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(at, 'docs', 'rules');
    }
    return null;
}


/***/ })

};

//# sourceMappingURL=629.index.js.map