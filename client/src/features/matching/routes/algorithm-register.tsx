import type { TAlgorithmRegisterEntry } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDateTime } from '@/lib/format';
import { ALGORITHM_REGISTER_URL, useAlgorithmRegister } from '../api/get-algorithm-register';

/** One field of the register: a heading and its (Dutch) content, marked as Dutch for screen readers. */
function Field({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`register-${id}`}>
      <h2 className="utrecht-heading-2" id={`register-${id}`}>
        {title}
      </h2>
      <div lang="nl">{children}</div>
    </section>
  );
}

const text = (value: string) => <p className="utrecht-paragraph">{value}</p>;
const list = (items: string[]) => (
  <ul className="utrecht-unordered-list">
    {items.map((item) => (
      <li key={item}>{item}</li>
    ))}
  </ul>
);

function Entry({ entry }: { entry: TAlgorithmRegisterEntry }) {
  const { t } = useTranslation();
  const f = (key: string) => t(`matching.register.fields.${key}`);
  return (
    <>
      <Field id="name" title={f('name')}>
        {text(entry.name)}
      </Field>
      <Field id="organisation" title={f('organisation')}>
        {text(entry.organisation.name)}
      </Field>
      <Field id="short" title={f('shortDescription')}>
        {text(entry.shortDescription)}
      </Field>
      <Field id="purpose" title={f('purposeAndImpact')}>
        {text(entry.purposeAndImpact)}
      </Field>
      <Field id="human" title={f('humanInvolvement')}>
        {text(entry.humanInvolvement)}
      </Field>
      <Field id="sources" title={f('dataSources')}>
        {list(entry.dataSources)}
      </Field>
      <Field id="factors" title={f('factors')}>
        <DataTable
          caption={t('matching.register.factorsCaption', { total: entry.totalWeight })}
          columns={[
            { header: t('matching.register.factor') },
            { header: t('matching.register.description') },
            { header: t('matching.register.weight'), numeric: true },
          ]}
          rows={entry.factors.map((factor) => ({
            key: factor.code,
            cells: [factor.name, factor.description, String(factor.weight)],
          }))}
        />
      </Field>
      <Field id="constraints" title={f('hardConstraints')}>
        <p className="utrecht-paragraph">{t('matching.register.hardConstraintsIntro')}</p>
        {list(entry.hardConstraints.map((c) => c.description))}
      </Field>
      <Field id="risks" title={f('risks')}>
        <DataTable
          caption={t('matching.register.risksCaption')}
          columns={[{ header: t('matching.register.risk') }, { header: t('matching.register.mitigation') }]}
          rows={entry.risks.map((r) => ({ key: r.risk, cells: [r.risk, r.mitigation] }))}
        />
      </Field>
      <Field id="legal" title={f('legalBasis')}>
        {list(entry.legalBasis)}
      </Field>
      <Field id="assessments" title={f('impactAssessments')}>
        {list(entry.impactAssessments.map((a) => `${a.name}: ${a.status}`))}
      </Field>
      <Field id="monitoring" title={f('monitoring')}>
        {text(entry.monitoring)}
      </Field>
      <Field id="contact" title={f('contact')}>
        {text(entry.contact)}
      </Field>
      <Field id="source" title={f('sourceCode')}>
        {entry.sourceCode.startsWith('https://') ? (
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={entry.sourceCode}>
              {entry.sourceCode}
            </a>
          </p>
        ) : (
          text(entry.sourceCode)
        )}
      </Field>
    </>
  );
}

/**
 * The public page of the matching's algorithm-register entry (issue 21), as the API generates it from
 * the live configuration, with the entry as a JSON download for the register.
 */
export function AlgorithmRegisterRoute() {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const entry = useAlgorithmRegister();
  return (
    <>
      <PageTitle documentTitle={t('matching.register.title')}>{t('matching.register.title')}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t('matching.register.intro')}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link" href={ALGORITHM_REGISTER_URL} download="algoritmeregister-kansplek.json">
          {t('matching.register.download')}
        </a>
      </p>
      {entry.isPending && <Loading />}
      {entry.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(entry.error)}</p>
        </Alert>
      )}
      {entry.data && (
        <>
          <p className="utrecht-paragraph">
            {t('matching.register.generatedAt', {
              date: formatDateTime(entry.data.generatedAt, i18n.language),
            })}
          </p>
          <Entry entry={entry.data} />
        </>
      )}
    </>
  );
}
