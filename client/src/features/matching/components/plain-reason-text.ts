import type { TMatchReason } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';
import { formatNumber, hoursRange } from './reason-text';

type Params = TMatchReason['params'];

const num = (params: Params, key: string) => Number(params[key] ?? 0) || 0;
const str = (params: Params, key: string) => String(params[key] ?? '');

function plainSkills(t: TFunction, p: Params): string | null {
  const skills = str(p, 'skills');
  if (!skills) return null;
  const total = num(p, 'required');
  const matched = num(p, 'matchedRequired');
  if (!total) return t('matching.plainReasons.skillsDesirable', { skills });
  return matched === total
    ? t('matching.plainReasons.skillsAll', { skills })
    : t('matching.plainReasons.skills', { matched, total, skills });
}

/**
 * Why a place suits the candidate, in plain words addressed to them; null for what does not speak in
 * the place's favour or is not theirs to weigh (the contract's target groups).
 */
export function plainReasonSentence(reason: TMatchReason, t: TFunction, language: string): string | null {
  const p = reason.params;
  if (reason.points <= 0) return null;
  switch (reason.factor) {
    case 'skills':
      return plainSkills(t, p);
    case 'occupation': {
      const level = str(p, 'level');
      return ['same_occupation', 'related_occupation', 'related_field'].includes(level)
        ? t(`matching.plainReasons.occupation.${level}`)
        : null;
    }
    case 'distance':
      return t('matching.plainReasons.distance', {
        km: formatNumber(num(p, 'km'), language),
        maxKm: formatNumber(num(p, 'maxKm'), language),
        mode: t(`matching.travelModes.${str(p, 'mode')}`, { defaultValue: str(p, 'mode') }),
      });
    case 'hours':
      return t('matching.plainReasons.hours', {
        wanted: hoursRange(str(p, 'wanted')),
        offered: hoursRange(str(p, 'offered')),
      });
    case 'preferences': {
      const sector = num(p, 'sector') > 0;
      const kind = num(p, 'kind') > 0;
      return t(`matching.plainReasons.preferences.${sector && kind ? 'both' : sector ? 'sector' : 'kind'}`);
    }
    case 'waiting':
      return num(p, 'priority')
        ? t('matching.plainReasons.waitingPriority')
        : t('matching.plainReasons.waiting', { count: num(p, 'months') });
    case 'support':
      if (!num(p, 'needed')) return null;
      return t(
        num(p, 'covered') >= num(p, 'needed')
          ? 'matching.plainReasons.support'
          : 'matching.plainReasons.supportPartly',
      );
    case 'target_group':
      return null;
  }
}

/** The score as words for the candidate: no bare numbers to puzzle over. */
export function fitLabel(score: number, t: TFunction): string {
  return t(score >= 70 ? 'matching.fit.good' : score >= 50 ? 'matching.fit.fair' : 'matching.fit.maybe');
}
