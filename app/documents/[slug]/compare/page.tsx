// /documents/<slug>/compare?language=ja&a=<witness>&b=<witness>: two texts of one language side by
// side, passage by passage, with what changed marked (words removed from the first, added in the
// second). A plain form chooses the texts, so it works without JavaScript. The reader's own
// parameters (langs, mode, witness) ride along, so its links lead back to the reader as it was.
import type { Metadata } from 'next';
import { Link } from '@/components/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { compareWitnesses, witnessesOf, witnessTexts, type DiffPart } from '@/lib/content/compare-witnesses';
import { getDocument } from '@/lib/data/documents';
import { backToReader } from '@/lib/reader/back-to-reader';
import styles from './compare.module.css';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({ language: z.string().optional(), a: z.string().optional(), b: z.string().optional() });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [document, t] = await Promise.all([getDocument((await params).slug), getTranslations('Compare')]);
  return { title: document ? t('pageTitle', { title: document.title }) : t('pageTitleBare') };
}

function Side({ parts, lang, drop }: { parts: DiffPart[]; lang: string; drop: DiffPart['op'] }) {
  return (
    <p lang={lang} className={styles.text}>
      {parts
        .filter((part) => part.op !== drop)
        .map((part, i) => (part.op === 'equal' ? part.text : part.op === 'delete' ? <del key={i}>{part.text}</del> : <ins key={i}>{part.text}</ins>))}
    </p>
  );
}

export default async function ComparePage({ params, searchParams }: Props) {
  const [{ slug }, query, t, status] = await Promise.all([params, searchParams, getTranslations('Compare'), getTranslations('Status')]);
  const document = await getDocument(slug);
  if (!document) notFound();
  const flat = querySchema.parse(Object.fromEntries(Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value.at(-1) : value])));
  const comparable = document.languages.filter((l) => witnessesOf(document, l.code).length > 1);
  const language = comparable.find((l) => l.code === flat.language) ?? comparable[0];
  const witnesses = language ? witnessesOf(document, language.code) : [];
  const a = witnesses.find((w) => w.id === flat.a) ?? witnesses[1];
  const b = witnesses.find((w) => w.id === flat.b) ?? witnesses[0];
  const rows =
    language && a && b
      ? compareWitnesses(document, language.code, witnessTexts(document, language.code, a.id)!, witnessTexts(document, language.code, b.id)!)
      : [];
  const changed = rows.filter((r) => r.changed).length;
  // The reader as it was when it opened this view (its columns, mode and texts ride along in the address).
  const back = backToReader(document, query);

  return (
    <article className={styles.page}>
      <p>
        <Link href={back.path()}>← {document.title}</Link>
      </p>
      <h1>{t('title')}</h1>
      {!language || !a || !b ? (
        <p>{t('nothing')}</p>
      ) : (
        <>
          <form className={styles.choose} method="get">
            {back.carried.map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <label>
              {t('language')}{' '}
              <select name="language" defaultValue={language.code}>
                {comparable.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            </label>
            {(['a', 'b'] as const).map((side) => (
              <label key={side}>
                {side === 'a' ? t('first') : t('second')}{' '}
                <select name={side} defaultValue={side === 'a' ? a.id : b.id}>
                  {witnesses.map((w) => (
                    <option key={w.id} value={w.id}>
                      {w.id}: {w.source}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="submit">{t('submit')}</button>
          </form>
          <p role="status">
            {changed === 0 ? t('same') : t('differ', { changed, total: rows.length })} {t('legend')}
          </p>
          <table className={styles.table}>
            <caption className="visually-hidden">{t('caption', { language: language.name, a: a.id, b: b.id })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('passage')}</th>
                {[a, b].map((w, i) => (
                  <th scope="col" key={i}>
                    <span lang={language.code}>{w.title}</span> ({w.id})<span className={styles.status}>{status(w.status)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.segmentId} data-changed={row.changed || undefined}>
                  <th scope="row">
                    <Link href={back.path(row.segmentId)}>{row.segmentId}</Link>
                    {row.changed ? <span className={styles.changed}>{t('changed')}</span> : null}
                  </th>
                  <td>
                    <span className={styles.cellLabel} aria-hidden="true">
                      {a.id}
                    </span>
                    <Side parts={row.diff} lang={language.code} drop="insert" />
                  </td>
                  <td>
                    <span className={styles.cellLabel} aria-hidden="true">
                      {b.id}
                    </span>
                    <Side parts={row.diff} lang={language.code} drop="delete" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
