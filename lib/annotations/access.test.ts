import { describe, expect, it } from 'vitest';
import {
  assertCanEdit,
  assertCanEditReply,
  assertCanModerate,
  assertCanRead,
  assertCanResolve,
  canRead,
  canReadReply,
  type AccessFields,
} from '@/lib/annotations/access';

const alice = { id: 'alice' };
const bob = { id: 'bob' };
const note = (visibility: AccessFields['visibility'], extra: Partial<AccessFields> = {}): AccessFields => ({
  authorId: 'alice',
  visibility,
  hidden: false,
  viewerRole: null,
  ...extra,
});
const privateNote = note('PRIVATE');
const sharedNote = note('SHARED');

describe('annotation access', () => {
  it('lets everyone read a shared annotation, signed in or not', () => {
    expect([canRead(sharedNote, null), canRead(sharedNote, bob), canRead(sharedNote, alice)]).toEqual([true, true, true]);
  });

  it('lets only its author read a private annotation, and answers others "not found"', () => {
    expect([canRead(privateNote, null), canRead(privateNote, bob), canRead(privateNote, alice)]).toEqual([false, false, true]);
    expect(() => assertCanRead(privateNote, bob)).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });

  it('answers "forbidden" for a change to a shared annotation that is not yours, "not found" for a private one', () => {
    expect(() => assertCanEdit(sharedNote, bob)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => assertCanEdit(privateNote, bob)).toThrow(expect.objectContaining({ kind: 'not-found' }));
    expect(() => assertCanEdit(privateNote, alice)).not.toThrow();
  });

  it('lets a reply be changed by its own author only, and hides replies under a private annotation', () => {
    expect(() => assertCanEditReply({ authorId: 'bob', hidden: false, annotation: sharedNote }, bob)).not.toThrow();
    expect(() => assertCanEditReply({ authorId: 'bob', hidden: false, annotation: sharedNote }, alice)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => assertCanEditReply({ authorId: 'bob', hidden: false, annotation: privateNote }, bob)).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });
});

describe('a group note', () => {
  it('is read by its author and by current members, by no outsider and no anonymous reader', () => {
    expect(canRead(note('GROUP'), alice)).toBe(true);
    expect(canRead(note('GROUP', { viewerRole: 'MEMBER' }), bob)).toBe(true);
    expect(canRead(note('GROUP'), bob)).toBe(false);
    expect(canRead(note('GROUP', { viewerRole: 'MEMBER' }), null)).toBe(false);
  });

  it('once hidden, is read by its author and the group’s moderators and owner, not by members', () => {
    const hidden = (viewerRole: AccessFields['viewerRole']) => note('GROUP', { hidden: true, viewerRole });
    expect([canRead(hidden('MEMBER'), bob), canRead(hidden('MODERATOR'), bob), canRead(hidden('OWNER'), bob), canRead(hidden(null), alice)]).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('is resolved by its author or a moderator, not by a member; hidden by a moderator only', () => {
    expect(() => assertCanResolve(note('GROUP'), alice)).not.toThrow();
    expect(() => assertCanResolve(note('GROUP', { viewerRole: 'MODERATOR' }), bob)).not.toThrow();
    expect(() => assertCanResolve(note('GROUP', { viewerRole: 'MEMBER' }), bob)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => assertCanResolve(note('GROUP'), bob)).toThrow(expect.objectContaining({ kind: 'not-found' }));
    expect(() => assertCanModerate(note('GROUP', { viewerRole: 'OWNER' }), bob)).not.toThrow();
    expect(() => assertCanModerate(note('GROUP', { viewerRole: 'MEMBER' }), bob)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => assertCanModerate(sharedNote, alice)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });

  it('keeps a hidden reply from members but not from its author or the moderators', () => {
    const reply = (viewerRole: AccessFields['viewerRole']) => ({ authorId: 'carol', hidden: true, annotation: note('GROUP', { viewerRole }) });
    expect(canReadReply(reply('MEMBER'), bob)).toBe(false);
    expect(canReadReply(reply('MEMBER'), { id: 'carol' })).toBe(true);
    expect(canReadReply(reply('MODERATOR'), bob)).toBe(true);
  });
});
