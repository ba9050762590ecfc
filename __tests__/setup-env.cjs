// The project cache is off in tests (and in the commands they start) unless a test sets a folder.
process.env.PERF_AUDIT_CACHE_DIR ??= 'none';
