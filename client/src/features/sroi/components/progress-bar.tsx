import { useTranslation } from 'react-i18next';
import { formatBasisPoints } from '@/lib/money';
import './sroi.css';

interface ProgressBarProps {
  /** Realisation in basis points (10 000 is 100 %); more than 100 % fills the bar. */
  basisPoints: number;
  /** What the bar measures, e.g. the contract's title; read out before the value. */
  label: string;
}

/** Realisation as a bar with its percentage written next to it, so the bar is never the only signal. */
export function ProgressBar({ basisPoints, label }: ProgressBarProps) {
  const { t, i18n } = useTranslation();
  const percentage = formatBasisPoints(basisPoints, i18n.language);
  const filled = Math.min(100, Math.max(0, basisPoints / 100));
  return (
    <div className="kp-progress">
      <div
        className="kp-progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(filled)}
        aria-valuetext={t('sroi.progress.valueText', { percentage })}
      >
        <div className="kp-progress__fill" style={{ inlineSize: `${filled}%` }} />
      </div>
      <span className="kp-progress__value" aria-hidden="true">
        {percentage}
      </span>
    </div>
  );
}
