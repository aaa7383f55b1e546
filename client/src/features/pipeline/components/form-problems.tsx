import { ErrorSummary } from '@/components/ui/error-summary';
import type { ZodForm } from '@/hooks/use-zod-form';
import { refusalOf, StepRefused } from './step-refused';

interface FormProblemsProps<Field extends string> {
  form: ZodForm<Field>;
  labels: Partial<Record<Field, string>>;
  candidateId?: string;
}

/** A step form's problems: the fields to fix (error summary), or why the step was refused (409, 422). */
export function FormProblems<Field extends string>({ form, labels, candidateId }: FormProblemsProps<Field>) {
  if (refusalOf(form.formError)) {
    return <StepRefused error={form.formError} ref={form.summaryRef} candidateId={candidateId} />;
  }
  return <ErrorSummary form={form} labels={labels} />;
}
