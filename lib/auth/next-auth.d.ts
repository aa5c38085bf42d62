// What our JWT and session carry beyond next-auth's defaults (see lib/auth/options.ts).
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; name: string; email: string; sessionVersion: number };
    /** Set when the session callback found the token's user and session version current in the database. */
    checked?: boolean;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sessionVersion?: number;
  }
}
