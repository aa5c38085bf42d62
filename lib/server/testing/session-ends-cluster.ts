// A cluster of three workers for session-ends.test.ts: worker 0 announces that a user's sessions
// ended; the primary prints, as JSON, the order in which the others forgot the user and worker 0's
// announcement resolved.
import cluster from 'node:cluster';
import { announceSessionsEnded, onSessionsEndedElsewhere, relaySessionEnds } from '@/lib/server/session-ends';

if (cluster.isPrimary) {
  relaySessionEnds(2_000);
  const events: string[] = [];
  const workers = [0, 1, 2].map((index) => cluster.fork({ WORKER_INDEX: String(index) }));
  let ready = 0;
  for (const worker of workers) {
    worker.on('message', (message: { event?: string }) => {
      if (message.event === 'ready' && ++ready === workers.length) workers[0]!.send({ go: true });
      if (message.event) events.push(message.event);
      if (message.event?.startsWith('resolved')) {
        console.log(JSON.stringify(events.filter((e) => e !== 'ready')));
        for (const w of workers) w.kill();
      }
    });
  }
} else {
  const index = process.env.WORKER_INDEX;
  onSessionsEndedElsewhere((userId) => process.send!({ event: `worker ${index} forgot ${userId}` }));
  process.on('message', (message: { go?: boolean }) => {
    if (message.go) void announceSessionsEnded('u1', 2_000).then(() => process.send!({ event: `resolved in worker ${index}` }));
  });
  process.send!({ event: 'ready' });
}
