import {
  BONUS_KINDS,
  EMPLOYMENT_SITUATIONS,
  type TCreateRuleSet,
  type TRuleSet,
} from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm, type ZodForm } from '@/hooks/use-zod-form';
import { ApiError, isApiError } from '@/lib/api-client';
import { useAllRegions } from '@/features/regions/api/get-regions';
import { useCreateRuleSet } from '../api/rule-sets';
import {
  LISTS,
  fieldForPath,
  ruleSetDraftSchema,
  rowField,
  type DraftValues,
  type ListName,
  type RowOrder,
} from './rule-set-draft';

interface RuleSetFormProps {
  initial: { values: DraftValues; order: RowOrder };
  onSaved: (ruleSet: TRuleSet) => void;
}

type Form = ZodForm<string>;

/** The API names fields by their place in the body; the form by row id. Errors are re-addressed. */
function readdressed(error: unknown, order: RowOrder): unknown {
  if (!isApiError(error)) return error;
  const issues = error.fieldIssues.map((issue) => {
    const [, ...path] = issue.path.split('.');
    return { ...issue, path: `body.${fieldForPath(path, order)}` };
  });
  return new ApiError(error.status, error.code, error.message, { issues });
}

/** A new version of a region's rule set. Euros and percentages are typed; cents and basis points are sent. */
export function RuleSetForm({ initial, onSaved }: RuleSetFormProps) {
  const { t, i18n } = useTranslation();
  const regions = useAllRegions();
  const create = useCreateRuleSet();
  const [order, setOrder] = useState(initial.order);
  const form = useZodForm<string, TCreateRuleSet>({
    id: 'rule-set',
    schema: ruleSetDraftSchema(i18n.language, order),
    initialValues: initial.values,
    onSubmit: async (input) => {
      try {
        onSaved(await create.mutateAsync(input));
      } catch (error) {
        throw readdressed(error, order);
      }
    },
  });

  const addRow = (list: ListName) => {
    const row = Math.max(-1, ...order[list]) + 1;
    for (const field of LISTS[list]) form.setValue(rowField(list, row, field), '');
    setOrder((current) => ({ ...current, [list]: [...current[list], row] }));
  };
  const removeRow = (list: ListName, row: number) =>
    setOrder((current) => ({ ...current, [list]: current[list].filter((r) => r !== row) }));

  const labels = summaryLabels(t, order);
  const euro = (name: string, label: string, hint?: string) => (
    <TextField
      form={form}
      name={name}
      label={label}
      inputMode="decimal"
      autoComplete="off"
      description={hint}
    />
  );

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <SelectField form={form} name="regionId" label={labels.regionId!}>
        <option value="">{regions.isPending ? t('common.loading') : t('ruleSets.form.chooseRegion')}</option>
        {regions.data?.map((region) => (
          <option key={region.id} value={region.id}>
            {region.name}
          </option>
        ))}
      </SelectField>
      <TextField form={form} name="name" label={labels.name!} />
      <TextField
        form={form}
        name="effectiveFrom"
        type="date"
        label={labels.effectiveFrom!}
        description={t('ruleSets.form.effectiveFromHint')}
      />
      <TextAreaField form={form} name="note" label={labels.note!} rows={2} />
      <TextField
        form={form}
        name="fullTimeHoursPerWeek"
        label={labels.fullTimeHoursPerWeek!}
        inputMode="numeric"
      />

      <RowsFieldset
        form={form}
        list="employment"
        order={order[`employment`]}
        onAdd={() => addRow('employment')}
        onRemove={(row) => removeRow('employment', row)}
        renderRow={(row) => (
          <>
            <SelectField
              form={form}
              name={rowField('employment', row, 'situation')}
              label={t('ruleSets.fields.situation')}
            >
              <option value="">{t('ruleSets.form.chooseSituation')}</option>
              {EMPLOYMENT_SITUATIONS.map((situation) => (
                <option key={situation} value={situation}>
                  {t(`ruleSets.situations.${situation}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              form={form}
              name={rowField('employment', row, 'minBenefitMonths')}
              label={t('ruleSets.fields.minBenefitMonths')}
              inputMode="numeric"
            />
            {euro(rowField('employment', row, 'annualValueCents'), t('ruleSets.fields.annualValue'))}
            <TextField
              form={form}
              name={rowField('employment', row, 'capMonths')}
              label={t('ruleSets.fields.capMonths')}
              inputMode="numeric"
              description={t('ruleSets.form.capHint')}
            />
          </>
        )}
      />

      <fieldset className="utrecht-form-fieldset kp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('ruleSets.sections.placements')}</legend>
        <p className="utrecht-paragraph kp-muted">{t('ruleSets.form.emptyHint')}</p>
        {euro('trialMonthlyCents', labels.trialMonthlyCents!)}
        {euro('workExperienceMonthlyCents', labels.workExperienceMonthlyCents!)}
        {euro('internshipCents', labels.internshipCents!)}
      </fieldset>

      <RowsFieldset
        form={form}
        list="apprenticeship"
        order={order.apprenticeship}
        onAdd={() => addRow('apprenticeship')}
        onRemove={(row) => removeRow('apprenticeship', row)}
        renderRow={(row) => (
          <>
            <TextField
              form={form}
              name={rowField('apprenticeship', row, 'minLevel')}
              label={t('ruleSets.fields.minLevel')}
              inputMode="numeric"
            />
            <TextField
              form={form}
              name={rowField('apprenticeship', row, 'maxLevel')}
              label={t('ruleSets.fields.maxLevel')}
              inputMode="numeric"
            />
            {euro(rowField('apprenticeship', row, 'valueCents'), t('ruleSets.fields.value'))}
          </>
        )}
      />

      <RowsFieldset
        form={form}
        list="bonuses"
        order={order.bonuses}
        onAdd={() => addRow('bonuses')}
        onRemove={(row) => removeRow('bonuses', row)}
        renderRow={(row) => (
          <>
            <SelectField
              form={form}
              name={rowField('bonuses', row, 'kind')}
              label={t('ruleSets.fields.bonus')}
            >
              <option value="">{t('ruleSets.form.chooseBonus')}</option>
              {BONUS_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`ruleSets.bonuses.${kind}`)}
                </option>
              ))}
            </SelectField>
            {euro(rowField('bonuses', row, 'valueCents'), t('ruleSets.fields.value'))}
          </>
        )}
      />

      <fieldset className="utrecht-form-fieldset kp-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('ruleSets.sections.efforts')}</legend>
        <p className="utrecht-paragraph kp-muted">{t('ruleSets.form.emptyHint')}</p>
        <TextField
          form={form}
          name="socialPurchaseBasisPoints"
          label={labels.socialPurchaseBasisPoints!}
          inputMode="decimal"
        />
        {euro('volunteeringHourCents', labels.volunteeringHourCents!)}
        <TextField
          form={form}
          name="projectContributionBasisPoints"
          label={labels.projectContributionBasisPoints!}
          inputMode="decimal"
        />
        <TextField
          form={form}
          name="practicalSupportBasisPoints"
          label={labels.practicalSupportBasisPoints!}
          inputMode="decimal"
        />
      </fieldset>

      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {t('ruleSets.form.create')}
        </Button>
      </div>
    </form>
  );
}

interface RowsFieldsetProps {
  form: Form;
  list: ListName;
  order: number[];
  onAdd: () => void;
  onRemove: (row: number) => void;
  renderRow: (row: number) => React.ReactNode;
}

/** A list of rules: each row its own group (legend "Regel 2"), with a remove button naming the row. */
function RowsFieldset({ list, order, onAdd, onRemove, renderRow }: RowsFieldsetProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="utrecht-form-fieldset kp-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t(`ruleSets.sections.${list}`)}</legend>
      {order.length === 0 && <p className="utrecht-paragraph kp-muted">{t('ruleSets.form.noRows')}</p>}
      {order.map((row, index) => {
        const rowName = t(`ruleSets.rows.${list}`, { number: index + 1 });
        return (
          <fieldset className="utrecht-form-fieldset kp-rule-row" key={row}>
            <legend className="utrecht-form-fieldset__legend">{rowName}</legend>
            {renderRow(row)}
            <Button onClick={() => onRemove(row)}>{t('ruleSets.form.removeRow', { row: rowName })}</Button>
          </fieldset>
        );
      })}
      <Button onClick={onAdd}>{t(`ruleSets.form.add.${list}`)}</Button>
    </fieldset>
  );
}

/** Every field's label for the error summary, rows named by their number. */
function summaryLabels(t: (key: string, options?: Record<string, unknown>) => string, order: RowOrder) {
  const labels: Record<string, string> = {
    regionId: t('ruleSets.fields.region'),
    name: t('ruleSets.fields.name'),
    effectiveFrom: t('ruleSets.fields.effectiveFrom'),
    note: t('ruleSets.fields.note'),
    fullTimeHoursPerWeek: t('ruleSets.fields.fullTimeHoursPerWeek'),
    trialMonthlyCents: t('ruleSets.fields.trialMonthly'),
    workExperienceMonthlyCents: t('ruleSets.fields.workExperienceMonthly'),
    internshipCents: t('ruleSets.fields.internship'),
    socialPurchaseBasisPoints: t('ruleSets.fields.socialPurchase'),
    volunteeringHourCents: t('ruleSets.fields.volunteeringHour'),
    projectContributionBasisPoints: t('ruleSets.fields.projectContribution'),
    practicalSupportBasisPoints: t('ruleSets.fields.practicalSupport'),
  };
  const fieldLabel: Record<string, string> = {
    situation: t('ruleSets.fields.situation'),
    minBenefitMonths: t('ruleSets.fields.minBenefitMonths'),
    annualValueCents: t('ruleSets.fields.annualValue'),
    capMonths: t('ruleSets.fields.capMonths'),
    minLevel: t('ruleSets.fields.minLevel'),
    maxLevel: t('ruleSets.fields.maxLevel'),
    valueCents: t('ruleSets.fields.value'),
    kind: t('ruleSets.fields.bonus'),
  };
  for (const list of Object.keys(LISTS) as ListName[]) {
    order[list].forEach((row, index) => {
      for (const field of LISTS[list]) {
        labels[rowField(list, row, field)] =
          `${t(`ruleSets.rows.${list}`, { number: index + 1 })}: ${fieldLabel[field]}`;
      }
    });
  }
  return labels;
}
