/**
 * Import: LMS exports (CSV) and xAPI statements (JSON) read in the pane, on this computer (nothing is
 * sent anywhere), previewed with the columns detected, the date order confirmed when the file does not
 * decide it, each activity's initiative proposed and confirmed, then appended to the framework's
 * Learning data sheet in chunks with progress. Re-importing adds nothing; nothing already there is
 * changed. Parsing, matching and what to append are the core's (core/learning); the host only writes.
 */
import { localIsoDate } from '../../core/insights/service';
import { planAppend, type MatchedBy } from '../../core/learning/append';
import { parseLmsCsvChunks, type LmsCsvResult } from '../../core/learning/csv';
import {
  DATE_ORDER_CHOICES, FIELD_LABELS, dateOrderText, fileSummaryText, importCountLines, importHeading, importWrite, needsDateOrderChoice,
  proposalKindText, rejectionText, type ImportTargets,
} from '../../core/learning/import';
import { sourceText } from '../../core/learning/append';
import { matchActivities, type MatchResult } from '../../core/learning/match';
import { isExclusion, type LearningRecord, type Rejection } from '../../core/learning/types';
import type { DateOrder } from '../../core/learning/values';
import { parseXapi, type XapiResult } from '../../core/learning/xapi';
import { failureMessage } from '../bridge';
import { h, replaceChildren } from '../dom';
import { focusResult, panelParts, resultHeading, type Panel } from './parts';

/** How many rejections the result lists before "and N more". */
const SHOWN_REJECTIONS = 50;
/** Characters read per slice while parsing, so the pane stays responsive and shows progress. */
const SLICE = 1 << 20;

