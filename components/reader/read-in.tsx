'use client';

import { Link } from '@/components/link';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { LanguageName } from '@/components/reader/language-name';
import { carryParams } from '@/lib/reader/carry-params';
import { readerPath } from '@/lib/reader/columns';
import type { WitnessChoice } from '@/lib/reader/witness-choice';

type Language = { code: string; name: string; nativeName: string };

/**
 * The single-language mode's choice of the language read in full: links that put it first, the
 * others following as its counterparts. Each keeps its colour, as in the columns.
 */
type Props = { slug: string; codes: string[]; languages: Language[]; colours: Record<string, number>; witnesses?: WitnessChoice };

export function ReadIn({ slug, codes, languages, colours, witnesses }: Props) {
  const t = useTranslations('ReadingMode');
  const searchParams = useSearchParams();
  const others = languages.map((l) => l.code).filter((code) => !codes.includes(code));
  return (
    <nav className="read-in" aria-labelledby="reader_read_in_label">
      <span className="reader-control-label" id="reader_read_in_label">
        {t('readIn')}
      </span>
      <ul className="reading-mode-list">
        {languages.map((language) => {
          const next = [language.code, ...codes.filter((code) => code !== language.code), ...others.filter((code) => code !== language.code)];
          return (
            <li key={language.code}>
              <Link
                className="reading-mode read-in-language"
                href={carryParams(readerPath(slug, next, undefined, 'single', witnesses), searchParams)}
                aria-current={codes[0] === language.code ? 'page' : undefined}
                scroll={false}
                data-colour={colours[language.code]}
              >
                <LanguageName language={language} />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
