"use strict"
// Headless Chromium from the system (Debian's `chromium` package), driven by playwright-core:
// no browser download. The flags keep Chromium from calling home, which a closed network refuses.
const fs = require("fs")
const { chromium } = require("playwright-core")

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]

function chromiumPath() {
  const found = CANDIDATES.find((p) => p && fs.existsSync(p))
  if (!found) throw new Error("No Chromium found: install Debian's `chromium` package or set CHROMIUM_PATH")
  return found
}

async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  })
}

module.exports = { launch, chromiumPath }
