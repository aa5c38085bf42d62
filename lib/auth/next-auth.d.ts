// What our JWT and session carry beyond next-auth's defaults (see lib/auth/options.ts).
import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user?: { id: string; name: string; email: string; sessionVersion: number };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    sessionVersion?: number;
  }
}
