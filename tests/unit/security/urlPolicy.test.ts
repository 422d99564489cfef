import { describe, expect, it } from 'vitest';
import { checkDownloadUrl } from '@/lib/security/urlPolicy';

const refused = (url: string, policy = {}) => {
  const verdict = checkDownloadUrl(url, policy);
  return verdict.ok ? null : verdict.reason;
};

describe('subscription URL policy', () => {
  it('accepts public https servers', () => {
    for (const url of [
      'https://raw.githubusercontent.com/team/lex/main/terms.json',
      'https://8.8.8.8/x.json',
      'https://[2606:4700::1111]/x.json',
      'https://cdn.example.com:8443/a.json',
    ]) {
      expect(refused(url), url).toBeNull();
    }
  });

  it('refuses plain http, other schemes and credentials in the URL', () => {
    expect(refused('http://cdn.example.com/a.json')).toMatch(/only https/);
    expect(refused('ftp://cdn.example.com/a.json')).toMatch(/only https/);
    expect(refused('file:///etc/passwd')).toMatch(/only https/);
    expect(refused('https://user:pw@cdn.example.com/a.json')).toMatch(/user name or password/);
    expect(refused('not a url')).toMatch(/not a valid URL/);
  });

  it.each([
    ['https://192.168.1.1/lexicon.json', /192\.168/],
    ['https://10.0.0.8/a.json', /10\.0\.0\.0\/8/],
    ['https://172.16.0.1/a.json', /172\.16/],
    ['https://172.31.255.255/a.json', /172\.16/],
    ['https://169.254.169.254/latest/meta-data/', /metadata/],
    ['https://100.64.0.1/a.json', /carrier-grade/],
    ['https://0.0.0.0/a.json', /this network/],
    ['https://127.0.0.1/a.json', /loopback/],
    ['https://2130706433/a.json', /loopback/], // decimal form of 127.0.0.1
    ['https://0xa9.254.169.254/a.json', /metadata/], // hex form, normalized by the URL parser
    ['https://[::1]/a.json', /loopback/],
    ['https://[::]/a.json', /unspecified/],
    ['https://[fc00::1]/a.json', /unique local/],
    ['https://[fd12:3456::1]/a.json', /unique local/],
    ['https://[fe80::1]/a.json', /link-local/],
    ['https://[::ffff:192.168.0.1]/a.json', /IPv4-mapped private/],
    ['https://[::ffff:169.254.169.254]/a.json', /IPv4-mapped link-local/],
    ['https://localhost/a.json', /loopback/],
    ['https://api.localhost/a.json', /loopback/],
    ['https://LOCALHOST./a.json', /loopback/],
    ['https://router/a.json', /local name/],
    ['https://nas.local/a.json', /local or internal/],
    ['https://metadata.google.internal/computeMetadata/v1/', /local or internal/],
  ])('refuses %s', (url, reason) => {
    expect(refused(url)).toMatch(reason);
  });

  it('lets the test build reach loopback, and nothing else private', () => {
    const test = { allowLoopback: true };
    expect(refused('http://127.0.0.1:5207/feeds/a.json', test)).toBeNull();
    expect(refused('http://localhost:5207/feeds/a.json', test)).toBeNull();
    expect(refused('http://192.168.1.1/a.json', test)).toMatch(/only https/);
    expect(refused('https://10.1.2.3/a.json', test)).toMatch(/private/);
    expect(refused('http://127.0.0.1:5207/feeds/a.json')).toMatch(/only https/);
  });
});
