import fc from 'fast-check';
import Papa from 'papaparse';
import { detectDelimiter, headerKeys, LmsCsvReader, parseLmsCsv, parseLmsCsvChunks, parseLmsCsvLines } from './csv';
import type { LmsCsvResult } from './csv';

const lines = (...rows: string[]): string => `${rows.join('\n')}\n`;
const reasons = (result: LmsCsvResult): Array<[number | undefined, string, string]> =>
  result.rejections.map((r) => [r.source.row, r.code, r.reason]);
const balanced = (result: LmsCsvResult): void => {
  expect(result.records.length + result.rejections.length).toBe(result.inputCount);
};

describe('parseLmsCsv: formats', () => {
  it.each([
    ['comma with a BOM', '\ufeffCourse,User,Completion Date\nSQL Basics,ana@x.com,2025-03-14\n', ','],
    ['semicolon', 'Course;User;Completion Date\nSQL Basics;ana@x.com;2025-03-14\n', ';'],
    ['tab', 'Course\tUser\tCompletion Date\nSQL Basics\tana@x.com\t2025-03-14\n', '\t'],
    ['CRLF, no final line break', 'Course,User,Completion Date\r\nSQL Basics,ana@x.com,2025-03-14', ','],
  ])('%s: detected delimiter, one record', (_name, text, delimiter) => {
    const result = parseLmsCsv(text, { file: 'lms.csv' });
    expect(result.delimiter).toBe(delimiter);
    expect(result.header).toEqual(['Course', 'User', 'Completion Date']);
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({
      person: 'ana@x.com', activity: 'SQL Basics', date: '2025-03-14', status: 'completed', durationHours: null, score: null, cost: null,
      source: { kind: 'lms-csv', file: 'lms.csv', row: 2, line: 2 },
    });
  });

  it.each([
    ['a semicolon header over comma decimals', 'Course;User;Hours\nSQL;E1;1,5\nGo;E2;2,25\n', ';'],
    ['a comma header over quoted semicolons', 'Course,User,Completion Date,Hours\n"";"";"","",""\n";;","","",""\n', ','],
    ['a tab header over commas in fields', 'Course\tUser\nA, B\tE1\nC, D\tE2\n', '\t'],
  ])('the header decides the delimiter: %s', (_name, text, delimiter) => {
    expect(parseLmsCsv(text).delimiter).toBe(delimiter);
  });

  it('reads quoted fields with delimiters, quotes and line breaks, and reports rows and lines apart', () => {
    const text = lines(
      'Course Title,Employee ID,Learner,Completed On,Hours,Cost',
      '"Negotiation, Advanced",E1,"Nair, Priya",2025-01-10,2,"1,250.00"',
      '"Writing ""Clear"" Emails",E2,Bo,2025-01-11,1,',
      '"Line one',
      'line two",E3,Cy,2025-01-12,1,',
      'Last,E4,Di,2025-01-13,1,',
    );
    const result = parseLmsCsv(text);
    expect(result.rejections).toEqual([]);
    expect(result.records.map((r) => [r.activity, r.person, r.personName, r.cost, r.source.row, r.source.line])).toEqual([
      ['Negotiation, Advanced', 'E1', 'Nair, Priya', 1250, 2, 2],
      ['Writing "Clear" Emails', 'E2', 'Bo', null, 3, 3],
      ['Line one line two', 'E3', 'Cy', null, 4, 4],
      ['Last', 'E4', 'Di', null, 5, 6],
    ]);
  });

  it.each([
    [['Course', 'User', 'Completion Date', 'Hours', 'Score', 'Status', 'Cost']],
    [['Course Title', 'Learner', 'Completed On', 'Duration', 'Grade', 'STATUS', 'Course Cost']],
    [['Learning Item', 'Employee ID', 'completion_date', 'Time Spent', 'score', 'Completion Status', 'Price']],
    [['  learning   item ', 'USER ID', 'Date Completed', 'Time spent (hours)', 'Final Score', 'status', 'Fee']],
  ])('header synonyms %j map to the same fields', (header) => {
    const text = lines(header.join(','), 'SQL Basics,E1,2025-03-14,1.5,0.9,Passed,120');
    const result = parseLmsCsv(text);
    expect(result.columns.map((c) => c.field)).toEqual(['activity', 'person', 'date', 'duration', 'score', 'status', 'cost']);
    expect(result.records[0]).toMatchObject({ activity: 'SQL Basics', person: 'E1', date: '2025-03-14', durationHours: 1.5, score: 0.9, rawScore: '0.9', status: 'passed', statusText: 'Passed', cost: 120 });
  });

  // Header rows in the shape of common LMS report exports (column names as those reports label them).
  it.each([
    ['a transcript report', 'User ID,User Full Name,Training Title,Transcript Status,Completion Date,Training Hours', 'U1,Ana Lima,SQL Basics,Completed,3/14/2025,1.5', { person: 'U1', personName: 'Ana Lima', activity: 'SQL Basics', status: 'completed', date: '2025-03-14', durationHours: 1.5 }],
    ['an item report', 'User ID,Item ID,Item Title,Completion Date,Completion Status,Total Hours,Score', 'U2,ITM-9,Safety 101,2025-02-01,Course Completed,0.5,92', { person: 'U2', activityId: 'ITM-9', activity: 'Safety 101', status: 'completed', durationHours: 0.5, score: 0.92 }],
    ['an enrolment report', 'Username,First Name,Last Name,Course Name,Course Code,Enrollment Status,Completion Date,Score', 'ana.l,Ana,Lima,Excel Pro,XL-2,Subscribed,,', { person: 'ana.l', personName: 'Ana Lima', activity: 'Excel Pro', activityId: 'XL-2', status: 'not started', date: null, score: null }],
    ['a content report', 'Name,Email,Content Title,Completion Date,Hours Viewed', 'Ana Lima,Ana@X.com,Negotiation,2025-01-05,0:45:00', { person: 'ana@x.com', personName: 'Ana Lima', activity: 'Negotiation', durationHours: 0.75 }],
    ['a course report', 'User,Course,Completion date,Status,Score,Time', 'ana,Python,14/03/2025,Completed,85%,1h 20m', { person: 'ana', activity: 'Python', date: '2025-03-14', score: 0.85, durationHours: 1 + 20 / 60 }],
  ])('%s', (_name, header, row, expected) => {
    const result = parseLmsCsv(lines(header, row));
    expect(result.rejections).toEqual([]);
    expect(result.records[0]).toMatchObject(expected);
  });

  it.each(['', '-', '--', 'N/A', 'n/a', 'NA', 'null', 'None', '\u2014'])('reads the placeholder "%s" in optional cells as blank', (placeholder) => {
    const result = parseLmsCsv(lines('Course,User,Completion Date,Hours,Score,Cost,Status', `SQL,E1,${placeholder},${placeholder},${placeholder},${placeholder},In Progress`));
    expect(result.rejections).toEqual([]);
    expect(result.records[0]).toMatchObject({ date: null, durationHours: null, score: null, rawScore: null, cost: null });
  });

  it('does not take a Progress or Result column for a status or a score', () => {
    const result = parseLmsCsv(lines('Course,User,Progress,Result', 'SQL,E1,75%,Passed'));
    expect(result.ignoredColumns).toEqual(['Progress', 'Result']);
    expect(result.records[0]).toMatchObject({ status: 'completed', score: null });
  });

  it('prefers an id over a name for the person, keeps the name, and lists unused columns', () => {
    const result = parseLmsCsv(lines('User,Department,Employee ID,Course', 'Ana Lima,Sales,E1,SQL'));
    expect(result.columns).toEqual([
      { field: 'personName', header: 'User', index: 0 },
      { field: 'person', header: 'Employee ID', index: 2 },
      { field: 'activity', header: 'Course', index: 3 },
    ]);
    expect(result.ignoredColumns).toEqual(['Department']);
    expect(result.records[0]).toMatchObject({ person: 'E1', personName: 'Ana Lima', status: 'completed', date: null });
  });

  it('lets the caller choose columns by header text', () => {
    const result = parseLmsCsv(lines('Programme Ref,Who,When', 'SQL,E1,2025-03-14'), { columns: { activity: 'Programme Ref', person: 'who', date: 'When' } });
    expect(result.records[0]).toMatchObject({ activity: 'SQL', person: 'E1', date: '2025-03-14' });
  });

  it.each([
    ['Hours', '1.5', 1.5, 'hours'],
    ['Duration (mins)', '90', 1.5, 'minutes'],
    ['Minutes', '45', 0.75, 'minutes'],
    ['Time Spent', '01:30', 1.5, 'hours'],
    ['Time Spent', '90 min', 1.5, 'hours'],
    ['Duration', 'PT2H15M', 2.25, 'hours'],
  ])('duration column %s with %s is %s hours', (header, cell, hours, unit) => {
    const result = parseLmsCsv(lines(`Course,User,${header}`, `SQL,E1,${cell}`));
    expect(result.durationUnit).toBe(unit);
    expect(result.records[0].durationHours).toBeCloseTo(hours, 10);
  });

  it('reads plain scores as percent when any is above 1, as fractions otherwise', () => {
    const percent = parseLmsCsv(lines('Course,User,Score', 'A,E1,85', 'B,E2,0.5', 'C,E3,17/20', 'D,E4,90%'));
    expect(percent.scoreScale).toBe('percent');
    expect(percent.records.map((r) => r.score)).toEqual([0.85, 0.005, 0.85, 0.9]);
    const fraction = parseLmsCsv(lines('Course,User,Score', 'A,E1,0.85', 'B,E2,1'));
    expect(fraction.scoreScale).toBe('fraction');
    expect(fraction.records.map((r) => r.score)).toEqual([0.85, 1]);
  });

  it('decides the status: no Status column means completions; a blank status with a date is a completion', () => {
    const result = parseLmsCsv(lines('Course,User,Completion Date,Status', 'A,E1,2025-01-02,', 'B,E2,,In Progress', 'C,E3,,'));
    expect(result.records.map((r) => [r.activity, r.status, r.date])).toEqual([['A', 'completed', '2025-01-02'], ['B', 'in progress', null]]);
    expect(reasons(result)).toEqual([[4, 'missing-value', 'Status is blank and the row has no completion date, so what happened is unknown.']]);
  });

  it.each([
    ['sep=;\r\nCourse;User;Hours\r\nSQL, Advanced;E1;1,5\r\n', ';'],
    ['\ufeffsep=,\nCourse,User,Hours\nSQL Advanced,E1,1.5\n', ','],
  ])('follows Excel\'s sep= line and does not count it as a row (%#)', (text, delimiter) => {
    const result = parseLmsCsv(text);
    expect(result.delimiter).toBe(delimiter);
    expect(result.header).toEqual(['Course', 'User', 'Hours']);
    expect(result.records).toHaveLength(1);
    expect(result.records[0]).toMatchObject({ durationHours: 1.5, source: { row: 2, line: 3 } });
  });

  it('accepts data rows that end with an extra delimiter (empty trailing fields), but not extra data', () => {
    const result = parseLmsCsv('Course,User\r\nA,E1,\r\nB,E2,,\r\nC,E3,x\r\n');
    expect(result.records.map((r) => r.activity)).toEqual(['A', 'B']);
    expect(result.rejections.map((r) => [r.source.row, r.code])).toEqual([[4, 'field-count']]);
  });

  it('takes rows of empty cells (,,,) for blank lines', () => {
    const result = parseLmsCsv('Course,User,Hours\nSQL,E1,1\n,,\n , ,\n');
    expect(result).toMatchObject({ inputCount: 1, blankLines: 2, rejections: [] });
  });

  it('skips blank lines without counting them as rows, and says how many', () => {
    const result = parseLmsCsv('Course,User\n\nA,E1\n\n\nB,E2\n\n');
    expect(result.records.map((r) => [r.activity, r.source.row, r.source.line])).toEqual([['A', 2, 3], ['B', 3, 6]]);
    expect(result.blankLines).toBe(4); // lines 2, 4, 5 and 7
    expect(result.inputCount).toBe(2);
  });
});

