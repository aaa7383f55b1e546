import type { TCandidate, TCandidateEducation, TCandidateWorkExperience } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useZodForm } from '@/hooks/use-zod-form';
import { useCreateCandidate, useUpdateCandidate } from '../api/save-candidate';
import {
  EMPTY_CANDIDATE_FORM,
  ZCandidateFormValues,
  candidateBodyFromForm,
  formValuesFromCandidate,
  withFormFieldPaths,
  type CandidateFormField,
} from './candidate-form-schema';
import { EducationFields } from './form-sections/education-fields';
import { PersonalFields } from './form-sections/personal-fields';
import { SensitiveFields } from './form-sections/sensitive-fields';
import { SkillsFields } from './form-sections/skills-fields';
import { WishesFields } from './form-sections/wishes-fields';
import { OCCUPATION_OPTIONS } from './occupation-options';

interface CandidateFormProps {
  /** The stored profile when editing; a new candidate otherwise. */
  candidate?: TCandidate;
  onSaved: (candidate: TCandidate) => void;
}

/** The consultant's form for a whole profile, in sections; what was typed survives every error. */
export function CandidateForm({ candidate, onSaved }: CandidateFormProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const createCandidate = useCreateCandidate();
  const updateCandidate = useUpdateCandidate();
  const [experience, setExperience] = useState<TCandidateWorkExperience[]>(candidate?.workExperience ?? []);
  const [education, setEducation] = useState<TCandidateEducation[]>(candidate?.education ?? []);
  // Occupations recorded earlier that are not in today's list stay choosable.
  const occupationOptions = [
    ...OCCUPATION_OPTIONS,
    ...(candidate?.occupations ?? []).filter(
      (o) => !OCCUPATION_OPTIONS.some((x) => x.iscoCode === o.iscoCode),
    ),
  ];

  const form = useZodForm({
    id: 'candidate',
    schema: ZCandidateFormValues,
    initialValues: candidate
      ? formValuesFromCandidate(candidate)
      : { ...EMPTY_CANDIDATE_FORM, consultantId: me.id },
    onSubmit: async (values) => {
      const body = candidateBodyFromForm(values, {
        workExperience: experience,
        education,
        previousOccupations: candidate?.occupations,
      });
      try {
        const saved = candidate
          ? await updateCandidate.mutateAsync({ id: candidate.id, version: candidate.version, ...body })
          : await createCandidate.mutateAsync(body);
        onSaved(saved);
      } catch (error) {
        throw withFormFieldPaths(error);
      }
    },
  });

  const labels: Record<CandidateFormField, string> = {
    firstName: t('candidates.fields.firstName'),
    lastName: t('candidates.fields.lastName'),
    email: t('candidates.fields.email'),
    phone: t('candidates.fields.phone'),
    street: t('candidates.fields.street'),
    houseNumber: t('candidates.fields.houseNumber'),
    postcode: t('candidates.fields.postcode'),
    city: t('candidates.fields.city'),
    hoursMin: t('candidates.fields.hoursMin'),
    hoursMax: t('candidates.fields.hoursMax'),
    availableFrom: t('candidates.fields.availableFrom'),
    travelKm: t('candidates.fields.travelKm'),
    travelMode: t('candidates.fields.travelMode'),
    preferredSectors: t('candidates.fields.preferredSectors'),
    preferredPlaceKinds: t('candidates.fields.preferredPlaceKinds'),
    consultantId: t('candidates.fields.consultant'),
    status: t('candidates.fields.status'),
    skills: t('candidates.fields.skills'),
    occupations: t('candidates.fields.occupations'),
    cvSummary: t('candidates.fields.cvSummary'),
    educationLevel: t('candidates.fields.educationLevel'),
    dutchLevel: t('candidates.fields.dutchLevel'),
    drivingLicence: t('candidates.fields.drivingLicence'),
    targetGroups: t('candidates.fields.targetGroups'),
    benefitType: t('candidates.fields.benefitType'),
    benefitSince: t('candidates.fields.benefitSince'),
    birthDate: t('candidates.fields.birthDate'),
    supportNeeds: t('candidates.fields.supportNeeds'),
    supportNote: t('candidates.fields.supportNote'),
  };

  return (
    <form className="utrecht-form kp-form kp-candidate-form" noValidate onSubmit={form.handleSubmit}>
      <ErrorSummary form={form} labels={labels} />
      <PersonalFields form={form} labels={labels} />
      <WishesFields form={form} labels={labels} withStatus={!!candidate} />
      <SkillsFields
        form={form}
        labels={labels}
        occupationOptions={occupationOptions}
        experience={experience}
        onExperienceChange={setExperience}
      />
      <EducationFields form={form} labels={labels} education={education} onEducationChange={setEducation} />
      <SensitiveFields form={form} labels={labels} />
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {candidate ? t('common.save') : t('candidates.create.submit')}
        </Button>
      </div>
    </form>
  );
}
