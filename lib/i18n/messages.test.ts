// Every interface language has every message, each message parses as ICU, and each translation
// uses the same arguments and tags as the English (a renamed {count} would print as nothing).
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';
import { loadMessages } from '@/lib/i18n/messages';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

/** The argument and tag names a message uses, sorted (`#` and plain text left out). */
function namesIn(elements: Element[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    // Literal (0) and pound (7) carry no name; every other element names an argument or a tag.
    if (element.type !== 0 && element.type !== 7 && element.value) found.add(element.value);
    for (const option of Object.values(element.options ?? {})) namesIn(option.value, found);
    if (element.children) namesIn(element.children, found);
  }
  return found;
}

const parsed = await Promise.all(locales.map(async (locale) => [locale, flatten((await loadMessages(locale)) as Tree)] as const));
const english = parsed.find(([locale]) => locale === 'en')![1];

describe('messages', () => {
  it.each(parsed)('%s has exactly the keys of every other language', (_locale, messages) => {
    for (const [, other] of parsed) {
      expect([...messages.keys()].sort()).toEqual([...other.keys()].sort());
    }
  });

  it.each(parsed)('%s has no empty message', (_locale, messages) => {
    expect([...messages].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it.each(parsed)('every %s message parses as ICU and uses the English arguments and tags', (locale, messages) => {
    for (const [key, text] of messages) {
      let ast: Element[];
      try {
        ast = new IntlMessageFormat(text, locale).getAst() as Element[];
      } catch (error) {
        throw new Error(`${locale} ${key} does not parse: ${(error as Error).message}`);
      }
      const reference = english.get(key);
      if (reference === undefined) continue;
      const expected = [...namesIn(new IntlMessageFormat(reference, 'en').getAst() as Element[])].sort();
      expect([...namesIn(ast)].sort(), `${locale} ${key}`).toEqual(expected);
    }
  });
});