describe('parseLmsCsv: date order is never guessed', () => {
  it('a day above 12 decides day/month for the whole file, and the result says so', () => {
    const result = parseLmsCsv(lines('Course,User,Completion Date', 'A,E1,03/04/2025', 'B,E2,25/04/2025'));
    expect(result.dateOrder).toEqual({ found: 'dmy', used: 'dmy', ambiguousRows: 1, examples: { dmy: 'row 3: 25/04/2025', ambiguous: 'row 2: 03/04/2025', mdy: undefined } });
    expect(result.records.map((r) => r.date)).toEqual(['2025-04-03', '2025-04-25']);
    expect(result.needsDateOrder).toBe(false);
  });

  it('a month/day date decides month/day', () => {
    const result = parseLmsCsv(lines('Course,User,Completion Date', 'A,E1,03/04/2025', 'B,E2,04/25/2025'));
    expect(result.dateOrder.found).toBe('mdy');
    expect(result.records.map((r) => r.date)).toEqual(['2025-03-04', '2025-04-25']);
  });

  it('when every date is ambiguous, those rows are rejected until the caller passes the confirmed order', () => {
    const text = lines('Course,User,Completion Date', 'A,E1,03/04/2025', 'B,E2,2025-05-06', 'C,E3,05/05/2025');
    const first = parseLmsCsv(text);
    expect(first.needsDateOrder).toBe(true);
    expect(first.dateOrder).toMatchObject({ found: 'ambiguous', used: null, ambiguousRows: 1 });
    expect(first.records.map((r) => r.date)).toEqual(['2025-05-06', '2025-05-05']);
    expect(reasons(first)).toEqual([[2, 'date-order', 'Completion Date "03/04/2025" could be day/month or month/day and nothing in the file decides which; choose the date order and import again.']]);
    balanced(first);
    const dmy = parseLmsCsv(text, { dateOrder: 'dmy' });
    expect(dmy.records.map((r) => r.date)).toEqual(['2025-04-03', '2025-05-06', '2025-05-05']);
    expect(dmy.dateOrder).toMatchObject({ found: 'ambiguous', used: 'dmy' });
    expect(parseLmsCsv(text, { dateOrder: 'mdy' }).records[0].date).toBe('2025-03-04');
  });

  it('a file with both orders is not read until the caller chooses; then the other order\'s dates are refused', () => {
    const text = lines('Course,User,Completion Date', 'A,E1,13/04/2025', 'B,E2,04/13/2025', 'C,E3,2025-01-01');
    const first = parseLmsCsv(text);
    expect(first.dateOrder.found).toBe('conflicting');
    expect(first.needsDateOrder).toBe(true);
    expect(first.records.map((r) => r.activity)).toEqual(['C']);
    expect(first.rejections.map((r) => r.code)).toEqual(['date-order', 'date-order']);
    expect(first.rejections[0].reason).toContain('the file has day/month dates (row 2: 13/04/2025) and month/day dates (row 3: 04/13/2025)');
    const dmy = parseLmsCsv(text, { dateOrder: 'dmy' });
    expect(dmy.records.map((r) => r.date)).toEqual(['2025-04-13', '2025-01-01']);
    expect(reasons(dmy)).toEqual([[3, 'bad-date', 'Completion Date "04/13/2025" is not a real date when read as day/month/year.']]);
  });
});

