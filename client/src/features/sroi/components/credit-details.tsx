import type { TCredit } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { historyText, lineDetails } from './credit-texts';
import './sroi.css';

/**
 * A credit's building blocks (consultants only: they name target groups) and its history, behind a
 * disclosure so the list stays short.
 */
export function CreditDetails({ credit, showLines }: { credit: TCredit; showLines: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <details className="kp-credit-details">
      <summary className="utrecht-link">
        {t(showLines ? 'sroi.credits.showLines' : 'sroi.credits.showHistory')}
        <span className="kp-visually-hidden"> {credit.label}</span>
      </summary>
      {showLines && credit.lines.length > 0 && (
        <>
          <p className="utrecht-paragraph">{t('sroi.credits.linesTitle')}</p>
          <ul>
            {credit.lines.map((line, index) => {
              const details = lineDetails(t, line, locale);
              return (
                <li key={`${line.block}-${index}`}>
                  {t(`sroi.blocks.${line.block}`)}: {formatEuros(line.cents, locale)}
                  {details && ` (${details})`}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p className="utrecht-paragraph">{t('sroi.credits.historyTitle')}</p>
      <ul>
        {credit.history.map((entry) => (
          <li key={`${entry.at}-${entry.reason}`}>
            {formatDateTime(entry.at, locale)}: {formatEuros(entry.amountCents, locale)} —{' '}
            {historyText(t, entry, locale)}
          </li>
        ))}
      </ul>
    </details>
  );
}
