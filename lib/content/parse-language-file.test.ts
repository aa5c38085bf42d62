import { describe, expect, it } from 'vitest';
import { expectContentError } from '@/lib/content/expect-content-error';
import { parseLanguageFile } from '@/lib/content/parse-language-file';

const file = 'content/test/en.md';

/** Front matter on lines 1–8 (title on 2 … date on 6, place on 7); `null` leaves a field out, extra fields go before date. */
function frontMatter(fields: Record<string, string | null> = {}): string {
  const base: Record<string, string> = { title: 'Test', language: 'en', source: 'Test source', status: 'authentic' };
  const { date = '2002-09-17', place = 'Pyongyang', ...extra } = fields;
  const lines = Object.entries({ ...base, ...extra, date, place })
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** A file whose body starts on line 9, right after the front matter. */
function withBody(body: string): string {
  return `${frontMatter()}${body}`;
}

const parse = (source: string) => () => parseLanguageFile(file, source);

describe('front matter', () => {
  it('is required', async () => {
    await expectContentError(parse(':::segment{#a}\nText\n:::\n'), { file, line: 1, problem: /^missing front matter/ });
  });

  it('must be closed', async () => {
    await expectContentError(parse('---\ntitle: Test\n\n:::segment{#a}\nText\n:::\n'), {
      file,
      line: 1,
      problem: 'front matter is not closed: end it with a line holding only ---',
    });
  });

  it('must be valid YAML', async () => {
    await expectContentError(parse('---\ntitle: Test\nlanguage: [en\n---\n'), { file, line: 3, problem: /^front matter is not valid YAML: / });
  });

  it('must not repeat a field', async () => {
    await expectContentError(parse('---\ntitle: Test\ntitle: Again\n---\n'), {
      file,
      line: 3,
      problem: /^front matter is not valid YAML: Map keys must be unique/,
    });
  });

  it('must be a mapping of fields', async () => {
    await expectContentError(parse('---\n- title\n- language\n---\n'), { file, line: 1, problem: /^front matter must be a list of fields/ });
  });

  it.each(['title', 'language', 'source', 'status'])('requires %s', async (field) => {
    await expectContentError(parse(frontMatter({ [field]: null })), { file, line: 1, problem: `front matter ${field} is missing` });
  });

  it('takes a text without a date or a place (an article has none of its own)', () => {
    const { frontMatter: parsed } = parseLanguageFile(file, `${frontMatter({ date: null, place: null })}:::segment{#a}\nText\n:::\n`);
    expect(parsed).not.toHaveProperty('date');
    expect(parsed).not.toHaveProperty('place');
  });

  it.each([
    ['title', '""', 2, 'front matter title must be the title of this language version, not empty'],
    ['title', '[a, b]', 2, 'front matter title must be the title of this language version'],
    ['language', 'English', 3, 'front matter language must be a language code such as en, ko or ja'],
    ['source', '"  "', 4, 'front matter source must be where the text comes from, not empty'],
    ['status', 'original', 5, 'front matter status must be one of authentic, official-translation, working-translation, article'],
    ['date', '17 September 2002', 6, 'front matter date must be a date written YYYY-MM-DD'],
    ['date', '2002-02-30', 6, 'front matter date is not a real date'],
    ['date', '2002', 6, 'front matter date must be a date written YYYY-MM-DD'],
    ['place', '""', 7, 'front matter place must be a place name, not empty'],
  ] as const)('rejects %s: %s', async (field, value, line, problem) => {
    await expectContentError(parse(frontMatter({ [field]: value })), { file, line, problem });
  });

  it.each([
    ['sourceUrl', 'ftp://example.org/text', 'front matter sourceUrl must be an http(s) URL'],
    ['sourceUrl', 'not a url', 'front matter sourceUrl must be an http(s) URL'],
    ['statusNote', '""', 'front matter statusNote must be text qualifying the status, not empty'],
    ['order', 'first', 'front matter order must be a whole number (column order)'],
    ['order', '1.5', 'front matter order must be a whole number (column order)'],
  ] as const)('rejects optional %s: %s', async (field, value, problem) => {
    // Optional fields are written after status (line 5), so on line 6.
    await expectContentError(parse(frontMatter({ [field]: value })), { file, line: 6, problem });
  });

  it('rejects an unknown field on its line', async () => {
    await expectContentError(parse(frontMatter({ author: 'Someone' })), {
      file,
      line: 6,
      problem: 'unknown front matter field "author" (known: title, language, source, sourceUrl, status, statusNote, date, place, order)',
    });
  });

  it('keeps every field of a complete front matter', () => {
    const source = withBody(':::segment{#a}\nText\n:::\n').replace(
      'date: 2002-09-17',
      'sourceUrl: https://example.org/text\nstatusNote: A note\ndate: 2002-09-17\norder: 2',
    );
    expect(parseLanguageFile(file, source).frontMatter).toEqual({
      title: 'Test',
      language: 'en',
      source: 'Test source',
      sourceUrl: 'https://example.org/text',
      status: 'authentic',
      statusNote: 'A note',
      date: '2002-09-17',
      place: 'Pyongyang',
      order: 2,
    });
  });
});

describe('segments', () => {
  it('rejects text before the first segment', async () => {
    await expectContentError(parse(withBody('Stray text\n\n:::segment{#a}\nText\n:::\n')), {
      file,
      line: 9,
      problem: 'text outside a segment: wrap it in :::segment{#id} … :::',
    });
  });

  it('rejects text between and after segments', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nText\n:::\nStray\n')), { file, line: 12, problem: /^text outside a segment/ });
    await expectContentError(parse(withBody(':::segment{#a}\nText\n:::\n\n# Heading\n\n:::segment{#b}\nMore\n:::\n')), {
      file,
      line: 13,
      problem: /^text outside a segment/,
    });
  });

  it('rejects a directive other than segment', async () => {
    await expectContentError(parse(withBody(':::note{#a}\nText\n:::\n')), { file, line: 9, problem: /^text outside a segment/ });
  });

  it('requires an id', async () => {
    await expectContentError(parse(withBody(':::segment\nText\n:::\n')), { file, line: 9, problem: 'segment has no id: write :::segment{#some-id}' });
    await expectContentError(parse(withBody(':::segment{kind=paragraph}\nText\n:::\n')), { file, line: 9, problem: /^segment has no id/ });
  });

  it.each(['Preamble', 's1_p1', '-a', 'a--b', 'a-'])('rejects the id %s', async (id) => {
    await expectContentError(parse(withBody(`:::segment{#${id}}\nText\n:::\n`)), {
      file,
      line: 9,
      problem: `segment id "${id}" may hold only a-z, 0-9 and single dashes`,
    });
  });

  it('rejects a duplicate id', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nOne\n:::\n\n:::segment{#a}\nTwo\n:::\n')), {
      file,
      line: 13,
      problem: 'segment id "a" is used twice (first on line 9)',
    });
  });

  it('rejects an unknown kind', async () => {
    await expectContentError(parse(withBody(':::segment{#a kind=footnote}\nText\n:::\n')), {
      file,
      line: 9,
      problem: 'segment "a" has unknown kind "footnote"; use one of heading, paragraph, signature, dateline',
    });
  });

  it('rejects an unknown attribute', async () => {
    await expectContentError(parse(withBody(':::segment{#a lang=en}\nText\n:::\n')), {
      file,
      line: 9,
      problem: 'segment "a" has unknown attribute "lang" (known: #id, kind, level)',
    });
    await expectContentError(parse(withBody(':::segment{#a .lead}\nText\n:::\n')), { file, line: 9, problem: /unknown attribute "class"/ });
  });

  it('requires a heading level from 1 to 6', async () => {
    await expectContentError(parse(withBody(':::segment{#a kind=heading}\nText\n:::\n')), {
      file,
      line: 9,
      problem: 'heading "a" needs a level from 1 to 6: write level=2',
    });
    for (const level of ['0', '7', 'two', '2.5']) {
      await expectContentError(parse(withBody(`:::segment{#a kind=heading level=${level}}\nText\n:::\n`)), {
        file,
        line: 9,
        problem: `heading "a" has level "${level}"; use a level from 1 to 6`,
      });
    }
  });

  it('rejects a level on a segment that is not a heading', async () => {
    await expectContentError(parse(withBody(':::segment{#a level=2}\nText\n:::\n')), {
      file,
      line: 9,
      problem: 'segment "a" is not a heading and cannot have a level',
    });
  });

  it('rejects an empty segment', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\n:::\n')), { file, line: 9, problem: 'segment "a" is empty' });
    await expectContentError(parse(withBody(':::segment{#a}\n   \n:::\n')), { file, line: 9, problem: 'segment "a" is empty' });
  });

  it('rejects a blank line inside a segment, naming that line', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nOne\n\nTwo\n:::\n')), {
      file,
      line: 11,
      problem: 'segment "a" has a blank line inside; split it into two segments or remove the line',
    });
  });

  it('rejects an unclosed segment at the end of the file', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nOne\n:::\n\n:::segment{#b}\nTwo\n')), {
      file,
      line: 13,
      problem: 'segment "b" is not closed: end it with a line holding only :::',
    });
  });

  it('rejects an unclosed segment followed by another', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nOne\n\n:::segment{#b}\nTwo\n:::\n')), {
      file,
      line: 9,
      problem: 'segment "a" is not closed: end it with a line holding only ::: before line 12',
    });
  });

  it('rejects a closing fence with text after it', async () => {
    await expectContentError(parse(withBody(':::segment{#a}\nOne\n::: end\n')), { file, line: 9, problem: /^segment "a" is not closed/ });
  });

  it('rejects a [label] on the opening line', async () => {
    await expectContentError(parse(withBody(':::segment[Preamble]{#a}\nOne\n:::\n')), { file, line: 9, problem: /^segment "a" has a \[label\]/ });
  });

  it('requires at least one segment', async () => {
    await expectContentError(parse(frontMatter()), { file, line: 9, problem: 'no segments: the text goes in :::segment{#id} … ::: blocks' });
  });
});

