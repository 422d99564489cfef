/**
 * Which URLs the extension may download team lexicons from. A subscription URL is typed by the
 * user but often pasted from a chat or a doc: it must not turn the extension into a probe of the
 * user's network (router admin pages, cloud metadata, services on loopback).
 *
 * Checked on the URL only. An extension cannot resolve DNS before `fetch` (Chrome has no DNS API),
 * so a public name that resolves to a private address (DNS rebinding, split-horizon DNS) is not
 * caught here; the browser's own Private Network Access checks are the remaining guard, and
 * redirects are refused by the fetch (redirect: 'error') so a public URL cannot bounce inward.
 */
export interface UrlPolicy {
  /** Test and demo builds only: http://127.0.0.1 / [::1] / localhost for the local fixtures server. */
  allowLoopback?: boolean;
}

export type UrlVerdict = { ok: true; url: URL } | { ok: false; reason: string };

const BLOCKED_SUFFIXES = ['.localhost', '.local', '.internal', '.intranet', '.lan', '.home', '.corp', '.home.arpa', '.onion'];

export function checkDownloadUrl(text: string, policy: UrlPolicy = {}): UrlVerdict {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, reason: 'not a valid URL' };
  }
  if (url.username || url.password) return { ok: false, reason: 'URLs with a user name or password are not accepted' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const loopback = isLoopbackHost(host);
  if (loopback && policy.allowLoopback) {
    return url.protocol === 'https:' || url.protocol === 'http:' ? { ok: true, url } : { ok: false, reason: 'only https URLs are accepted' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: 'only https URLs are accepted' };
  if (loopback) return { ok: false, reason: `${host} is this computer (loopback), not a public server` };
  const ipv4 = parseIpv4(host);
  if (ipv4) {
    const range = privateIpv4Range(ipv4);
    return range ? { ok: false, reason: `${host} is a ${range} address, not a public server` } : { ok: true, url };
  }
  if (host.startsWith('[')) {
    const range = privateIpv6Range(host.slice(1, -1));
    return range ? { ok: false, reason: `${host} is a ${range} address, not a public server` } : { ok: true, url };
  }
  if (!host.includes('.')) return { ok: false, reason: `${host} is a local name, not a public server` };
  if (BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix)) || host === 'metadata.google.internal')
    return { ok: false, reason: `${host} is a local or internal name, not a public server` };
  return { ok: true, url };
}

function isLoopbackHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost') || host === '[::1]') return true;
  const ipv4 = parseIpv4(host);
  return ipv4 !== null && ipv4[0] === 127;
}

/** The WHATWG URL parser already turns 0x7f.1, 2130706433 and 127.1 into dotted decimal. */
function parseIpv4(host: string): number[] | null {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part))) return null;
  const bytes = parts.map(Number);
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

function privateIpv4Range([a = 0, b = 0, c = 0]: number[]): string | null {
  if (a === 0) return '"this network" (0.0.0.0/8)';
  if (a === 10) return 'private (10.0.0.0/8)';
  if (a === 127) return 'loopback (127.0.0.0/8)';
  if (a === 169 && b === 254) return 'link-local / cloud metadata (169.254.0.0/16)';
  if (a === 172 && b >= 16 && b <= 31) return 'private (172.16.0.0/12)';
  if (a === 192 && b === 168) return 'private (192.168.0.0/16)';
  if (a === 100 && b >= 64 && b <= 127) return 'carrier-grade NAT (100.64.0.0/10)';
  if (a === 192 && b === 0 && c === 0) return 'IETF protocol (192.0.0.0/24)';
  if (a === 198 && (b === 18 || b === 19)) return 'benchmarking (198.18.0.0/15)';
  if (a >= 224) return 'multicast or reserved (224.0.0.0/3)';
  return null;
}

/** Expands an IPv6 literal (as the URL parser prints it) to 8 hextets. */
function ipv6Hextets(text: string): number[] | null {
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const all = [...left, ...Array<number>(missing).fill(0), ...right];
  return all.every((n) => Number.isInteger(n) && n >= 0 && n <= 0xffff) ? all : null;
}

function privateIpv6Range(text: string): string | null {
  const h = ipv6Hextets(text);
  if (!h) return 'unparsable IPv6';
  const [h0 = 0, , , , , h5 = 0, h6 = 0, h7 = 0] = h;
  if (h.every((n) => n === 0)) return 'unspecified (::)';
  if (h.slice(0, 7).every((n) => n === 0) && h7 === 1) return 'loopback (::1)';
  if ((h0 & 0xfe00) === 0xfc00) return 'unique local (fc00::/7)';
  if ((h0 & 0xffc0) === 0xfe80) return 'link-local (fe80::/10)';
  if ((h0 & 0xff00) === 0xff00) return 'multicast (ff00::/8)';
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address: judge that.
  const embedded = h.slice(0, 5).every((n) => n === 0) && h5 === 0xffff;
  const nat64 = h0 === 0x64 && h[1] === 0xff9b && h.slice(2, 6).every((n) => n === 0);
  if (embedded || nat64) {
    const range = privateIpv4Range([h6 >> 8, h6 & 0xff, h7 >> 8, h7 & 0xff]);
    return range ? `IPv4-mapped ${range}` : null;
  }
  return null;
}