describe('parseLmsCsv: malformed input, each row rejected with its reason', () => {
  const HEADER = 'Course,User,Completion Date,Hours,Score,Status';
  it.each([
    ['a bad date', 'SQL,E1,31/02/2025x,1,80,Completed', 'bad-date', 'Completion Date "31/02/2025x" is not a date (use yyyy-mm-dd, dd/mm/yyyy or mm/dd/yyyy).'],
    ['an impossible date', 'SQL,E1,2025-02-30,1,80,Completed', 'bad-date', 'Completion Date "2025-02-30" is not a real date when read as year-month-day.'],
    ['a negative duration', 'SQL,E1,2025-02-03,-1.5,80,Completed', 'bad-duration', 'Hours "-1.5" is negative; a learning time cannot be.'],
    ['an unreadable duration', 'SQL,E1,2025-02-03,a while,80,Completed', 'bad-duration', 'Hours "a while" is not a duration (use hours like 1.5, minutes with a unit like 90 min, hh:mm like 01:30, or ISO 8601 like PT1H30M).'],
    ['a score above 100', 'SQL,E1,2025-02-03,1,101,Completed', 'bad-score', 'Score "101" is outside 0 to 100.'],
    ['a negative score', 'SQL,E1,2025-02-03,1,-3,Completed', 'bad-score', 'Score "-3" is outside 0 to 100.'],
    ['a letter grade', 'SQL,E1,2025-02-03,1,B+,Completed', 'bad-score', 'Score "B+" is not a score (use a number, a percentage like 85%, or points like 17/20).'],
    ['an unknown status', 'SQL,E1,2025-02-03,1,80,Sort of', 'bad-status', 'Status "Sort of" is not a status this importer knows (it knows Completed, Passed, Failed, Attempted, Experienced, In Progress, Not Started, Withdrawn); fix the cell or ask for it to be added.'],
    ['a blank course', ',E1,2025-02-03,1,80,Completed', 'missing-value', 'Course is blank.'],
    ['a blank learner', 'SQL, ,2025-02-03,1,80,Completed', 'missing-value', 'User is blank.'],
    ['too many fields', 'SQL,E1,2025-02-03,1,80,Completed,extra', 'field-count', 'The row has 7 fields but the header has 6: a field may contain the delimiter without being quoted.'],
    ['too few fields', 'SQL,E1,2025-02-03', 'field-count', 'The row has 3 fields but the header has 6: a field is missing.'],
  ])('%s', (_name, row, code, reason) => {
    const result = parseLmsCsv(lines(HEADER, 'Good,E0,2025-01-01,1,80,Passed', row), { file: 'bad.csv' });
    expect(result.records).toHaveLength(1);
    expect(result.rejections).toEqual([{ source: { kind: 'lms-csv', file: 'bad.csv', row: 3, line: 3 }, code, reason }]);
    balanced(result);
  });

  it('an unterminated quote rejects its row and says how many lines it swallowed', () => {
    const result = parseLmsCsv(lines(HEADER, 'Good,E0,2025-01-01,1,80,Passed', '"Broken,E1,2025-01-02,1,80,Passed', 'Next,E2,2025-01-03,1,80,Passed', 'Last,E3,2025-01-04,1,80,Passed'));
    expect(result.records.map((r) => r.activity)).toEqual(['Good']);
    expect(reasons(result)).toEqual([[3, 'csv-syntax', 'A quoted field that opens on this row is never closed, so the 3 line(s) after it were read into that field and could not be imported. Close the quote (or double a quote inside the field) and import again.']]);
    balanced(result);
  });

  it('text after a closing quote is reported as a malformed quote', () => {
    const result = parseLmsCsv(lines('Course,User', 'Good,E0', '"Bad"x,E1'));
    expect(result.rejections[0].code).toBe('csv-syntax');
    expect(result.rejections[0].reason).toContain('A quoted field has text right after its closing quote');
    balanced(result);
  });

  it('missing required columns reject every row with the same reason, and the file problem says it once', () => {
    const result = parseLmsCsv(lines('Title,Name,Date', 'SQL,Ana,2025-01-01', 'Go,Bo,2025-01-02'), { file: 'odd.csv' });
    const reason = 'The file has no course (activity) column (such as Course, Course Title, Learning Item, Activity, Training)'
      + ' and no learner (person) column (such as Employee ID, User ID, Email, User, Learner); its header is: "Title", "Name", "Date".';
    expect(result.fileProblem).toBe(reason);
    expect(reasons(result)).toEqual([[2, 'missing-column', reason], [3, 'missing-column', reason]]);
    expect(result.records).toEqual([]);
    balanced(result);
  });

  it('an empty file has a file problem and no rows', () => {
    const result = parseLmsCsv('');
    expect(result).toMatchObject({ inputCount: 0, records: [], rejections: [], fileProblem: 'The file is empty: it has no header row.' });
  });
});

