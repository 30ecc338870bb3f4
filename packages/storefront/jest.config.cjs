// The storefront package's tests; also a project of the root jest config (`npm test`).
module.exports = {
  displayName: "storefront",
  rootDir: __dirname,
  testMatch: ["<rootDir>/src/**/__tests__/**/*.spec.{ts,tsx}"],
  transform: {
    "^.+\\.[jt]sx?$": [
      "@swc/jest",
      {
        jsc: {
          parser: { syntax: "typescript", tsx: true },
          transform: { react: { runtime: "automatic" } },
          target: "es2021",
        },
        module: { type: "commonjs" },
      },
    ],
  },
  // Sources import with ".js" (ESM output); jest resolves the .ts/.tsx files.
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1", "\\.css$": "<rootDir>/src/__tests__/css-stub.cjs" },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  testEnvironment: "node",
}
