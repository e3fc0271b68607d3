import type { BlockList } from 'node:net';

export function trustedProxies(setting: string | undefined): BlockList;
export function isTrustedPeer(socketAddress: string | undefined, trusted: BlockList): boolean;
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string;
