import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { clientMessages, type ClientArea } from '@/lib/i18n/client-namespaces';

/** Gives the Client Components below it the messages of their part of the app, and only those. */
export async function ClientMessages({ area, children }: { area: ClientArea; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, area)}>{children}</NextIntlClientProvider>;
}
