/**
 * Decodes the data-connection addresses in replies: 227 (RFC 959: h1,h2,h3,h4,p1,p2, port = p1·256 + p2),
 * 229 (RFC 2428: "(|||port|)") and 228 (RFC 1639 LPSV: af,hal,h…,pal,p…), and tells which addresses cannot
 * be reached from the internet (RFC 1918 private, RFC 6598 CGNAT 100.64/10, loopback, link-local).
 */

/** What kind of network an address belongs to; only "public" is reachable from anywhere. */
export type AddressScope = 'public' | 'private' | 'cgnat' | 'loopback' | 'link-local' | 'unspecified';

export interface DataAddress {
  /** Dotted IPv4 or IPv6 text; absent for 229, which only carries a port. */
  address?: string;
  port: number;
  scope?: AddressScope | undefined;
}

/** The scope of an IPv4 or IPv6 address, or undefined when the text is not one. */
export function addressScope(address: string): AddressScope | undefined {
  const v4 = address.match(/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    if (v4.slice(1).some((n) => Number(n) > 255)) return undefined;
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if (a === 100 && b >= 64 && b <= 127) return 'cgnat';
    if (a === 127) return 'loopback';
    if (a === 169 && b === 254) return 'link-local';
    if (a === 0) return 'unspecified';
    return 'public';
  }
  if (!address.includes(':')) return undefined;
  const low = address.toLowerCase();
  const mapped = low.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
  if (mapped) return addressScope(mapped[1]!);
  if (low === '::1') return 'loopback';
  if (low === '::') return 'unspecified';
  if (/^f[cd][0-9a-f]{2}:/.test(low)) return 'private';
  if (/^fe[89ab][0-9a-f]:/.test(low)) return 'link-local';
  return 'public';
}

/** The address and port of a 227 reply: the first six comma-separated numbers, as curl and FileZilla read them. */
export function decode227(text: string): DataAddress | undefined {
  const m = text.match(/(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3}),(\d{1,3})/);
  if (!m) return undefined;
  const n = m.slice(1).map(Number);
  if (n.some((x) => x > 255)) return undefined;
  const address = n.slice(0, 4).join('.');
  return { address, port: n[4]! * 256 + n[5]!, scope: addressScope(address) };
}

/** The port of a 229 reply: "(|||port|)", any delimiter. */
export function decode229(text: string): DataAddress | undefined {
  const m = text.match(/\(([\x21-\x7e])\1\1(\d{1,5})\1\)/);
  if (!m) return undefined;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { port } : undefined;
}

/** The long address of a 228 reply (RFC 1639): family 4 with 4 address bytes, or family 6 with 16. */
export function decode228(text: string): DataAddress | undefined {
  const m = text.match(/\((\d+(?:,\d+)+)\)/) ?? text.match(/(\d+(?:,\d+){5,})/);
  if (!m) return undefined;
  const n = m[1]!.split(',').map(Number);
  if (n.some((x) => x > 255)) return undefined;
  const [af, hal] = [n[0], n[1]];
  if (!((af === 4 && hal === 4) || (af === 6 && hal === 16))) return undefined;
  const host = n.slice(2, 2 + hal);
  const pal = n[2 + hal];
  const portBytes = n.slice(3 + hal);
  if (host.length !== hal || pal === undefined || portBytes.length !== pal || pal < 1 || pal > 2) return undefined;
  const port = portBytes.reduce((acc, b) => acc * 256 + b, 0);
  const address = af === 4 ? host.join('.') : ipv6Text(host);
  return { address, port, scope: addressScope(address) };
}

/** 16 bytes as an IPv6 address, the longest run of zero groups shortened to "::" (RFC 5952). */
function ipv6Text(bytes: number[]): string {
  const groups = Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16));
  let best = [-1, 0];
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best[1]! && j - i > 1) best = [i, j - i];
    i = j;
  }
  if (best[0]! < 0) return groups.join(':');
  const head = groups.slice(0, best[0]).join(':');
  const tail = groups.slice(best[0]! + best[1]!).join(':');
  return `${head}::${tail}`;
}

/** The data address a reply announces, for the codes that carry one (227, 228, 229). */
export function decodeReply(code: string, text: string): DataAddress | undefined {
  if (code === '227') return decode227(text);
  if (code === '229') return decode229(text);
  if (code === '228') return decode228(text);
  return undefined;
}

/**
 * The address the client reached the server at, from the client's own connection notes: FileZilla
 * "Connecting to 203.0.113.10:21...", curl "Connected to host (203.0.113.10) port 21", lftp
 * "Connecting to host (203.0.113.10) port 21". Undefined when the log does not show it.
 */
export function serverAddressIn(note: string): string | undefined {
  if (!/connect|연결/i.test(note) || /data|데이터/i.test(note)) return undefined;
  const m = note.match(/(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])/);
  return m && addressScope(m[1]!) ? m[1] : undefined;
}