interface CsvFile {
  readonly name: string;
  readonly text: string;
  dateOrder?: DateOrder;
  result: LmsCsvResult;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A CSV text parsed in slices, yielding to the page between them (progress: `Reading x.csv: 40%`). */
async function parseCsv(name: string, text: string, dateOrder: DateOrder | undefined, say: (text: string) => void): Promise<LmsCsvResult> {
  async function* slices(): AsyncGenerator<string> {
    for (let at = 0; at < text.length; at += SLICE) {
      if (text.length > SLICE) say(`Reading ${name}: ${Math.round((at / text.length) * 100)}%…`);
      await pause();
      yield text.slice(at, at + SLICE);
    }
  }
  return parseLmsCsvChunks(slices(), { file: name, dateOrder });
}

const isJson = (file: File) => /\.json$/i.test(file.name) || file.type === 'application/json';

export const importPanel: Panel = {
  id: 'import',
  label: 'Import',
  render(section, { bridge }) {
    const parts = panelParts(section, 'import');
    const input = h('input', { type: 'file', id: 'import-files', multiple: true, accept: '.csv,.tsv,.txt,.json,text/csv,application/json', 'aria-describedby': 'import-files-hint' });
    const files = h('div', { id: 'import-summary' });
    const dates = h('div', { id: 'import-dates' });
    const preview = h('div', { id: 'import-preview' });
    const mapping = h('div', { id: 'import-mapping' });
    const button = h('button', { type: 'button', class: 'primary', id: 'import-button', disabled: true }, 'Import');
    const bar = h('progress', { id: 'import-progress', max: '1', value: '0', 'aria-label': 'Importing', hidden: true });

    let csv: CsvFile[] = [];
    let xapi: XapiResult | null = null;
    let targets: ImportTargets | undefined;
    let matched: MatchResult | undefined;
    const selects = new Map<string, HTMLSelectElement>();

    const records = (): LearningRecord[] => [...csv.flatMap((f) => f.result.records), ...(xapi?.records ?? [])];
    const rejections = (): Rejection[] => [...csv.flatMap((f) => f.result.rejections), ...(xapi?.rejections ?? [])];
    const waitingForDates = () => csv.some((f) => f.dateOrder === undefined && needsDateOrderChoice(f.result));
    const ready = () => {
      button.disabled = targets === undefined || waitingForDates() || (csv.length === 0 && xapi === null);
    };

    const showFiles = () => {
      const lines = [
        ...csv.map((f) => fileSummaryText(f.name, f.result.inputCount, f.result.records.length, f.result.rejections.length, 'rows')),
        ...(xapi?.files ?? []).map((f) => f.problem ?? `${fileSummaryText(f.name, f.statements, xapi!.records.filter((r) => r.source.file === f.name).length, xapi!.rejections.filter((r) => r.source.file === f.name).length, 'statements')}${f.more ? ' The LRS has more statements than this file holds: export the next page too.' : ''}`),
      ];
      const problems = csv.filter((f) => f.result.fileProblem).map((f) => `${f.name}: ${f.result.fileProblem}`);
      replaceChildren(files,
        h('h3', { id: 'import-files-title' }, 'Files read'),
        h('ul', { class: 'notes', id: 'import-file-list' }, ...lines.map((l) => h('li', {}, l))),
        problems.length > 0 ? h('div', { role: 'alert', class: 'error', id: 'import-file-problems' }, ...problems.map((p) => h('p', {}, p))) : null);
    };

    const showDates = () => {
      replaceChildren(dates, ...csv.map((f, i) => {
        const text = dateOrderText(f.result);
        if (!needsDateOrderChoice(f.result) && f.dateOrder === undefined) return text ? h('p', { class: 'hint', id: `import-dates-${i}` }, `${f.name}: ${text}`) : null;
        const name = `import-date-order-${i}`;
        return h('fieldset', { id: `import-dates-${i}` },
          h('legend', {}, `Dates in ${f.name}`),
          h('p', { class: 'hint', id: `${name}-hint` }, text ?? ''),
          ...DATE_ORDER_CHOICES.map((choice) => {
            const id = `${name}-${choice.value}`;
            const radio = h('input', { type: 'radio', name, id, value: choice.value, checked: f.dateOrder === choice.value, 'aria-describedby': `${name}-hint` });
            radio.addEventListener('change', () => {
              reparse(f, choice.value).catch((e: unknown) => { parts.error.textContent = `${f.name} could not be read again: ${failureMessage(e)}`; });
            });
            return h('div', { class: 'choice' }, radio, h('label', { for: id, class: 'choice-label' }, choice.label));
          }));
      }));
    };

    const showPreview = () => {
      replaceChildren(preview, ...csv.filter((f) => f.result.header.length > 0).map((f, i) => {
        const byIndex = new Map(f.result.columns.map((c) => [c.index, c.field]));
        return h('div', { class: 'import-file' },
          h('h3', {}, `Preview of ${f.name}`),
          h('table', { class: 'figures', id: `import-columns-${i}` },
            h('caption', {}, 'Columns detected'),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Column in the file'))),
            h('tbody', {}, ...f.result.columns.map((c) => h('tr', {}, h('th', { scope: 'row' }, FIELD_LABELS[c.field]), h('td', {}, c.header))))),
          f.result.ignoredColumns.length > 0 ? h('p', { class: 'hint' }, `Not used: ${f.result.ignoredColumns.join(', ')}.`) : null,
          h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `First rows of ${f.name}` },
            h('table', { class: 'sample', id: `import-sample-${i}` },
              h('caption', {}, `First ${f.result.sample.length} rows`),
              h('thead', {}, h('tr', {}, ...f.result.header.map((header, c) => h('th', { scope: 'col' }, header, byIndex.has(c) ? h('span', { class: 'field' }, FIELD_LABELS[byIndex.get(c)!]) : null)))),
              h('tbody', {}, ...f.result.sample.map((row) => h('tr', {}, ...row.map((cell) => h('td', {}, cell))))))));
      }));
    };

