import Link from 'next/link';
import { modeNames, readerWords } from '@/components/reader/reader-words';
import { readerPath } from '@/lib/reader/columns';
import { readingModes, type ReadingMode } from '@/lib/reader/reading-mode';

/**
 * Columns, interleaved or one language: plain links to the same reader with another `?mode=`, so
 * the choice works without JavaScript, is kept in the address and is reached with Tab.
 */
export function ReadingModes({ slug, codes, mode }: { slug: string; codes: string[]; mode: ReadingMode }) {
  return (
    <nav className="reading-modes" aria-labelledby="reader_mode_label">
      <span className="reader-control-label" id="reader_mode_label">
        {readerWords.readingMode}
      </span>
      <ul className="reading-mode-list">
        {readingModes.map((each) => (
          <li key={each}>
            <Link
              className="reading-mode"
              href={readerPath(slug, codes, undefined, each)}
              aria-current={each === mode ? 'page' : undefined}
              scroll={false}
              data-mode={each}
            >
              {modeNames[each]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