describe('streaming', () => {
  const SAMPLE = lines(
    '\ufeffCourse Title;Employee ID;User;Completed On;Duration (mins);Score;Status;Cost',
    '"Sales; Basics";E1;Ana;13/04/2025;90;85;Passed;"1.200,50"',
    '"Multi',
    'line ""quoted""";E2;Bo;03/04/2025;1:30;0,9;Completed;',
    'X;E3;Cy;bad;10;;Completed;',
    'Y;E4;;01/02/2025;-5;;Completed;',
    '',
    'Z;E5;Dee;02/01/2025;5;150;Completed;',
    'W;E6;Eve;02/01/2025;5;12;In progress;',
  );

  it('chunks cut anywhere, even inside quoted fields, give exactly the string result', async () => {
    const whole = parseLmsCsv(SAMPLE, { file: 'x.csv' });
    expect(whole.records).toHaveLength(3);
    expect(whole.rejections).toHaveLength(3);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 1, max: SAMPLE.length - 1 }), { maxLength: 20 }), async (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), SAMPLE.length];
        const chunks = points.slice(1).map((end, i) => SAMPLE.slice(points[i], end));
        const streamed = await parseLmsCsvChunks(chunks, { file: 'x.csv' });
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('takes lines without their line endings, from an async source', async () => {
    async function* source(): AsyncGenerator<string> {
      for (const line of SAMPLE.split('\n').slice(0, -1)) yield line;
    }
    expect(await parseLmsCsvLines(source(), { file: 'x.csv' })).toEqual(parseLmsCsv(SAMPLE, { file: 'x.csv' }));
  });

  it('works in papaparse step mode directly (as a browser File import would)', () => {
    const reader = new LmsCsvReader({ file: 'x.csv' });
    let completed = false;
    Papa.parse<string[]>(SAMPLE, { ...reader.papaConfig(), complete: () => { completed = true; } });
    expect(completed).toBe(true);
    // A string ends with a line break, past which papaparse steps one empty row (a File does not).
    reader.endedWithLineBreak();
    expect(reader.finish()).toEqual(parseLmsCsv(SAMPLE, { file: 'x.csv' }));
  });

  it('streams a 100,000-row export generated on the fly: every row a record, 100,000 distinct keys', async () => {
    const ROWS = 100000;
    function* exportText(): Generator<string> {
      yield 'Course,User,Completion Date,Minutes,Score,Status\r\n';
      let block = '';
      for (let i = 0; i < ROWS; i++) {
        const day = (i % 28) + 1;
        block += `"Course ${i % 50}, part ${i % 3}",user${i}@x.com,${day}/${(i % 12) + 1}/2025,${30 + (i % 90)},${i % 101},${i % 7 === 0 ? 'Failed' : 'Passed'}\r\n`;
        if (block.length > 60000) {
          yield block;
          block = '';
        }
      }
      yield block;
    }
    const started = Date.now();
    const result = await parseLmsCsvChunks(exportText(), { file: 'big.csv' });
    const seconds = (Date.now() - started) / 1000;
    expect(result.inputCount).toBe(ROWS);
    expect(result.rejections).toEqual([]);
    expect(result.records).toHaveLength(ROWS);
    expect(result.dateOrder).toMatchObject({ found: 'dmy', used: 'dmy' });
    expect(new Set(result.records.map((r) => r.key)).size).toBe(ROWS);
    // Row 99,999 of the generator: day 99999 % 28 + 1 = 12, month 99999 % 12 + 1 = 4, score 99999 % 101 = 9.
    expect(result.records[99999]).toMatchObject({ person: 'user99999@x.com', activity: 'Course 49, part 0', date: '2025-04-12', durationHours: (30 + (99999 % 90)) / 60, score: 0.09, status: 'passed' });
    // Generous bound for a shared 2-core machine; measured about 1-2 s.
    expect(seconds).toBeLessThan(30);
  });
});

