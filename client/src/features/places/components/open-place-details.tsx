import type { TPublicPlace } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { usePlaceText } from './use-place-text';

/** The place in plain words: what you do, what is asked, what you get, and where. */
export function OpenPlaceDetails({ place }: { place: TPublicPlace }) {
  const { t } = useTranslation();
  const text = usePlaceText();
  const asked = [
    ...place.requiredSkills.map((skill) => t('places.open.mustHave', { skill })),
    ...place.desirableSkills.map((skill) => t('places.open.niceToHave', { skill })),
    ...(place.requirements.drivingLicence ? [t('places.open.drivingLicence')] : []),
    ...(place.requirements.dutchLevel
      ? [t('places.open.dutch', { level: t(`places.dutchLevelsPlain.${place.requirements.dutchLevel}`) })]
      : []),
    ...(place.requirements.educationLevel
      ? [
          t('places.open.education', {
            level: t(`places.educationLevels.${place.requirements.educationLevel}`),
          }),
        ]
      : []),
  ];
  const offered = [
    text.hours(place.hours),
    t('places.open.startsOn', { date: text.startDate(place.startDate) }),
    place.durationMonths === null
      ? t('places.open.noEnd')
      : t('places.open.forMonths', { count: place.durationMonths }),
    t('places.open.positions', { count: place.positions }),
    ...place.support.map((kind) => t(`places.supportPlain.${kind}`)),
  ];

  return (
    <>
      <h2 className="utrecht-heading-2">{t('places.open.whatYouDo')}</h2>
      <p className="utrecht-paragraph kp-pre-line">{place.description || t('places.text.noDescription')}</p>
      {place.occupation && (
        <p className="utrecht-paragraph">
          {t('places.open.occupation', { occupation: place.occupation.label })}
        </p>
      )}

      <h2 className="utrecht-heading-2">{t('places.open.whatWeAsk')}</h2>
      {asked.length ? (
        <ul className="utrecht-unordered-list">
          {asked.map((line) => (
            <li className="utrecht-unordered-list__item" key={line}>
              {line}
            </li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t('places.open.nothingAsked')}</p>
      )}

      <h2 className="utrecht-heading-2">{t('places.open.whatYouGet')}</h2>
      <ul className="utrecht-unordered-list">
        {offered.map((line) => (
          <li className="utrecht-unordered-list__item" key={line}>
            {line}
          </li>
        ))}
      </ul>

      <h2 className="utrecht-heading-2">{t('places.open.where')}</h2>
      <p className="utrecht-paragraph">
        {place.location
          ? t('places.open.workLocation', {
              city: place.location.city ?? '',
              postcode: place.location.postcode,
            })
          : t('places.text.notYet')}
      </p>

      <h2 className="utrecht-heading-2">{t('places.open.interestedTitle')}</h2>
      <p className="utrecht-paragraph">{t('places.open.interested')}</p>
    </>
  );
}
