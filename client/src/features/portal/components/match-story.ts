import type { TMatch } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';
import { formatDate } from '@/lib/format';

export interface MatchStory {
  /** Where the match stands, in the candidate's words. */
  status: string;
  /** What happens now ("wat gebeurt er nu"), and who does it. */
  next: string[];
}

/** Which version of an ended match's story: whether the candidate ended it themselves. */
function endedBy(match: TMatch): 'self' | 'other' {
  return match.dismissal?.by === 'candidate' ? 'self' : 'other';
}

/** The next aftercare check-in not done yet, if any (nazorg after 1, 3, 6 and 12 months). */
function nextAftercare(match: TMatch) {
  return match.employment?.aftercare.find((check) => check.doneAt === null) ?? null;
}

/**
 * Where a match stands and what happens now, in plain Dutch for the candidate: no pipeline terms, no
 * scores, one short sentence per step.
 */
export function matchStory(match: TMatch, t: TFunction, language: string): MatchStory {
  const date = (iso: string) => formatDate(iso, language);
  const key = 'portal.stages';
  switch (match.stage) {
    case 'shortlisted':
      return match.introduction?.consent === null
        ? { status: t(`${key}.waiting.status`), next: [t(`${key}.waiting.next`)] }
        : { status: t(`${key}.shortlisted.status`), next: [t(`${key}.shortlisted.next`)] };
    case 'interview': {
      const interview = match.interview;
      if (!interview) break;
      return {
        status: t(`${key}.interview.status`),
        next: [
          t(`${key}.interview.when`, {
            date: longDay(interview.date, language),
            start: interview.startTime,
            end: interview.endTime,
            location: interview.location,
          }),
          t(`${key}.interview.prepare`),
        ],
      };
    }
    case 'trial': {
      const end = match.trial?.plannedEnd;
      return {
        status: t(`${key}.trial.status`),
        next: [
          end ? t(`${key}.trial.until`, { date: date(end) }) : t(`${key}.trial.noDate`),
          t(`${key}.trial.next`),
        ],
      };
    }
    case 'hired': {
      const employment = match.employment;
      if (employment?.ended) {
        return {
          status: t(`${key}.hired.endedStatus`),
          next: [t(`${key}.hired.ended`, { date: date(employment.ended.date) })],
        };
      }
      const aftercare = nextAftercare(match);
      return {
        status: t(`${key}.hired.status`),
        next: [
          employment
            ? t(`${key}.hired.since`, { date: date(employment.startDate) })
            : t(`${key}.hired.noDate`),
          t(`${key}.hired.aftercare`),
          ...(aftercare ? [t(`${key}.hired.nextAftercare`, { date: date(aftercare.dueDate) })] : []),
        ],
      };
    }
    case 'declined':
    case 'withdrawn':
      return {
        status: t(`${key}.${match.stage}.${endedBy(match)}Status`),
        next: [t(`${key}.${match.stage}.${endedBy(match)}`)],
      };
    default:
      break;
  }
  return { status: t(`${key}.${match.stage}.status`), next: [t(`${key}.${match.stage}.next`)] };
}

/** "dinsdag 12 januari 2027": the weekday helps to put an appointment in one's agenda. */
function longDay(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
