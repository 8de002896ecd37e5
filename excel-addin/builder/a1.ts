/** A1 addresses: column letters, cell and range addresses, and sheet-qualified references. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column → `B3`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** Zero-based inclusive corners → `A1:C4` (or `A1` for one cell). */
export function rangeAddress(row0: number, column0: number, row1: number, column1: number): string {
  const first = cellAddress(row0, column0);
  return row0 === row1 && column0 === column1 ? first : `${first}:${cellAddress(row1, column1)}`;
}

/** `'Strategy (2)'!$A$6:$A$17` → sheet `Strategy (2)`, address `$A$6:$A$17`; no sheet → undefined. */
export function splitSheetReference(reference: string): { readonly sheet: string | undefined; readonly address: string } {
  const text = reference.trim().replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: undefined, address: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}

/** A sheet name as a formula needs it: quoted when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
