import type { NextConfig } from 'next';

// The framework's floor for the readings benchmark: a server action that does nothing but one INSERT.
const config: NextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: true },
};

export default config;
