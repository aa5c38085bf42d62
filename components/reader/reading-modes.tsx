'use client';

import { Link } from '@/components/link';
import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { carryParams } from '@/lib/reader/carry-params';
import { readerPath } from '@/lib/reader/columns';
import { readingModes, type ReadingMode } from '@/lib/reader/reading-mode';
import type { WitnessChoice } from '@/lib/reader/witness-choice';

/**
 * Columns, interleaved or one language: plain links to the same reader with another `?mode=`, so
 * the choice works without JavaScript, is kept in the address and is reached with Tab.
 */
export function ReadingModes({ slug, codes, mode, witnesses }: { slug: string; codes: string[]; mode: ReadingMode; witnesses?: WitnessChoice }) {
  const t = useTranslations('ReadingMode');
  const searchParams = useSearchParams();
  return (
    <nav className="reading-modes" aria-labelledby="reader_mode_label">
      <span className="reader-control-label" id="reader_mode_label">
        {t('label')}
      </span>
      <ul className="reading-mode-list">
        {readingModes.map((each) => (
          <li key={each}>
            <Link
              className="reading-mode"
              href={carryParams(readerPath(slug, codes, undefined, each, witnesses), searchParams)}
              aria-current={each === mode ? 'page' : undefined}
              scroll={false}
              data-mode={each}
            >
              {t(each)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
