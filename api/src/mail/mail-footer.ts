import type { TLocale } from '../contract';
import { absoluteUrl } from './mail-layout';

/** The account page, where a user chooses which mail they get (the client's `paths.account`). */
export const MAIL_PREFERENCES_PATH = '/mijn-account';

/** Under every mail a user can turn off: why it came, and where to choose. */
export function preferencesFooter(locale: TLocale, publicUrl: string): string[] {
  const url = absoluteUrl(MAIL_PREFERENCES_PATH, publicUrl);
  return locale === 'en'
    ? [`You receive this e-mail from Kansplek. Choose which e-mails you get, at once or daily: ${url}`]
    : [`U ontvangt deze e-mail van Kansplek. Kies zelf welke e-mails u krijgt, direct of dagelijks: ${url}`];
}
