/**
 * The Learning data and Mappings sheets in the template spec: where the layout says, empty in both
 * datasets, the per-initiative formulas aligned with Alignment's rows and reading whole columns of
 * the records (so appended rows count), ROI's cost taking the time cost from the aligned row, and
 * the parts found by marker and by header row like the others.
 */
import { findFramework } from '../../core/framework/resolve';
import { markerName } from '../../core/framework/marker';
import { gridSource, specValues } from '../../core/insights';
import {
  ALIGNMENT_TABLE, IMPACT_TABLE, LEARNING_BY_INITIATIVE as L, LEARNING_SETTINGS, LEARNING_TABLE, MAPPINGS_TABLE, ROI_TABLE, SHEET_NAMES, SHEET_TITLES,
  buildWorkbookSpec, findSheet, initiativeLayout, parseCell,
} from '../../core/templates';
import type { CellSpec, Dataset, SheetSpec } from '../../core/templates';

const at = (sheet: SheetSpec, address: string): CellSpec | null | undefined => {
  const cell = parseCell(address)!;
  return sheet.cells[cell.row - 1]?.[cell.column - 1];
};

describe.each<Dataset>(['empty', 'growthcorp'])('the %s workbook', (dataset) => {
  const spec = buildWorkbookSpec(dataset);
  const learning = findSheet(spec, 'Learning');
  const mappings = findSheet(spec, 'Mappings');

  test('has Learning data and Mappings before History, by their titles', () => {
    expect(SHEET_NAMES.slice(-3)).toEqual(['Learning', 'Mappings', 'History']);
    expect([learning.name, mappings.name]).toEqual([SHEET_TITLES.Learning, SHEET_TITLES.Mappings]);
    expect(SHEET_TITLES.Learning).toBe('Learning data');
  });

  test('the headers sit where the layouts say, and no record or mapping is there (the example ships its learning data as files)', () => {
    for (const [sheet, table] of [[learning, LEARNING_TABLE], [learning, L], [mappings, MAPPINGS_TABLE]] as const) {
      for (const d of table.defs) expect([d.key, at(sheet, `${table.columns[d.key as never]}${table.headerRow}`)?.value]).toEqual([d.key, d.header]);
    }
    expect(LEARNING_TABLE.defs.map((d) => d.key)).toEqual(['importId', 'source', 'key', 'person', 'activity', 'initiative', 'date', 'status', 'hours', 'score', 'cost']);
    expect(MAPPINGS_TABLE.defs.map((d) => d.key)).toEqual(['activity', 'initiative', 'matchedBy', 'confirmedOn']);
    const filled: string[] = [];
    for (const [sheet, table] of [[learning, LEARNING_TABLE], [mappings, MAPPINGS_TABLE]] as const) {
      for (let r = table.firstDataRow; r <= sheet.cells.length; r++) {
        for (const d of table.defs) {
          const cell = at(sheet, `${table.columns[d.key as never]}${r}`);
          if ((cell?.value ?? null) !== null || cell?.formula !== undefined) filled.push(`${sheet.name}!${table.columns[d.key as never]}${r}`);
        }
      }
    }
    expect(filled).toEqual([]);
    // The first rows are formatted ahead (dates, %), so appended values show as they should.
    expect(at(learning, `${LEARNING_TABLE.columns.date}${LEARNING_TABLE.firstDataRow}`)?.numberFormat).toBe('yyyy-mm-dd');
    expect(at(learning, `${LEARNING_TABLE.columns.score}${LEARNING_TABLE.firstDataRow}`)?.numberFormat).toBe('0%');
  });

  test('per-initiative figures: row i names Alignment initiative i and counts whole columns of the records', () => {
    const first = at(learning, `${L.columns.name}${L.firstDataRow}`)?.formula;
    expect(first).toBe(`=IF(Alignment!$A${ALIGNMENT_TABLE.firstDataRow}="","",Alignment!$A${ALIGNMENT_TABLE.firstDataRow})`);
    const last = L.firstDataRow + L.capacity - 1;
    expect(at(learning, `${L.columns.name}${last}`)?.formula).toContain(`Alignment!$A${ALIGNMENT_TABLE.lastDataRow}`);
    const participants = at(learning, `${L.columns.participants}${L.firstDataRow}`)!.formula!;
    // The name as a literal criterion: ~, * and ? escaped once per row in the hidden U column (the
    // LibreOffice test shows `Mentoring*` counting its own records only).
    expect(at(learning, `${L.columns.criterion}${L.firstDataRow}`)!.formula).toBe('=IF($M6="","",SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($M6,"~","~~"),"*","~*"),"?","~?"))');
    expect(learning.hiddenColumns).toContain('U');
    const name = '$U6';
    expect(participants).toBe(`=IF($M6="","",COUNTIFS($F:$F,${name},$H:$H,"completed")+COUNTIFS($F:$F,${name},$H:$H,"passed"))`);
    expect(at(learning, `${L.columns.hours}${L.firstDataRow}`)!.formula).toBe(`=IF($M6="","",SUMIFS($I:$I,$F:$F,${name}))`);
    expect(at(learning, `${L.columns.averageScore}${L.firstDataRow}`)!.formula).toBe(`=IF($M6="","",IFERROR(AVERAGEIFS($J:$J,$F:$F,${name}),""))`);
    // The block is to the right of the records, past one blank column.
    expect(L.columns.name).toBe('M');
    expect(LEARNING_TABLE.columns.cost).toBe('K');
  });

  test("ROI's cost takes the Learning data time cost of the same initiative where Participants' time is blank", () => {
    const roi = findSheet(spec, 'ROI');
    const r = ROI_TABLE.firstDataRow + 4;
    const lr = L.firstDataRow + 4;
    expect(at(roi, `${ROI_TABLE.columns.cost}${r}`)!.formula).toBe(
      `=IF(COUNT(B${r}:J${r},'Learning data'!$T${lr})=0,"",SUM(B${r}:J${r})+IF(G${r}="",N('Learning data'!$T${lr}),0))`,
    );
    expect(at(roi, LEARNING_SETTINGS.roiUse)?.value).toBe('No');
    expect(at(roi, LEARNING_SETTINGS.roiHourlyCost)?.value ?? null).toBeNull();
  });

  test("Impact's Evidence reached counts the learning data's average score as Level 2 when Impact says Yes", () => {
    const impact = findSheet(spec, 'Impact');
    const r = IMPACT_TABLE.firstDataRow + 2;
    const evidence = at(impact, `${IMPACT_TABLE.columns.evidence}${r}`)!.formula!;
    expect(evidence).toContain(`IF(OR(${IMPACT_TABLE.columns.learningGain}${r}<>"",AND($B$5="Yes",'Learning data'!$S${L.firstDataRow + 2}<>"")),"Level 2: learning",`);
    expect(at(impact, LEARNING_SETTINGS.impactUse)?.value).toBe('No');
  });

  test('both sheets are found by their header rows, as every part', () => {
    const found = findFramework(gridSource(specValues(spec)));
    expect(found.ok && [found.sheets.Learning, found.sheets.Mappings]).toEqual([SHEET_TITLES.Learning, SHEET_TITLES.Mappings]);
  });
});

test('both sheets are framework parts with a marker name, and the block follows the initiative capacity', () => {
  expect(markerName('Learning')).toBe('LDFramework_Learning');
  expect(markerName('Mappings', 2)).toBe('LDFramework2_Mappings');
  expect(initiativeLayout(2000).learning.capacity).toBe(2000);
  const big = findSheet(buildWorkbookSpec('empty', { capacity: 2000 }), 'Learning');
  expect(at(big, `${L.columns.name}${L.firstDataRow + 1999}`)?.formula).toContain(`Alignment!$A${ALIGNMENT_TABLE.firstDataRow + 1999}`);
});
