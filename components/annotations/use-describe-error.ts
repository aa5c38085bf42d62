'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { describeError } from '@/lib/annotations/client/api';
import type { Failure } from '@/components/annotations/form-error';

/** describeError, with the browser's own words for a failure in the interface language (the same function while the language stays). */
export function useDescribeError(): (error: unknown) => Failure {
  const t = useTranslations('ApiErrors');
  return useMemo(
    () => (error: unknown) => {
      const { message, issues, key } = describeError(error);
      return { message: key ? t(key) : message, issues };
    },
    [t],
  );
}
