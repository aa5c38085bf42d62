import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const staticPrefix: string;
export declare function precompressStatic(dir: string): Promise<number>;
export declare function staticFiles(
  dir: string,
  headers: readonly { key: string; value: string }[],
): (request: IncomingMessage, response: ServerResponse, fallback: () => void) => void;
