import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { aptDistribution, findChromium } from '../../demo/chromium.mjs';
import { DemoPortError, parsePort, startDemoServer } from '../../demo/serve.mjs';

const dirs: string[] = [];
function fakeBin(names: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'll-fake-path-'));
  dirs.push(dir);
  for (const name of names) {
    writeFileSync(path.join(dir, name), '#!/bin/sh\necho fake\n');
    chmodSync(path.join(dir, name), 0o755);
  }
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real executable check, except that Debian's /usr/bin/chromium of this machine is hidden. */
const withoutDebianChromium = (file: string) => {
  if (file === '/usr/bin/chromium') return false;
  const result = spawnSync('test', ['-x', file]);
  return result.status === 0;
};

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and says so when it is not an executable', () => {
    const bin = fakeBin(['my-chrome']);
    expect(findChromium({ env: { CHROMIUM_PATH: path.join(bin, 'my-chrome'), PATH: '' } })).toMatchObject({
      ok: true,
      path: path.join(bin, 'my-chrome'),
      source: 'CHROMIUM_PATH',
    });
    const bad = findChromium({ env: { CHROMIUM_PATH: path.join(bin, 'nope'), PATH: bin } });
    expect(bad).toMatchObject({ ok: false, reason: 'bad-env' });
    if (!bad.ok) expect(bad.message).toContain('CHROMIUM_PATH is set to');
  });

  it('searches PATH for chromium, chromium-browser, then google-chrome, in that order', () => {
    const first = fakeBin(['google-chrome']);
    const second = fakeBin(['chromium-browser']);
    const found = findChromium({ env: { PATH: [first, second].join(path.delimiter) }, executable: withoutDebianChromium });
    expect(found).toMatchObject({ ok: true, path: path.join(second, 'chromium-browser'), source: 'PATH' });
    const chromeOnly = findChromium({ env: { PATH: first }, executable: withoutDebianChromium });
    expect(chromeOnly).toMatchObject({ ok: true, path: path.join(first, 'google-chrome') });
  });

  it('skips non-executable files and ends with one sentence naming the command to run', () => {
    const dir = fakeBin([]);
    writeFileSync(path.join(dir, 'chromium'), 'not executable');
    const missing = findChromium({ env: { PATH: dir, USER: 'seller' }, executable: withoutDebianChromium });
    expect(missing).toMatchObject({ ok: false, reason: 'missing' });
    if (!missing.ok) {
      expect(missing.message).toContain('sudo apt-get install -y chromium');
      expect(missing.message.split('\n')).toHaveLength(1);
    }
  });

  it("prefers Debian's /usr/bin/chromium over PATH", () => {
    const bin = fakeBin(['chromium']);
    const found = findChromium({ env: { PATH: bin }, executable: (file) => file === '/usr/bin/chromium' || file === path.join(bin, 'chromium') });
    expect(found).toMatchObject({ ok: true, path: '/usr/bin/chromium' });
  });
});

describe('aptDistribution', () => {
  it('recognises Debian, Ubuntu and their derivatives, nothing else', () => {
    expect(aptDistribution('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n')).toBe('debian');
    expect(aptDistribution('NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n')).toBe('debian');
    expect(aptDistribution('ID=pop\nID_LIKE="ubuntu debian"\n')).toBe('debian');
    expect(aptDistribution('ID=linuxmint\nID_LIKE=ubuntu\n')).toBe('ubuntu');
    expect(aptDistribution('ID=fedora\n')).toBeNull();
    expect(aptDistribution('')).toBeNull();
  });
});

describe('the demo server on a busy port', () => {
  const servers: { close: () => Promise<void> }[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) await server.close();
  });

  it('started twice: the second takes the next free port with fallback, and refuses it without', async () => {
    const first = await startDemoServer({ port: 0 });
    servers.push(first);
    const second = await startDemoServer({ port: first.port, fallback: true });
    servers.push(second);
    expect(second.port).not.toBe(first.port);
    expect(second.movedFrom).toBe(first.port);
    expect((await fetch(`${second.origin}/`, { redirect: 'manual' })).status).toBe(302);
    await expect(startDemoServer({ port: first.port })).rejects.toThrow(DemoPortError);
    await expect(startDemoServer({ port: first.port })).rejects.toThrow(/already in use.*--port/);
  });

  it('the CLI with an explicit busy port prints one sentence, no stack trace, and exits 1', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', () => resolve()));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = spawnSync(process.execPath, ['tests/demo/serve.mjs', '--port', String(port)], {
        encoding: 'utf8',
        env: { ...process.env, DEMO_PORT: '' },
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toMatch(new RegExp(`^Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(result.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('rejects a port that is not a number with a clear sentence', () => {
    expect(() => parsePort('51a78')).toThrow(/"51a78" is not a port number/);
    expect(parsePort('5178')).toBe(5178);
  });
});

describe('npm run demo when the set-up is wrong', () => {
  it('a CHROMIUM_PATH that does not exist ends with one sentence and exit code 1', () => {
    const result = spawnSync(process.execPath, ['tests/demo/run-demo.mjs', '--skip-build'], {
      encoding: 'utf8',
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chrome' },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'CHROMIUM_PATH is set to /nonexistent/chrome, which is not an executable file: point it at your Chromium or Chrome binary, or unset it.',
    );
  });

  it('an unknown option gets the usage line, not a stack trace', () => {
    const result = spawnSync(process.execPath, ['tests/demo/run-demo.mjs', '--screenshots'], { encoding: 'utf8', timeout: 30_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run demo');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
