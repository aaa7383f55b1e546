import type { TCredit } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { Pagination } from '@/components/ui/pagination';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { formatDay } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { useContractCredits } from '../api/get-contract-credits';
import { CreditDetails } from './credit-details';
import { correctionOf, ruleSetText } from './credit-texts';
import { DataTable } from '@/components/ui/data-table';

const PAGE_SIZE = 20;

/** The placements and accepted efforts credited to a contract, a page at a time. */
export function CreditsList({ contractId }: { contractId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const page = usePageParam();
  const credits = useContractCredits(contractId, page, PAGE_SIZE);
  const isConsultant = me.role === 'consultant';

  return (
    <section aria-labelledby="sroi-credits-heading">
      <h3 className="utrecht-heading-3" id="sroi-credits-heading">
        {t('sroi.credits.title')}
      </h3>
      {credits.isPending && <Loading />}
      {credits.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(credits.error)}</p>
        </Alert>
      )}
      {credits.data && credits.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('sroi.credits.empty')}</p>
      )}
      {credits.data && credits.data.data.length > 0 && (
        <>
          {credits.data.data.some((credit) => correctionOf(credit)) && (
            <p className="utrecht-paragraph">{t('sroi.credits.correctedNote')}</p>
          )}
          <DataTable
            caption={t('sroi.credits.caption', { count: credits.data.page.total })}
            columns={[
              { header: t('sroi.fields.credited') },
              { header: t('sroi.fields.kind') },
              { header: t('sroi.fields.date') },
              { header: t('sroi.fields.amount'), numeric: true },
              { header: t('sroi.fields.ruleSet') },
              { header: t(isConsultant ? 'sroi.credits.linesColumn' : 'sroi.credits.historyColumn') },
            ]}
            rows={credits.data.data.map((credit) => ({
              key: credit.id,
              cells: [
                credit.label,
                t(`sroi.kinds.${credit.kind}`),
                formatDay(credit.date.slice(0, 10), locale),
                <CreditAmount credit={credit} locale={locale} key="amount" />,
                ruleSetText(t, credit.ruleSet),
                <CreditDetails credit={credit} showLines={isConsultant} key="details" />,
              ],
            }))}
          />
          <Pagination page={credits.data.page} />
        </>
      )}
    </section>
  );
}

/** The amount, and the figure before the correction of the valuation rules where that changed it. */
function CreditAmount({ credit, locale }: { credit: TCredit; locale: string }) {
  const { t } = useTranslation();
  const correction = correctionOf(credit);
  return (
    <>
      {formatEuros(credit.amountCents, locale)}
      {correction && (
        <span className="kp-credit-corrected">
          {t('sroi.credits.corrected', { amount: formatEuros(correction.previousAmountCents!, locale) })}
        </span>
      )}
    </>
  );
}
