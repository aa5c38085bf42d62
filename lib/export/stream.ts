// Turns an exporter's string chunks into a byte stream for a Response. Pulled, so the database
// is read only as fast as the client downloads; small chunks are gathered into larger ones (one
// JSON-LD item is a few hundred bytes); cancelling (a closed download) ends the generator, whose
// `finally` releases what it holds.
const targetChunkBytes = 64 * 1024;

export function toByteStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      let text = '';
      while (text.length < targetChunkBytes) {
        const next = await iterator.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += next.value;
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * Starts `source` before a response is sent: whatever its first step throws (an unknown
 * document, a database that is away) becomes an error status instead of a truncated download.
 */
export async function started<T>(source: AsyncIterable<T>): Promise<AsyncIterable<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    async *[Symbol.asyncIterator]() {
      try {
        for (let next = first; !next.done; next = await iterator.next()) yield next.value;
      } finally {
        await iterator.return?.();
      }
    },
  };
}
