'use client';
// A text area that suggests people after `@` (lib/mentions/parse.ts): the suggestions are a listbox
// the text area points at (aria-activedescendant), so focus stays in the text while Up and Down
// choose, Enter or Tab inserts the name and Escape closes the list; a click inserts too. Who may be
// suggested comes from the server (the thread's readers, or its group's members; for a note not
// yet saved, the members of the group it is to be shared with), fetched at the first `@`.
import { useTranslations } from 'next-intl';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { mentionCandidates } from '@/lib/annotations/client/api';
import { groupMentionCandidates } from '@/lib/groups/client';
import type { Person } from '@/lib/annotations/types';
import { insertMention, mentionQueryAt, suggestPeople } from '@/lib/mentions/parse';

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onChange: (value: string) => void;
  /** Where this writes: the note whose thread it is (its id), or the group a note is being shared with. */
  source: MentionSource;
};

/** A note's id (its thread's people), or a group (its members). */
export type MentionSource = string | { groupId: string };

const keyOf = (source: MentionSource) => (typeof source === 'string' ? source : `group ${source.groupId}`);
const peopleOf = (source: MentionSource) => (typeof source === 'string' ? mentionCandidates(source) : groupMentionCandidates(source.groupId));

type Mention = { start: number; query: string };

export function MentionTextarea({ value, onChange, source, onKeyDown, ...rest }: Props) {
  const t = useTranslations('Mentions');
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  // Whose people were fetched: a note whose group is changed in the form asks again.
  const [people, setPeopleOf] = useState<{ key: string; people: Person[] } | null>(null);
  const key = keyOf(source);
  const known = people?.key === key ? people.people : null;
  const [mention, setMention] = useState<Mention | null>(null);
  const [active, setActive] = useState(0);
  const caretAfter = useRef<number | null>(null);
  const loading = useRef<string | null>(null);

  const suggestions = mention && known ? suggestPeople(known, mention.query) : [];
  const open = suggestions.length > 0;
  const current = Math.min(active, Math.max(suggestions.length - 1, 0));

  useLayoutEffect(() => {
    if (caretAfter.current === null || !area.current) return;
    area.current.setSelectionRange(caretAfter.current, caretAfter.current);
    caretAfter.current = null;
  }, [value]);

  function follow(text: string, caret: number) {
    const next = mentionQueryAt(text, caret);
    setMention(next);
    setActive(0);
    if (next && known === null && loading.current !== key) {
      loading.current = key;
      // No suggestions if they cannot be had: typing a name by hand still mentions.
      peopleOf(source).then(
        (found) => setPeopleOf({ key, people: found }),
        () => setPeopleOf({ key, people: [] }),
      );
    }
  }

  function choose(person: Person) {
    if (!mention) return;
    const inserted = insertMention(value, mention, person);
    caretAfter.current = inserted.caret;
    setMention(null);
    onChange(inserted.text);
    area.current?.focus();
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((current + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
        event.preventDefault();
        choose(suggestions[current]!);
        return;
      }
      if (event.key === 'Escape') {
        // Closes the list only, not the panel around the form.
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
        return;
      }
    }
    onKeyDown?.(event);
  }

  const optionId = (index: number) => `${id}-person-${index}`;
  return (
    <div className="mention-field">
      <textarea
        {...rest}
        ref={area}
        value={value}
        aria-autocomplete="list"
        aria-controls={open ? `${id}-people` : undefined}
        aria-activedescendant={open ? optionId(current) : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          follow(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={keyDown}
        onClick={(event) => follow(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setMention(null)}
      />
      {open ? (
        <ul id={`${id}-people`} role="listbox" aria-label={t('listLabel')} className="mention-list">
          {suggestions.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className="mention-option"
              // Keeps focus (and the caret) in the text area.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {open ? t('status', { count: suggestions.length }) : ''}
      </p>
    </div>
  );
}
