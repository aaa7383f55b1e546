import { splitList } from '@/lib/list-value';
import { ZCreateContract, ZUpdateContract, type TContract } from '@kansplek/api/contract';
import { z } from 'zod';
import { formatEuroInput, formatPercentageInput, parseEuroAmount, parsePercentage } from '@/lib/money';

/** The form's fields carry the API's names, so an API error on `body.valueCents` lands on the amount field. */
export const CONTRACT_FORM_FIELDS = [
  'title',
  'reference',
  'municipalityId',
  'contractorId',
  'valueCents',
  'sroiPercentage',
  'startDate',
  'endDate',
  'realisationDeadline',
  'labourIntensive',
  'preferredTargetGroups',
] as const;
export type ContractFormField = (typeof CONTRACT_FORM_FIELDS)[number];
export type ContractFormValues = Record<ContractFormField, string>;

export const EMPTY_CONTRACT_FORM: ContractFormValues = {
  title: '',
  reference: '',
  municipalityId: '',
  contractorId: '',
  valueCents: '',
  sroiPercentage: '',
  startDate: '',
  endDate: '',
  realisationDeadline: '',
  labourIntensive: 'false',
  preferredTargetGroups: '',
};

/** A stored contract as the edit form shows it: euros and the percentage written the user's way. */
export function contractToFormValues(contract: TContract, locale: string): ContractFormValues {
  return {
    title: contract.title,
    reference: contract.reference,
    municipalityId: contract.municipality.id,
    contractorId: contract.contractor.id,
    valueCents: formatEuroInput(contract.valueCents, locale),
    sroiPercentage: formatPercentageInput(contract.sroiPercentage, locale),
    startDate: contract.startDate,
    endDate: contract.endDate,
    realisationDeadline: contract.realisationDeadline,
    labourIntensive: String(contract.labourIntensive),
    preferredTargetGroups: contract.preferredTargetGroups.join(','),
  };
}

/** Multiple choices travel through the form as one comma-separated string. */

type NumberParser = (text: string) => number | undefined;

/**
 * Reads a number field: blank stays missing (the schema says it is required), text that is no number
 * becomes a format problem on that field, a number is handed to the contract schema for its rules.
 */
function readNumber(
  values: ContractFormValues,
  field: ContractFormField,
  parse: NumberParser,
  ctx: z.RefinementCtx,
) {
  const text = values[field].trim();
  if (!text) return undefined;
  const number = parse(text);
  if (number === undefined)
    ctx.addIssue({
      code: 'invalid_format',
      format: 'number',
      path: [field],
      message: 'Not a number',
      input: text,
    });
  return number;
}

/**
 * The form's strings → the request body, validated by the API's own contract schema: euros become
 * exact cents, the percentage a number, the checkboxes a boolean and a list. The obligation is not
 * part of it: the server derives it.
 */
function contractFormSchema<S extends typeof ZCreateContract | typeof ZUpdateContract>(
  target: S,
  locale: string,
  extra: Record<string, unknown> = {},
) {
  return z.custom<ContractFormValues>().transform((values, ctx): z.output<S> => {
    const valueCents = readNumber(values, 'valueCents', (text) => parseEuroAmount(text, locale), ctx);
    const sroiPercentage = readNumber(values, 'sroiPercentage', parsePercentage, ctx);
    const body = {
      ...extra,
      title: values.title,
      reference: values.reference,
      municipalityId: values.municipalityId,
      contractorId: values.contractorId,
      valueCents,
      sroiPercentage,
      startDate: values.startDate,
      endDate: values.endDate,
      realisationDeadline: values.realisationDeadline,
      labourIntensive: values.labourIntensive === 'true',
      preferredTargetGroups: splitList(values.preferredTargetGroups),
    };
    const parsed = target.safeParse(body);
    const taken = new Set(ctx.issues.map((issue) => issue.path?.[0]));
    // A field that is no number at all reports that, not also the schema's "expected a number".
    for (const issue of parsed.error?.issues ?? []) {
      if (!taken.has(issue.path[0])) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    }
    return (parsed.success ? parsed.data : z.NEVER) as z.output<S>;
  });
}

export const createContractFormSchema = (locale: string) => contractFormSchema(ZCreateContract, locale);

export const updateContractFormSchema = (locale: string, version: number) =>
  contractFormSchema(ZUpdateContract, locale, { version });
