/** Printed by test/integration/suite/index.ts when mocha starts in the extension host; the shim
 * waits for it to know that the workbench booted and the tests started. */
export const SUITE_STARTED_MARKER = '[crosscheck-suite] started';
