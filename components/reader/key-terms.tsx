'use client';
// Key terms and search across the columns. The aligned phrases as a glossary, one row a term in
// every language: choosing one marks each of its occurrences in every column (the CSS Custom
// Highlight API paints them: nothing in the text re-renders). Search finds a word in one column and
// lists each hit in its context with its counterparts (keyword in context), in the text the column
// shows (another text of the language, when the column header chose one). The side panel's
// second tab (components/annotations/panel-tabs.tsx); the glossary loads when the tab first opens.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLanguageNames } from '@/components/i18n/use-language-names';
import type { Counterpart } from '@/lib/annotations/types';
import type { Alignment } from '@/lib/content';
import type { PassageHit } from '@/lib/reader/search-passages';
import { textRanges } from '@/lib/reader/text-ranges';

type Language = { code: string; name: string };
type Props = { slug: string; languages: Language[] };

const highlightName = 'accord-term';

/** Marks every occurrence of each language's phrase in that language's columns; how many it marked. */
function mark(phrases: Record<string, string>): number {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return 0;
  const ranges = Object.entries(phrases).flatMap(([lang, phrase]) =>
    [...document.querySelectorAll(`.segment-text[data-lang="${CSS.escape(lang)}"]`)].flatMap((element) => textRanges(element, phrase)),
  );
  if (ranges.length) CSS.highlights.set(highlightName, new Highlight(...ranges));
  else CSS.highlights.delete(highlightName);
  return ranges.length;
}

/** Which text of `lang` its columns show (`data-witness`, absent for the language's own): search reads that one. */
function shownWitness(lang: string): string | undefined {
  return document.querySelector(`.segment-text[data-lang="${CSS.escape(lang)}"][data-witness]`)?.getAttribute('data-witness') ?? undefined;
}

function clearMarks() {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(highlightName);
}

function Counterparts({ counterparts, languages }: { counterparts: Counterpart[]; languages: Language[] }) {
  const t = useTranslations('KeyTerms');
  const { nameOf } = useLanguageNames();
  const name = (code: string) => nameOf(languages.find((l) => l.code === code) ?? { code, name: code });
  return (
    <ul className="key-terms-counterparts">
      {counterparts.map((c, i) => (
        <li key={i}>
          <span className="key-terms-lang">{name(c.language)}</span>{' '}
          {c.method === 'phrase-alignment' ? <span lang={c.language}>{c.exact}</span> : <span className="muted">{t('wholePassage')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function KeyTerms({ slug, languages }: Props) {
  const t = useTranslations('KeyTerms');
  const { nameOf } = useLanguageNames();
  const [terms, setTerms] = useState<Alignment[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [search, setSearch] = useState<{ q: string; language: string; witness?: string; hits: PassageHit[]; more: boolean } | null>(null);
  const [problem, setProblem] = useState('');
  const id = useId();

  // The glossary, once, when the tab first shows.
  useEffect(() => {
    let live = true;
    fetch(`/api/documents/${encodeURIComponent(slug)}`)
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        const { alignments } = (await response.json()) as { alignments: Alignment[] };
        if (live) setTerms(alignments);
      })
      .catch(() => live && setProblem(t('loadFailed')));
    return () => {
      live = false;
    };
  }, [slug, t]);

  function choose(term: Alignment) {
    if (chosen === term.id) {
      setChosen(null);
      clearMarks();
      setStatus('');
      return;
    }
    setChosen(term.id);
    const count = mark(Object.fromEntries(Object.entries(term.spans).map(([lang, span]) => [lang, span.exact])));
    setStatus(t('marked', { count }));
  }

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const q = String(form.get('q') ?? '').trim();
    const language = String(form.get('language') ?? '');
    if (!q) return;
    setProblem('');
    const witness = shownWitness(language);
    const query = new URLSearchParams({ language, q, ...(witness ? { witness } : {}) });
    const response = await fetch(`/api/documents/${encodeURIComponent(slug)}/search?${query}`).catch(() => null);
    if (!response?.ok) {
      setProblem(t('searchFailed'));
      return;
    }
    const result = (await response.json()) as { hits: PassageHit[]; more: boolean };
    setSearch({ q, language, witness, ...result });
    setChosen(null);
    const count = mark({ [language]: result.hits[0]?.match ?? q });
    setStatus(t('hitsMarked', { hits: t('hits', { count: result.hits.length, more: String(result.more) }), marked: count }));
  }

  return (
    <div className="key-terms">
      <p role="status" className="key-terms-status">
        {status}
      </p>
      {problem ? (
        <p className="notice notice-warning" role="alert">
          {problem}
        </p>
      ) : null}
      <form className="key-terms-search" onSubmit={find} role="search" aria-label={t('findIn')}>
        <label>
          {t('find')} <input name="q" type="search" required maxLength={100} />
        </label>
        <label>
          {t('in')}{' '}
          <select name="language" defaultValue={languages[0]?.code}>
            {languages.map((l) => (
              <option key={l.code} value={l.code}>
                {nameOf(l)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('findButton')}</button>
      </form>
      {search ? (
        <section aria-labelledby={`${id}-hits`}>
          <h2 id={`${id}-hits`} className="key-terms-heading">
            “<span lang={search.language}>{search.q}</span>”: {t('hits', { count: search.hits.length, more: String(search.more) })}
          </h2>
          {search.witness ? (
            <p className="muted">
              {t('searchedText', {
                language: nameOf(languages.find((l) => l.code === search.language) ?? { code: search.language, name: search.language }),
                text: search.witness,
              })}
            </p>
          ) : null}
          <ol className="key-terms-hits">
            {search.hits.map((hit, i) => (
              <li key={i}>
                <a href={`#${hit.segmentId}`}>{hit.segmentId}</a>{' '}
                <span lang={hit.language} className="key-terms-kwic">
                  …{hit.before}
                  <strong>{hit.match}</strong>
                  {hit.after}…
                </span>
                <Counterparts counterparts={hit.counterparts} languages={languages} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby={`${id}-terms`}>
        <h2 id={`${id}-terms`} className="key-terms-heading">
          {terms ? t('termsCount', { count: terms.length }) : t('terms')}
        </h2>
        {terms === null ? (
          <p className="muted">{t('loading')}</p>
        ) : (
          <ul className="key-terms-list">
            {terms.map((term) => (
              <li key={term.id}>
                <button type="button" aria-pressed={chosen === term.id} onClick={() => choose(term)}>
                  {languages
                    .filter((l) => term.spans[l.code])
                    .map((l) => (
                      <span key={l.code} lang={l.code} className="key-terms-phrase">
                        {term.spans[l.code]!.exact}
                      </span>
                    ))}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
