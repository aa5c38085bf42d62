'use server';
// Joining by an invite from a plain form, so that the join link works without JavaScript. Checked
// as every write is: the same Origin, a session, the invite through its schema.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { AnnotationError } from '@/lib/annotations/errors';
import { hasSameOrigin } from '@/lib/auth/origin';
import { getSessionUser } from '@/lib/auth/session';
import { joinByInvite } from '@/lib/db/group-invites';
import { joinGroupSchema } from '@/lib/validations/group';

export async function joinGroup(form: FormData): Promise<void> {
  const parsed = joinGroupSchema.safeParse({ invite: form.get('invite') });
  const back = (error: string) => `/groups/join?${new URLSearchParams({ invite: parsed.success ? parsed.data.invite : '', error })}`;
  if (!parsed.success) redirect(back('invalid'));
  if (!hasSameOrigin(await headers())) redirect(back('origin'));
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(back('').replace(/&error=$/, ''))}`);
  let groupId: string;
  try {
    groupId = (await joinByInvite(parsed.data.invite, user)).group.id;
  } catch (error) {
    if (error instanceof AnnotationError) redirect(back('invalid'));
    throw error;
  }
  redirect(`/groups/${groupId}`);
}
