import type { TOwnCandidateProfile } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/features/candidates/components/data-list';
import { formatDate } from '@/lib/format';

/** What the service point has recorded about the candidate (the consultant changes these). */
export function OwnProfileSummary({ profile }: { profile: TOwnCandidateProfile }) {
  const { t, i18n } = useTranslation();
  const address = profile.address;
  const items = [
    { label: t('profile.fields.name'), value: `${profile.firstName} ${profile.lastName}` },
    { label: t('profile.fields.email'), value: profile.email },
    { label: t('profile.fields.phone'), value: profile.phone },
    {
      label: t('profile.fields.address'),
      value: [
        [address.street, address.houseNumber].filter(Boolean).join(' '),
        `${address.postcode} ${address.city ?? ''}`,
      ]
        .filter((part) => part.trim())
        .join(', '),
    },
    { label: t('profile.fields.consultant'), value: profile.consultant?.name },
    { label: t('profile.fields.status'), value: t(`candidates.statuses.${profile.status}`) },
    { label: t('profile.fields.waitingSince'), value: formatDate(profile.waitingSince, i18n.language) },
    { label: t('profile.fields.skills'), value: profile.skills.join(', ') },
    {
      label: t('profile.fields.occupations'),
      value: profile.occupations
        .map((o) => t(`candidates.occupations.${o.iscoCode}`, { defaultValue: o.label }))
        .join(', '),
    },
    {
      label: t('profile.fields.experience'),
      value: profile.workExperience.map((w) => `${w.title}, ${w.employer}`).join('; '),
    },
    {
      label: t('profile.fields.educationLevel'),
      value: t(`candidates.educationLevels.${profile.educationLevel}`),
    },
    { label: t('profile.fields.dutchLevel'), value: t(`candidates.languageLevels.${profile.dutchLevel}`) },
    {
      label: t('profile.fields.drivingLicence'),
      value: t(profile.drivingLicence ? 'candidates.yes' : 'candidates.no'),
    },
    { label: t('profile.fields.cvSummary'), value: profile.cvSummary },
  ];

  return <DataList items={items} />;
}
