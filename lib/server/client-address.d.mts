import type { IncomingMessage } from 'node:http';

export { clientAddressHeader, markClientAddressesStamped } from './client-address-header.mjs';
export type Trust = (address: string, hop: number) => boolean;
export declare function trustedProxies(setting: string | undefined): Trust;
export declare function stampClientAddress(request: IncomingMessage, trust: Trust): void;
