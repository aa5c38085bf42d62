// Shared by the annotation integration tests: a small three-language document (with characters
// outside the Basic Multilingual Plane), a fresh database on the real PostgreSQL server with the
// document synced into it, and two readers. Each test file mocks '@/lib/db/client' and
// '@/lib/data/documents' to point at what this returns (see annotations.test.ts).
import type { DocumentContent, DocumentLanguage } from '@/lib/content';
import { syncDocument } from '@/lib/db/sync-content';
import { createTestDatabase, type TestDatabase } from '@/lib/testing/database';

const language = (code: string, status: DocumentLanguage['status']): DocumentLanguage => ({
  code,
  name: code,
  nativeName: code,
  title: `Sample (${code})`,
  source: 'Accord tests',
  status,
  date: '2002-09-17',
  file: `content/sample/${code}.md`,
});

export const sampleDocument: DocumentContent = {
  slug: 'sample',
  title: 'Sample Declaration',
  languages: [language('en', 'official-translation'), language('ko', 'working-translation'), language('ja', 'working-translation')],
  witnesses: [],
  alignments: [
    {
      id: 'pyongyang',
      segmentId: 'p1',
      spans: { en: { start: 18, end: 27, exact: 'Pyongyang' }, ko: { start: 4, end: 6, exact: '평양' }, ja: { start: 3, end: 5, exact: '平壌' } },
    },
  ],
  segments: [
    { id: 'title', kind: 'heading', level: 1, texts: { en: 'Sample Declaration', ko: '샘플 선언', ja: 'サンプル宣言' } },
    {
      id: 'p1',
      kind: 'paragraph',
      texts: {
        en: 'Both sides met in Pyongyang and confirmed their mutual trust.',
        ko: '양측은 평양에서 만나 상호 신뢰를 확인하였다.',
        ja: '双方は平壌で会い、𠮷野の件を含め相互の信頼を確認した。🙂',
      },
    },
    {
      id: 'p2',
      kind: 'paragraph',
      texts: {
        en: 'Both sides decided to resume the normalization talks.',
        ko: '양측은 국교정상화 회담을 재개하기로 하였다.',
        ja: '双方は国交正常化交渉を再開することとした。',
      },
    },
    {
      id: 'p3',
      kind: 'paragraph',
      texts: { en: 'The talks will be held in October.', ko: '회담은 10월에 개최한다.', ja: '交渉は10月に開催する。' },
    },
  ],
};

/** The document with some segments' texts replaced (a content file edited). */
export function editedDocument(changes: Record<string, Record<string, string>>): DocumentContent {
  return {
    ...sampleDocument,
    segments: sampleDocument.segments.map((s) => ({ ...s, texts: { ...s.texts, ...changes[s.id] } })),
  };
}

export type Reader = { id: string; name: string; email: string };

export type AnnotationTestWorld = TestDatabase & { alice: Reader; bob: Reader };

export async function setUpAnnotationWorld(): Promise<AnnotationTestWorld> {
  const database = await createTestDatabase();
  await syncDocument(database.prisma, sampleDocument);
  const [alice, bob] = await Promise.all(
    ['Alice Kim', 'Bob Tanaka'].map((name) =>
      database.prisma.user.create({
        data: { name, email: `${name.split(' ')[0]!.toLowerCase()}@example.org` },
        select: { id: true, name: true, email: true },
      }),
    ),
  );
  return { ...database, alice: alice!, bob: bob! };
}

/** A target over the first occurrence of `exact` in a segment's text, in code points. */
export function targetOf(segmentId: string, languageCode: string, exact: string, document = sampleDocument) {
  const text = document.segments.find((s) => s.id === segmentId)!.texts[languageCode]!;
  const index = text.indexOf(exact);
  if (index < 0) throw new Error(`"${exact}" is not in ${segmentId}/${languageCode}`);
  const start = Array.from(text.slice(0, index)).length;
  return { segmentId, start, end: start + Array.from(exact).length, exact };
}
