/** The action's entry point (bundled to dist/index.js). */

// Stack traces name src/ files: Node reads a bundle's source map only for code loaded after this call,
// so the action itself is loaded below, as a separate chunk.
process.setSourceMapsEnabled(true);
const { run } = await import('./main.js');
await run();

// An ES module (the bundler reads top-level await only in one), though it exports nothing.
export {};
