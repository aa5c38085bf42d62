'use client';
// A link to a note (`?note=<id>`, as the inbox makes them) opens it in the panel once the page is
// interactive; the `#segment` of the link has already brought its passage into view.
import { useEffect } from 'react';
import { useReader } from '@/components/annotations/reader-context';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function LinkedNote() {
  const { actions } = useReader();
  useEffect(() => {
    const id = new URLSearchParams(window.location.search).get('note');
    if (id && uuid.test(id)) actions.openAnnotations([id], { scroll: true });
  }, [actions]);
  return null;
}
