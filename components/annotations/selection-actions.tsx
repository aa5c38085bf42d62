'use client';
// The selection toolbar's buttons (selection-toolbar.tsx): Highlight in each colour, Compare with…,
// Comment, and Place here for a note being placed again. One toolbar tab stop: arrow keys, Home
// and End move along it (a roving tabindex).
import { useLocale, useTranslations } from 'next-intl';
import type { KeyboardEvent } from 'react';
import { ColorSwatch } from '@/components/annotations/color-swatch';
import { palette, type Color } from '@/lib/validations/annotation-limits';

type Props = {
  disabled: boolean;
  canCompare: boolean;
  canPlace: boolean;
  onHighlight: (color: Color) => void;
  onCompare: () => void;
  onComment: () => void;
  onPlace: () => void;
};

function onToolbarKeyDown(event: KeyboardEvent<HTMLDivElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (to === undefined || at === -1) return;
  event.preventDefault();
  const next = buttons[(to + buttons.length) % buttons.length]!;
  for (const button of buttons) button.tabIndex = button === next ? 0 : -1;
  next.focus();
}

export function SelectionActions({ disabled, canCompare, canPlace, onHighlight, onCompare, onComment, onPlace }: Props) {
  const t = useTranslations('Notes');
  const c = useTranslations('CompareNotes');
  const colors = useTranslations('Colors');
  const locale = useLocale();
  return (
    <div role="toolbar" aria-label={t('annotateSelection')} className="selection-toolbar" onKeyDown={onToolbarKeyDown}>
      <span className="selection-toolbar-label" aria-hidden="true">
        {t('highlight')}
      </span>
      {palette.map((color, i) => (
        <button
          key={color}
          type="button"
          className="selection-color"
          data-first={i === 0 ? '' : undefined}
          tabIndex={i === 0 ? 0 : -1}
          disabled={disabled}
          aria-label={t('highlightIn', { color: colors(color).toLocaleLowerCase(locale) })}
          title={t('highlightIn', { color: colors(color).toLocaleLowerCase(locale) })}
          onClick={() => onHighlight(color)}
        >
          <ColorSwatch color={color} />
        </button>
      ))}
      {/* Before Comment: End still reaches Comment, the usual next step. */}
      {canCompare ? (
        <button
          type="button"
          className="selection-comment selection-compare"
          tabIndex={-1}
          disabled={disabled}
          title={c('compareWithHint')}
          onClick={onCompare}
        >
          {c('compareWith')}
        </button>
      ) : null}
      <button type="button" className="selection-comment" tabIndex={-1} disabled={disabled} onClick={onComment}>
        {t('comment')}
      </button>
      {canPlace ? (
        <button type="button" className="selection-comment selection-place" tabIndex={-1} disabled={disabled} onClick={onPlace}>
          {t('placeHere')}
        </button>
      ) : null}
    </div>
  );
}
