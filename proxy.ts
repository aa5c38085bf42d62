// An address with broken percent-encoding (/documents/%E0%A4) names no document or passage, and
// Next.js, failing to decode it, would answer a bare 500. This says what is wrong instead: JSON
// for the API, a short page for readers. Access control is not done here: every route handler
// checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';

const message = 'This address is not valid: it contains a broken percent-encoded character (such as %E0%A4).';

const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad address · Accord</title></head><body><main><h1>Bad address</h1><p>${message} The link may have been cut short or mistyped.</p><p><a href="/">Go to the list of documents</a></p></main></body></html>`;

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  if (decodes(request.nextUrl.pathname)) return NextResponse.next();
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.json({ error: message }, { status: 400 });
  return new NextResponse(page, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

// Only an address with a percent sign can be badly percent-encoded, so only those reach the proxy:
// running it costs every request it matches, a POST most (Next clones the body for it), about a
// millisecond of CPU each on the create benchmark's machine.
export const config = { matcher: ['/documents/:path(.*%.*)', '/api/:path(.*%.*)'] };
