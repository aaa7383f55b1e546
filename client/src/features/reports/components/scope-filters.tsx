import { useTranslation } from 'react-i18next';
import { FilterSelect } from '@/components/ui/filter-select';
import { useReportParties } from '../api/get-report-parties';
import type { ReportScope } from '../api/reports-query-key';

interface ScopeFiltersProps {
  value: ReportScope;
  onChange: (scope: ReportScope) => void;
}

/** For consultants: narrow every report to one municipality of the region or one contractor. */
export function ScopeFilters({ value, onChange }: ScopeFiltersProps) {
  const { t } = useTranslation();
  const municipalities = useReportParties('municipality');
  const contractors = useReportParties('contractor');
  const filters = [
    { field: 'municipalityId', parties: municipalities.data, label: 'municipality', any: 'anyMunicipality' },
    { field: 'contractorId', parties: contractors.data, label: 'contractor', any: 'anyContractor' },
  ] as const;

  return (
    <div className="kp-filters" role="group" aria-label={t('reports.filters.scopeLabel')}>
      {filters.map(({ field, parties, label, any }) => (
        <FilterSelect
          key={field}
          id={`reports-${label}`}
          label={t(`reports.filters.${label}`)}
          value={value[field] ?? ''}
          options={(parties ?? []).map((party) => ({ value: party.id, label: party.name }))}
          anyLabel={t(`reports.filters.${any}`)}
          onChange={(id) => onChange({ ...value, [field]: id || undefined })}
        />
      ))}
    </div>
  );
}
