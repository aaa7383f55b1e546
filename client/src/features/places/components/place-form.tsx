import { CheckboxListField } from '@/components/ui/checkbox-list-field';
import {
  EDUCATION_LEVELS,
  LANGUAGE_LEVELS,
  PLACE_KINDS,
  SECTORS,
  SUPPORT_KINDS,
  type TCreatePlace,
  type TPlace,
  type TUpdatePlace,
} from '@kansplek/api/contract';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { ErrorSummary } from '@/components/ui/error-summary';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { TextField } from '@/components/ui/text-field';
import { useZodForm } from '@/hooks/use-zod-form';
import { CheckboxField } from './checkbox-field';
import { ContractSelect } from './contract-select';
import { ContractorSelect } from './contractor-select';
import {
  EMPTY_PLACE_FORM,
  placeFormSchema,
  placeToFormValues,
  serverHints,
  toFormError,
  type PlaceFormField,
} from './place-form-values';
import { SkillsField } from './skills-field';
import './places.css';

type PlaceFormProps =
  | {
      mode: 'create';
      /** Consultants choose the contractor; contractors always offer for their own organisation. */
      chooseContractor: boolean;
      onSubmit: (input: TCreatePlace) => Promise<unknown>;
      cancelTo: string;
    }
  | { mode: 'edit'; place: TPlace; onSubmit: (input: TUpdatePlace) => Promise<unknown>; cancelTo: string };

