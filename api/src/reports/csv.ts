import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';

type Cell = string | number | null;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return) gets a leading
 * apostrophe, so an exported description can never execute in Excel (CSV injection). Numbers stay numbers.
 */
function safeCell(cell: Cell): Cell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Sends one report table as a CSV download (UTF-8 with a BOM, so Excel reads the accents). */
export function sendCsv(res: Response, filename: string, header: string[], rows: Cell[][]): undefined {
  const body = stringify([header, ...rows.map((row) => row.map(safeCell))], { bom: true });
  res.type('text/csv; charset=utf-8').attachment(filename).send(body);
  return undefined;
}

/** Cents as euros with two decimals and a point ("1234.50"), the form spreadsheets import exactly. */
export function euros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A suppressed count (fewer than five people) as the conventional mark. */
export function countCell(people: number | null): Cell {
  return people === null ? '<5' : people;
}
