// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const isDev = process.env.NODE_ENV !== "production";

// The Content-Security-Policy is set per request by proxy.ts, since it carries a nonce.
// Browsers that have seen the site over https keep to https for two years.
const strictTransportSecurity = isDev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets a benchmark or a second checkout build beside the main build without clashing.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native and WASM packages must be loaded by Node at run time, not bundled; PGlite in
  // particular locates its data files relative to its own package.
  // The PDF renderer reads its fonts from node_modules at run time, so it stays external too.
  // piscina starts its threads from its own files, and esbuild runs its native binary: both
  // must be loaded from node_modules as they are (lib/export/worker).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "@react-pdf/renderer", "piscina", "esbuild"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          ...strictTransportSecurity,
        ],
      },
      // A read-only link's token is in its address: no Referer carries it to a site the plan
      // mentions, and no search engine lists the page. Later entries win over the one above.
      {
        source: "/share/:token*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
