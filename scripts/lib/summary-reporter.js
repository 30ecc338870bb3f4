// Jest reporter for a plain closing line any CI can read: "N passed, N failed, N skipped".
// scripts/test.js prints it last (from HELPDESK_SUMMARY_FILE); run alone, it prints it itself.
const fs = require("fs")

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`
    if (process.env.HELPDESK_SUMMARY_FILE) fs.writeFileSync(process.env.HELPDESK_SUMMARY_FILE, line)
    else process.stdout.write(line)
  }
}

module.exports = SummaryReporter