    const showMapping = () => {
      selects.clear();
      if (!targets || !matched) {
        replaceChildren(mapping);
        return;
      }
      const counts = new Map<string, number>();
      for (const r of records()) counts.set(r.activity, (counts.get(r.activity) ?? 0) + 1);
      const item = (activity: string, i: number, proposal?: MatchResult['proposals'][number]) => {
        const id = `import-map-${i}`;
        const select = h('select', { id, 'aria-describedby': `${id}-hint` },
          h('option', { value: '' }, 'Not mapped: leave these records out'),
          ...(proposal?.candidates ?? []).map((c) => h('option', { value: c.initiative }, `${c.initiative} (${proposalKindText(c.kind, c.score)})`)),
          ...targets!.initiatives.filter((n) => !proposal?.candidates.some((c) => c.initiative === n)).map((n) => h('option', { value: n }, n)));
        select.value = proposal?.initiative ?? '';
        selects.set(activity, select);
        const n = counts.get(activity) ?? 0;
        return h('li', { class: 'mapping' },
          h('label', { for: id, class: 'field-label' }, activity),
          h('p', { class: 'hint', id: `${id}-hint` }, `${n} ${n === 1 ? 'record' : 'records'}; ${proposal ? `proposed: ${proposal.initiative}, ${proposalKindText(proposal.kind, proposal.score)}` : 'no initiative has a name like it'}.`),
          select);
      };
      const { proposals, unmatched } = matched;
      replaceChildren(mapping,
        h('h3', { id: 'import-mapping-title' }, 'Activities and initiatives'),
        h('p', { class: 'hint' }, 'Each activity counts towards the initiative chosen here. Check the proposals; your choices are remembered on the Mappings sheet for the next import.'),
        targets.initiatives.length === 0 ? h('p', { class: 'notice', id: 'import-no-initiatives' }, 'The Alignment sheet lists no initiatives yet: add them there, then choose the files again.') : null,
        proposals.length > 0 ? h('ul', { class: 'mappings', id: 'import-proposals', 'aria-labelledby': 'import-mapping-title' }, ...proposals.map((p, i) => item(p.activity, i, p))) : null,
        unmatched.length > 0
          ? h('div', { id: 'import-unmatched' },
            h('h4', { id: 'import-unmatched-title' }, `Unmatched (${unmatched.length})`),
            h('p', { class: 'hint' }, 'No initiative has a name like these. Their records are left out unless you choose an initiative.'),
            h('ul', { class: 'mappings', 'aria-labelledby': 'import-unmatched-title' }, ...unmatched.map((a, i) => item(a, proposals.length + i))))
          : null);
    };

    const rematch = () => {
      if (!targets) return;
      const activities: string[] = [];
      const seen = new Set<string>();
      for (const r of records()) if (!seen.has(r.activity)) { seen.add(r.activity); activities.push(r.activity); }
      matched = matchActivities(activities, targets.initiatives, { confirmed: targets.confirmed });
      showMapping();
    };

    const reparse = async (file: CsvFile, order: DateOrder) => {
      file.dateOrder = order;
      // Not importable until the file is read again in the order chosen.
      button.disabled = true;
      file.result = await parseCsv(file.name, file.text, order, parts.say);
      parts.say(`${file.name}: dates read as ${order === 'dmy' ? 'day/month' : 'month/day'}.`);
      showFiles();
      showPreview();
      rematch();
      ready();
    };

    input.addEventListener('change', () => void parts.busy(button, 'Reading the files…', 'The files could not be read', async () => {
      csv = [];
      xapi = null;
      matched = undefined;
      replaceChildren(parts.result);
      for (const el of [files, dates, preview, mapping]) replaceChildren(el);
      const chosen = Array.from(input.files ?? []);
      if (chosen.length === 0) return;
      const json: { name: string; text: string }[] = [];
      for (const file of chosen) {
        const text = await file.text();
        if (isJson(file)) json.push({ name: file.name, text });
        else csv.push({ name: file.name, text, result: await parseCsv(file.name, text, undefined, parts.say) });
      }
      if (json.length > 0) xapi = parseXapi(json);
      showFiles();
      showDates();
      showPreview();
      const answer = await bridge.importTargets();
      if (!answer.ok) {
        targets = undefined;
        parts.noFramework(answer);
        if ('setUp' in answer) {
          const go = h('button', { type: 'button', class: 'secondary', id: 'import-setup' }, 'Go to Set up');
          go.addEventListener('click', () => document.getElementById('tab-setup')?.click());
          parts.result.appendChild(h('div', { class: 'button-row' }, go));
        }
        return;
      }
      targets = answer;
      rematch();
      const n = records().length;
      parts.say(`Read ${n.toLocaleString('en-US')} ${n === 1 ? 'record' : 'records'}. ${waitingForDates() ? 'Say how dates are written, then ' : ''}Check the initiatives, then Import.`);
    }).finally(ready));