export function PlaceForm(props: PlaceFormProps) {
  const { t } = useTranslation();
  const [hints, setHints] = useState<Partial<Record<PlaceFormField, string>>>({});
  const chooseContractor = props.mode === 'create' && props.chooseContractor;
  const place = props.mode === 'edit' ? props.place : null;
  const schema = useMemo(
    () =>
      place
        ? placeFormSchema('edit', { version: place.version })
        : placeFormSchema('create', { requireContractor: chooseContractor }),
    [place, chooseContractor],
  );
  const initialValues = useMemo(() => (place ? placeToFormValues(place) : EMPTY_PLACE_FORM), [place]);
  const form = useZodForm({
    id: 'place',
    schema: schema as ReturnType<typeof placeFormSchema>,
    initialValues,
    onSubmit: async (input) => {
      setHints({});
      try {
        await (props.onSubmit as (input: TCreatePlace | TUpdatePlace) => Promise<unknown>)(input);
      } catch (error) {
        const formError = toFormError(error);
        setHints(serverHints(formError));
        throw formError;
      }
    },
  });
  const hint = (field: PlaceFormField, text?: string) =>
    hints[field] ? t([`places.form.hints.${hints[field]}`, 'places.form.hints.other']) : text;

  const labels: Partial<Record<PlaceFormField, string>> = {
    ...(chooseContractor ? { contractorId: t('places.fields.contractor') } : {}),
    kind: t('places.fields.kind'),
    title: t('places.fields.title'),
    description: t('places.fields.description'),
    sector: t('places.fields.sector'),
    iscoCode: t('places.fields.iscoCode'),
    occupationLabel: t('places.fields.occupationLabel'),
    hoursMin: t('places.fields.hoursMin'),
    hoursMax: t('places.fields.hoursMax'),
    startDate: t('places.fields.startDate'),
    durationMonths: t('places.fields.durationMonths'),
    positions: t('places.fields.positions'),
    street: t('places.fields.street'),
    houseNumber: t('places.fields.houseNumber'),
    postcode: t('places.fields.postcode'),
    city: t('places.fields.city'),
    requiredSkills: t('places.fields.requiredSkills'),
    desirableSkills: t('places.fields.desirableSkills'),
    drivingLicence: t('places.fields.drivingLicence'),
    dutchLevel: t('places.fields.dutchLevel'),
    educationLevel: t('places.fields.educationLevel'),
    support: t('places.fields.support'),
    contractId: t('places.fields.contract'),
  };
  const label = (field: PlaceFormField) => labels[field] ?? field;
  const contractorId = chooseContractor ? form.values.contractorId : place?.contractor.id;

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <p className="utrecht-paragraph kp-muted">
        {place === null
          ? t('places.form.draftNote')
          : place.status === 'draft'
            ? t('places.form.draftEditNote')
            : t('places.form.publishedNote')}
      </p>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form-section">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('places.form.sections.about')}
        </legend>
        {chooseContractor && (
          <ContractorSelect
            form={form}
            label={label('contractorId')}
            onChange={(id) => {
              form.setValue('contractorId', id);
              // Contracts belong to one contractor: a choice made for another no longer fits.
              form.setValue('contractId', '');
            }}
          />
        )}
        <SelectField form={form} name="kind" label={label('kind')}>
          <option value="">{t('places.form.chooseKind')}</option>
          {PLACE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`places.kinds.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="title" label={label('title')} description={t('places.form.titleHint')} />
        <TextAreaField
          form={form}
          name="description"
          label={label('description')}
          description={t('places.form.descriptionHint')}
          rows={6}
        />
        <SelectField form={form} name="sector" label={label('sector')}>
          <option value="">{t('places.form.noChoice')}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`places.sectors.${sector}`)}
            </option>
          ))}
        </SelectField>
        <TextField form={form} name="occupationLabel" label={label('occupationLabel')} />
        <TextField
          form={form}
          name="iscoCode"
          label={label('iscoCode')}
          inputMode="numeric"
          description={t('places.form.iscoHint')}
        />
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form-section">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('places.form.sections.time')}
        </legend>
        <div className="kp-field-pair">
          <TextField form={form} name="hoursMin" label={label('hoursMin')} inputMode="numeric" />
          <TextField form={form} name="hoursMax" label={label('hoursMax')} inputMode="numeric" />
        </div>
        <TextField form={form} name="startDate" label={label('startDate')} type="date" />
        <TextField
          form={form}
          name="durationMonths"
          label={label('durationMonths')}
          inputMode="numeric"
          description={t('places.form.durationHint')}
        />
        <TextField form={form} name="positions" label={label('positions')} inputMode="numeric" />
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form-section">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('places.form.sections.location')}
        </legend>
        <TextField form={form} name="street" label={label('street')} autoComplete="off" />
        <TextField form={form} name="houseNumber" label={label('houseNumber')} autoComplete="off" />
        <TextField
          form={form}
          name="postcode"
          label={label('postcode')}
          autoComplete="off"
          description={hint('postcode', t('places.form.postcodeHint'))}
        />
        <TextField form={form} name="city" label={label('city')} autoComplete="off" />
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form-section">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('places.form.sections.candidate')}
        </legend>
        <SkillsField
          form={form}
          name="requiredSkills"
          typedName="requiredSkillsTyped"
          label={label('requiredSkills')}
          description={t('places.form.skillsHint')}
        />
        <SkillsField
          form={form}
          name="desirableSkills"
          typedName="desirableSkillsTyped"
          label={label('desirableSkills')}
          description={t('places.form.skillsHint')}
        />
        <CheckboxField form={form} name="drivingLicence" label={label('drivingLicence')} />
        <SelectField
          form={form}
          name="dutchLevel"
          label={label('dutchLevel')}
          description={t('places.form.dutchLevelHint')}
        >
          <option value="">{t('places.form.noRequirement')}</option>
          {LANGUAGE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`places.dutchLevels.${level}`)}
            </option>
          ))}
        </SelectField>
        <SelectField form={form} name="educationLevel" label={label('educationLevel')}>
          <option value="">{t('places.form.noRequirement')}</option>
          {EDUCATION_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`places.educationLevels.${level}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxListField
          form={form}
          name="support"
          legend={label('support')}
          description={t('places.form.supportHint')}
          options={SUPPORT_KINDS.map((kind) => ({ value: kind, label: t(`places.support.${kind}`) }))}
        />
      </fieldset>

      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-form-section">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
          {t('places.form.sections.contract')}
        </legend>
        <ContractSelect
          form={form}
          label={label('contractId')}
          contractorId={contractorId || undefined}
          waitForContractor={chooseContractor}
          current={place?.contract ?? null}
          hint={hint('contractId')}
        />
      </fieldset>

      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {props.mode === 'create' ? t('places.form.create') : t('common.save')}
        </Button>
        <ButtonLink to={props.cancelTo} appearance="subtle">
          {t('places.form.cancel')}
        </ButtonLink>
      </div>
    </form>
  );
}
