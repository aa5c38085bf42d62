import { describe, expect, it } from 'vitest';
import { insertMention, mentionedIds, mentionQueryAt, suggestPeople } from '@/lib/mentions/parse';

const alice = { id: 'a', name: 'Alice Kim' };
const bob = { id: 'b', name: 'Bob Tanaka' };
const bo = { id: 'c', name: 'Bo' };
const yuki = { id: 'y', name: '田中 由紀' };
const people = [alice, bob, bo, yuki];

describe('mentionedIds', () => {
  it('finds a whole name with spaces after @, in any case', () => {
    expect(mentionedIds('Thanks @bob tanaka, see above.', people)).toEqual(['b']);
  });

  it('does not take a longer name for a shorter one, nor the shorter inside the longer', () => {
    expect(mentionedIds('@Bob Tanaka agrees', people)).toEqual(['b']);
    expect(mentionedIds('@Bo agrees', people)).toEqual(['c']);
    expect(mentionedIds('@Bob agrees', people)).toEqual([]);
  });

  it('mentions no one from an e-mail address or a name run into a word', () => {
    expect(mentionedIds('write to alice@Alice Kim.org', people)).toEqual([]);
    expect(mentionedIds('@Alice Kimberley', people)).toEqual([]);
  });

  it('finds several people, each once, and a Japanese name', () => {
    expect(mentionedIds('@田中 由紀 and @Alice Kim, and @Alice Kim again', people).sort()).toEqual(['a', 'y']);
  });

  it('matches a name whatever its Unicode normalisation', () => {
    const jose = { id: 'j', name: 'Jose\u0301' };
    expect(mentionedIds('@José', [jose])).toEqual(['j']);
  });
});

describe('mentionQueryAt', () => {
  it('gives the @ being typed before the caret and what follows it, spaces included', () => {
    expect(mentionQueryAt('Hi @Bob Ta', 10)).toEqual({ start: 3, query: 'Bob Ta' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
  });

  it('gives nothing inside an e-mail address, across a line, or after "@ "', () => {
    expect(mentionQueryAt('bob@exa', 7)).toBeNull();
    expect(mentionQueryAt('@Bob\nmore', 9)).toBeNull();
    expect(mentionQueryAt('@ Bob', 5)).toBeNull();
    expect(mentionQueryAt('no at sign', 5)).toBeNull();
  });
});

describe('suggestPeople and insertMention', () => {
  it('suggests by the start of the name or of any word in it', () => {
    expect(suggestPeople(people, 'ta')).toEqual([bob]);
    expect(suggestPeople(people, 'b')).toEqual([bob, bo]);
    expect(suggestPeople(people, '')).toHaveLength(4);
  });

  it('puts the whole name in place of what was typed, with one space after it', () => {
    expect(insertMention('Hi @bo thanks', { start: 3, query: 'bo' }, bob)).toEqual({ text: 'Hi @Bob Tanaka thanks', caret: 15 });
    expect(insertMention('@', { start: 0, query: '' }, alice)).toEqual({ text: '@Alice Kim ', caret: 11 });
  });
});
