import type { TMatchReason } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';

type Params = TMatchReason['params'];

const num = (params: Params, key: string) => Number(params[key] ?? 0) || 0;
const str = (params: Params, key: string) => String(params[key] ?? '');

/** Numbers as the reader writes them: "6,2" in Dutch, "6.2" in English. */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** Hour ranges come as "24–32"; one number when both ends are the same. */
export function hoursRange(value: string): string {
  const [min, max] = value.split('–');
  return min !== undefined && min === max ? min : value;
}

function skillsExplanation(t: TFunction, p: Params): string {
  const required = num(p, 'required');
  const desirable = num(p, 'desirable');
  if (!required && !desirable) return t('matching.reasons.skills.noneAsked');
  const counts = [
    required &&
      t('matching.reasons.skills.required', { matched: num(p, 'matchedRequired'), total: required }),
    desirable &&
      t('matching.reasons.skills.desirable', { matched: num(p, 'matchedDesirable'), total: desirable }),
  ]
    .filter(Boolean)
    .join(', ');
  const skills = str(p, 'skills');
  return skills ? t('matching.reasons.skills.which', { counts, skills }) : counts;
}

/** What one factor was based on, in words, for the consultant (numbers included). */
export function reasonExplanation(reason: TMatchReason, t: TFunction, language: string): string {
  const p = reason.params;
  switch (reason.factor) {
    case 'skills':
      return skillsExplanation(t, p);
    case 'occupation': {
      const isco = str(p, 'isco');
      if (!isco) return t('matching.reasons.occupation.noCode');
      const level = ['same_occupation', 'related_occupation', 'related_field'].includes(str(p, 'level'))
        ? str(p, 'level')
        : 'none';
      return t(`matching.reasons.occupation.${level}`, { isco });
    }
    case 'distance':
      return t('matching.reasons.distance', {
        km: formatNumber(num(p, 'km'), language),
        maxKm: formatNumber(num(p, 'maxKm'), language),
        mode: t(`matching.travelModes.${str(p, 'mode')}`, { defaultValue: str(p, 'mode') }),
      });
    case 'hours':
      return t('matching.reasons.hours', {
        wanted: hoursRange(str(p, 'wanted')),
        offered: hoursRange(str(p, 'offered')),
      });
    case 'preferences': {
      const sector = num(p, 'sector') > 0;
      const kind = num(p, 'kind') > 0;
      const which = sector && kind ? 'both' : sector ? 'sector' : kind ? 'kind' : 'none';
      return t(`matching.reasons.preferences.${which}`);
    }
    case 'waiting': {
      const waiting = t('matching.reasons.waiting', { count: num(p, 'months') });
      return num(p, 'priority') ? `${waiting}; ${t('matching.reasons.waitingPriority')}` : waiting;
    }
    case 'support':
      return num(p, 'needed')
        ? t('matching.reasons.support.covered', { covered: num(p, 'covered'), needed: num(p, 'needed') })
        : t('matching.reasons.support.noneNeeded');
    case 'target_group':
      return t(
        num(p, 'matched') ? 'matching.reasons.targetGroup.matched' : 'matching.reasons.targetGroup.none',
      );
  }
}

/** "24/30": the factor's points out of what it can give. */
export function reasonPoints(reason: TMatchReason, t: TFunction, language: string): string {
  return t('matching.points', {
    points: formatNumber(reason.points, language),
    max: formatNumber(reason.maxPoints, language),
  });
}

/** One line for the consultant: "Vaardigheden 24/30 — 3 van 4 vereiste vaardigheden: schoonmaken, …". */
export function reasonSentence(reason: TMatchReason, t: TFunction, language: string): string {
  return `${t(`matching.factors.${reason.factor}`)} ${reasonPoints(reason, t, language)} — ${reasonExplanation(reason, t, language)}`;
}
