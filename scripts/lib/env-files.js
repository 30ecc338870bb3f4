const fs = require("fs")
const path = require("path")

// Loads .env-style files from the project root when dotenv (a Medusa dependency) is there.
function loadEnvFiles(root, files) {
  let dotenv
  try {
    dotenv = require(require.resolve("dotenv", { paths: [root] }))
  } catch {
    return
  }
  const existing = files.map((f) => path.join(root, f)).filter((f) => fs.existsSync(f))
  if (existing.length) dotenv.config({ path: existing, quiet: true })
}

module.exports = { loadEnvFiles }
