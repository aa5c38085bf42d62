'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/use-hydrated';

/** Puts `text` on the clipboard; falls back to a hidden text area where the Clipboard API is missing (plain http). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}

/**
 * Copies the absolute address of a passage, with the current columns. Rendered only once
 * JavaScript runs: without it the passage's own `#id` link beside it does the job.
 */
export function CopyLinkButton({ segmentId, path }: { segmentId: string; path: string }) {
  const t = useTranslations('Reader');
  const ready = useHydrated();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const url = new URL(path, window.location.origin).href;
    const copied = await copyText(url);
    if (!copied) window.history.replaceState(null, '', url);
    setMessage(copied ? t('linkCopied') : t('copyFailed'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(''), 4000);
  }

  return (
    <span className="copy-link">
      {ready ? (
        <button type="button" className="copy-link-button" onClick={copy} aria-label={t('copyLabel', { id: segmentId })} title={t('copyTitle')}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="16" height="16">
            <path
              d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.5"
              strokeLinecap="round"
            />
          </svg>
        </button>
      ) : null}
      <span role="status" className="copy-link-message">
        {message}
      </span>
    </span>
  );
}
