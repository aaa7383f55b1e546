import { SMALL_CELL_THRESHOLD } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';

/** A count of people, or "< 5" where the API suppressed a small cell so no one can be recognised. */
export function peopleText(t: TFunction, people: number | null): string {
  return people === null ? t('reports.suppressed', { threshold: SMALL_CELL_THRESHOLD }) : String(people);
}
