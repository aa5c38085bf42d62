'use client';
// A link to a note (`?note=<id>`, as the inbox makes them) opens it in the panel once the page is
// interactive; the `#segment` of the link has already brought its passage into view. The id is read
// while the page first renders, before the column controls rewrite the address (?langs=…).
import { useEffect, useState } from 'react';
import { useReader } from '@/components/annotations/reader-context';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function linkedId(): string | null {
  if (typeof window === 'undefined') return null;
  const id = new URLSearchParams(window.location.search).get('note');
  return id && uuid.test(id) ? id : null;
}

export function LinkedNote() {
  const { actions } = useReader();
  const [id] = useState(linkedId);
  useEffect(() => {
    if (id) actions.openAnnotations([id], { scroll: true });
  }, [actions, id]);
  return null;
}
