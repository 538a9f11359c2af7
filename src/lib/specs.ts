/** The specifications a reply code can come from, with where to read them. */

export const SPECS = {
  rfc959: { rfc: 959, title: 'File Transfer Protocol (FTP)' },
  rfc1123: { rfc: 1123, title: 'Requirements for Internet Hosts — Application and Support' },
  rfc1639: { rfc: 1639, title: 'FTP Operation Over Big Address Records (FOOBAR)' },
  rfc2228: { rfc: 2228, title: 'FTP Security Extensions' },
  rfc2389: { rfc: 2389, title: 'Feature negotiation mechanism for the File Transfer Protocol' },
  rfc2428: { rfc: 2428, title: 'FTP Extensions for IPv6 and NATs' },
  rfc2640: { rfc: 2640, title: 'Internationalization of the File Transfer Protocol' },
  rfc3659: { rfc: 3659, title: 'Extensions to FTP' },
  rfc4217: { rfc: 4217, title: 'Securing FTP with TLS' },
  rfc7151: { rfc: 7151, title: 'File Transfer Protocol HOST Command for Virtual Hosts' },
} as const;

export type SpecId = keyof typeof SPECS;
export const SPEC_IDS = Object.keys(SPECS) as SpecId[];

/** Link to an RFC, or to one of its sections. */
export function specUrl(spec: SpecId, section?: string): string {
  const base = `https://datatracker.ietf.org/doc/html/rfc${SPECS[spec].rfc}`;
  return section ? `${base}#section-${section}` : base;
}

/** "RFC 959" */
export function specLabel(spec: SpecId): string {
  return `RFC ${SPECS[spec].rfc}`;
}
