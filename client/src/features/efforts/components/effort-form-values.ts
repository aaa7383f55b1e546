import { ZSubmitEffort, ZUpdateEffort, type TEffort } from '@kansplek/api/contract';
import { z } from 'zod';
import { formatEuroInput, parseEuroAmount } from '@/lib/money';

/** The form's fields carry the API's names, so an API error on `body.amountCents` lands on the amount. */
export const EFFORT_FORM_FIELDS = [
  'contractId',
  'kind',
  'description',
  'date',
  'amountCents',
  'hours',
  'socialEnterpriseId',
  'evidence',
] as const;
export type EffortFormField = (typeof EFFORT_FORM_FIELDS)[number];
export type EffortFormValues = Record<EffortFormField, string>;

export function emptyEffortForm(contractId = ''): EffortFormValues {
  return {
    contractId,
    kind: 'social_purchase',
    description: '',
    date: '',
    amountCents: '',
    hours: '',
    socialEnterpriseId: '',
    evidence: '',
  };
}

export function effortToFormValues(effort: TEffort, locale: string): EffortFormValues {
  return {
    contractId: effort.contract.id,
    kind: effort.kind,
    description: effort.description,
    date: effort.date,
    amountCents: effort.amountCents === null ? '' : formatEuroInput(effort.amountCents, locale),
    hours: effort.hours === null ? '' : String(effort.hours),
    socialEnterpriseId: effort.socialEnterprise?.id ?? '',
    evidence: effort.evidence,
  };
}

/**
 * The form's strings → the request body, checked by the API's own schema (with its rules per kind):
 * euros become exact cents, hours a whole number; fields the kind does not use are sent empty.
 */
function effortFormSchema<S extends typeof ZSubmitEffort | typeof ZUpdateEffort>(
  target: S,
  locale: string,
  extra: Record<string, unknown>,
) {
  return z.custom<EffortFormValues>().transform((values, ctx): z.output<S> => {
    const volunteering = values.kind === 'volunteering';
    const amountText = values.amountCents.trim();
    const amountCents = amountText && !volunteering ? parseEuroAmount(amountText, locale) : null;
    if (amountText && !volunteering && amountCents === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountCents'], message: 'Not an amount' });
    }
    const hoursText = values.hours.trim();
    const hours = hoursText && volunteering ? Number(hoursText) : null;
    const body = {
      ...extra,
      ...(target === ZSubmitEffort ? { contractId: values.contractId } : {}),
      kind: values.kind,
      description: values.description,
      date: values.date,
      amountCents: amountCents ?? null,
      hours,
      socialEnterpriseId:
        values.kind === 'social_purchase' && values.socialEnterpriseId ? values.socialEnterpriseId : null,
      evidence: values.evidence,
    };
    const parsed = target.safeParse(body);
    const taken = new Set(ctx.issues.map((issue) => issue.path?.[0]));
    for (const issue of parsed.error?.issues ?? []) {
      if (!taken.has(issue.path[0])) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    }
    return (parsed.success ? parsed.data : z.NEVER) as z.output<S>;
  });
}

export const submitEffortFormSchema = (locale: string) => effortFormSchema(ZSubmitEffort, locale, {});

export const updateEffortFormSchema = (locale: string, version: number) =>
  effortFormSchema(ZUpdateEffort, locale, { version });
