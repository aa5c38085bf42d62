import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddressHeader, stampClientAddress, trustedProxies } from '@/lib/server/client-address.mjs';

function request(remoteAddress: string, headers: [string, string][]): IncomingMessage {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: remoteAddress });
  const message = new IncomingMessage(socket);
  for (const [name, value] of headers) {
    message.headers[name.toLowerCase()] = value;
    message.rawHeaders.push(name, value);
  }
  return message;
}

const stamped = (message: IncomingMessage) => message.headers[clientAddressHeader];

describe('stampClientAddress', () => {
  it('takes the socket address and ignores a client-sent X-Forwarded-For when no proxy is trusted', () => {
    const message = request('203.0.113.7', [['X-Forwarded-For', '198.51.100.1']]);
    stampClientAddress(message, trustedProxies(undefined));
    expect(stamped(message)).toBe('203.0.113.7');
  });

  it('replaces a copy of its own header that the client sent, in both header lists', () => {
    const message = request('203.0.113.7', [['X-Accord-Client-Address', '198.51.100.1']]);
    stampClientAddress(message, trustedProxies(''));
    expect(stamped(message)).toBe('203.0.113.7');
    expect(message.rawHeaders).toEqual([clientAddressHeader, '203.0.113.7']);
  });

  it('believes X-Forwarded-For from a trusted proxy, up to the first hop it does not trust', () => {
    const message = request('10.0.0.5', [['X-Forwarded-For', '198.51.100.1, 192.0.2.9, 10.0.0.4']]);
    stampClientAddress(message, trustedProxies('10.0.0.0/8'));
    // 10.0.0.4 is a trusted proxy too; 192.0.2.9 is not, so what it claims (198.51.100.1) is not believed.
    expect(stamped(message)).toBe('192.0.2.9');
  });

  it('does not believe X-Forwarded-For from a socket that is not a trusted proxy', () => {
    const message = request('192.0.2.50', [['X-Forwarded-For', '198.51.100.1']]);
    stampClientAddress(message, trustedProxies('10.0.0.1, loopback'));
    expect(stamped(message)).toBe('192.0.2.50');
  });

  it('accepts proxy-addr names such as loopback', () => {
    const message = request('127.0.0.1', [['X-Forwarded-For', '198.51.100.1']]);
    stampClientAddress(message, trustedProxies('loopback'));
    expect(stamped(message)).toBe('198.51.100.1');
  });
});

describe('trustedProxies', () => {
  it('refuses an entry that is not an address or a range, naming the variable', () => {
    expect(() => trustedProxies('10.0.0.0/8, proxy.example')).toThrow(/TRUSTED_PROXIES/);
  });
});
