import 'server-only';
// Mail about mentions and replies, when ACCORD_SMTP_URL names a server (off otherwise). It is sent
// after the reply has committed and is never waited for: a mail server that is slow or away costs
// the writer nothing, and its errors are logged, not answered.
import nodemailer from 'nodemailer';
import { mailEnv } from '@/lib/env';
import { mailDetails, type Notified } from '@/lib/db/notifications';
import { notificationMessage } from '@/lib/mail/message';

let transport: nodemailer.Transporter | undefined;

type Options = { transport?: nodemailer.Transporter; smtpUrl?: string; from?: string; siteUrl?: string };

/** Sends one mail per notification, in the background; the promise is for tests, callers do not wait. */
export function mailNotifications(notified: readonly Notified[], options: Options = {}): Promise<void> {
  if (!notified.length) return Promise.resolve();
  const send = async () => {
    const { ACCORD_SMTP_URL, ACCORD_MAIL_FROM, NEXTAUTH_URL } = mailEnv();
    const settings = { smtpUrl: ACCORD_SMTP_URL, from: ACCORD_MAIL_FROM, siteUrl: NEXTAUTH_URL, ...options };
    if (!settings.smtpUrl && !options.transport) return;
    const mailer = options.transport ?? (transport ??= nodemailer.createTransport(settings.smtpUrl));
    for (const details of await mailDetails(notified)) {
      const message = notificationMessage(details, settings.siteUrl ?? 'http://localhost:3000');
      await mailer
        .sendMail({ from: settings.from ?? 'Accord <accord@localhost>', to: details.email, ...message })
        .catch((error: Error) => console.warn(`mail to a reader about ${details.item.kind} ${details.item.id} not sent: ${error.message}`));
    }
  };
  return send().catch((error: Error) => console.warn(`mail not sent: ${error.message}`));
}
