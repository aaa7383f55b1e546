import type { TCandidateHit } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { candidatePath } from '../paths';

interface CandidateHitListProps {
  hits: TCandidateHit[];
  /** Municipality names by CBS code, to say where a candidate lives. */
  municipalityNames: Map<string, string>;
}

/** The candidates found, each linking to their page, with the matched words marked. */
export function CandidateHitList({ hits, municipalityNames }: CandidateHitListProps) {
  const { t } = useTranslation();
  return (
    <ul className="kp-cards">
      {hits.map((hit) => (
        <li className="kp-card kp-hit" key={hit.id}>
          <h3 className="utrecht-heading-3">
            <Link className="utrecht-link utrecht-link--html-a" to={candidatePath(hit.id)}>
              <HighlightedText segments={hit.highlights.fullName} text={hit.fullName} />
            </Link>
          </h3>
          <ul className="kp-card__facts">
            <li>
              <span className="kp-status">
                {t([`candidates.statuses.${hit.status}`, 'candidates.search.unknown'])}
              </span>
            </li>
            {hit.municipalityCode && (
              <li>{municipalityNames.get(hit.municipalityCode) ?? hit.municipalityCode}</li>
            )}
            <li>
              {hit.hours.min === hit.hours.max
                ? t('candidates.search.hours', { count: hit.hours.min })
                : t('candidates.hoursRange', { min: hit.hours.min, max: hit.hours.max })}
            </li>
          </ul>
          {hit.skills.length > 0 && (
            <p className="utrecht-paragraph">
              {t('candidates.search.skills')}{' '}
              <HighlightedText segments={hit.highlights.skills} text={hit.skills.join(', ')} />
            </p>
          )}
          {hit.occupations.length > 0 && (
            <p className="utrecht-paragraph">
              {t('candidates.search.occupations')}{' '}
              <HighlightedText segments={hit.highlights.occupationLabels} text={hit.occupations.join(', ')} />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
