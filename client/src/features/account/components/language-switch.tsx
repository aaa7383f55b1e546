import type { TLocale } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale } from '@/i18n';
import { useUpdateMe } from '../api/update-me';

/**
 * Switches between Dutch and English. The choice is kept in this browser and, when signed in,
 * saved on the account so it follows the user to other devices.
 */
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const updateMe = useUpdateMe();
  const target: TLocale = currentLocale() === 'nl' ? 'en' : 'nl';

  const switchLanguage = async () => {
    await changeLocale(target);
    // A failed save leaves the switch in place for this browser; the account keeps the old choice.
    if (signedIn) updateMe.mutate({ locale: target });
  };

  return (
    <button
      type="button"
      className="utrecht-button utrecht-button--subtle kp-header-button"
      onClick={() => void switchLanguage()}
    >
      <span className="kp-visually-hidden">{t('language.switchPrefix')} </span>
      <span lang={target}>{t(`language.names.${target}`)}</span>
    </button>
  );
}
