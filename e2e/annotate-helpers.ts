// Helpers for the annotation journeys: readers made once per file through the API (signed in,
// cookies kept), annotations made through the API where a journey is not about making them, and
// selections made in the page the way a reader's mouse or keyboard would leave them.
import { expect, request, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export const slug = 'pyongyang-declaration';
export const declaration = `/documents/${slug}`;
export const readerPassword = 'pyongyang-2002-reading';
const password = readerPassword;

export type Reader = { name: string; email: string; api: APIRequestContext; storageState: Awaited<ReturnType<APIRequestContext['storageState']>> };

export const uniqueEmail = (who: string) => `${who}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.org`;

/** Signs a new reader up and in through the API; their cookies serve browser contexts and API calls. */
export async function createReader(baseURL: string, name: string): Promise<Reader> {
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  const api = await request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const signUp = await api.post('/api/auth/signup', { data: { email, name, password } });
  expect(signUp.status(), await signUp.text()).toBe(201);
  const { csrfToken } = (await (await api.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const signIn = await api.post('/api/auth/callback/credentials', { form: { csrfToken, email, password, json: 'true' } });
  expect(signIn.ok()).toBe(true);
  return { name, email, api, storageState: await api.storageState() };
}

type Segments = { id: string; texts: Record<string, string> }[];
let segments: Segments | undefined;

async function segmentText(api: APIRequestContext, segmentId: string, language: string): Promise<string> {
  segments ??= ((await (await api.get(`/api/documents/${slug}`)).json()) as { segments: Segments }).segments;
  const text = segments.find((s) => s.id === segmentId)?.texts[language];
  if (text === undefined) throw new Error(`no ${language} text for ${segmentId}`);
  return text;
}

type NewNote = { segmentId: string; language: string; exact: string; comment?: string; color?: string; tags?: string[]; visibility?: 'private' | 'shared' };

/** Makes an annotation through the API (positions in code points, as the API counts). */
export async function annotate(reader: Reader, note: NewNote): Promise<{ id: string }> {
  const text = await segmentText(reader.api, note.segmentId, note.language);
  const at = text.indexOf(note.exact);
  if (at < 0) throw new Error(`"${note.exact}" is not in ${note.segmentId}/${note.language}`);
  const start = Array.from(text.slice(0, at)).length;
  const response = await reader.api.post(`/api/documents/${slug}/annotations`, {
    data: {
      language: note.language,
      color: note.color ?? 'yellow',
      comment: note.comment ?? '',
      tags: note.tags ?? [],
      visibility: note.visibility ?? 'shared',
      targets: [{ segmentId: note.segmentId, start, end: start + Array.from(note.exact).length, exact: note.exact }],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

type Span = { segmentId: string; language: string; start: number; end: number; exact: string };

/** Every word of `language` in the given segments, as spans in code points. */
export async function wordsOf(api: APIRequestContext, language: string, segmentIds: string[]): Promise<Span[]> {
  const spans: Span[] = [];
  for (const segmentId of segmentIds) {
    const text = await segmentText(api, segmentId, language);
    for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const start = Array.from(text.slice(0, match.index)).length;
      spans.push({ segmentId, language, start, end: start + Array.from(match[0]).length, exact: match[0] });
    }
  }
  return spans;
}

/** A note on `span` as a Web Annotation (JSON-LD), as an import takes it: `id` is its own address elsewhere. */
export function importedNote(baseURL: string, id: string, span: Span, comment: string) {
  return {
    id,
    type: 'Annotation',
    motivation: 'commenting',
    body: { type: 'TextualBody', value: comment, format: 'text/markdown' },
    target: {
      source: { id: `${baseURL}/documents/${slug}#${span.segmentId}`, language: span.language },
      selector: [
        { type: 'TextQuoteSelector', exact: span.exact },
        { type: 'TextPositionSelector', start: span.start, end: span.end },
      ],
    },
  };
}

/** Imports notes in one request (as a seminar's file would arrive), and expects them all taken. */
export async function importNotes(reader: Reader, items: ReturnType<typeof importedNote>[]) {
  const response = await reader.api.post(`/api/documents/${slug}/import`, { data: items, headers: { 'content-type': 'application/ld+json' } });
  expect(response.status(), await response.text()).toBe(200);
  expect(await response.json()).toMatchObject({ imported: items.length });
}

export async function reply(reader: Reader, annotationId: string, body: string) {
  const response = await reader.api.post(`/api/annotations/${annotationId}/replies`, { data: { body } });
  expect(response.status(), await response.text()).toBe(201);
}

export const cellText = (page: Page, segmentId: string, lang: string) => page.locator(`[data-segment-id="${segmentId}"][data-lang="${lang}"]`);
export const panel = (page: Page) => page.getByRole('complementary', { name: 'Notes' });
export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Annotate the selected text' });
export const noteItems = (page: Page) => panel(page).locator('[data-note-item]');
export const marksOf = (page: Page, id: string) => page.locator(`mark[data-annotation-ids~="${id}"]`);

/** Opens the declaration and waits until its scripts run (the copy-link buttons appear then). */
export async function openDeclaration(page: Page, query = '') {
  await page.goto(`${declaration}${query}`);
  await expect(page.getByRole('button', { name: /^Copy link to passage/ }).first()).toBeVisible();
}

type Point = { segmentId: string; lang: string; text: string };

/**
 * Selects from the start of `from.text` to the end of `to.text` (by default the same words), as
 * Shift+arrow keys or a drag would: a DOM selection in the page, whatever highlights split the text.
 */
export async function selectText(page: Page, from: Point, to: Point = from) {
  await page.evaluate(
    ([from, to]) => {
      const locate = (point: typeof from, atEnd: boolean) => {
        const element = document.querySelector(`[data-segment-id="${point.segmentId}"][data-lang="${point.lang}"]`)!;
        const index = element.textContent!.indexOf(point.text);
        if (index < 0) throw new Error(`"${point.text}" not in ${point.segmentId}/${point.lang}`);
        let offset = atEnd ? index + point.text.length : index;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (offset <= node.data.length && !(offset === node.data.length && !atEnd)) return { node, offset, element };
          offset -= node.data.length;
        }
        throw new Error('offset past the text');
      };
      const start = locate(from, false);
      const end = locate(to, true);
      start.element.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [from, to] as const,
  );
}

/** Drags the mouse from the first character of `from.text` to the last of `to.text`. */
export async function dragSelect(page: Page, from: Point, to: Point) {
  const box = (point: Point, last: boolean) =>
    page.evaluate(
      ([point, last]) => {
        const element = document.querySelector(`[data-segment-id="${point.segmentId}"][data-lang="${point.lang}"]`)!;
        // Aligned phrases and highlights split the text into several nodes: find the one holding the character.
        let index = element.textContent!.indexOf(point.text) + (last ? point.text.length - 1 : 0);
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let node = walker.nextNode() as Text;
        while (index >= node.data.length) {
          index -= node.data.length;
          node = walker.nextNode() as Text;
        }
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const rect = range.getClientRects()[0]!;
        return { x: last ? rect.right - 1 : rect.left + 1, y: rect.top + rect.height / 2 };
      },
      [point, last] as const,
    );
  await cellText(page, from.segmentId, from.lang).scrollIntoViewIfNeeded();
  // Passages drawn for the first time after a jump (content-visibility in reader.css) take their
  // real height in the next frame: the points are measured once the text has settled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const start = await box(from, false);
  const end = await box(to, true);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
}

/** The live region's words. */
export const announced = (page: Page) => page.locator('.annotation-root ~ [role="status"]');

export async function textOf(locator: Locator) {
  return (await locator.allTextContents()).join('');
}

/** A note's highlighted words, whether one mark holds them or several (aligned phrases and other notes split a mark). */
export async function expectMarkedText(locator: Locator, text: string) {
  await expect.poll(() => textOf(locator)).toBe(text);
}
