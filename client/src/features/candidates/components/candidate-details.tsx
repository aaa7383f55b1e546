import type { TCandidate } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { DataList } from './data-list';

/** The profile as a consultant reads it, in the same sections as the form (sensitive part apart). */
export function CandidateDetails({ candidate }: { candidate: TCandidate }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : null);
  const list = (keys: string[], prefix: string) => keys.map((key) => t(`${prefix}.${key}`)).join(', ');
  const address = candidate.address;

  return (
    <>
      <section aria-labelledby="details-personal">
        <h2 className="utrecht-heading-2" id="details-personal">
          {t('candidates.sections.personal')}
        </h2>
        <DataList
          items={[
            { label: t('candidates.fields.email'), value: candidate.email },
            { label: t('candidates.fields.phone'), value: candidate.phone },
            {
              label: t('candidates.fields.address'),
              value: [
                [address.street, address.houseNumber].filter(Boolean).join(' '),
                `${address.postcode} ${address.city ?? ''}`.trim(),
              ]
                .filter(Boolean)
                .join(', '),
            },
            { label: t('candidates.fields.consultant'), value: candidate.consultant?.name },
            { label: t('candidates.fields.status'), value: t(`candidates.statuses.${candidate.status}`) },
            { label: t('candidates.fields.waitingSince'), value: date(candidate.waitingSince) },
          ]}
        />
      </section>
      <section aria-labelledby="details-wishes">
        <h2 className="utrecht-heading-2" id="details-wishes">
          {t('candidates.sections.wishes')}
        </h2>
        <DataList
          items={[
            {
              label: t('candidates.fields.hours'),
              value: t('candidates.hoursRange', candidate.hoursWanted),
            },
            { label: t('candidates.fields.availableFrom'), value: date(candidate.availableFrom) },
            {
              label: t('candidates.fields.travel'),
              value: t('candidates.travelSummary', {
                km: candidate.travel.maxKm,
                mode: t(`candidates.travelModes.${candidate.travel.mode}`),
              }),
            },
            {
              label: t('candidates.fields.preferredSectors'),
              value: list(candidate.preferredSectors, 'candidates.sectors'),
            },
            {
              label: t('candidates.fields.preferredPlaceKinds'),
              value: list(candidate.preferredPlaceKinds, 'candidates.placeKinds'),
            },
          ]}
        />
      </section>
      <section aria-labelledby="details-skills">
        <h2 className="utrecht-heading-2" id="details-skills">
          {t('candidates.sections.skills')}
        </h2>
        <DataList
          items={[
            { label: t('candidates.fields.skills'), value: candidate.skills.join(', ') },
            {
              label: t('candidates.fields.occupations'),
              value: candidate.occupations
                .map(
                  (o) =>
                    `${t(`candidates.occupations.${o.iscoCode}`, { defaultValue: o.label })} (${o.iscoCode})`,
                )
                .join(', '),
            },
            {
              label: t('candidates.fields.experience'),
              value: candidate.workExperience
                .map(
                  (w) =>
                    `${w.title}, ${w.employer} (${w.from} – ${w.to ?? t('candidates.experience.ongoing')})`,
                )
                .join('; '),
            },
            { label: t('candidates.fields.cvSummary'), value: candidate.cvSummary },
          ]}
        />
      </section>
      <section aria-labelledby="details-education">
        <h2 className="utrecht-heading-2" id="details-education">
          {t('candidates.sections.education')}
        </h2>
        <DataList
          items={[
            {
              label: t('candidates.fields.educationLevel'),
              value: t(`candidates.educationLevels.${candidate.educationLevel}`),
            },
            {
              label: t('candidates.fields.dutchLevel'),
              value: t(`candidates.languageLevels.${candidate.dutchLevel}`),
            },
            {
              label: t('candidates.fields.drivingLicence'),
              value: t(candidate.drivingLicence ? 'candidates.yes' : 'candidates.no'),
            },
            {
              label: t('candidates.fields.education'),
              value: candidate.education
                .map(
                  (e) =>
                    `${e.programme} (${t(`candidates.educationLevels.${e.level}`)}${e.year ? `, ${e.year}` : ''}; ${t(
                      e.completed ? 'candidates.education.done' : 'candidates.education.notDone',
                    )})`,
                )
                .join('; '),
            },
          ]}
        />
      </section>
    </>
  );
}
