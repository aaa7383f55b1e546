export const reportsQueryKey = ['reports'] as const;

/** Narrows a report to one municipality or contractor (consultants); without, the caller's own scope. */
export interface ReportScope {
  municipalityId?: string;
  contractorId?: string;
}
