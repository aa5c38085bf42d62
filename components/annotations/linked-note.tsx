'use client';
// A link to a note (`?note=<id>`, as the inbox makes them) opens it in the panel once the page is
// interactive; the `#segment` of the link has already brought its passage into view. The id is
// taken from the address the page was rendered for (useSearchParams: during a client navigation
// window.location still holds the previous page), once, before the column controls rewrite it.
import { useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { useReader } from '@/components/annotations/reader-context';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function LinkedNote() {
  const { actions } = useReader();
  const params = useSearchParams();
  const [id] = useState(() => {
    const given = params.get('note');
    return given && uuid.test(given) ? given : null;
  });
  useEffect(() => {
    if (id) actions.openAnnotations([id], { scroll: true });
  }, [actions, id]);
  return null;
}
