// Runs before every page: gives it a fresh Content-Security-Policy nonce (Next.js reads it from
// the request's policy header and puts it on its scripts), and answers an address with broken
// percent-encoding (/documents/%E0%A4), which names no document or passage and which Next.js,
// failing to decode it, would answer with a bare 500: JSON for the API, a short page for readers.
// It also sends a reader page of a document that is not in content/ to the not-found page, as an
// address no route serves: Next.js then renders that 404 whole on the server, where a notFound()
// thrown by the page itself leaves its HTML empty until scripts run (vercel/next.js#62228).
// Access control is not done here: every route handler checks the session itself.
import { NextResponse, type NextRequest } from 'next/server';
import { documentFolders } from '@/lib/content/document-folders';
import { contentSecurityPolicy, createNonce } from '@/lib/security/content-security-policy';

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

const development = process.env.NODE_ENV === 'development';
let slugs: Promise<Set<string>> | undefined;

/** The documents in content/, read once per process (every time in development, where content is edited). */
function documentSlugs(): Promise<Set<string>> {
  if (development) return documentFolders().then((folders) => new Set(folders));
  slugs ??= documentFolders().then(
    (folders) => new Set(folders),
    (error: unknown) => {
      slugs = undefined;
      throw error;
    },
  );
  return slugs;
}

const documentPage = /^\/documents\/([^/]+)(?:\/|$)/;

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith('/api/');
  if (!decodes(pathname)) {
    if (api) return NextResponse.json({ error: message }, { status: 400 });
    return new NextResponse(page, { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } });
  }
  if (api) return NextResponse.next();
  const policy = contentSecurityPolicy(createNonce(), { development });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const slug = documentPage.exec(pathname)?.[1];
  const unknown = slug !== undefined && !(await documentSlugs()).has(decodeURIComponent(slug));
  const response = unknown
    ? NextResponse.rewrite(new URL('/documents-not-found', request.url), { request: { headers } })
    : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Pages, and API addresses with a percent sign (the only ones that can be badly encoded). Not the
// rest of the API nor built files: the proxy costs every request it matches, a POST most (Next
// clones the body for it, and passes on at most proxyClientMaxBodySize of it, 10 MB: an import
// must never come through here), about a millisecond of CPU each on the create benchmark's
// machine. Prefetches of a page's data need no policy: they are not documents.
export const config = {
  matcher: [
    {
      source: '/((?!api/|_next/static/|_next/image|icon\\.svg|favicon\\.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
    '/api/:path(.*%.*)',
  ],
};
