// What a notification's mail says: plain text, who wrote what where, and the link to the note.
import type { MailDetails } from '@/lib/db/notifications';

export function notificationMessage({ recipientName, actorName, item }: MailDetails, siteUrl: string): { subject: string; text: string } {
  const what = item.kind === 'mention' ? 'mentioned you' : 'replied to your note';
  const subject = `${actorName} ${what} on “${item.document.title}”`;
  const link = new URL(item.href, siteUrl).toString();
  const quoted = item.excerpt ? `\n\n> ${item.excerpt}` : '';
  const text = `Hello ${recipientName},\n\n${actorName} ${what} on “${item.document.title}”.${quoted}\n\nOpen the note: ${link}\n\nYour inbox: ${new URL('/inbox', siteUrl).toString()}\n`;
  return { subject, text };
}
