// Serves the release builds over loopback with Debian's nginx for the journeys (see nginx.ts):
//   site 1: dist/ at /, with the synthetic test datasets at /e2e-data/
//   site 2: target/dist-explorer/ under /explorer/ (built with --public-url /explorer/)
import { join, resolve } from 'node:path';
import { startStaticHost } from './nginx';

const ROOT = resolve(__dirname, '../..');

export default async function globalSetup() {
  const host = await startStaticHost([
    { dist: join(ROOT, 'dist'), aliases: { '/e2e-data/': join(ROOT, 'target/e2e-data') } },
    { dist: join(ROOT, 'target/dist-explorer'), prefix: '/explorer/' },
  ]);
  process.env.E2E_ORIGIN = host.origins[0];
  process.env.E2E_SUB_ORIGIN = host.origins[1];
  return () => host.stop();
}
