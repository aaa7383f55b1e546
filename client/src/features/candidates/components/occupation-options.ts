import type { TSector } from '@kansplek/api/contract';

/**
 * ISCO-08 unit groups that fit the region's SROI work. The Dutch label is what the platform stores
 * with the code; the screen shows a translation by code (`candidates.occupations.<code>`).
 */
export const OCCUPATION_OPTIONS: ReadonlyArray<{ iscoCode: string; label: string; sector: TSector }> = [
  { iscoCode: '9112', label: 'Schoonmaker kantoren en hotels', sector: 'cleaning' },
  { iscoCode: '9123', label: 'Glazenwasser', sector: 'cleaning' },
  { iscoCode: '5414', label: 'Beveiliger', sector: 'security' },
  { iscoCode: '5120', label: 'Kok', sector: 'catering' },
  { iscoCode: '9412', label: 'Keukenhulp', sector: 'catering' },
  { iscoCode: '5131', label: 'Medewerker bediening', sector: 'catering' },
  { iscoCode: '9313', label: 'Bouwplaatsmedewerker', sector: 'construction' },
  { iscoCode: '9312', label: 'Grondwerker', sector: 'construction' },
  { iscoCode: '7112', label: 'Metselaar', sector: 'construction' },
  { iscoCode: '7115', label: 'Timmerman', sector: 'construction' },
  { iscoCode: '7131', label: 'Schilder', sector: 'construction' },
  { iscoCode: '5153', label: 'Huismeester / conciërge', sector: 'facility_services' },
  { iscoCode: '9621', label: 'Bode / koerier', sector: 'facility_services' },
  { iscoCode: '6113', label: 'Hovenier', sector: 'green_maintenance' },
  { iscoCode: '9214', label: 'Medewerker groenvoorziening', sector: 'green_maintenance' },
  { iscoCode: '9333', label: 'Magazijnmedewerker', sector: 'logistics' },
  { iscoCode: '8344', label: 'Heftruckchauffeur', sector: 'logistics' },
  { iscoCode: '8322', label: 'Bestelbuschauffeur', sector: 'logistics' },
  { iscoCode: '5223', label: 'Verkoopmedewerker', sector: 'retail' },
  { iscoCode: '4110', label: 'Administratief medewerker', sector: 'administration' },
];

const STORED_LABEL = new Map(OCCUPATION_OPTIONS.map((o) => [o.iscoCode, o.label]));

/** The label stored with a code; codes outside the list (recorded earlier) keep the label they had. */
export function occupationFor(
  iscoCode: string,
  previous: ReadonlyArray<{ iscoCode: string; label: string }> = [],
) {
  const label =
    STORED_LABEL.get(iscoCode) ?? previous.find((o) => o.iscoCode === iscoCode)?.label ?? iscoCode;
  return { iscoCode, label };
}
