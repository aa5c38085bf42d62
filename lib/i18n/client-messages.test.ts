import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { clientMessages, clientNamespaces, type ClientArea } from '@/lib/i18n/client-namespaces';
import { clientModules, projectRoot, routeModules } from '@/lib/i18n/module-graph';

const relative = (file: string) => path.relative(projectRoot, file);

/**
 * The area whose messages a route module gets: the one named by the nearest layout above it that
 * names one. A nested NextIntlClientProvider replaces its parent's messages; it does not add to them.
 */
function areaOf(route: string): ClientArea | undefined {
  for (let dir = path.dirname(route); dir.startsWith(path.join(projectRoot, 'app')); dir = path.dirname(dir)) {
    let source: string;
    try {
      source = readFileSync(path.join(dir, 'layout.tsx'), 'utf8');
    } catch {
      continue;
    }
    const match = /<ClientMessages area="(\w+)"/.exec(source);
    if (match) return match[1] as ClientArea;
  }
  return undefined;
}

describe('the messages each part of the app sends to the browser', () => {
  const routes = routeModules();

  it('finds the Client Components of a route by following its imports', () => {
    const reader = routes.find((file) => relative(file) === 'app/documents/[slug]/page.tsx')!;
    const modules = clientModules(reader).map((info) => relative(info.file));
    expect(modules).toContain('components/annotations/notes-panel.tsx');
    expect(modules).not.toContain('components/reader/reader.tsx');
  });

  it.each(routes.map((file) => [relative(file), file]))('%s: every namespace its Client Components use is sent', (_, file) => {
    const modules = clientModules(file);
    expect(
      modules.filter((info) => info.unscoped).map((info) => relative(info.file)),
      'useTranslations() without a namespace',
    ).toEqual([]);
    const area = areaOf(file);
    const sent = new Set<string>(area ? clientNamespaces[area] : []);
    const missing = modules.flatMap((info) =>
      info.namespaces.filter((namespace) => !sent.has(namespace)).map((namespace) => `${namespace} (${relative(info.file)})`),
    );
    expect(missing).toEqual([]);
  });

  it('names only namespaces that exist', () => {
    for (const namespaces of Object.values(clientNamespaces)) for (const namespace of namespaces) expect(en).toHaveProperty(namespace);
  });

  it('picks the namespaces of an area and nothing else', () => {
    const picked = clientMessages(en, 'inbox');
    expect(Object.keys(picked)).toEqual(['Inbox']);
    expect(picked.Inbox).toBe(en.Inbox);
  });
});
