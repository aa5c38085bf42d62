import { describe, expect, it } from 'vitest';
import { readLiveEvent, readMembershipEvent } from '@/lib/live/events';
import { liveEventSchema } from '@/lib/live/wire';

const id = '3c6285df-2883-43d1-9f29-e9fcffeaba56';

describe('readLiveEvent', () => {
  it('reads what the schema accepts, and nothing else', () => {
    const cases: unknown[] = [
      { type: 'annotation', kind: 'created', annotationId: id },
      { type: 'reply', kind: 'deleted', annotationId: id, replyId: id },
      { type: 'note', kind: 'created', annotationId: id },
      { type: 'annotation', kind: 'moved', annotationId: id },
      { type: 'annotation', kind: 'created', annotationId: 'not-an-id' },
      { type: 'reply', kind: 'changed', annotationId: id, replyId: 42 },
      null,
      'created',
    ];
    for (const data of cases) {
      const parsed = liveEventSchema.safeParse(data);
      expect(readLiveEvent(data)).toEqual(parsed.success ? parsed.data : null);
    }
  });
});

describe('readMembershipEvent', () => {
  it('reads the group a membership event names, and nothing else', () => {
    expect(readMembershipEvent({ groupId: id })).toEqual({ groupId: id });
    for (const data of [{ groupId: 'not-an-id' }, { group: id }, null, id]) expect(readMembershipEvent(data)).toBeNull();
  });
});
