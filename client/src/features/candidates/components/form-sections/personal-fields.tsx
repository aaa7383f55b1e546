import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import type { ZodForm } from '@/hooks/use-zod-form';
import type { CandidateFormField } from '../candidate-form-schema';
import { FormSection } from './form-section';

type Labels = Record<CandidateFormField, string>;

export function PersonalFields({ form, labels }: { form: ZodForm<CandidateFormField>; labels: Labels }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection title={t('candidates.sections.personal')}>
        <TextField form={form} name="firstName" label={labels.firstName} autoComplete="off" />
        <TextField form={form} name="lastName" label={labels.lastName} autoComplete="off" />
        <TextField
          form={form}
          name="email"
          label={labels.email}
          type="email"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          description={t('candidates.hints.email')}
        />
        <TextField form={form} name="phone" label={labels.phone} type="tel" autoComplete="off" />
      </FormSection>
      <FormSection title={t('candidates.sections.address')}>
        <TextField form={form} name="street" label={labels.street} autoComplete="off" />
        <TextField form={form} name="houseNumber" label={labels.houseNumber} autoComplete="off" />
        <TextField
          form={form}
          name="postcode"
          label={labels.postcode}
          autoComplete="off"
          autoCapitalize="characters"
          description={t('candidates.hints.postcode')}
        />
        <TextField form={form} name="city" label={labels.city} autoComplete="off" />
      </FormSection>
    </>
  );
}
