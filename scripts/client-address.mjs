// The client's address of a request, from the connection itself: a header the client sent is
// believed only when the connection comes from a proxy the operator listed (TRUSTED_PROXIES), and
// then only as far as the right-most hop that is not one of those proxies (decision 024).
import { BlockList, isIP } from 'node:net';

/**
 * The trusted proxies: comma-separated addresses or CIDR ranges, IPv4 or IPv6
 * (`127.0.0.1, 10.0.0.0/8, fd00::/8`). Empty: nobody is trusted. A malformed entry throws, naming it.
 * @param {string | undefined} setting
 * @returns {BlockList}
 */
export function trustedProxies(setting) {
  const list = new BlockList();
  for (const entry of (setting ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      extra !== undefined ||
      (bits !== undefined && (!/^\d{1,3}$/.test(prefix ?? '') || bits > max))
    )
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range`);
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) is `10.0.0.1`. */
const plain = (/** @type {string} */ address) =>
  address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;

const isTrusted = (/** @type {BlockList} */ trusted, /** @type {string} */ address) => {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * Whether the connection comes from a trusted proxy, whose forwarded headers may be believed.
 * @param {string | undefined} socketAddress
 * @param {BlockList} trusted
 */
export const isTrustedPeer = (socketAddress, trusted) =>
  isTrusted(trusted, plain(socketAddress ?? ''));

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * `X-Forwarded-For` hops are read from the right, each trusted hop passed over, and the first
 * untrusted one is the client. A hop that is not an address ends the walk at the last good one.
 * @param {string | undefined} socketAddress
 * @param {string | string[] | undefined} forwardedFor
 * @param {BlockList} trusted
 * @returns {string}
 */
export function clientAddressOf(socketAddress, forwardedFor, trusted) {
  let address = plain(socketAddress ?? '');
  if (isIP(address) === 0) return 'unknown';
  if (!isTrusted(trusted, address)) return address;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header
    .split(',')
    .map((hop) => plain(hop.trim()))
    .filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = /** @type {string} */ (hops[i]);
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!isTrusted(trusted, hop)) return hop;
  }
  return address;
}
