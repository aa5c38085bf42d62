// Rebuilds app/fonts/subset/ from content/ (see lib/fonts/build-subsets.ts). Runs before `next build`.
//   tsx scripts/build-fonts.ts
import { loadAllDocuments } from '@/lib/content';
import { buildFontSubsets, readInterfaceMessages, readInterfaceText } from '@/lib/fonts/build-subsets';

const written = await buildFontSubsets(await loadAllDocuments(), await readInterfaceText(), await readInterfaceMessages());
console.log(written.length ? `fonts: subset ${written.join(', ')}` : 'fonts: subsets up to date');
