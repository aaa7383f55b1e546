import type { TLocale } from '../contract';
import { calendarAttachment } from './calendar-invite';
import { dutchDate } from './digest-schedule';
import { renderMail } from './mail-layout';
import type { MailDoc } from './mail-outbox.model';
import { preferencesFooter } from './mail-footer';

const TEXTS: Record<TLocale, { subject: (date: string) => string; intro: (count: number) => string }> = {
  nl: {
    subject: (date) => `Kansplek: uw overzicht van ${date}`,
    intro: (count) =>
      count === 1
        ? 'Sinds het vorige overzicht is er 1 bericht voor u.'
        : `Sinds het vorige overzicht zijn er ${count} berichten voor u.`,
  },
  en: {
    subject: (date) => `Kansplek: your summary of ${date}`,
    intro: (count) =>
      count === 1
        ? 'There is 1 message for you since the last summary.'
        : `There are ${count} messages for you since the last summary.`,
  },
};

function displayDate(iso: string, locale: TLocale): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The daily digest as sent: the items it collected (each a notification's own text), newest last. */
export function renderDigest(mail: MailDoc, publicUrl: string) {
  if (!mail.items.length) return null;
  const texts = TEXTS[mail.locale];
  const subject = texts.subject(displayDate(dutchDate(mail.sendAt), mail.locale));
  const rendered = renderMail(
    {
      subject,
      heading: subject,
      paragraphs: [texts.intro(mail.items.length)],
      items: mail.items.map(({ title, body, link }) => ({ title, body, link })),
      footer: preferencesFooter(mail.locale),
    },
    mail.locale,
    publicUrl,
  );
  const calendars = mail.items.flatMap((item) => (item.calendar ? [item.calendar] : []));
  return {
    ...rendered,
    attachments: calendars.map((event) => calendarAttachment(event, mail.locale, publicUrl)),
  };
}
