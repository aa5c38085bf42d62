// A language's other texts: `<lang>.<witness>.md` beside `<lang>.md` (the authentic Japanese text
// dropped in as ja.md keeps our working translation as ja.working.md, say). Each is a whole text
// with its own provenance, passage for passage like the language's own file.
import { checkAlignment, type LanguageFile } from '@/lib/content/assemble-document';
import { ContentError, defaultWitnessId, type Witness } from '@/lib/content/types';

export type WitnessFile = LanguageFile & { witness: string };

export function readWitnesses(witnessFiles: WitnessFile[], languageFiles: LanguageFile[]): Witness[] {
  return witnessFiles.map((w) => {
    const own = languageFiles.find((f) => f.code === w.code);
    if (!own) throw new ContentError(w.file, undefined, `another text of "${w.code}" needs ${w.code}.md beside it (the language's own text)`);
    if (w.witness === defaultWitnessId)
      throw new ContentError(w.file, undefined, `"${defaultWitnessId}" names ${w.code}.md itself: choose another witness name`);
    if (w.frontMatter.language !== w.code) {
      throw new ContentError(
        w.file,
        w.fieldLines.language,
        `front matter says language "${w.frontMatter.language}" but the file is named ${w.code}.${w.witness}.md`,
      );
    }
    if (w.frontMatter.order !== undefined)
      throw new ContentError(w.file, w.fieldLines.order, `order belongs in ${w.code}.md: a witness shows in its language's column`);
    checkAlignment(own, w);
    const { order: _order, language: _language, ...provenance } = w.frontMatter;
    return { id: w.witness, code: w.code, ...provenance, file: w.file, texts: Object.fromEntries(w.segments.map((s) => [s.id, s.text])) };
  });
}
