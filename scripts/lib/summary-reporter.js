// Jest reporter that ends the run with a plain line any CI can read: "N passed, N failed, N skipped".
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    process.stdout.write(`${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`)
  }
}

module.exports = SummaryReporter
