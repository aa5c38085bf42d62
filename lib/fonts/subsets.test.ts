// The committed subsets (app/fonts/subset/) must follow content/ and messages/: when this fails, run `npm run build:fonts`.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { loadAllDocuments } from '@/lib/content';
import { readInterfaceMessages, readInterfaceText, readSubsetManifest, subsetDir } from '@/lib/fonts/build-subsets';
import { latinRange, subsetCharacters, subsetFaces } from '@/lib/fonts/charsets';

const require = createRequire(import.meta.url);

function codePoints(font: Uint8Array): Set<number> {
  return new Set(new hb.Face(new hb.Blob(font), 0).collectUnicodes());
}

describe('the committed font subsets', () => {
  it('were cut for the characters content/ and the interface need now', async () => {
    const wanted = subsetCharacters(await loadAllDocuments(), await readInterfaceText(), await readInterfaceMessages());
    const manifest = await readSubsetManifest();
    expect(Object.fromEntries(Object.entries(manifest?.faces ?? {}).map(([name, face]) => [name, face.characters]))).toEqual(wanted);
  });

  it('hold a glyph for every listed character that the full font has', async () => {
    const manifest = await readSubsetManifest();
    for (const face of subsetFaces) {
      const full = codePoints(await readFile(require.resolve(face.source)));
      const subset = codePoints(await convert(await readFile(path.join(subsetDir, `${face.name}.woff2`)), 'sfnt'));
      const listed = [...(manifest?.faces[face.name]?.characters ?? '')].map((char) => char.codePointAt(0) ?? 0);
      expect(listed.length).toBeGreaterThan(95);
      expect(listed.filter((cp) => full.has(cp) && !subset.has(cp)).map((cp) => String.fromCodePoint(cp))).toEqual([]);
    }
  }, 60_000);

  it('are declared beside a Latin face whose range is the one the character sets assume', async () => {
    const faces = await readFile(path.join(process.cwd(), 'app', 'fonts', 'faces.ts'), 'utf8');
    // Read as source text: however the formatter wraps the line, the value is one string.
    expect(faces.replace(/\s/g, '')).toContain(`value:'${latinRange.replace(/\s/g, '')}'`);
  });
});
