import { describe, expect, it } from 'vitest';
import { clientAddressOf, isTrustedPeer, trustedProxies } from '../../scripts/client-address.mjs';

// Whose address a per-address limit counts: the connection's, unless it comes from a proxy the
// operator trusts; a client's own X-Forwarded-For never moves it.

describe('the client address', () => {
  const none = trustedProxies('');
  const proxies = trustedProxies('10.0.0.0/8, 127.0.0.1, fd00::/8');

  it.each([
    // [peer, X-Forwarded-For, trusted, client]
    ['203.0.113.9', undefined, none, '203.0.113.9'],
    ['203.0.113.9', '198.51.100.1', none, '203.0.113.9'],
    ['::ffff:203.0.113.9', '198.51.100.1', none, '203.0.113.9'],
    ['203.0.113.9', '198.51.100.1', proxies, '203.0.113.9'],
    ['10.0.0.2', '198.51.100.1', proxies, '198.51.100.1'],
    ['10.0.0.2', undefined, proxies, '10.0.0.2'],
    // The client made up the left part; the proxy appended the address it saw.
    ['10.0.0.2', '1.2.3.4, 198.51.100.1', proxies, '198.51.100.1'],
    // Through two proxies of ours.
    ['127.0.0.1', '198.51.100.1, 10.1.2.3', proxies, '198.51.100.1'],
    ['::ffff:127.0.0.1', '198.51.100.1,10.1.2.3', proxies, '198.51.100.1'],
    ['fd00::5', '2001:db8::7', proxies, '2001:db8::7'],
    // Every hop ours: the left-most.
    ['10.0.0.2', '10.0.0.3, 10.0.0.4', proxies, '10.0.0.3'],
    // Garbage in the header stops at the last real address.
    ['10.0.0.2', 'evil, 198.51.100.1', proxies, '198.51.100.1'],
    ['10.0.0.2', '198.51.100.1, <script>', proxies, '10.0.0.2'],
    [undefined, '198.51.100.1', proxies, 'unknown'],
  ] as const)('peer %s, forwarded %j → %s', (peer, forwarded, trusted, client) => {
    expect(clientAddressOf(peer, forwarded, trusted)).toBe(client);
  });

  it('believes forwarded headers only from a trusted peer', () => {
    expect(isTrustedPeer('10.9.9.9', proxies)).toBe(true);
    expect(isTrustedPeer('::ffff:127.0.0.1', proxies)).toBe(true);
    expect(isTrustedPeer('11.0.0.1', proxies)).toBe(false);
    expect(isTrustedPeer('127.0.0.1', none)).toBe(false);
  });

  it.each(['localhost', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129', '1.2.3.4/x'])(
    'refuses the setting %j, naming it',
    (setting) => {
      expect(() => trustedProxies(setting)).toThrow(setting);
    },
  );
});
