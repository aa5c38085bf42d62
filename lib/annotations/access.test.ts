import { describe, expect, it } from 'vitest';
import { assertCanEdit, assertCanEditReply, assertCanRead, canRead } from '@/lib/annotations/access';

const alice = { id: 'alice' };
const bob = { id: 'bob' };
const privateNote = { authorId: 'alice', visibility: 'PRIVATE' as const };
const sharedNote = { authorId: 'alice', visibility: 'SHARED' as const };

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
    expect(() => assertCanEditReply({ authorId: 'bob', annotation: sharedNote }, bob)).not.toThrow();
    expect(() => assertCanEditReply({ authorId: 'bob', annotation: sharedNote }, alice)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
    expect(() => assertCanEditReply({ authorId: 'bob', annotation: privateNote }, bob)).toThrow(expect.objectContaining({ kind: 'not-found' }));
  });
});
