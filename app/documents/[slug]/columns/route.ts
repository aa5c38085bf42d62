// The language controls' target when JavaScript is off: remember the chosen columns in the
// cookie, then open the reader with them in the address. A bad value is not remembered; the
// reader explains it.
import { cookies } from 'next/headers';
import { getDocument } from '@/lib/data/documents';
import { columnCookieMaxAge, columnCookieName, columnCookieValue } from '@/lib/reader/column-preference';
import { carryParams } from '@/lib/reader/carry-params';
import { readerPath } from '@/lib/reader/columns';
import { langsParamValue, parseLangs } from '@/lib/reader/langs';
import { modeQuery, parseReadingMode } from '@/lib/reader/reading-mode';
import { parseWitnessChoice, witnessQuery } from '@/lib/reader/witness-choice';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const document = await getDocument(slug);
  // The reader's own 404 page says it better to a person than JSON would.
  if (!document) return new Response(null, { status: 303, headers: { Location: `/documents/${encodeURIComponent(slug)}` } });

  const url = new URL(request.url);
  const value = langsParamValue(url.searchParams.getAll('langs')) ?? '';
  const { codes, problems } = parseLangs(value, document.languages);
  if (codes.length && !problems.length) {
    (await cookies()).set(columnCookieName, columnCookieValue(codes), {
      path: '/',
      maxAge: columnCookieMaxAge,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
    });
  }
  // A relative Location keeps the host the browser used, whatever proxy sits in front.
  const mode = parseReadingMode(url.searchParams.get('mode'));
  // The texts shown stay as they were (only the address keeps them, not the cookie).
  const { chosen } = parseWitnessChoice(url.searchParams.getAll('witness'), document);
  const location =
    codes.length && !problems.length
      ? readerPath(slug, codes, undefined, mode, chosen)
      : `/documents/${encodeURIComponent(slug)}?langs=${encodeURIComponent(value)}${modeQuery(mode)}${witnessQuery(chosen)}`;
  // The panel's filters and whatever else the reader had in the address come along.
  return new Response(null, { status: 303, headers: { Location: carryParams(location, url.searchParams) } });
}
