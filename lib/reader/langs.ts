// Which language columns the reader shows, and in what order. The address (`?langs=en,ko`) wins
// when present; otherwise the remembered choice (a cookie); otherwise the document's first three
// languages. Pure, so that the page, the no-JavaScript route and the tests share one reading.

export type LanguageChoice = { code: string; name: string };

export type ColumnView = {
  /** Language codes of the columns, left to right; never empty, no repeats. */
  codes: string[];
  from: 'address' | 'remembered' | 'default';
  /** Set when the address asked for something that cannot be shown: what was wrong, for the reader. */
  problems: string[];
};

/** More than three columns of diplomatic prose stop being readable on a laptop screen. */
export const defaultColumnCount = 3;
const longestValue = 200;
const longestShownCode = 24;

function shown(value: string): string {
  return value.length > longestShownCode ? `${value.slice(0, longestShownCode)}…` : value;
}

/** `?langs=a&langs=b` arrives as an array: read it as one list. */
export function langsParamValue(raw: string | string[] | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return Array.isArray(raw) ? raw.join(',') : raw;
}

function splitCodes(value: string): string[] {
  return value
    .split(/[,\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Reads a `langs` value strictly. Codes match case-insensitively; whatever can be shown is kept
 * (in the order given, first occurrence wins), and every problem is described in a sentence.
 */
export function parseLangs(value: string, languages: readonly LanguageChoice[]): { codes: string[]; problems: string[] } {
  if (value.length > longestValue) return { codes: [], problems: [`The languages in this address are too long to read (${value.length} characters).`] };
  const parts = splitCodes(value);
  if (!parts.length) return { codes: [], problems: ['This address asks for no languages (“langs” is empty).'] };

  const codes: string[] = [];
  const problems: string[] = [];
  const reported = new Set<string>();
  for (const part of parts) {
    const language = languages.find((l) => l.code.toLowerCase() === part.toLowerCase());
    if (!language) {
      const message = `This document has no language “${shown(part)}”.`;
      if (!reported.has(message)) problems.push(message);
      reported.add(message);
    } else if (codes.includes(language.code)) {
      const message = `${language.name} (${language.code}) is listed more than once.`;
      if (!reported.has(message)) problems.push(message);
      reported.add(message);
    } else {
      codes.push(language.code);
    }
  }
  return { codes, problems };
}

/** The remembered choice is global, so it may name languages this document lacks: keep the rest. */
function rememberedCodes(value: string | undefined, languages: readonly LanguageChoice[]): string[] {
  if (!value) return [];
  return parseLangs(value, languages).codes;
}

export function defaultCodes(languages: readonly LanguageChoice[]): string[] {
  return languages.slice(0, defaultColumnCount).map((l) => l.code);
}

export function resolveColumns(input: { param: string | undefined; remembered: string | undefined; languages: readonly LanguageChoice[] }): ColumnView {
  const { param, languages } = input;
  const fallback = (problems: string[]): ColumnView => {
    const remembered = rememberedCodes(input.remembered, languages);
    if (remembered.length) return { codes: remembered, from: 'remembered', problems };
    return { codes: defaultCodes(languages), from: 'default', problems };
  };
  if (param === undefined) return fallback([]);
  const parsed = parseLangs(param, languages);
  if (!parsed.codes.length) return fallback(parsed.problems);
  return { codes: parsed.codes, from: 'address', problems: parsed.problems };
}

/** "English, Korean and Japanese" */
export function listNames(codes: readonly string[], languages: readonly LanguageChoice[]): string {
  const names = codes.map((code) => languages.find((l) => l.code === code)?.name ?? code);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
