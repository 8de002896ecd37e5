/**
 * Every sentence the learning-data parsers show a person, in one place. Each says what is wrong in
 * the words of the file (the column's own header, the cell's own text) and, where it helps, what to do.
 */

const quote = (text: string): string => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
const list = (items: readonly string[]): string => items.join(', ');

export const LearningMessages = {
  // CSV structure
  unterminatedQuote: (swallowedLines: number) =>
    swallowedLines > 0
      ? `A quoted field that opens on this row is never closed, so the ${swallowedLines} line(s) after it were read into that field and could not be imported. Close the quote (or double a quote inside the field) and import again.`
      : 'A quoted field that opens on this row is never closed. Close the quote (or double a quote inside the field) and import again.',
  malformedQuote: 'A quoted field has text right after its closing quote (a quote inside a field must be doubled: "").',
  emptyCsv: 'The file is empty: it has no header row.',
  csvSyntax: (message: string) => `The row could not be read as CSV: ${message}.`,
  fieldCount: (found: number, expected: number) =>
    found > expected
      ? `The row has ${found} fields but the header has ${expected}: a field may contain the delimiter without being quoted.`
      : `The row has ${found} fields but the header has ${expected}: a field is missing.`,
  missingColumns: (missing: ReadonlyArray<readonly [string, readonly string[]]>, header: readonly string[]) =>
    `The file has no ${missing.map(([what, synonyms]) => `${what} column (such as ${list(synonyms)})`).join(' and no ')}; its header is: ${list(header.map((h) => quote(h)))}.`,
  missingValue: (column: string) => `${column} is blank.`,
  blankStatusNoDate: (statusColumn: string) =>
    `${statusColumn} is blank and the row has no completion date, so what happened is unknown.`,

  // Values
  badDate: (column: string, text: string) =>
    `${column} ${quote(text)} is not a date (use yyyy-mm-dd, dd/mm/yyyy or mm/dd/yyyy).`,
  notACalendarDate: (column: string, text: string, order: string) =>
    `${column} ${quote(text)} is not a real date when read as ${order}.`,
  yearOutOfRange: (column: string, text: string) => `${column} ${quote(text)} has a year outside 1900-2100.`,
  ambiguousDate: (column: string, text: string) =>
    `${column} ${quote(text)} could be day/month or month/day and nothing in the file decides which; choose the date order and import again.`,
  conflictingDateOrders: (column: string, text: string, dmyExample: string, mdyExample: string) =>
    `${column} ${quote(text)} cannot be read safely: the file has day/month dates (${dmyExample}) and month/day dates (${mdyExample}); choose the date order and import again.`,
  badDuration: (column: string, text: string) =>
    `${column} ${quote(text)} is not a duration (use hours like 1.5, minutes with a unit like 90 min, hh:mm like 01:30, or ISO 8601 like PT1H30M).`,
  negativeDuration: (column: string, text: string) => `${column} ${quote(text)} is negative; a learning time cannot be.`,
  badMinutes: (column: string, text: string) => `${column} ${quote(text)} has 60 or more minutes or seconds in hh:mm form.`,
  badScore: (column: string, text: string) =>
    `${column} ${quote(text)} is not a score (use a number, a percentage like 85%, or points like 17/20).`,
  scoreOutOfRange: (column: string, text: string, range: string) => `${column} ${quote(text)} is outside ${range}.`,
  badCost: (column: string, text: string) => `${column} ${quote(text)} is not an amount.`,
  negativeCost: (column: string, text: string) => `${column} ${quote(text)} is negative.`,
  badStatus: (column: string, text: string, known: readonly string[]) =>
    `${column} ${quote(text)} is not a status this importer knows (it knows ${list(known)}); fix the cell or ask for it to be added.`,

  // xAPI
  notJson: (message: string) => `The file is not JSON (${message}); expected an array of xAPI statements or a StatementResult {"statements": [...]}.`,
  notStatementContainer: 'The JSON is neither an array of statements, a StatementResult with "statements", nor a single statement.',
  notAnObject: 'The statement is not a JSON object.',
  badStatementId: 'The statement id is not text.',
  noActor: 'The statement has no actor.',
  groupActor: 'The actor is a Group; learning records are per person, so import statements made by each member.',
  actorIdentifiers: (found: readonly string[]) =>
    found.length === 0
      ? 'The actor has none of mbox, mbox_sha1sum, openid or account, so the person is unknown.'
      : `The actor has ${list(found)}; xAPI allows exactly one of mbox, mbox_sha1sum, openid and account.`,
  badMbox: (value: string) => `The actor's mbox ${quote(value)} is not a mailto: address.`,
  badSha1: (value: string) => `The actor's mbox_sha1sum ${quote(value)} is not 40 hexadecimal digits.`,
  badOpenid: 'The actor\'s openid is not text.',
  badAccount: 'The actor\'s account needs both homePage and name as text.',
  noVerb: 'The statement has no verb id.',
  unknownVerb: (id: string, known: readonly string[]) =>
    `The verb ${quote(id)} is not one of ${list(known)} (by ADL IRI, or by display name), so it is not a learning record.`,
  noObject: 'The statement has no object.',
  objectNotActivity: (type: string) => `The object's objectType is ${quote(type)}, not "Activity".`,
  noActivityId: 'The activity has no id.',
  noTimestamp: 'The statement has neither a timestamp nor a stored time.',
  badTimestamp: (text: string) => `The timestamp ${quote(text)} is not an ISO 8601 date-time.`,
  badXapiDuration: (text: string) => `result.duration ${quote(text)} is not an ISO 8601 duration.`,
  calendarDuration: (text: string) =>
    `result.duration ${quote(text)} is in years or months, which have no fixed number of hours.`,
  negativeXapiDuration: (text: string) => `result.duration ${quote(text)} is negative.`,
  badScaled: (value: unknown) =>
    typeof value === 'number' && value >= -1 && value < 0
      ? `result.score.scaled ${value} is negative; xAPI allows -1 to 1, but a learning score here is 0 to 1.`
      : `result.score.scaled ${quote(String(value))} is not a number between 0 and 1.`,
  badRaw: (value: unknown) => `result.score.raw ${quote(String(value))} is not a number.`,
  rawOutOfRange: (raw: number, min: number, max: number) => `result.score.raw ${raw} is outside min ${min} to max ${max}.`,
  badMinMax: (min: number, max: number) => `result.score.min ${min} is not below max ${max}.`,
  hugeScoreRange: (min: number, max: number) => `result.score.min ${min} and max ${max} are too far apart to scale the score.`,
  hugeXapiDuration: (text: string) => `result.duration ${quote(text)} is longer than any learning time can be.`,
  duplicateStatement: (id: string, file: string) => `Statement ${id} appears again (first in ${file}); it is counted once.`,
  voidedBy: (voidingId: string) => `Voided by statement ${voidingId}, so it is not a record.`,
  voiding: (target: string) => `Voids statement ${target}; a voiding statement is not a learning record.`,
  voidingWithoutRef: 'A voided statement must have a StatementRef object naming the statement it voids.',
} as const;
