import { useState } from 'react';
import type { TableCell, TableRecord } from '../../shared/display';

export const TABLE_PAGE_ROWS = 20;

/** Numbers keep up to six significant digits; integers (years, counts) stay as written. */
export function formatCell(cell: TableCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Number(cell.toPrecision(6)));
  return String(cell);
}

export function TableView({ record }: { record: TableRecord }) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(record.rows.length / TABLE_PAGE_ROWS));
  const first = page * TABLE_PAGE_ROWS;
  const rows = record.rows.slice(first, first + TABLE_PAGE_ROWS);
  const count = (n: number) => n.toLocaleString('en-US');
  return (
    <div className="display-table">
      <div className="display-table-scroll">
        <table>
          <thead>
            <tr>
              {record.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={first + rowIndex}>
                {row.map((cell, index) => (
                  <td key={index} className={typeof cell === 'number' ? 'display-number' : undefined}>
                    {formatCell(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="display-pager" aria-label="Table pages">
          <button type="button" onClick={() => setPage(page - 1)} disabled={page === 0}>
            Previous
          </button>
          <span>
            rows {count(first + 1)}–{count(first + rows.length)} of {count(record.rows.length)}
          </span>
          <button type="button" onClick={() => setPage(page + 1)} disabled={page === pages - 1}>
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
