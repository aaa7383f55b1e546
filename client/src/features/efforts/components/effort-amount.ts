import type { TEffort } from '@kansplek/api/contract';
import type { TFunction } from 'i18next';
import { formatEuros } from '@/lib/money';

/** What an effort is worth as submitted: an amount in euros, or hours of volunteering. */
export function effortAmount(effort: TEffort, t: TFunction, locale: string): string {
  if (effort.hours !== null) return t('efforts.hours', { count: effort.hours });
  return effort.amountCents === null ? '—' : formatEuros(effort.amountCents, locale);
}
