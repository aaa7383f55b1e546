import type { Types } from 'mongoose';
import {
  MAIL_TOPIC_OF_NOTIFICATION,
  mailDeliveryFor,
  type TLocale,
  type TMailDelivery,
  type TMailTopic,
  type TNotificationKind,
  type TRole,
} from '../contract';
import { addToDigest, enqueueMail } from '../mail/enqueue-mail';
import type { CalendarEvent } from '../mail/calendar-invite';

/** Who a notification goes to, as far as mail needs to know. */
export interface MailRecipient {
  _id: Types.ObjectId;
  email: string;
  role: TRole;
  status: string;
  locale?: TLocale | null;
  mailPreferences?: Partial<Record<TMailTopic, TMailDelivery | null>> | null;
}

/** A stored notification: the mail says exactly what the bell says, so it shows no more than the user may see. */
export interface MailedNotification {
  id: string;
  kind: TNotificationKind;
  title: string;
  body: string;
  link: string | null;
}

export interface NotificationMailExtras {
  /** The candidate the notification names, so the mail can be withheld if they withdraw consent. */
  candidateId?: string | Types.ObjectId | null;
  /** An appointment (an interview) the mail carries as an .ics file. */
  calendarEvent?: CalendarEvent;
}

interface NextSteps {
  paragraphs: string[];
  action: string;
}

/** What the recipient can do next, for the kinds that ask for an answer (static text, about no one). */
const NEXT_STEPS: Partial<Record<TNotificationKind, Record<TLocale, NextSteps>>> = {
  introduction_requested: {
    nl: {
      paragraphs: [
        'Wat gebeurt er als u ja zegt? De werkgever ziet dan uw naam en een korte samenvatting van uw cv. Uw consulent neemt daarna contact met u op over een gesprek.',
        'Zegt u nee, dan krijgt de werkgever niets over u te zien en blijft u gewoon ingeschreven. U kunt uw toestemming later altijd intrekken.',
      ],
      action: 'Vraag beantwoorden',
    },
    en: {
      paragraphs: [
        'What happens if you say yes? The employer then sees your name and a short summary of your CV. Your consultant then contacts you about an interview.',
        'If you say no, the employer sees nothing about you and you stay registered. You can always withdraw your consent later.',
      ],
      action: 'Answer the question',
    },
  },
  candidate_put_forward: {
    nl: {
      paragraphs: [
        'De kandidaat gaf toestemming. Op de matchpagina ziet u naam en cv-samenvatting, en plant u het gesprek.',
      ],
      action: 'Match bekijken',
    },
    en: {
      paragraphs: [
        'The candidate consented. The match page shows their name and CV summary; plan the interview there.',
      ],
      action: 'View the match',
    },
  },
};

const OPEN: Record<TLocale, string> = { nl: 'Bekijken in Kansplek', en: 'View in Kansplek' };

/**
 * Mails a notification as the recipient chose for its topic: at once, in the daily digest, or not.
 * Only active accounts get mail. Never throws (the mail layer logs what it could not store).
 */
export async function mailNotification(
  user: MailRecipient,
  notification: MailedNotification,
  extras: NotificationMailExtras = {},
): Promise<TMailDelivery> {
  if (user.status !== 'active') return 'off';
  const delivery = mailDeliveryFor(
    user.role,
    MAIL_TOPIC_OF_NOTIFICATION[notification.kind],
    user.mailPreferences,
  );
  if (delivery === 'off') return delivery;
  const locale = user.locale ?? 'nl';
  const candidateId = extras.candidateId ?? null;
  // Contractors may see a candidate only while the candidate consents to sharing.
  const needsSharingConsent = user.role === 'contractor';
  if (delivery === 'daily') {
    const { title, body, link } = notification;
    await addToDigest({
      userId: user._id,
      to: user.email,
      locale,
      needsSharingConsent,
      item: { title, body, link, candidateId, calendar: extras.calendarEvent ?? null },
    });
    return delivery;
  }
  const next = NEXT_STEPS[notification.kind]?.[locale];
  await enqueueMail({
    key: `notification:${notification.id}`,
    kind: 'notification',
    userId: user._id,
    to: user.email,
    locale,
    content: {
      subject: notification.title,
      heading: notification.title,
      paragraphs: [notification.body, ...(next?.paragraphs ?? [])],
      action: { label: next?.action ?? OPEN[locale], href: notification.link ?? '/meldingen' },
      preferencesFooter: true,
    },
    calendar: extras.calendarEvent ?? null,
    candidateId,
    needsSharingConsent,
  });
  return delivery;
}
