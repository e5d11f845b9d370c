// A @web/test-runner reporter that counts every test across sessions and writes one machine-readable
// line at the end; scripts/test.mjs turns it into the closing "N passed, M failed" line.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function totalsReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += 1;
      }
      process.stdout.write(
        `\n@@totals passed=${totals.passed} failed=${totals.failed} skipped=${totals.skipped}\n`,
      );
    },
  };
}
