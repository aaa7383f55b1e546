import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

/** Every step of the match, oldest first: the stage it reached, when, by whom, and their note. */
export function MatchTimeline({ match }: { match: TMatch }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="kp-match-section" aria-labelledby="match-timeline">
      <h2 className="utrecht-heading-2" id="match-timeline">
        {t('pipeline.timeline.title')}
      </h2>
      {match.timeline.length === 0 ? (
        <p className="utrecht-paragraph">{t('pipeline.timeline.empty')}</p>
      ) : (
        <ol className="kp-timeline">
          {match.timeline.map((event, index) => (
            <li className="kp-timeline__event" key={`${event.at}-${index}`}>
              <strong>
                {event.event
                  ? t(`pipeline.timeline.events.${event.event}`)
                  : t(`matching.stages.${event.stage}`)}
              </strong>{' '}
              — <time dateTime={event.at}>{formatDateTime(event.at, i18n.language)}</time> —{' '}
              {t('pipeline.timeline.by', { name: event.by.name })}
              {event.note && <p className="utrecht-paragraph">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
