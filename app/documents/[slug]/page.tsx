import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { Reader } from '@/components/reader/reader';
import { getDocument } from '@/lib/data/documents';
import { columnCookieName, rememberedLangs } from '@/lib/reader/column-preference';
import { langsParamValue, resolveColumns } from '@/lib/reader/langs';

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const document = await getDocument((await params).slug);
  return document ? { title: document.title } : {};
}

export default async function DocumentPage({ params, searchParams }: Props) {
  const document = await getDocument((await params).slug);
  if (!document) notFound();
  const [query, cookieStore] = await Promise.all([searchParams, cookies()]);
  const view = resolveColumns({
    param: langsParamValue(query.langs),
    remembered: rememberedLangs(cookieStore.get(columnCookieName)?.value),
    languages: document.languages,
  });
  return <Reader document={document} view={view} />;
}
