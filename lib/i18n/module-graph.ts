// A static view of the project's imports, for tests that follow what a route brings to the browser
// (lib/i18n/client-messages.test.ts): which modules a file imports (relative and `@/` paths),
// whether a module is a Client Component entry ('use client'), and the message namespaces it asks
// `useTranslations` for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const extensions = ['.ts', '.tsx', '/index.ts', '/index.tsx'];
const importPattern = /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

export type ModuleInfo = { file: string; client: boolean; imports: string[]; namespaces: string[]; unscoped: boolean };

const cache = new Map<string, ModuleInfo>();

function resolve(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return undefined;
  if (/\.(tsx?|json|css)$/.test(base)) return /\.tsx?$/.test(base) && existsSync(base) ? base : undefined;
  return extensions.map((extension) => base + extension).find(existsSync);
}

export function moduleInfo(file: string): ModuleInfo {
  const known = cache.get(file);
  if (known) return known;
  const source = readFileSync(file, 'utf8');
  const imports = [...source.matchAll(importPattern)]
    .map((match) => resolve(file, match[1] ?? match[2] ?? match[3]!))
    .filter((resolved): resolved is string => resolved !== undefined);
  const info: ModuleInfo = {
    file,
    client: /^\s*(?:\/\/[^\n]*\n\s*)*['"]use client['"]/.test(source),
    imports: [...new Set(imports)],
    namespaces: [...new Set([...source.matchAll(/useTranslations\(\s*['"]([\w.]+)['"]\s*\)/g)].map((match) => match[1]!.split('.')[0]!))],
    unscoped: /useTranslations\(\s*\)|useMessages\(\s*\)/.test(source),
  };
  cache.set(file, info);
  return info;
}

/** The modules reachable from `entry` that run in the browser (a 'use client' module and all it imports). */
export function clientModules(entry: string): ModuleInfo[] {
  const seen = new Set<string>();
  const found: ModuleInfo[] = [];
  const walk = (file: string, client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const info = moduleInfo(file);
    const inClient = client || info.client;
    if (inClient) found.push(info);
    for (const next of info.imports) walk(next, inClient);
  };
  walk(entry, false);
  return [...new Map(found.map((info) => [info.file, info])).values()];
}

export const projectRoot = root;

/** The route modules under app/ that render a page (pages, layouts, error and not-found boundaries). */
export function routeModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|layout|error|not-found)\.tsx$/.test(entry.name)) found.push(full);
    }
  };
  walk(path.join(root, 'app'));
  return found.sort();
}
