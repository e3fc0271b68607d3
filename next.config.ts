import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// The messages are compiled at build time (decision 031): no ICU parser in the browser, and no
// message parsed per request on the server.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './server/i18n/request.ts',
  experimental: {
    messages: { path: './lib/i18n/messages', format: 'json', locales: 'infer', precompile: true },
  },
});

// Server actions are refused unless the Origin is the site itself or one of these (comma-separated).
const allowedOrigins = (process.env.SERVER_ACTIONS_ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

const nextConfig: NextConfig = {
  // Lets several checkouts' dev servers or builds coexist (e.g. NEXT_DIST_DIR=.next-dev-b).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // pdfkit reads its font metrics from its own directory at run time, so it must not be bundled.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pdfkit', 'fontkit'],
  poweredByHeader: false,
  experimental: {
    serverActions: { allowedOrigins, bodySizeLimit: '1mb' },
    // bench/profile-readings.mjs builds with readable server code so a CPU profile names functions
    // (Turbopack's own switch; `serverMinification` is the webpack one).
    ...(process.env.NEXT_SERVER_MINIFY === 'off' ? { turbopackMinify: { server: false } } : {}),
  },
  // Headers that do not depend on the request; the CSP with its nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