describe('a good file', () => {
  it('keeps the text verbatim: numbered paragraphs stay sentences, Markdown is not interpreted', () => {
    const { segments } = parseLanguageFile(
      file,
      withBody(
        [
          ':::segment{#s1-p1}',
          '1. Both sides determined that, pursuant to the spirit…',
          ':::',
          '',
          ':::segment{#list}',
          '- 2006 North Korean missile test',
          '* not *emphasis*, not [a link](https://example.org), stated in May 2019:In order',
          ':::',
          '',
        ].join('\n'),
      ),
    );
    expect(segments.map((s) => s.text)).toEqual([
      '1. Both sides determined that, pursuant to the spirit…',
      '- 2006 North Korean missile test\n* not *emphasis*, not [a link](https://example.org), stated in May 2019:In order',
    ]);
  });

  it('keeps line breaks in signature and dateline segments, without the indentation', () => {
    const { segments } = parseLanguageFile(
      file,
      withBody(
        ':::segment{#signature-japan kind=signature}\n  Prime Minister of Japan\n  Junichiro Koizumi  \n:::\n\n:::segment{#dateline kind=dateline}\nSeptember 17, 2002\nPyongyang\n:::\n',
      ),
    );
    expect(segments).toEqual([
      { id: 'signature-japan', kind: 'signature', text: 'Prime Minister of Japan\nJunichiro Koizumi', line: 9, endLine: 12 },
      { id: 'dateline', kind: 'dateline', text: 'September 17, 2002\nPyongyang', line: 14, endLine: 17 },
    ]);
  });

  it('reads kinds and heading levels', () => {
    const { segments } = parseLanguageFile(file, withBody(':::segment{#title kind=heading level=1}\nTitle\n:::\n\n:::segment{#p kind=paragraph}\nText\n:::\n'));
    expect(segments.map(({ id, kind, level }) => ({ id, kind, level }))).toEqual([
      { id: 'title', kind: 'heading', level: 1 },
      { id: 'p', kind: 'paragraph', level: undefined },
    ]);
  });

  it('normalises text and front matter to NFC', () => {
    const decomposedKorean = '\u1100\u1161'; // 가 as jamo
    const decomposedJapanese = '\u304B\u3099'; // が as か + combining dakuten
    const source = withBody(`:::segment{#a}\n${decomposedKorean} ${decomposedJapanese} e\u0301\n:::\n`).replace('title: Test', `title: ${decomposedKorean}`);
    const parsed = parseLanguageFile(file, source);
    expect(parsed.segments[0]!.text).toBe('\uAC00 \u304C \u00E9');
    expect(parsed.frontMatter.title).toBe('\uAC00');
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const source = `\uFEFF${withBody(':::segment{#sig kind=signature}\nLine one\nLine two\n:::\n')}`.replace(/\n/g, '\r\n');
    const parsed = parseLanguageFile(file, source);
    expect(parsed.frontMatter.title).toBe('Test');
    expect(parsed.segments[0]!.text).toBe('Line one\nLine two');
  });
});
