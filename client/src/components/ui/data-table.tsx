import { useId, type ReactNode } from 'react';

export interface DataColumn {
  header: string;
  /** Right-aligned figures (amounts, counts, percentages). */
  numeric?: boolean;
}

interface DataTableProps {
  caption: string;
  columns: DataColumn[];
  /** Cells per row; the first cell of each row heads it. */
  rows: Array<{ key: string; cells: ReactNode[] }>;
}

/** A captioned table of figures; also the text alternative of every chart. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  const captionId = useId();
  const cellClass = (base: string, numeric?: boolean) => `${base}${numeric ? ` ${base}--numeric` : ''}`;
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th
                key={column.header}
                className={cellClass('utrecht-table__header-cell', column.numeric)}
                scope="col"
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.key}>
              {row.cells.map((cell, index) =>
                index === 0 ? (
                  <th key={index} className="utrecht-table__header-cell" scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={index} className={cellClass('utrecht-table__cell', columns[index]?.numeric)}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
