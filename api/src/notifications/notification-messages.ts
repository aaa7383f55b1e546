import type { TLocale, TNotificationKind } from '../contract';

type Params = Record<string, string>;
type Template = (p: Params) => { title: string; body: string };

/**
 * Notifications are written in the recipient's language when they are created, so the stored text,
 * the live push and any later export read the same.
 */
const MESSAGES: Record<TNotificationKind, Record<TLocale, Template>> = {
  account_activated: {
    nl: (p) => ({
      title: 'Account geactiveerd',
      body: `${p.name} (${p.email}) heeft een wachtwoord ingesteld.`,
    }),
    en: (p) => ({ title: 'Account activated', body: `${p.name} (${p.email}) has set a password.` }),
  },
  system: {
    nl: (p) => ({ title: p.title ?? 'Bericht', body: p.body ?? '' }),
    en: (p) => ({ title: p.titleEn ?? p.title ?? 'Message', body: p.bodyEn ?? p.body ?? '' }),
  },
};

export function renderNotification(kind: TNotificationKind, locale: TLocale, params: Params) {
  return MESSAGES[kind][locale](params);
}
