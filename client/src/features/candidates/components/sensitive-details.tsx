import type { TCandidateSensitive } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { DataList } from './data-list';

/** Clearly set apart: consultants only, and every time it is shown the server has logged the read. */
export function SensitiveDetails({ sensitive }: { sensitive: TCandidateSensitive }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kp-candidate-sensitive" aria-labelledby="details-sensitive">
      <h2 className="utrecht-heading-2" id="details-sensitive">
        {t('candidates.sections.sensitive')}
      </h2>
      <p className="utrecht-paragraph">{t('candidates.sensitiveReadNotice')}</p>
      <DataList
        items={[
          {
            label: t('candidates.fields.targetGroups'),
            value: sensitive.targetGroups.map((g) => t(`candidates.targetGroups.${g}`)).join(', '),
          },
          {
            label: t('candidates.fields.benefitType'),
            value: t(`candidates.benefitTypes.${sensitive.benefitType}`),
          },
          {
            label: t('candidates.fields.benefitSince'),
            value: sensitive.benefitSince ? formatDate(sensitive.benefitSince, i18n.language) : null,
          },
          {
            label: t('candidates.fields.birthDate'),
            value: sensitive.birthDate ? formatDate(sensitive.birthDate, i18n.language) : null,
          },
          {
            label: t('candidates.fields.supportNeeds'),
            value: sensitive.supportNeeds.map((s) => t(`candidates.supportKinds.${s}`)).join(', '),
          },
          { label: t('candidates.fields.supportNote'), value: sensitive.supportNote },
        ]}
      />
    </section>
  );
}
