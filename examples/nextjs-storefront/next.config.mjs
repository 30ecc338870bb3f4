/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The example lives inside the plugin's repository: keep Next from treating the repository
  // root (its lockfile, its React 18) as this app's workspace root.
  outputFileTracingRoot: import.meta.dirname,
}

export default nextConfig
