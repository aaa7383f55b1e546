import type { TPlace } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';

type Offer = Pick<
  TPlace,
  'hours' | 'durationMonths' | 'startDate' | 'requirements' | 'support' | 'positions'
>;

/** The phrases that describe a place's offer, the same on every page that shows one. */
export function usePlaceText() {
  const { t, i18n } = useTranslation();
  return {
    hours: (hours: Offer['hours']) =>
      !hours
        ? t('places.text.notYet')
        : hours.min === hours.max
          ? t('places.text.hoursExact', { count: hours.min })
          : t('places.text.hoursRange', { min: hours.min, max: hours.max }),
    duration: (months: Offer['durationMonths']) =>
      months === null ? t('places.text.openEnded') : t('places.text.months', { count: months }),
    startDate: (date: Offer['startDate']) =>
      date ? formatDate(date, i18n.language) : t('places.text.notYet'),
    dutchLevel: (requirements: Offer['requirements']) =>
      requirements.dutchLevel
        ? t(`places.dutchLevels.${requirements.dutchLevel}`)
        : t('places.text.noRequirement'),
    educationLevel: (requirements: Offer['requirements']) =>
      requirements.educationLevel
        ? t(`places.educationLevels.${requirements.educationLevel}`)
        : t('places.text.noRequirement'),
    drivingLicence: (requirements: Offer['requirements']) =>
      requirements.drivingLicence ? t('places.text.yes') : t('places.text.no'),
    support: (support: Offer['support']) =>
      support.length ? support.map((kind) => t(`places.support.${kind}`)).join(', ') : t('places.text.none'),
    skills: (skills: string[]) => (skills.length ? skills.join(', ') : t('places.text.none')),
  };
}
