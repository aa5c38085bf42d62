// Checks that the language files of one document line up, segment for segment, and joins them.
import type { ParsedLanguageFile, ParsedSegment } from '@/lib/content/parse-language-file';
import { ContentError, type DocumentContent, type DocumentLanguage } from '@/lib/content/types';

export type LanguageFile = ParsedLanguageFile & { file: string; code: string };

function languageNames(code: string): { name: string; nativeName: string } {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const nativeName = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? name;
  return { name, nativeName };
}

function describe(segment: ParsedSegment): string {
  return segment.kind === 'heading' ? `a level ${segment.level} heading` : `a ${segment.kind}`;
}

/** Throws at the first place where `other` does not follow `reference` segment for segment. */
export function checkAlignment(reference: LanguageFile, other: LanguageFile): void {
  const expected = reference.segments.map((s) => s.id);
  const actual = other.segments.map((s) => s.id);
  const rule = 'every language needs the same segments in the same order';
  for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
    const want = expected[i];
    const have = actual[i];
    if (want === have) continue;
    if (have === undefined) {
      const last = other.segments[other.segments.length - 1]!;
      throw new ContentError(other.file, last.endLine, `segment "${want}" is missing after "${last.id}" (${reference.file} has it; ${rule})`);
    }
    const here = other.segments[i]!.line;
    if (want === undefined || !expected.includes(have)) {
      throw new ContentError(other.file, here, `segment "${have}" is not in ${reference.file} (${rule})`);
    }
    if (!actual.includes(want)) {
      throw new ContentError(other.file, here, `segment "${want}" is missing before "${have}" (${reference.file} has it; ${rule})`);
    }
    throw new ContentError(other.file, here, `segment "${have}" is out of order: ${reference.file} has "${want}" here`);
  }
  other.segments.forEach((segment, i) => {
    const ref = reference.segments[i]!;
    if (segment.kind !== ref.kind || segment.level !== ref.level) {
      throw new ContentError(other.file, segment.line, `segment "${segment.id}" is ${describe(segment)} here but ${describe(ref)} in ${reference.file}`);
    }
  });
}

/** `folder` is the document's folder as shown in messages; `slug` its name. */
export function assembleDocument(folder: string, slug: string, files: LanguageFile[]): DocumentContent {
  if (!files.length) throw new ContentError(folder, undefined, 'no language files in this folder: add one per language, such as en.md, ko.md, ja.md');
  for (const f of files) {
    if (f.frontMatter.language !== f.code) {
      throw new ContentError(f.file, f.fieldLines.language, `front matter says language "${f.frontMatter.language}" but the file is named ${f.code}.md`);
    }
  }
  const ordered = [...files].sort((a, b) => (a.frontMatter.order ?? Infinity) - (b.frontMatter.order ?? Infinity) || a.code.localeCompare(b.code));
  const [reference, ...others] = ordered as [LanguageFile, ...LanguageFile[]];
  for (const other of others) checkAlignment(reference, other);

  const languages: DocumentLanguage[] = ordered.map((f) => {
    const { order: _order, language: _language, ...rest } = f.frontMatter;
    return { code: f.code, ...languageNames(f.code), ...rest, file: f.file };
  });
  return {
    slug,
    title: reference.frontMatter.title,
    languages,
    segments: reference.segments.map((segment, i) => ({
      id: segment.id,
      kind: segment.kind,
      ...(segment.level ? { level: segment.level } : {}),
      texts: Object.fromEntries(ordered.map((f) => [f.code, f.segments[i]!.text])),
    })),
    alignments: [],
    witnesses: [],
  };
}
