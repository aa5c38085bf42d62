// Checks that the language files of one document line up, segment for segment, and joins them.
import type { ParsedLanguageFile } from '@/lib/content/parse-language-file';
import { ContentError, type DocumentContent, type DocumentLanguage } from '@/lib/content/types';

export type LanguageFile = ParsedLanguageFile & { file: string; code: string };

function languageNames(code: string): { name: string; nativeName: string } {
  const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  const nativeName = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? name;
  return { name, nativeName };
}

export function assembleDocument(slug: string, files: LanguageFile[]): DocumentContent {
  if (!files.length) throw new ContentError(`content/${slug}`, undefined, 'no language files (en.md, ko.md, …) in this folder');
  const ordered = [...files].sort(
    (a, b) => (a.frontMatter.order ?? Infinity) - (b.frontMatter.order ?? Infinity) || a.code.localeCompare(b.code),
  );
  for (const f of ordered) {
    if (f.frontMatter.language !== f.code) {
      throw new ContentError(f.file, 3, `front matter says language "${f.frontMatter.language}" but the file is named ${f.code}.md`);
    }
  }
  const [reference, ...others] = ordered as [LanguageFile, ...LanguageFile[]];
  for (const other of others) {
    const expected = reference.segments.map((s) => s.id);
    const actual = other.segments.map((s) => s.id);
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) {
      if (expected[i] === actual[i]) continue;
      const here = other.segments[i];
      const line = here?.line ?? other.segments[other.segments.length - 1]?.line;
      const problem =
        actual[i] === undefined
          ? `segment "${expected[i]}" is missing (${reference.file} has it; every language needs the same segments in the same order)`
          : expected[i] === undefined
            ? `segment "${actual[i]}" is not in ${reference.file}`
            : expected.includes(actual[i]!)
              ? `segment "${actual[i]}" is out of order: ${reference.file} has "${expected[i]}" here`
              : `segment "${actual[i]}" is not in ${reference.file} (expected "${expected[i]}" here)`;
      throw new ContentError(other.file, line, problem);
    }
    other.segments.forEach((segment, i) => {
      const ref = reference.segments[i]!;
      if (segment.kind !== ref.kind || segment.level !== ref.level) {
        throw new ContentError(other.file, segment.line, `segment "${segment.id}" is a ${segment.kind} here but a ${ref.kind} in ${reference.file}`);
      }
    });
  }
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
  };
}