    button.addEventListener('click', () => void parts.busy(button, 'Reading the Learning data sheet…', 'The import failed', async () => {
      replaceChildren(parts.result);
      const fresh = await bridge.importTargets();
      if (!fresh.ok) {
        parts.noFramework(fresh);
        return;
      }
      targets = fresh;
      const all = records();
      const chosen = new Map<string, string>();
      const matchedBy = new Map<string, MatchedBy>();
      for (const [activity, select] of selects) {
        if (select.value === '') continue;
        chosen.set(activity, select.value);
        const proposal = matched?.proposals.find((p) => p.activity === activity);
        matchedBy.set(activity, proposal?.initiative === select.value ? proposal.kind : 'user');
      }
      const plan = planAppend({
        records: all, mapping: chosen, matchedBy, existingKeys: fresh.existingKeys, existingMappings: new Map(Object.entries(fresh.confirmed)), today: localIsoDate(),
      });
      bar.hidden = false;
      bar.value = 0;
      try {
        const written = plan.rows.length === 0 && plan.mappingRows.length === 0
          ? { ok: true as const, learningSheet: fresh.learningSheet, firstRow: fresh.nextRow, lastRow: fresh.nextRow - 1, rows: 0, mappingsSheet: null, mappings: 0 }
          : await bridge.importLearning(importWrite(plan, fresh.nextRow), (p) => {
            bar.value = p.fraction;
            parts.say(p.message);
          });
        if (!written.ok) {
          parts.noFramework(written);
          return;
        }
        const rejected = rejections();
        const heading = importHeading(written);
        parts.say(`${heading}.`);
        replaceChildren(parts.result,
          h('div', { class: 'report', id: 'import-report' },
            resultHeading('import-result-title', heading),
            written.rows > 0 ? h('p', { class: 'success' }, `Rows ${written.firstRow.toLocaleString('en-US')}–${written.lastRow.toLocaleString('en-US')}, import id ${plan.importId}.`) : null,
            h('ul', { class: 'counts', id: 'import-counts' }, ...importCountLines(plan.counts, rejected.filter((r) => !isExclusion(r)).length, plan.unmatched.length, rejected.filter(isExclusion).length).map((l) => h('li', {}, l))),
            written.mappings > 0 ? h('p', { id: 'import-remembered' }, `Remembered ${written.mappings} ${written.mappings === 1 ? 'mapping' : 'mappings'} on “${written.mappingsSheet}”.`) : null,
            rejected.length > 0
              ? h('details', { id: 'import-rejected' },
                h('summary', {}, `Rejected or left out (${rejected.length})`),
                h('ul', { class: 'notes' }, ...rejected.slice(0, SHOWN_REJECTIONS).map((r) => h('li', {}, rejectionText(r)))),
                rejected.length > SHOWN_REJECTIONS ? h('p', { class: 'hint' }, `and ${rejected.length - SHOWN_REJECTIONS} more.`) : null)
              : null,
            plan.unmatched.length > 0
              ? h('details', { id: 'import-unmatched-result' },
                h('summary', {}, `Unmatched activities (${plan.unmatched.length})`),
                h('ul', { class: 'notes' }, ...plan.unmatched.map((u) => h('li', {}, `${u.activity}: ${u.records} ${u.records === 1 ? 'record' : 'records'}, first at ${sourceText(u.first)}`))))
              : null));
        focusResult(parts, 'import-result-title');
      } finally {
        bar.hidden = true;
      }
    }).finally(ready));

    replaceChildren(section,
      h('h2', {}, 'Import learning data'),
      h('p', {}, `Adds LMS exports (CSV) and xAPI statements (JSON) to the Learning data sheet, so participants, completions, hours and scores stay live. The files are read on this computer; nothing is sent anywhere. Rows already in the ${bridge.document} are never changed, and a record imported before is skipped.`),
      h('label', { for: 'import-files', class: 'field-label' }, 'Files to import'),
      h('p', { class: 'hint', id: 'import-files-hint' }, 'One or more LMS exports (.csv) or xAPI statement files (.json).'),
      input, files, dates, preview, mapping, button, bar, parts.status, parts.error, parts.result,
    );
  },
};
