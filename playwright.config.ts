import { defineConfig } from '@playwright/test';

const DEMO_PORT = Number(process.env.DEMO_PORT ?? 5178);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` },
  webServer: {
    command: `node tests/demo/serve.mjs --build --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/demo/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
