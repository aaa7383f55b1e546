import type { TCreateRegion, TRegion, TUpdateRegion } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useZodForm } from '@/hooks/use-zod-form';
import { useRegionMembers } from '../api/get-region-members';
import { useAllRegions } from '../api/get-regions';
import { useCreateRegion, useUpdateRegion } from '../api/save-region';
import { CheckboxListField } from '@/components/ui/checkbox-list-field';
import {
  EMPTY_REGION_FORM,
  regionFormSchema,
  regionToFormValues,
  takenBy,
  type RegionFormField,
} from './region-form-values';

interface RegionFormProps {
  region?: TRegion;
  onSaved: (region: TRegion) => void;
}

/** A region: the municipalities one service point serves. Each municipality belongs to one region at most. */
export function RegionForm({ region, onSaved }: RegionFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const servicePoints = useRegionMembers('service_point');
  const municipalities = useRegionMembers('municipality');
  const regions = useAllRegions();
  const createRegion = useCreateRegion();
  const updateRegion = useUpdateRegion();
  const taken = takenBy(regions.data ?? [], region?.id);

  const form = useZodForm({
    id: 'region',
    schema: regionFormSchema(region?.version),
    initialValues: region ? regionToFormValues(region) : EMPTY_REGION_FORM,
    onSubmit: async (input) => {
      const saved = region
        ? await updateRegion.mutateAsync({
            ...(input as TUpdateRegion),
            id: region.id,
            version: region.version,
          })
        : await createRegion.mutateAsync(input as TCreateRegion);
      onSaved(saved);
    },
  });
  const labels: Partial<Record<RegionFormField, string>> = {
    name: t('fields.name'),
    ...(region ? {} : { servicePointId: t('regions.fields.servicePoint') }),
    municipalityIds: t('regions.fields.municipalities'),
  };
  const loadError = servicePoints.error ?? municipalities.error ?? regions.error;
  const withRegion = (name: string, id: string) => {
    const other = taken.get(id);
    return other ? t('regions.form.inOtherRegion', { name, region: other }) : name;
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="name" label={t('fields.name')} description={t('regions.form.nameHint')} />
      {region ? (
        <p className="utrecht-paragraph">
          {t('regions.fields.servicePoint')}: <strong>{region.servicePoint.name}</strong>
        </p>
      ) : (
        <SelectField form={form} name="servicePointId" label={t('regions.fields.servicePoint')}>
          <option value="">
            {servicePoints.isPending ? t('common.loading') : t('regions.form.chooseServicePoint')}
          </option>
          {(servicePoints.data ?? []).map((servicePoint) => (
            <option key={servicePoint.id} value={servicePoint.id} disabled={taken.has(servicePoint.id)}>
              {withRegion(servicePoint.name, servicePoint.id)}
            </option>
          ))}
        </SelectField>
      )}
      {loadError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(loadError)}</p>
        </Alert>
      )}
      {municipalities.isPending ? (
        <p className="utrecht-paragraph">{t('common.loading')}</p>
      ) : (
        <CheckboxListField
          form={form}
          name="municipalityIds"
          legend={t('regions.fields.municipalities')}
          description={t('regions.form.municipalitiesHint')}
          options={(municipalities.data ?? []).map((municipality) => ({
            value: municipality.id,
            label: withRegion(municipality.name, municipality.id),
            disabled: taken.has(municipality.id),
          }))}
        />
      )}
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {region ? t('common.save') : t('regions.form.create')}
        </Button>
      </div>
    </form>
  );
}
