const { loadEnv } = require("@medusajs/framework/utils")
loadEnv("test", process.cwd())

const base = {
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2021" },
        // import() stays a real dynamic import, so ES-module-only packages (email-reply-parser)
        // load through jest's ESM support (--experimental-vm-modules, set by scripts/test.js).
        module: { type: "commonjs", ignoreDynamic: true },
      },
    ],
  },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/.medusa/", "<rootDir>/node_modules/"],
  setupFiles: ["<rootDir>/integration-tests/setup.js"],
}

// Four projects, run by `npm test` (scripts/test.js) in one jest process; `npm test -- unit`
// (or modules, http, storefront) runs one. Globs cover sub-folders so no spec is silently skipped.
module.exports = {
  testTimeout: 120000,
  projects: [
    {
      ...base,
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/__tests__/**/*.unit.spec.ts", "<rootDir>/scripts/**/__tests__/**/*.unit.spec.js"],
    },
    {
      ...base,
      displayName: "modules",
      testMatch: ["<rootDir>/src/modules/**/__tests__/**/*.spec.ts"],
      testPathIgnorePatterns: ["\\.unit\\.spec\\.ts$"],
    },
    { ...base, displayName: "http", testMatch: ["<rootDir>/integration-tests/http/**/*.spec.ts"] },
    // The storefront package (packages/storefront): its own config, no database.
    "<rootDir>/packages/storefront/jest.config.cjs",
  ],
}
