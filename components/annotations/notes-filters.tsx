'use client';
// The side panel's filters: mine or all visible, language, colour, tag, free text; each option
// says how many notes it would give.
import { useId } from 'react';
import { useLayer } from '@/components/annotations/layer-context';
import type { PanelCounts, PanelFilter } from '@/lib/annotations/client/panel-filter';
import { colorNames } from '@/lib/annotations/client/wording';
import { palette, type Color } from '@/lib/validations/annotation-limits';

type Props = { counts: PanelCounts; tags: { tag: string; count: number }[] };

export function NotesFilters({ counts, tags }: Props) {
  const layer = useLayer();
  const { filter } = layer;
  const id = useId();
  const set = (changes: Partial<PanelFilter>) => layer.setFilter({ ...filter, ...changes });
  const filtered = !!(filter.language || filter.color || filter.tag || filter.q || filter.scope === 'mine');

  return (
    <form className="notes-filters" role="search" aria-label="Filter notes" onSubmit={(event) => event.preventDefault()}>
      {layer.viewer ? (
        <fieldset className="notes-scope">
          <legend className="visually-hidden">Whose notes</legend>
          <label>
            <input type="radio" name={`${id}-scope`} checked={filter.scope === 'visible'} onChange={() => set({ scope: 'visible' })} />
            All visible ({counts.visible})
          </label>
          <label>
            <input type="radio" name={`${id}-scope`} checked={filter.scope === 'mine'} onChange={() => set({ scope: 'mine' })} />
            Mine ({counts.mine})
          </label>
        </fieldset>
      ) : null}
      <div className="notes-filter-row">
        <label className="notes-filter">
          <span className="field-label">Language</span>
          <select value={filter.language ?? ''} onChange={(event) => set({ language: event.target.value || undefined })}>
            <option value="">All languages</option>
            {layer.languages.map((language) => (
              <option key={language.code} value={language.code}>
                {language.name} ({counts.byLanguage[language.code] ?? 0})
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter">
          <span className="field-label">Colour</span>
          <select value={filter.color ?? ''} onChange={(event) => set({ color: (event.target.value || undefined) as Color | undefined })}>
            <option value="">All colours</option>
            {palette.map((color) => (
              <option key={color} value={color}>
                {colorNames[color]} ({counts.byColor[color]})
              </option>
            ))}
          </select>
        </label>
        <label className="notes-filter">
          <span className="field-label">Tag</span>
          <select value={filter.tag ?? ''} onChange={(event) => set({ tag: event.target.value || undefined })} disabled={!tags.length && !filter.tag}>
            <option value="">{tags.length ? 'All tags' : 'No tags yet'}</option>
            {tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {tag} ({count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="notes-search">
        <label className="field-label" htmlFor={`${id}-q`}>
          Search notes
        </label>
        <input
          id={`${id}-q`}
          type="search"
          className="text-input"
          value={filter.q ?? ''}
          maxLength={200}
          placeholder="Words in comments, quotes or tags"
          onChange={(event) => set({ q: event.target.value || undefined })}
        />
      </div>
      {filtered ? (
        <button type="button" className="link-button" onClick={() => layer.setFilter({ scope: 'visible' })}>
          Clear filters
        </button>
      ) : null}
    </form>
  );
}
