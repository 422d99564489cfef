// Finds a Chromium for the demo: CHROMIUM_PATH, Debian's /usr/bin/chromium, then chromium,
// chromium-browser, google-chrome on PATH. When none is there it installs Debian's `chromium`
// itself if it runs as root on Debian or Ubuntu (as .ci/run does); otherwise it says, in one
// sentence, what to run. Nothing here downloads a browser of its own.
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @param {string} file */
function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a Chromium is, or why there is none.
 * @param {{ env?: Record<string, string | undefined>, executable?: (file: string) => boolean }} [options]
 * @returns {{ ok: true, path: string, source: string } | { ok: false, reason: 'bad-env' | 'missing', message: string }}
 */
export function findChromium({ env = process.env, executable = isExecutable } = {}) {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (executable(configured)) return { ok: true, path: configured, source: 'CHROMIUM_PATH' };
    return {
      ok: false,
      reason: 'bad-env',
      message: `CHROMIUM_PATH is set to ${configured}, which is not an executable file: point it at your Chromium or Chrome binary, or unset it.`,
    };
  }
  if (executable(DEBIAN_CHROMIUM)) return { ok: true, path: DEBIAN_CHROMIUM, source: DEBIAN_CHROMIUM };
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (executable(candidate)) return { ok: true, path: candidate, source: 'PATH' };
    }
  }
  return { ok: false, reason: 'missing', message: missingMessage(env) };
}

/** @param {Record<string, string | undefined>} env */
function missingMessage(env) {
  const sudo = env.USER === 'root' ? '' : 'sudo ';
  return `No Chromium found (looked at CHROMIUM_PATH, ${DEBIAN_CHROMIUM} and ${CHROMIUM_NAMES.join(', ')} on PATH): install it with \`${sudo}apt-get install -y chromium fonts-noto-cjk\` (or set CHROMIUM_PATH to a Chrome binary) and run \`npm run demo\` again.`;
}

/**
 * The distribution from /etc/os-release content: 'debian', 'ubuntu' (or derivatives of either), or null.
 * @param {string} osRelease
 */
export function aptDistribution(osRelease) {
  const field = (name) => new RegExp(`^${name}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1]?.toLowerCase() ?? '';
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)];
  if (ids.includes('debian')) return 'debian';
  if (ids.includes('ubuntu')) return 'ubuntu';
  return null;
}

/**
 * Finds a Chromium, installing Debian's package when that is safe to do unasked (root on Debian/Ubuntu).
 * @param {{ env?: Record<string, string | undefined>, log?: (line: string) => void }} [options]
 * @returns {{ ok: true, path: string } | { ok: false, message: string }}
 */
export function ensureChromium({ env = process.env, log = console.log } = {}) {
  const found = findChromium({ env });
  if (found.ok || found.reason === 'bad-env') return found;
  let osRelease = '';
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    // not Linux, or no os-release: fall through to the message
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !aptDistribution(osRelease)) return found;
  log("No Chromium found: installing Debian's chromium package (apt-get install chromium fonts-noto-cjk)…");
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  const install =
    update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: aptEnv }) : update;
  if (install.status !== 0)
    return {
      ok: false,
      message: `Installing chromium with apt-get failed (exit ${install.status ?? 'signal'}): run \`apt-get update && apt-get install -y chromium\` yourself and read its error, then run \`npm run demo\` again.`,
    };
  return findChromium({ env });
}
