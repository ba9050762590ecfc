export const id = 755;
export const ids = [755];
export const modules = {

/***/ 40755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FatalPhaseError: () => (/* binding */ FatalPhaseError),
/* harmony export */   PhaseLog: () => (/* binding */ PhaseLog)
/* harmony export */ });
/** Runs one phase with its timing; a phase that throws is recorded as failed and the audit goes on. */
/** A failure that must end the run (exit 3) instead of degrading: recorded as the phase's failure, then rethrown. */
class FatalPhaseError extends Error {
    name = 'FatalPhaseError';
}
class PhaseLog {
    phases = [];
    /** The phase running now (a signal's report names it). */
    current = null;
    /** Told when a phase starts and ends (the progress lines). */
    onEvent = null;
    tell(event) {
        try {
            this.onEvent?.(event);
        }
        catch {
            // A progress line that cannot be written never changes the audit.
        }
    }
    skip(name, note) {
        this.phases.push({ name, status: 'skipped', ms: 0, note });
        this.tell({ phase: name, state: 'skipped', note });
    }
    /** Runs `fn`; returns its value, or null when it failed (the failure is recorded with its message). */
    async run(name, fn) {
        const start = performance.now();
        this.current = name;
        this.tell({ phase: name, state: 'start' });
        try {
            const { value, note } = await fn();
            const ms = Math.round(performance.now() - start);
            this.phases.push({ name, status: 'ran', ms, note });
            this.tell({ phase: name, state: 'ran', ms, note });
            return value;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            const ms = Math.round(performance.now() - start);
            this.phases.push({ name, status: 'failed', ms, note: message });
            this.tell({ phase: name, state: 'failed', ms, note: message });
            if (err instanceof FatalPhaseError)
                throw err;
            return null;
        }
        finally {
            this.current = null;
        }
    }
}


/***/ })

};

//# sourceMappingURL=755.index.js.map