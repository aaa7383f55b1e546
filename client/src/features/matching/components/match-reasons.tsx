import type { TMatchReason } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { plainReasonSentence } from './plain-reason-text';
import { reasonExplanation, reasonPoints } from './reason-text';

interface MatchReasonsProps {
  reasons: TMatchReason[];
  /** Names the list for screen readers, e.g. "Redenen voor Jan de Vries". */
  label: string;
}

/** Each factor's contribution for the consultant: its name, its points and what they were based on. */
export function MatchReasons({ reasons, label }: MatchReasonsProps) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="utrecht-unordered-list kp-reasons" aria-label={label}>
      {reasons.map((reason) => (
        <li className="utrecht-unordered-list__item" key={reason.factor}>
          <strong>{t(`matching.factors.${reason.factor}`)}</strong> {reasonPoints(reason, t, i18n.language)} —{' '}
          {reasonExplanation(reason, t, i18n.language)}
        </li>
      ))}
    </ul>
  );
}

/** Why a place suits the candidate, in plain sentences; the strongest reasons first. */
export function PlainMatchReasons({ reasons, label }: MatchReasonsProps) {
  const { t, i18n } = useTranslation();
  const sentences = [...reasons]
    .sort((a, b) => b.points / (b.maxPoints || 1) - a.points / (a.maxPoints || 1))
    .map((reason) => ({ factor: reason.factor, text: plainReasonSentence(reason, t, i18n.language) }))
    .filter((reason): reason is { factor: TMatchReason['factor']; text: string } => reason.text !== null);
  if (sentences.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list kp-reasons" aria-label={label}>
      {sentences.map((reason) => (
        <li className="utrecht-unordered-list__item" key={reason.factor}>
          {reason.text}
        </li>
      ))}
    </ul>
  );
}
