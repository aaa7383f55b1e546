import type { TMatchCv } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/features/candidates/components/data-list';

/**
 * The CV summary the contractor sees of a candidate who consented to the introduction (work, education
 * and skills; never target groups, benefits or support needs, which the API leaves out).
 */
export function CandidateCv({ cv }: { cv: TMatchCv }) {
  const { t } = useTranslation();
  const level = (key: string, value: string | null) =>
    value ? t(`candidates.${key}.${value}`, { defaultValue: value }) : null;
  const list = (items: string[]) =>
    items.length === 0 ? null : (
      <ul className="utrecht-unordered-list">
        {items.map((item, index) => (
          <li className="utrecht-unordered-list__item" key={`${item}-${index}`}>
            {item}
          </li>
        ))}
      </ul>
    );

  return (
    <section className="kp-match-section" aria-labelledby="match-cv">
      <h2 className="utrecht-heading-2" id="match-cv">
        {t('pipeline.cv.title')}
      </h2>
      <DataList
        items={[
          { label: t('pipeline.cv.skills'), value: cv.skills.join(', ') },
          { label: t('pipeline.cv.occupations'), value: cv.occupations.join(', ') },
          {
            label: t('pipeline.cv.workExperience'),
            value: list(
              cv.workExperience.map((work) =>
                t('pipeline.cv.work', {
                  title: work.title,
                  employer: work.employer,
                  from: work.from,
                  to: work.to ?? t('pipeline.cv.now'),
                }),
              ),
            ),
          },
          {
            label: t('pipeline.cv.education'),
            value: list(
              cv.education.map(
                (education) =>
                  `${education.programme} (${level('educationLevels', education.level)})${education.completed ? '' : ` — ${t('pipeline.cv.notCompleted')}`}`,
              ),
            ),
          },
          { label: t('pipeline.cv.educationLevel'), value: level('educationLevels', cv.educationLevel) },
          { label: t('pipeline.cv.dutchLevel'), value: level('languageLevels', cv.dutchLevel) },
          {
            label: t('pipeline.cv.drivingLicence'),
            value: cv.drivingLicence === null ? null : t(cv.drivingLicence ? 'pipeline.yes' : 'pipeline.no'),
          },
        ]}
      />
    </section>
  );
}