describe('preview', () => {
  const text = lines('Course,User,Completion Date', ...Array.from({ length: 40 }, (_, i) => `Course ${i},E${i},2025-01-${String((i % 28) + 1).padStart(2, '0')}`));

  it('keeps the first rows as read beside the detected columns', () => {
    const result = parseLmsCsv(text);
    expect(result.sample).toEqual([0, 1, 2, 3, 4].map((i) => [`Course ${i}`, `E${i}`, `2025-01-0${i + 1}`]));
    expect(result.stoppedEarly).toBe(false);
  });

  it('maxRows stops after that many data rows, from a string or from chunks, and says so', async () => {
    const fromString = parseLmsCsv(text, { maxRows: 10 });
    expect(fromString).toMatchObject({ inputCount: 10, stoppedEarly: true });
    expect(fromString.records.map((r) => r.activity)).toEqual(Array.from({ length: 10 }, (_, i) => `Course ${i}`));
    let pulled = 0;
    function* chunks(): Generator<string> {
      for (const line of text.split('\n')) {
        pulled += 1;
        yield `${line}\n`;
      }
    }
    const fromChunks = await parseLmsCsvChunks(chunks(), { maxRows: 10 });
    expect(fromChunks.records.map((r) => r.activity)).toEqual(fromString.records.map((r) => r.activity));
    expect(fromChunks.stoppedEarly).toBe(true);
    expect(pulled).toBeLessThanOrEqual(42);
  });
});

