// Which text of a language a span was read in: a language may have several (witnesses, see
// content/README.md), and positions, quotes, text hashes and drawn highlights belong to one of
// them. A text is named as its file is: `ja` for ja.md (witness `default`), `ja.working` for
// ja.working.md. Neither a language code nor a witness id holds a dot, so the key reads back.
// Pure and free of Node: the reader in the browser keys its highlights by it too.
import { defaultWitnessId, type DocumentContent, type DocumentLanguage } from '@/lib/content/types';

export const textKey = (language: string, witness: string = defaultWitnessId): string => (witness === defaultWitnessId ? language : `${language}.${witness}`);

export function parseTextKey(key: string): { language: string; witness: string } {
  const dot = key.indexOf('.');
  return dot < 0 ? { language: key, witness: defaultWitnessId } : { language: key.slice(0, dot), witness: key.slice(dot + 1) };
}

// Built once per document: the documents are cached for the process's life.
const allTexts = new WeakMap<DocumentContent, Map<string, Record<string, string>>>();

/**
 * Every text of every segment by text key (`ja`, `ja.working`): what spans are checked, anchored
 * and hashed against. A witness's text of a segment is there only when the witness has one.
 */
export function segmentTexts(document: DocumentContent): Map<string, Record<string, string>> {
  let texts = allTexts.get(document);
  if (!texts) {
    texts = new Map(
      document.segments.map((segment) => {
        const own: Record<string, string> = { ...segment.texts };
        for (const witness of document.witnesses) {
          const text = witness.texts[segment.id];
          if (text !== undefined) own[textKey(witness.code, witness.id)] = text;
        }
        return [segment.id, own];
      }),
    );
    allTexts.set(document, texts);
  }
  return texts;
}

/** Whether `language` of `document` has a text called `witness`. */
export const hasWitness = (document: DocumentContent, language: string, witness: string): boolean =>
  witness === defaultWitnessId ? document.languages.some((l) => l.code === language) : document.witnesses.some((w) => w.code === language && w.id === witness);

/** The names of `language`'s texts: `default` first, then its witnesses in file order. */
export const witnessIds = (document: DocumentContent, language: string): string[] => [
  defaultWitnessId,
  ...document.witnesses.filter((w) => w.code === language).map((w) => w.id),
];

/** What a text of `language` is and where it comes from: the language's own, or a witness's (undefined for an unknown one). */
export function textProvenance(
  document: DocumentContent,
  language: string,
  witness: string,
): Pick<DocumentLanguage, 'title' | 'source' | 'sourceUrl' | 'status' | 'statusNote'> | undefined {
  const found =
    witness === defaultWitnessId
      ? document.languages.find((l) => l.code === language)
      : document.witnesses.find((w) => w.code === language && w.id === witness);
  if (!found) return undefined;
  const { title, source, sourceUrl, status, statusNote } = found;
  return { title, source, sourceUrl, status, statusNote };
}
