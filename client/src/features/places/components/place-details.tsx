import type { TPlace } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { usePlaceText } from './use-place-text';

function Facts({ facts }: { facts: Array<{ label: string; value: ReactNode }> }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows kp-data-list">
      {facts.map((fact) => (
        <div className="utrecht-data-list__item" key={fact.label}>
          <dt className="utrecht-data-list__item-key">{fact.label}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {fact.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything about a place, for its contractor and the region's consultants. */
export function PlaceDetails({ place }: { place: TPlace }) {
  const { t, i18n } = useTranslation();
  const text = usePlaceText();
  const location = place.location;
  const address = location
    ? [
        [location.street, location.houseNumber].filter(Boolean).join(' '),
        `${location.postcode} ${location.city ?? ''}`,
      ]
        .filter((line) => line.trim())
        .join(', ')
    : t('places.text.notYet');

  return (
    <>
      <h2 className="utrecht-heading-2">{t('places.detail.offer')}</h2>
      <p className="utrecht-paragraph kp-pre-line">{place.description || t('places.text.noDescription')}</p>
      <Facts
        facts={[
          { label: t('places.fields.contractor'), value: place.contractor.name },
          { label: t('places.fields.kind'), value: t(`places.kinds.${place.kind}`) },
          {
            label: t('places.fields.sector'),
            value: place.sector ? t(`places.sectors.${place.sector}`) : t('places.text.notYet'),
          },
          {
            label: t('places.fields.occupation'),
            value: place.occupation
              ? `${place.occupation.label} (ISCO ${place.occupation.iscoCode})`
              : t('places.text.notYet'),
          },
          { label: t('places.fields.hours'), value: text.hours(place.hours) },
          { label: t('places.fields.startDate'), value: text.startDate(place.startDate) },
          { label: t('places.fields.durationMonths'), value: text.duration(place.durationMonths) },
          { label: t('places.fields.positions'), value: place.positions },
          { label: t('places.fields.location'), value: address },
          {
            label: t('places.fields.contract'),
            value: place.contract
              ? `${place.contract.title} (${place.contract.reference})`
              : t('places.text.none'),
          },
        ]}
      />
      <h2 className="utrecht-heading-2">{t('places.detail.candidate')}</h2>
      <Facts
        facts={[
          { label: t('places.fields.requiredSkills'), value: text.skills(place.requiredSkills) },
          { label: t('places.fields.desirableSkills'), value: text.skills(place.desirableSkills) },
          { label: t('places.fields.drivingLicence'), value: text.drivingLicence(place.requirements) },
          { label: t('places.fields.dutchLevel'), value: text.dutchLevel(place.requirements) },
          { label: t('places.fields.educationLevel'), value: text.educationLevel(place.requirements) },
          { label: t('places.fields.support'), value: text.support(place.support) },
        ]}
      />
      <h2 className="utrecht-heading-2">{t('places.detail.history')}</h2>
      <ol className="utrecht-ordered-list">
        {place.history.map((entry) => (
          <li className="utrecht-ordered-list__item" key={`${entry.at}-${entry.to}`}>
            {t(entry.from ? 'places.detail.historyMove' : 'places.detail.historyCreated', {
              status: t(`places.statuses.${entry.to}`),
              name: entry.by.name,
              date: formatDateTime(entry.at, i18n.language),
            })}
          </li>
        ))}
      </ol>
    </>
  );
}
