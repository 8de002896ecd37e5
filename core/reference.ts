/**
 * The function reference (docs/functions.md), rendered from the catalogue so it cannot drift:
 * `npm run docs` writes it, and a test fails when the committed file differs.
 */
import { CATALOGUE } from './catalogue';
import type { ExampleCell, ExampleResult, FunctionSpec, ParamSpec } from './types';

function cellText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && 'error' in (value as object)) return String((value as { error: string }).error);
  return String(value);
}

function argText(arg: unknown): string {
  if (Array.isArray(arg)) {
    const rows = (arg as unknown[]).map((row) => (Array.isArray(row) ? row.map(argInCell).join(',') : argInCell(row)));
    return `{${rows.join(';')}}`;
  }
  return argInCell(arg);
}

/** A value as it is typed in a formula: text quoted, booleans TRUE/FALSE, blank as nothing. */
function argInCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

function defaultText(p: ParamSpec): string {
  if (!p.optional) return 'required';
  if (p.defaultText !== undefined) return p.defaultText;
  if (p.default === undefined) return '(blank)';
  return p.type === 'boolean' ? (p.default ? 'TRUE' : 'FALSE') : String(p.default);
}

function resultText(result: ExampleResult): string {
  if (Array.isArray(result)) {
    return `{${(result as readonly (readonly ExampleCell[])[]).map((row) => row.map(cellText).join(', ')).join('; ')}} (spills)`;
  }
  return cellText(result);
}

function signature(spec: FunctionSpec): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${spec.name}(${params.join(', ')})`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

function section(spec: FunctionSpec): string {
  const lines = [
    `## ${spec.name}`,
    '',
    spec.description,
    '',
    '```',
    `=${signature(spec)}`,
    '```',
    '',
    '| parameter | description | range? | default |',
    '|---|---|---|---|',
    ...spec.params.map(
      (p) => `| \`${p.name}\` | ${escapeCell(p.description)} | ${p.range ? 'yes' : 'no'} | ${defaultText(p)} |`,
    ),
    '',
    `**Returns** ${spec.returns}${spec.spills ? ' The result can spill.' : ''}`,
    '',
    spec.details,
    '',
    '| example | result | why |',
    '|---|---|---|',
    ...spec.examples.map((e) => `| \`=${spec.name}(${e.args.map(argText).join(', ')})\` | ${escapeCell(resultText(e.result))} | ${escapeCell(e.note)} |`),
    '',
  ];
  return lines.join('\n');
}

export function renderReference(): string {
  const header = [
    '# Function reference',
    '',
    '<!-- Generated from core/catalogue.ts by `npm run docs`. Do not edit by hand: a test compares this file with the catalogue. -->',
    '',
    'In Excel the functions live in the `LD` namespace (`=LD.ROI(B2:B50, C2:C50)`); in Google Sheets they have their plain names (`=ROI(B2:B50, C2:C50)`).',
    '',
    '## Conventions',
    '',
    '- **Ratios and percentages are fractions.** ROI 2.5 means 250%; BCR 3.5 means 3.5:1. Percent inputs (isolation, confidence, benefits loading) are fractions from 0 to 1: type `80%` or `0.8`. `80` is an error (`#NUM!`) whose message suggests `80%`.',
    '- **Elementwise functions** take a single value or a range for each argument. Ranges of the same shape go cell by cell, a single value applies to every cell, and a one-row range pairs with a one-column range of the same length. The result spills in the shape of the ranges.',
    '- **Blanks.** When every required input of an element is blank the result is blank; when only some are blank the result is `#N/A` with a message naming what is missing. Optional arguments left blank or omitted take their default.',
    '- **Errors are values.** Bad input gives a spreadsheet error with a message a person understands, never a crash: `#VALUE!` for text, booleans, values that are not a cell value (objects, a date that does not exist), mismatched ranges and wrong argument counts; `#NUM!` for numbers out of range (negative costs, 80 for 80%, rates of −100% or less, strengths outside 0–3); `#DIV/0!` for a zero divisor; `#N/A` for missing values. An error cell passed in keeps its code. In a spilled result one bad element is an error in that element only. A result too large for a number (beyond ±1.8 × 10³⁰⁸) is `#NUM!`, never an infinity. The functions never throw, whatever they are given.',
    '- **Flags** (`less_is_better`) take `TRUE` or `FALSE` (or 1 or 0); blank is `FALSE`. Elsewhere a boolean is `#VALUE!`.',
    '- **Dates** passed as arguments count as their serial numbers, as in the spreadsheet.',
    '- **Hosts.** Excel shows the code and, where it allows one, the message on hover. Google Sheets shows a single error as `#ERROR!` with the message (which starts with the code); inside a spilled range an element error is shown as text starting with its code (see [sheets.md](sheets.md)).',
    '',
    '## Functions',
    '',
    ...CATALOGUE.map((spec) => `- [${spec.name}](#${spec.name.toLowerCase()}): ${spec.description}`),
    '',
  ];
  return [...header, ...CATALOGUE.map(section)].join('\n');
}
