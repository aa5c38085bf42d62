// Downloads an export with fetch, reading the stream to report progress, then hands the browser
// the file under the name the server gave it. Cancelled through the AbortSignal.

export type DownloadProgress = { bytes: number; total: number | null };

export class ExportError extends Error {}

export function fileNameFrom(disposition: string | null, fallback: string): string {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? fallback;
}

export async function downloadExport(
  url: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void,
  signal: AbortSignal,
): Promise<{ fileName: string; bytes: number }> {
  const response = await fetch(url, { signal, credentials: 'same-origin' });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { error?: string; issues?: { path: string; message: string }[] } | null;
    const details = body?.issues?.map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new ExportError(`${body?.error ?? `The export failed (${response.status}).`}${details ? ` ${details}` : ''}`);
  }
  const header = response.headers.get('x-annotation-total');
  const total = header === null ? null : Number(header);
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.byteLength;
    onProgress({ bytes, total });
  }
  const fileName = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  const blob = new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' });
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return { fileName, bytes };
}

export function formatBytes(bytes: number): string {
  const one = (n: number) => n.toFixed(1).replace(/\.0$/, '');
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${one(bytes / 1024)} KB`;
  return `${one(bytes / 1024 / 1024)} MB`;
}
