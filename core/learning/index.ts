/** Learning data in: LMS CSV exports and xAPI statements as normalised records, and matching them to initiatives. */
export * from './types';
export { recordKey, fnv1a64, splitByKey } from './key';
export type { KeyFields } from './key';
export { parseLmsCsv, parseLmsCsvChunks, parseLmsCsvLines, LmsCsvReader, HEADER_SYNONYMS, SAMPLE_ROWS, headerKeys, detectDelimiter } from './csv';
export type { LmsCsvOptions, LmsCsvResult, LmsField, ColumnChoice, DateOrderFinding } from './csv';
export { parseXapi, ADL_VERBS, VOIDED_VERB } from './xapi';
export type { XapiFile, XapiFileSummary, XapiResult } from './xapi';
export { matchActivities, acceptProposals, normaliseName, similarity, figuresByInitiative, CLOSE_THRESHOLD } from './match';
export type { MatchKind, Candidate, Proposal, MatchResult, MatchOptions, InitiativeFigures } from './match';
export type { DateOrder, DurationUnit, ScoreScale } from './values';
export { planAppend, learningRow, enteredRow, mappingsFromRows, importIdFor, serialOfIsoDate, sourceText, LEARNING_ROW_KEYS, MAPPING_ROW_KEYS } from './append';
export type { AppendInput, AppendPlan, LearningCell, LearningRowKey, MappingRowKey, MatchedBy, UnmatchedActivity } from './append';
