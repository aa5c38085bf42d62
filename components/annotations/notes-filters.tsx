'use client';
// The side panel's filters: mine or all visible, language, colour, tag, free text, and only the
// notes that compare languages ("Comparisons"); each option says how many notes it would give (the
// list API's counts, over the chosen scope; comparisons are not counted ahead).
import { useLocale, useTranslations } from 'next-intl';
import { useId } from 'react';
import { useGroups, useReader } from '@/components/annotations/reader-context';
import type { AnnotationCounts } from '@/lib/annotations/types';
import type { AnnotationFilter } from '@/lib/validations/annotation';
import { palette, type Color } from '@/lib/validations/annotation-limits';

type Props = {
  filter: AnnotationFilter;
  setFilter: (filter: AnnotationFilter) => void;
  /** Null until the first page of the list has come. */
  counts: AnnotationCounts | null;
  tags: readonly { tag: string; count: number }[];
};

const counted = (n: number | undefined) => (n === undefined ? '' : ` (${n})`);

export function NotesFilters({ filter, setFilter, counts, tags }: Props) {
  const t = useTranslations('Notes');
  const colors = useTranslations('Colors');
  const { info } = useReader();
  const groups = useGroups();
  const id = useId();
  const set = (changes: Partial<AnnotationFilter>) => setFilter({ ...filter, ...changes });
  const filtered = !!(
    filter.language ||
    filter.color ||
    filter.tag ||
    filter.q ||
    filter.group ||
    filter.crossLanguage ||
    filter.resolved !== undefined ||
    filter.scope === 'mine'
  );
  const c = useTranslations('CompareNotes');
  const g = useTranslations('GroupNotes');
  const locale = useLocale();

  return (
    <form className="notes-filters" role="search" aria-label={t('filterNotes')} onSubmit={(event) => event.preventDefault()}>
      {info.viewer ? (
        <fieldset className="notes-scope">
          <legend className="visually-hidden">{t('whose')}</legend>
          <label>
            <input type="radio" name={`${id}-scope`} checked={filter.scope === 'visible'} onChange={() => set({ scope: 'visible' })} />
            {t('allVisible')}
            {counted(counts?.visible)}
          </label>
          <label>
            <input type="radio" name={`${id}-scope`} checked={filter.scope === 'mine'} onChange={() => set({ scope: 'mine' })} />
            {t('mine')}
            {counted(counts?.mine)}
          </label>
        </fieldset>
      ) : null}
      <div className="notes-filter-row">
        <label className="notes-filter">
          <span className="field-label">{t('language')}</span>
          <select value={filter.language ?? ''} onChange={(event) => set({ language: event.target.value || undefined })}>
            <option value="">{t('allLanguages')}</option>
            {info.languages.map((language) => (
              <option key={language.code} value={language.code}>
                {info.languageName(language.code)}
                {counted(counts ? (counts.byLanguage[language.code] ?? 0) : undefined)}
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter">
          <span className="field-label">{t('colour')}</span>
          <select value={filter.color ?? ''} onChange={(event) => set({ color: (event.target.value || undefined) as Color | undefined })}>
            <option value="">{t('allColours')}</option>
            {palette.map((color) => (
              <option key={color} value={color}>
                {colors(color)}
                {counted(counts?.byColor[color])}
              </option>
            ))}
          </select>
        </label>
        {groups.length ? (
          <label className="notes-filter" lang={locale}>
            <span className="field-label">{g('groupFilter')}</span>
            <select value={filter.group ?? ''} onChange={(event) => set({ group: event.target.value || undefined })}>
              <option value="">{g('anyGroup')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="notes-filter" lang={locale}>
          <span className="field-label">{g('threadFilter')}</span>
          <select
            value={filter.resolved === undefined ? '' : String(filter.resolved)}
            onChange={(event) => set({ resolved: event.target.value === '' ? undefined : event.target.value === 'true' })}
          >
            <option value="">{g('anyThread')}</option>
            <option value="false">{g('openThreads')}</option>
            <option value="true">{g('resolvedThreads')}</option>
          </select>
        </label>
        <label className="notes-filter">
          <span className="field-label">{t('tag')}</span>
          <select value={filter.tag ?? ''} onChange={(event) => set({ tag: event.target.value || undefined })} disabled={!tags.length && !filter.tag}>
            <option value="">{tags.length ? t('allTags') : t('noTags')}</option>
            {tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {tag} ({count})
              </option>
            ))}
          </select>
        </label>
      </div>
      {info.languages.length > 1 ? (
        <label className="notes-filter-check" lang={locale}>
          <input
            type="checkbox"
            checked={!!filter.crossLanguage}
            // The hint sits inside the label for its layout; the name is the word alone.
            aria-labelledby={`${id}-compare-name`}
            aria-describedby={`${id}-compare-hint`}
            onChange={(event) => set({ crossLanguage: event.target.checked || undefined })}
          />
          <span id={`${id}-compare-name`}>{c('filter')}</span>
          <span id={`${id}-compare-hint`} className="notes-filter-hint">
            {c('filterHint')}
          </span>
        </label>
      ) : null}
      <div className="notes-search">
        <label className="field-label" htmlFor={`${id}-q`}>
          {t('search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="text-input"
          value={filter.q ?? ''}
          maxLength={200}
          placeholder={t('searchPlaceholder')}
          onChange={(event) => set({ q: event.target.value || undefined })}
        />
      </div>
      {filtered ? (
        <button type="button" className="link-button" onClick={() => setFilter({ scope: 'visible' })}>
          {t('clearFilters')}
        </button>
      ) : null}
    </form>
  );
}
