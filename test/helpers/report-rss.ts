/**
 * Preloaded into a child process by tests (`node --import tsx --import ./test/helpers/report-rss.ts …`):
 * at exit, reports the process's peak resident set size on stderr as `CHAPERONE_TEST_MAXRSS_KB=<n>`,
 * so a test can bound memory without timing anything and without test code in the product.
 */
process.on('exit', () => {
  process.stderr.write(`\nCHAPERONE_TEST_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
