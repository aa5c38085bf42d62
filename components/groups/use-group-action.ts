'use client';
// One group action at a time from a leaf of the group's page: while it runs its buttons wait,
// a refusal shows in the interface language, and success reloads the page's data from the server.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Failure } from '@/components/annotations/form-error';
import { useDescribeError } from '@/components/annotations/use-describe-error';
import { ApiError } from '@/lib/annotations/client/api';

/** The groups API's refusals by status, in Groups.errors of messages/*.json. */
const errorKeys = { 400: 'invalid', 403: 'forbidden', 404: 'notFound', 409: 'conflict', 500: 'failed' } as const;

/** A failure of a group action as the page says it: the API's statuses in the interface language (its English sentences are for API clients). */
export function useGroupError(): (error: unknown) => Failure {
  const t = useTranslations('Groups.errors');
  const describe = useDescribeError();
  return (error: unknown) => {
    const key = error instanceof ApiError ? errorKeys[error.status as keyof typeof errorKeys] : undefined;
    return key ? { message: t(key), issues: [] } : describe(error);
  };
}

export function useGroupAction() {
  const router = useRouter();
  const describe = useGroupError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Failure | null>(null);
  async function run<T>(work: () => Promise<T>, after?: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      after?.(result);
      router.refresh();
    } catch (failure) {
      setError(describe(failure));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, run };
}
