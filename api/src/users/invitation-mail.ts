import type { TInvitation, TLocale, TRole } from '../contract';
import { enqueueMail } from '../mail/enqueue-mail';
import type { MailContent } from '../mail/mail-outbox.model';
import { hashInviteToken } from './invitation-token';

const ROLE_NAMES: Record<TRole, Record<TLocale, string>> = {
  admin: { nl: 'beheerder', en: 'administrator' },
  consultant: { nl: 'jobconsulent', en: 'job consultant' },
  contractor: { nl: 'opdrachtnemer', en: 'contractor' },
  candidate: { nl: 'kandidaat', en: 'candidate' },
  municipality: { nl: 'gemeente', en: 'municipality' },
};

const formatDate = (iso: string, locale: TLocale) =>
  new Date(iso).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

function invitationContent(invitation: TInvitation, inviterName: string): MailContent {
  const { user, inviteUrl, expiresAt } = invitation;
  const { locale } = user;
  const role = ROLE_NAMES[user.role][locale];
  const until = formatDate(expiresAt, locale);
  if (locale === 'en') {
    return {
      subject: 'Your invitation to Kansplek',
      heading: `Welcome to Kansplek, ${user.name}`,
      paragraphs: [
        `${inviterName} created an account for you on Kansplek, as ${role} at ${user.organisation.name}.`,
        `Choose a password with the button below. The link works once, until ${until}.`,
        user.role === 'candidate'
          ? 'In your account you see places that suit you, answer questions from your consultant and follow your applications.'
          : 'If you did not expect this e-mail, you can ignore it: nothing happens without the link.',
      ],
      action: { label: 'Set your password', href: inviteUrl },
    };
  }
  return {
    subject: 'Uw uitnodiging voor Kansplek',
    heading: `Welkom bij Kansplek, ${user.name}`,
    paragraphs: [
      `${inviterName} heeft een account voor u gemaakt op Kansplek, als ${role} bij ${user.organisation.name}.`,
      `Kies met de knop hieronder een wachtwoord. De link werkt één keer, tot ${until}.`,
      user.role === 'candidate'
        ? 'In uw account ziet u plekken die bij u passen, beantwoordt u vragen van uw consulent en volgt u uw sollicitaties.'
        : 'Had u deze e-mail niet verwacht? Dan kunt u hem negeren: zonder de link gebeurt er niets.',
    ],
    action: { label: 'Wachtwoord instellen', href: inviteUrl },
  };
}

/**
 * Mails the one-time link to the invited person. The outbox holds the link only until it is sent; the
 * key names the token's hash, so a new link is a new mail and a repeat of the same one is not.
 */
export async function mailInvitation(invitation: TInvitation, inviterName: string): Promise<void> {
  const token = new URL(invitation.inviteUrl).searchParams.get('token') ?? '';
  await enqueueMail({
    key: `invitation:${invitation.user.id}:${hashInviteToken(token)}`,
    kind: 'invitation',
    userId: invitation.user.id,
    to: invitation.user.email,
    locale: invitation.user.locale,
    content: invitationContent(invitation, inviterName),
  });
}
