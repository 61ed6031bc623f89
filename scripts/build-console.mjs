#!/usr/bin/env node
// Builds the moderator console (console/) with Vite into dist/console, served by `chaperone serve`.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('console/vite.config.ts')) {
  console.log('build-console: no console/vite.config.ts yet, skipping');
  process.exit(0);
}
const res = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'console/vite.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
process.exit(res.status ?? 1);
