import {
  ORGANISATION_KINDS,
  type TCreateOrganisation,
  type TOrganisation,
  type TUpdateOrganisation,
} from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useZodForm } from '@/hooks/use-zod-form';
import { useRegionNames } from '../api/get-region-names';
import { useCreateOrganisation, useUpdateOrganisation } from '../api/save-organisation';
import { CheckboxListField } from '@/components/ui/checkbox-list-field';
import {
  changedFields,
  COMPANY_KINDS,
  emptyOrganisationForm,
  isCompany,
  organisationFormSchema,
  organisationToFormValues,
  withFormPaths,
  type OrganisationFormField,
} from './organisation-form-values';

interface OrganisationFormProps {
  organisation?: TOrganisation;
  onSaved: (organisation: TOrganisation) => void;
}

/**
 * Register or change an organisation. Admins handle every kind and place companies in regions;
 * consultants register the contractors and social enterprises of their own region.
 */
export function OrganisationForm({ organisation, onSaved }: OrganisationFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const isAdmin = me.role === 'admin';
  const regions = useRegionNames();
  const createOrganisation = useCreateOrganisation();
  const updateOrganisation = useUpdateOrganisation();
  const kinds = isAdmin ? ORGANISATION_KINDS : COMPANY_KINDS;

  const [initialValues] = useState(() =>
    organisation
      ? organisationToFormValues(organisation)
      : emptyOrganisationForm(kinds.length === 1 ? kinds[0] : ''),
  );
  const form = useZodForm({
    id: 'organisation',
    schema: organisationFormSchema({ withRegions: isAdmin, version: organisation?.version }),
    initialValues,
    onSubmit: async (input) => {
      try {
        if (!organisation) return onSaved(await createOrganisation.mutateAsync(input as TCreateOrganisation));
        // Only what the user changed: retrying after a colleague's save must not undo their other changes.
        const changes = changedFields(input as TUpdateOrganisation, initialValues, form.values);
        onSaved(
          await updateOrganisation.mutateAsync({
            ...changes,
            id: organisation.id,
            version: organisation.version,
          }),
        );
      } catch (error) {
        throw withFormPaths(error);
      }
    },
  });
  const kind = form.values.kind;

  const labels: Partial<Record<OrganisationFormField, string>> = {
    ...(organisation ? {} : { kind: t('organisations.fields.kind') }),
    name: t('fields.name'),
    ...(isCompany(kind) ? { kvkNumber: t('organisations.fields.kvkNumber') } : {}),
    ...(kind === 'municipality' ? { municipalityCode: t('organisations.fields.municipalityCode') } : {}),
    street: t('organisations.fields.street'),
    houseNumber: t('organisations.fields.houseNumber'),
    postcode: t('organisations.fields.postcode'),
    city: t('organisations.fields.city'),
    ...(isAdmin && isCompany(kind) ? { regionIds: t('organisations.fields.regions') } : {}),
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      {organisation ? (
        <p className="utrecht-paragraph">
          {t('organisations.fields.kind')}: <strong>{t(`organisations.kinds.${organisation.kind}`)}</strong>
        </p>
      ) : (
        <SelectField form={form} name="kind" label={t('organisations.fields.kind')}>
          <option value="">{t('organisations.form.chooseKind')}</option>
          {kinds.map((value) => (
            <option key={value} value={value}>
              {t(`organisations.kinds.${value}`)}
            </option>
          ))}
        </SelectField>
      )}
      <TextField form={form} name="name" label={t('fields.name')} autoComplete="organization" />
      {isCompany(kind) && (
        <TextField
          form={form}
          name="kvkNumber"
          label={t('organisations.fields.kvkNumber')}
          inputMode="numeric"
          autoComplete="off"
          description={t('organisations.form.kvkHint')}
        />
      )}
      {kind === 'municipality' && (
        <TextField
          form={form}
          name="municipalityCode"
          label={t('organisations.fields.municipalityCode')}
          autoComplete="off"
          description={t('organisations.form.cbsHint')}
        />
      )}
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('organisations.form.address')}
        </legend>
        <div className="utrecht-form-field-description">{t('organisations.form.addressHint')}</div>
        <TextField
          form={form}
          name="street"
          label={t('organisations.fields.street')}
          autoComplete="address-line1"
        />
        <TextField
          form={form}
          name="houseNumber"
          label={t('organisations.fields.houseNumber')}
          autoComplete="off"
        />
        <TextField
          form={form}
          name="postcode"
          label={t('organisations.fields.postcode')}
          autoComplete="postal-code"
          description={t('organisations.form.postcodeHint')}
        />
        <TextField
          form={form}
          name="city"
          label={t('organisations.fields.city')}
          autoComplete="address-level2"
        />
      </fieldset>
      {isAdmin && isCompany(kind) && (
        <CheckboxListField
          form={form}
          name="regionIds"
          legend={t('organisations.fields.regions')}
          description={t('organisations.form.regionsHint')}
          options={(regions.data?.data ?? []).map((region) => ({ value: region.id, label: region.name }))}
        />
      )}
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {organisation ? t('common.save') : t('organisations.form.create')}
        </Button>
      </div>
    </form>
  );
}
