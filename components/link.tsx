'use client';
// The app's links: Next.js's <Link>, with the next page fetched ahead when a reader reaches for
// the link (pointer over it, focus, a touch) instead of as soon as it is in view. Every page here
// is rendered per request, so each viewport prefetch was a server render: a reader page view asked
// for 16 of them (the header's links, the reading modes, the print view), and cost the server four
// times the page's own render (bench/RESULTS.md, "Issue 10, eighth round").
import NextLink from 'next/link';
import { useRouter } from 'next/navigation';
import type { ComponentProps } from 'react';

/** `prefetch={false}`: not even when reached for. */
type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'prefetch'> & { href: string; prefetch?: false };

/** The router, or none where no app router is mounted (a component rendered on its own in a test). */
function useOptionalRouter(): ReturnType<typeof useRouter> | null {
  try {
    return useRouter();
  } catch {
    return null;
  }
}

export function Link({ href, prefetch, onMouseEnter, onFocus, onTouchStart, ...props }: Props) {
  const router = useOptionalRouter();
  // The router fetches nothing while its copy of the page is fresh, and again once it is not.
  const reach = () => {
    if (prefetch !== false && href.startsWith('/')) router?.prefetch(href);
  };
  return (
    <NextLink
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        reach();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        reach();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        reach();
        onTouchStart?.(event);
      }}
    />
  );
}
