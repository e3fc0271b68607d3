// A meter's history as a CSV file for spreadsheets. Russian Excel opens a file by double-click when it
// is UTF-8 with a byte-order mark, separated by semicolons, with decimal commas; English uses points.

export type CsvHistoryRow = { period: string; values: string[]; consumption: (string | null)[] };

export type CsvHeadings = { period: string; zone: string; value: string; consumption: string };

const BOM = '\uFEFF';

function cell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line per period and zone, oldest first; `decimalComma` for Russian spreadsheets. */
export function readingsCsv(
  rows: readonly CsvHistoryRow[],
  headings: CsvHeadings,
  decimalComma: boolean,
): string {
  const number = (value: string | null) =>
    value === null ? '' : decimalComma ? value.replace('.', ',') : value;
  const lines = [[headings.period, headings.zone, headings.value, headings.consumption]];
  for (const row of [...rows].sort((a, b) => a.period.localeCompare(b.period)))
    row.values.forEach((value, z) =>
      lines.push([
        row.period.slice(0, 7),
        row.values.length > 1 ? `T${z + 1}` : '',
        number(value || null),
        number(row.consumption[z] ?? null),
      ]),
    );
  return BOM + lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
}
