import Link from 'next/link';

// Replaced by the signed-in aware navigation once accounts exist.
export function AccountNav() {
  return (
    <nav aria-label="Account">
      <Link href="/signin">Sign in</Link>
    </nav>
  );
}
