import type { TEffort } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { DataList } from '@/components/ui/data-list';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDay } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { evidenceUrl } from '../api/get-efforts';
import { effortAmount } from './effort-amount';
import { EffortStatusBadge } from './effort-status-badge';

/** Everything about an effort as a description list: what was done, the evidence, and the decision. */
export function EffortDetails({ effort }: { effort: TEffort }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const rows: Array<[string, ReactNode]> = [
    [t('efforts.fields.status'), <EffortStatusBadge key="status" status={effort.status} />],
    [
      t('efforts.fields.contract'),
      <Link
        key="contract"
        className="utrecht-link utrecht-link--html-a"
        to={generatePath(paths.contract, { id: effort.contract.id })}
      >
        {effort.contract.reference} – {effort.contract.title}
      </Link>,
    ],
    [t('efforts.fields.contractor'), effort.contractor.name],
    [t('efforts.fields.kind'), t(`efforts.kinds.${effort.kind}`)],
    [t('efforts.fields.date'), formatDay(effort.date, locale)],
    [t('efforts.fields.value'), effortAmount(effort, t, locale)],
    ...(effort.socialEnterprise
      ? ([[t('efforts.fields.socialEnterprise'), effort.socialEnterprise.name]] as Array<[string, string]>)
      : []),
    [t('efforts.fields.evidence'), effort.evidence],
    [
      t('efforts.fields.evidenceFile'),
      effort.evidenceFile ? (
        <a key="file" className="utrecht-link utrecht-link--html-a" href={evidenceUrl(effort.id)} download>
          {t('efforts.evidence.download', { name: effort.evidenceFile.filename })}
        </a>
      ) : (
        t('efforts.evidence.none')
      ),
    ],
    [
      t('efforts.fields.submitted'),
      t('efforts.byOn', {
        name: effort.submittedBy,
        date: formatDay(effort.submittedAt.slice(0, 10), locale),
      }),
    ],
    ...(effort.decision
      ? ([
          [
            t(`efforts.decision.${effort.status === 'rejected' ? 'rejectedBy' : 'acceptedBy'}`),
            t('efforts.byOn', {
              name: effort.decision.by,
              date: formatDay(effort.decision.at.slice(0, 10), locale),
            }),
          ],
          ...(effort.decision.note
            ? [
                [
                  t(`efforts.decision.${effort.status === 'rejected' ? 'reason' : 'acceptNote'}`),
                  effort.decision.note,
                ],
              ]
            : []),
        ] as Array<[string, string]>)
      : []),
    ...(effort.creditCents !== null
      ? ([
          [
            t('efforts.fields.credit'),
            effort.creditCents > 0
              ? t('efforts.counts', { amount: formatEuros(effort.creditCents, locale) })
              : t('efforts.notValued'),
          ],
        ] as Array<[string, string]>)
      : []),
  ];
  return <DataList rows={rows} />;
}
