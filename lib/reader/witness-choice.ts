// Which text of each language the reader shows (a language may have several: content/README.md,
// "witnesses"), kept in the address like the columns and the reading mode (`?witness=ja.working`,
// named as the file is), so that a shared link opens the same texts. Only a choice other than a
// language's own text is written; one per language, several joined by commas. Pure, so that the
// page, the header's links and the tests read it one way.
import type { DocumentContent, DocumentLanguage } from '@/lib/content/types';
import { defaultWitnessId } from '@/lib/content/types';
import { parseTextKey, textKey, textProvenance } from '@/lib/content/text-keys';

/** Language code → the witness shown in its column, for the languages not showing their own text. */
export type WitnessChoice = Readonly<Record<string, string>>;

export const noWitnesses: WitnessChoice = Object.freeze({});

const longestValue = 200;
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** `?witness=` as the page receives it (one value, several, or none) read against `document`; every problem in a sentence. */
export function parseWitnessChoice(raw: string | string[] | undefined, document: DocumentContent): { chosen: WitnessChoice; problems: string[] } {
  const value = Array.isArray(raw) ? raw.join(',') : (raw ?? '');
  if (!value) return { chosen: noWitnesses, problems: [] };
  if (value.length > longestValue) return { chosen: noWitnesses, problems: [`The texts in this address are too long to read (${value.length} characters).`] };
  const chosen: Record<string, string> = {};
  const problems: string[] = [];
  for (const key of value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const { language, witness } = parseTextKey(key);
    const known = document.languages.some((l) => l.code === language);
    if (!known || !textProvenance(document, language, witness)) {
      problems.push(known ? `This document has no text “${shown(witness)}” of ${language}.` : `This document has no language “${shown(language)}”.`);
    } else if (language in chosen) {
      problems.push(`The address names more than one text of ${language}.`);
    } else if (witness !== defaultWitnessId) {
      chosen[language] = witness;
    }
  }
  return { chosen, problems };
}

export const witnessOf = (chosen: WitnessChoice, language: string): string => chosen[language] ?? defaultWitnessId;

/** `&witness=ja.working` for an address, or nothing when every column shows its language's own text. */
export function witnessQuery(chosen: WitnessChoice, codes?: readonly string[]): string {
  const keys = Object.entries(chosen)
    .filter(([language]) => !codes || codes.includes(language))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([language, witness]) => textKey(language, witness));
  return keys.length ? `&witness=${keys.join(',')}` : '';
}

/** The choice with `language` showing `witness` (its own text: left out). */
export function withWitness(chosen: WitnessChoice, language: string, witness: string): WitnessChoice {
  const { [language]: _previous, ...rest } = chosen;
  return witness === defaultWitnessId ? rest : { ...rest, [language]: witness };
}

/** A column as shown: its language, with the provenance of the text chosen for it, and which text that is. */
export type ShownLanguage = DocumentLanguage & { witness: string };

export function shownLanguage(document: DocumentContent, language: DocumentLanguage, chosen: WitnessChoice): ShownLanguage {
  const witness = witnessOf(chosen, language.code);
  if (witness === defaultWitnessId) return { ...language, witness };
  const provenance = textProvenance(document, language.code, witness)!;
  // The witness's own words about itself: a column never wears another text's provenance.
  return {
    ...language,
    title: provenance.title,
    source: provenance.source,
    sourceUrl: provenance.sourceUrl,
    status: provenance.status,
    statusNote: provenance.statusNote,
    witness,
  };
}