describe('keys and the input-count invariant', () => {
  it('the same rows in another file, another order, give the same keys; another status or date another key', () => {
    const a = parseLmsCsv(lines('Course,User,Completion Date,Status', 'SQL,ana@x.com,2025-01-02,Passed', 'Go,bo@x.com,2025-01-03,Completed'), { file: 'june.csv' });
    const b = parseLmsCsv(lines('Status,Completion Date,User,Course', 'Completed,03/01/2025,bo@x.com,Go', 'Passed,2025-01-02,ANA@x.com,SQL', 'Failed,2025-01-02,ana@x.com,SQL', 'Passed,2025-01-09,ana@x.com,SQL'), { file: 'july.csv', dateOrder: 'dmy' });
    expect(b.records.map((r) => r.key).slice(0, 2)).toEqual([a.records[1].key, a.records[0].key]);
    expect(new Set(b.records.map((r) => r.key)).size).toBe(4);
    expect(a.records[0].key).toMatch(/^lms-[0-9a-f]{16}$/);
  });

  const cell = fc.oneof(
    fc.constantFrom('', 'SQL', 'a,b', 'x"y', 'multi\nline', '13/04/2025', '03/04/2025', '2025-02-30', '-1', '90 min', '150', '85%', 'Passed', 'Sort of', ' '),
    fc.string({ maxLength: 6 }),
  );
  const quoteField = (text: string): string => (/[",\n\r;\t]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text);

  it('property: records + rejections = data rows, whatever the cells (quoted or raw)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 4, maxLength: 7 }), { maxLength: 25 }), fc.boolean(), fc.constantFrom('dmy', 'mdy', undefined), (rows, quoteAll, dateOrder) => {
        const text = ['Course,User,Completion Date,Hours,Score,Status'].concat(rows.map((r) => r.map((c) => (quoteAll ? quoteField(c) : c)).join(','))).join('\n');
        const result = parseLmsCsv(text, { dateOrder: dateOrder as 'dmy' | 'mdy' | undefined });
        balanced(result);
        if (quoteAll) {
          // Every row is well-formed CSV: each is a record or a rejection; rows of empty cells are blank lines.
          const nonBlank = rows.filter((r) => !r.every((c) => c.trim() === ''));
          expect(result.inputCount).toBe(nonBlank.length);
        }
        for (const rejection of result.rejections) expect(rejection.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
  });
});

describe('headers, delimiters and streams at their edges (mutation survivors)', () => {
  it.each([
    ['\ufeffCourse Title', ['course title']],
    ['Duration (mins)', ['duration']],
    ['Duration [min]', ['duration']],
    ['Score %', ['score']],
    ['Pct Complete', ['complete']],
    ['(Optional) Email', ['email']],
    ['Email (work) address', ['email address']],
    ['Time Spent in Minutes', ['time spent in minutes', 'time spent']],
    ['Training Hours', ['training hours', 'training']],
    ['Learning Hrs', ['learning hrs', 'learning']],
    ['Hours', ['hours']],
    ['Minutes', ['minutes']],
  ])('headerKeys(%j) is %j', (header, keys) => {
    expect(headerKeys(header)).toEqual(keys);
  });

  it('a "sep=" first line (as Excel writes it) names the delimiter, with or without a byte order mark; another character is not trusted', () => {
    expect(detectDelimiter('sep=;\nCourse;Email\nA;a@x\n')).toBe(';');
    expect(detectDelimiter('\ufeffsep=\t\r\nCourse\tEmail\nA\ta@x\n')).toBe('\t');
    expect(detectDelimiter('sep=,\nCourse,Email\n')).toBe(',');
    expect(detectDelimiter('sep=|\nCourse;Email;Date\nA;a@x;2025-01-01\n')).toBe(';');
  });

  it('the header decides the delimiter, whatever the data rows hold', () => {
    expect(detectDelimiter('Course;Email;Date\n"A, part 1";a@x;2025-01-01\n')).toBe(';');
    expect(detectDelimiter('Course\tEmail\tNotes\nA\ta@x\tone; two, three\n')).toBe('\t');
    expect(detectDelimiter('Course\nA\n')).toBe(',');
  });

  it('a stream reads as the same text would: a byte order mark at its start is dropped, one inside a field kept, Buffers read as text', async () => {
    const text = 'Course,User,Completion Date,Status\nA\ufeffB,ana@x.com,2025-03-14,Completed\n';
    const whole = parseLmsCsv(text, { file: 'x.csv' });
    // Inside a name, U+FEFF is white space, as JavaScript's \s counts it: "A B".
    expect(whole.records[0].activity).toBe('A B');
    expect(await parseLmsCsvChunks([text.slice(0, 10), text.slice(10)], { file: 'x.csv' })).toEqual(whole);
    expect(await parseLmsCsvChunks([`\ufeff${text.slice(0, 10)}`, text.slice(10)], { file: 'x.csv' })).toEqual(whole);
    // A first chunk past the 64 KiB papaparse first sees, starting with a byte order mark.
    const big = `Course,User,Completion Date,Status\n${Array.from({ length: 2000 }, (_, i) => `Course ${i},u${i}@x.com,2025-03-14,Completed`).join('\n')}\n`;
    expect(big.length).toBeGreaterThan(65536);
    const streamed = await parseLmsCsvChunks([`\ufeff${big}`], { file: 'x.csv' });
    expect(streamed).toEqual(parseLmsCsv(big, { file: 'x.csv' }));
    expect(streamed.records[0].activity).toBe('Course 0');
    const bytes = await parseLmsCsvChunks([Buffer.from(text.slice(0, 20)), Buffer.from(text.slice(20))] as unknown as string[], { file: 'x.csv' });
    expect(bytes).toEqual(whole);
  });
});
