'use client';
// The panel's filters live in the address: read from it on load and on Back and Forward (so a
// shared link or a step back brings a filter back), and written into it without a navigation
// (Next.js keeps its router in step with history.pushState). The panel's own state answers at
// once while typing; more typing in the search box replaces the entry instead of adding one per key.
import { useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useState } from 'react';
import { filterFromParams, onlyTyping, withFilterParams } from '@/lib/annotations/client/filter-params';
import type { AnnotationFilter } from '@/lib/validations/annotation';

const fromAddress = () => filterFromParams(new URLSearchParams(window.location.search));

export function useFilterInAddress(): [AnnotationFilter, (filter: AnnotationFilter) => void] {
  const searchParams = useSearchParams();
  // The server renders with the same address, so the first render matches it.
  const [filter, setLocal] = useState(() => filterFromParams(new URLSearchParams(searchParams.toString())));

  useEffect(() => {
    const onPopState = () => setLocal(fromAddress());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const setFilter = useCallback(
    (next: AnnotationFilter) => {
      setLocal(next);
      const params = withFilterParams(new URLSearchParams(window.location.search), next).toString();
      const url = `${window.location.pathname}${params ? `?${params}` : ''}${window.location.hash}`;
      if (onlyTyping(filter, next)) window.history.replaceState(null, '', url);
      else window.history.pushState(null, '', url);
    },
    [filter],
  );
  return [filter, setFilter];
}
