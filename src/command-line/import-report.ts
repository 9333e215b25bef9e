/** Prints an import report the way staff read it on the Records page. */
export function printImportReport(report: {
  created: number;
  updated: number;
  unchanged?: number;
  rejected: Array<{ row: number; reason: string }>;
}): void {
  console.log(
    `created ${report.created}, updated ${report.updated}${report.unchanged !== undefined ? `, unchanged ${report.unchanged}` : ''}, rejected ${report.rejected.length}`,
  );
  for (const { row, reason } of report.rejected) console.log(`  row ${row}: ${reason}`);
}
