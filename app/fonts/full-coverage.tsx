'use client';
import { useEffect } from 'react';

/** Adds full-coverage.css once the page has hydrated, so that its size never delays the first paint. */
export function FullCoverageFonts() {
  useEffect(() => {
    void import('./full-coverage.css');
  }, []);
  return null;
}
