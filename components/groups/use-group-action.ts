'use client';
// One group action at a time from a leaf of the group's page: while it runs its buttons wait,
// a refusal shows in the API's words, and success reloads the page's data from the server.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { describeError } from '@/lib/annotations/client/api';

export function useGroupAction() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: string[] } | null>(null);
  async function run<T>(work: () => Promise<T>, after?: (result: T) => void) {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      after?.(result);
      router.refresh();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
