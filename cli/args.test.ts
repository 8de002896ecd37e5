/** The command line of ld-report, parsed without starting a process. */
import { parseArgs } from './report';

const NOW = new Date(Date.UTC(2026, 0, 15, 23, 30));

describe('parseArgs', () => {
  it.each([
    [['book.xlsx'], { file: 'book.xlsx', json: false, paper: 'A4', today: '2026-01-15' }],
    [['book.xlsx', '--json', '--today', '2025-06-30'], { file: 'book.xlsx', json: true, paper: 'A4', today: '2025-06-30' }],
    [['--organisation', 'GrowthCorp', 'book.xlsx', '--budget', '$1,500,000'], { file: 'book.xlsx', json: false, paper: 'A4', today: '2026-01-15', organisation: 'GrowthCorp', budget: 1500000 }],
    [['book.xlsx', '--budget', '2.5e6'], { file: 'book.xlsx', json: false, paper: 'A4', today: '2026-01-15', budget: 2500000 }],
    [['book.xlsx', '--budget', '.5'], { file: 'book.xlsx', json: false, paper: 'A4', today: '2026-01-15', budget: 0.5 }],
    [['book.xlsx', '--pdf', 'report.pdf', '--paper', 'LETTER'], { file: 'book.xlsx', json: false, pdf: 'report.pdf', paper: 'Letter', today: '2026-01-15' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv, NOW)).toEqual(expected);
  });

  it.each([
    [[], 'no workbook given'],
    [['a.xlsx', 'b.xlsx'], 'only one workbook at a time (got a.xlsx and b.xlsx)'],
    [['a.xlsx', '--today', '2025-02-30'], '--today must be a date written YYYY-MM-DD, not "2025-02-30"'],
    [['a.xlsx', '--today'], '--today needs a value'],
    [['a.xlsx', '--budget', 'lots'], '--budget must be an amount of 0 or more, not "lots"'],
    // Amounts are decimal, as in a cell: hexadecimal, infinite and negative ones are refused.
    [['a.xlsx', '--budget', '0x10'], '--budget must be an amount of 0 or more, not "0x10"'],
    [['a.xlsx', '--budget', 'Infinity'], '--budget must be an amount of 0 or more, not "Infinity"'],
    [['a.xlsx', '--budget', '1e400'], '--budget must be an amount of 0 or more, not "1e400"'],
    [['a.xlsx', '--budget', '-5'], '--budget must be an amount of 0 or more, not "-5"'],
    [['a.xlsx', '--budget', ''], '--budget must be an amount of 0 or more, not ""'],
    [['a.xlsx', '--verbose'], 'unknown option --verbose'],
    [['a.xlsx', '--pdf', 'r.pdf', '--paper', 'A3'], '--paper must be a4 or letter, not "A3"'],
    [['--help'], ''],
  ])('%j → %s', (argv, message) => {
    expect(parseArgs(argv, NOW)).toBe(message);
  });
});
