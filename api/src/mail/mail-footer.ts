import type { TLocale } from '../contract';
import type { FooterLine } from './mail-layout';

/** The account page, where a user chooses which mail they get (the client's `paths.account`). */
export const MAIL_PREFERENCES_PATH = '/mijn-account';

/** Under every mail a user can turn off: why it came, and where to choose. */
export function preferencesFooter(locale: TLocale): FooterLine[] {
  return locale === 'en'
    ? [
        {
          text: 'You receive this e-mail from Kansplek.',
          link: { label: 'Choose which e-mails you get, at once or daily', href: MAIL_PREFERENCES_PATH },
        },
      ]
    : [
        {
          text: 'U ontvangt deze e-mail van Kansplek.',
          link: {
            label: 'Kies zelf welke e-mails u krijgt, direct of dagelijks',
            href: MAIL_PREFERENCES_PATH,
          },
        },
      ];
}
