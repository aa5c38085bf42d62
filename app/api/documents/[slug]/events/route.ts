import { parseWith, readRoute } from '@/lib/api/route';
import { documentContext } from '@/lib/db/annotation-documents';
import { liveHub } from '@/lib/live/process-hub';
import { liveStream } from '@/lib/live/stream';
import { lastEventIdSchema } from '@/lib/live/wire';

// A stream that stays open: never prerendered, never cached.
export const dynamic = 'force-dynamic';

export const GET = readRoute<{ slug: string }>(async ({ request, params, user }) => {
  const { documentId } = await documentContext(params.slug);
  // EventSource sends the header on a reconnect; the query is for a first connection that resumes.
  const given = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
  const after = given === null || given === '' ? null : parseWith(lastEventIdSchema, given);
  const body = liveStream({ hub: liveHub(), documentId, viewer: user && { id: user.id }, after, signal: request.signal });
  return new Response(body, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'private, no-store, no-transform',
      // Proxies such as nginx would otherwise hold the events back in a buffer.
      'x-accel-buffering': 'no',
    },
  });
});
