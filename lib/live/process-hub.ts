import 'server-only';
// This process's live hub (lib/live/hub.ts), made at the first listener and kept across
// development hot reloads, as the Prisma client is.
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { createLiveHub, type LiveHub } from '@/lib/live/hub';

const holder = globalThis as unknown as { accordLiveHub?: LiveHub };

export function liveHub(): LiveHub {
  holder.accordLiveHub ??= createLiveHub({ prisma: db(), listenUrl: env().ACCORD_EMBEDDED === '1' ? null : env().DATABASE_URL });
  return holder.accordLiveHub;
}
