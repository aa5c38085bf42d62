'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition, type MouseEvent, type ReactNode } from 'react';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import { LanguageName } from '@/components/reader/language-name';
import { carryParams } from '@/lib/reader/carry-params';
import { rememberColumns } from '@/lib/reader/column-preference';
import { chooseColumnsPath, movedColumn, readerPath, swappedColumns, withColumn, withoutColumn } from '@/lib/reader/columns';
import type { ReadingMode } from '@/lib/reader/reading-mode';
import { noWitnesses, type WitnessChoice } from '@/lib/reader/witness-choice';

type Language = { code: string; name: string; nativeName: string };

type Props = { slug: string; codes: string[]; mode: ReadingMode; languages: Language[]; colours: Record<string, number>; witnesses?: WitnessChoice };

/**
 * Choose, order and swap the language columns. Every control is a link: without JavaScript it
 * goes through a route that remembers the choice; with JavaScript the page changes in place and
 * keyboard focus stays on the control (or its replacement).
 */
export function ColumnControls({ slug, codes, mode, languages, colours, witnesses = noWitnesses }: Props) {
  const t = useTranslations('Reader');
  const { nameOf, listOf } = useLanguageNames();
  const router = useRouter();
  const searchParams = useSearchParams();
  const [, startTransition] = useTransition();
  const [announcement, setAnnouncement] = useState('');
  const pendingFocus = useRef<string[] | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const byCode = new Map(languages.map((l) => [l.code, l]));
  const shown = codes.map((code) => byCode.get(code)).filter((l): l is Language => !!l);
  const hidden = languages.filter((l) => !codes.includes(l.code));
  const codesKey = codes.join(',');

  // Columns that came from the remembered choice or the default are written into the address
  // (without a new history entry), so that the address a reader copies opens the same view for
  // anyone, whatever columns the recipient last chose.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('langs')) return;
    window.history.replaceState(
      window.history.state,
      '',
      `${carryParams(readerPath(slug, codesKey.split(','), undefined, mode, witnesses), window.location.search)}${window.location.hash}`,
    );
  }, [slug, codesKey, mode, witnesses]);

  useEffect(() => {
    const wanted = pendingFocus.current;
    if (!wanted) return;
    pendingFocus.current = null;
    const nav = navRef.current;
    const target = wanted.map((key) => nav?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`)).find(Boolean);
    (target ?? nav?.querySelector<HTMLElement>('.column-controls-label'))?.focus();
    // The codes shown; the words are the interface language's, at render.
    setAnnouncement(codesKey);
  }, [codesKey]);

  function choose(event: MouseEvent<HTMLAnchorElement>, next: string[], focusAfter: string[]) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    rememberColumns(next);
    pendingFocus.current = focusAfter;
    startTransition(() =>
      router.push(`${carryParams(readerPath(slug, next, undefined, mode, witnesses), window.location.search)}${window.location.hash}`, { scroll: false }),
    );
  }

  function action(next: string[], focusKey: string, focusAfter: string[], label: string | undefined, content: ReactNode, className = 'column-action') {
    return (
      <a
        className={className}
        href={carryParams(chooseColumnsPath(slug, next, mode, witnesses), searchParams)}
        // eslint-disable-next-line react-hooks/refs -- choose() touches the ref on click, never while rendering
        onClick={(event) => choose(event, next, focusAfter)}
        aria-label={label}
        data-focus-key={focusKey}
        key={focusKey}
      >
        {content}
      </a>
    );
  }

  // Keeps the arrows of every chip in the same places; a lone column needs no controls at all.
  const placeholder = (glyph: ReactNode) =>
    shown.length > 1 ? (
      <span className="column-action is-disabled" aria-hidden="true">
        {glyph}
      </span>
    ) : null;
  const earlierArrow = (
    <span className="column-arrow" aria-hidden="true">
      ←
    </span>
  );
  const laterArrow = (
    <span className="column-arrow" aria-hidden="true">
      →
    </span>
  );

  return (
    <nav className="column-controls" aria-labelledby="reader_columns_label" ref={navRef}>
      <span className="column-controls-label" id="reader_columns_label" tabIndex={-1}>
        {t('columns')}
      </span>
      <ol className="column-chips">
        {shown.map((language, index) => {
          const before = shown[index - 1];
          const after = shown[index + 1];
          const { code } = language;
          const name = nameOf(language);
          return (
            <li className="column-chip" data-colour={colours[code]} key={code}>
              <span className="column-chip-name">
                <LanguageName language={language} />
              </span>
              {before
                ? action(
                    movedColumn(codes, code, -1),
                    `earlier-${code}`,
                    [`earlier-${code}`, `later-${code}`],
                    t('moveBefore', { name, other: nameOf(before) }),
                    earlierArrow,
                  )
                : placeholder(earlierArrow)}
              {after
                ? action(
                    movedColumn(codes, code, 1),
                    `later-${code}`,
                    [`later-${code}`, `earlier-${code}`],
                    t('moveAfter', { name, other: nameOf(after) }),
                    laterArrow,
                  )
                : placeholder(laterArrow)}
              {shown.length > 1
                ? action(withoutColumn(codes, code), `hide-${code}`, [`show-${code}`], t('hide', { name }), <span aria-hidden="true">×</span>)
                : placeholder('×')}
            </li>
          );
        })}
      </ol>
      {shown.length === 2
        ? action(
            swappedColumns(codes),
            'swap',
            ['swap'],
            t('swapLabel'),
            <>
              <span aria-hidden="true">⇄</span> {t('swap')}
            </>,
            'column-button',
          )
        : null}
      {hidden.length ? (
        <span className="column-add">
          {hidden.map((language) =>
            action(
              withColumn(codes, language.code),
              `show-${language.code}`,
              [`hide-${language.code}`],
              undefined,
              <>
                <span aria-hidden="true">+ </span>
                {t.rich('show', {
                  hidden: (text) => <span className="visually-hidden">{text}</span>,
                  name: () => <LanguageName language={language} />,
                })}
              </>,
              'column-button',
            ),
          )}
        </span>
      ) : null}
      <span role="status" className="visually-hidden">
        {announcement
          ? t('showing', { names: listOf(announcement.split(',').map((code) => languages.find((l) => l.code === code) ?? { code, name: code })) })
          : ''}
      </span>
    </nav>
  );
}
