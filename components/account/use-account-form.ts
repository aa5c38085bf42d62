'use client';
// What the account page's forms share: send JSON, then show each refusal under its field (the
// API's `issues`, by path) or above the form, with the keyboard moved to the first problem.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';

export type FieldErrors = Record<string, string[]>;
type Issue = { path: string; message: string };
type Failure = { error?: string; issues?: Issue[] };

export function useAccountForm(fields: string[], send: (form: FormData) => Promise<Response>, done: (form: HTMLFormElement) => void) {
  const t = useTranslations('Account');
  const auth = useTranslations('Auth');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = fields.find((field) => fieldErrors[field]?.length);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    else if (formError) alertRef.current?.focus();
  }, [fields, fieldErrors, formError]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    setFormError(null);
    setFieldErrors({});
    try {
      const response = await send(new FormData(form));
      if (response.ok) return done(form);
      const body = (await response.json().catch(() => ({}))) as Failure;
      const byField: FieldErrors = {};
      for (const issue of body.issues ?? []) if (fields.includes(issue.path)) (byField[issue.path] ??= []).push(issue.message);
      setFieldErrors(byField);
      setFormError(Object.keys(byField).length ? t('seeFields') : (body.error ?? t('nothingChanged')));
    } catch {
      setFormError(auth('unreachable'));
    } finally {
      setPending(false);
    }
  }

  return { fieldErrors, formError, pending, submit, formRef, alertRef: alertRef as RefObject<HTMLDivElement> };
}

export const postJson = (url: string, method: string, body: unknown) =>
  fetch(url, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
