// The link as the server renders it, here with no app router mounted (as in other components' tests).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Link } from '@/components/link';

describe('Link', () => {
  it('renders a plain link, with what it was given, where no router is mounted', () => {
    const html = renderToStaticMarkup(
      <Link href="/groups?page=2#top" className="nav" aria-current="page" data-mode="columns">
        Groups
      </Link>,
    );
    expect(html).toBe('<a class="nav" aria-current="page" data-mode="columns" href="/groups?page=2#top">Groups</a>');
  });
});
