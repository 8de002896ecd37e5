/**
 * The native chart parts the .xlsx writer adds (scripts/xlsx/charts.ts): every part is well-formed
 * XML, the package wires them (content types, sheet → drawing → chart relationships, the sheet's
 * <drawing>), and each chart's formulas name existing sheets and ranges that hold the Dashboard's
 * figures, so the charts read live cells. LibreOffice drawing them is libreoffice-charts.test.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { parseRange } from '../../core/templates/a1';
import { DASHBOARD_BY_OBJECTIVE, DASHBOARD_TOP, DASHBOARD_TOP_BLOCK, DASHBOARD_TREND_BLOCK, buildWorkbookSpec, renameSheets } from '../../core/templates';
import type { ChartSpec, WorkbookSpec } from '../../core/templates';
import { addCharts, axisFormat, chartFormula, withDrawingElement } from '../../scripts/xlsx/charts';
import { renderWorkbook, workbookBuffer } from '../../scripts/xlsx/write-workbook';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async('string');
}

/** Every `Target` of a relationships part, by Id. */
function relationships(xml: string): Map<string, { type: string; target: string }> {
  const rels = parser.parse(xml).Relationships.Relationship;
  return new Map(([] as { '@Id': string; '@Type': string; '@Target': string }[]).concat(rels).map((r) => [r['@Id'], { type: r['@Type'], target: r['@Target'] }]));
}

/** Sheet name → worksheet part, as a spreadsheet program resolves it. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const rels = relationships(await text(zip, 'xl/_rels/workbook.xml.rels'));
  const sheets = [].concat(parser.parse(await text(zip, 'xl/workbook.xml')).workbook.sheets.sheet) as Record<string, string>[];
  return new Map(sheets.map((s) => [s['@name'], `xl/${rels.get(s['@r:id'])!.target}`]));
}

interface FoundChart {
  readonly sheet: string;
  readonly title: string;
  readonly formulas: string[];
  readonly xml: string;
}

/** The charts of the package, found by following the relationships from each sheet. */
async function chartsIn(zip: JSZip): Promise<FoundChart[]> {
  const found: FoundChart[] = [];
  for (const [sheet, part] of await sheetParts(zip)) {
    const sheetXml = await text(zip, part);
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)?.[1];
    if (!drawingId) continue;
    const relsPath = part.replace(/([^/]+)$/, '_rels/$1.rels');
    const drawing = relationships(await text(zip, relsPath)).get(drawingId)!;
    expect(drawing.type).toMatch(/\/relationships\/drawing$/);
    const drawingPath = `xl/drawings/${drawing.target.replace('../drawings/', '')}`;
    const drawingXml = await text(zip, drawingPath);
    expect(XMLValidator.validate(drawingXml)).toBe(true);
    const chartRels = relationships(await text(zip, drawingPath.replace(/([^/]+)$/, '_rels/$1.rels')));
    for (const id of [...drawingXml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1])) {
      const rel = chartRels.get(id)!;
      expect(rel.type).toMatch(/\/relationships\/chart$/);
      const xml = await text(zip, `xl/charts/${rel.target.replace('../charts/', '')}`);
      expect(XMLValidator.validate(xml)).toBe(true);
      const title = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');
      const formulas = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
      found.push({ sheet, title: title.replace(/&amp;/g, '&'), formulas, xml });
    }
  }
  return found;
}

let spec: WorkbookSpec;
let zip: JSZip;
let charts: FoundChart[];

beforeAll(async () => {
  spec = buildWorkbookSpec('growthcorp');
  zip = await JSZip.loadAsync(await workbookBuffer(spec));
  charts = await chartsIn(zip);
});

const dashboardCharts = () => spec.sheets.find((s) => s.name === 'Dashboard')!.charts;

test('the Dashboard has the three charts the executives asked for, with the same titles as the Excel and Sheets hosts draw', () => {
  // The titles come from the ChartSpecs that the Excel and Sheets builders replay too.
  expect(dashboardCharts().map((c) => c.title).sort()).toEqual(
    ['Benefit–cost ratio over time', 'Investment and adjusted benefits by objective', `Top ${DASHBOARD_TOP} initiatives by net benefit`].sort(),
  );
  expect(charts.map((c) => [c.sheet, c.title]).sort()).toEqual(dashboardCharts().map((c) => ['Dashboard', c.title]).sort());
});

test('each chart reads its categories and every series from the Dashboard ranges its spec names', () => {
  const bySpec = (c: ChartSpec) => [c.categories, ...c.series.flatMap((s) => [c.categories, s.values])];
  for (const chart of dashboardCharts()) {
    const found = charts.find((c) => c.title === chart.title)!;
    // Series order: categories then values, per series; the first <c:f> pair is the first series.
    expect(new Set(found.formulas)).toEqual(new Set(bySpec(chart).map((r) => chartFormula(r, 'Dashboard'))));
    expect(found.xml.match(/<c:ser>/g)).toHaveLength(chart.series.length);
    for (const s of chart.series) expect(found.xml).toContain(`<c:v>${s.name}</c:v>`);
  }
  const formulas = charts.flatMap((c) => c.formulas);
  const top = DASHBOARD_TOP_BLOCK.firstRow;
  expect(formulas).toContain(`'Dashboard'!$C$${top}:$C$${top + DASHBOARD_TOP - 1}`); // net benefits of the top initiatives
  expect(formulas).toContain(`'Dashboard'!$D$${DASHBOARD_BY_OBJECTIVE.firstRow}:$D$${DASHBOARD_BY_OBJECTIVE.firstRow + 11}`); // adjusted benefits by objective
  const trend = DASHBOARD_TREND_BLOCK;
  expect(formulas).toContain(`'Dashboard'!$C$${trend.firstRow}:$C$${trend.firstRow + trend.slots - 1}`); // BCR at each snapshot
});

test('every chart formula names a sheet of the workbook and cells that the sheet fills', async () => {
  const parts = await sheetParts(zip);
  for (const f of charts.flatMap((c) => c.formulas)) {
    const ref = parseRange(f)!;
    expect(ref).toBeDefined();
    expect(parts.has(ref.sheet!)).toBe(true);
    const sheet = spec.sheets.find((s) => s.name === ref.sheet)!;
    for (let row = ref.start.row; row <= ref.end.row; row++) {
      for (let column = ref.start.column; column <= ref.end.column; column++) {
        // A formula in every cell of the range: the chart reads live figures, never a typed copy.
        expect(sheet.cells[row - 1]?.[column - 1]?.formula).toMatch(/^=/);
      }
    }
  }
});

test('the package declares each part: content types, and the sheet links its drawing at the schema’s place', async () => {
  const types = await text(zip, '[Content_Types].xml');
  expect(XMLValidator.validate(types)).toBe(true);
  const overrides = new Map(([] as Record<string, string>[]).concat(parser.parse(types).Types.Override).map((o) => [o['@PartName'], o['@ContentType']]));
  const chartParts = Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
  expect(chartParts).toHaveLength(3);
  for (const p of chartParts) expect(overrides.get(`/${p}`)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  const drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
  expect(drawings).toHaveLength(1);
  expect(overrides.get(`/${drawings[0]}`)).toBe('application/vnd.openxmlformats-officedocument.drawing+xml');
  const dashboard = await text(zip, (await sheetParts(zip)).get('Dashboard')!);
  expect(XMLValidator.validate(dashboard)).toBe(true);
  // <drawing> comes after the page setup and before legacy drawings (notes) and table parts.
  const order = ['<sheetData', '<drawing ', '</worksheet>'].map((tag) => dashboard.indexOf(tag));
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true);
  for (const later of ['<legacyDrawing', '<tableParts']) if (dashboard.includes(later)) expect(dashboard.indexOf(later)).toBeGreaterThan(dashboard.indexOf('<drawing '));
});

test('renamed sheets are followed and quoted in the chart formulas', async () => {
  const renamed = renameSheets(buildWorkbookSpec('empty'), { Dashboard: "CFO's view" });
  const found = await chartsIn(await JSZip.loadAsync(await workbookBuffer(renamed)));
  expect(found).toHaveLength(3);
  for (const f of found.flatMap((c) => c.formulas)) expect(f.startsWith("'CFO''s view'!$")).toBe(true);
});

test('chart formulas are absolute, always quoted, and same-sheet ranges get the chart’s own sheet', () => {
  expect(chartFormula('B28:B37', 'Dashboard')).toBe("'Dashboard'!$B$28:$B$37");
  expect(chartFormula("'History log'!$A$6:$A$45", 'Dashboard')).toBe("'History log'!$A$6:$A$45");
  expect(chartFormula('C5', "It's mine")).toBe("'It''s mine'!$C$5:$C$5");
  expect(() => chartFormula('not a range', 'Dashboard')).toThrow(/not a range/);
});

test('axis labels are short: money in thousands, dates as month and year, other formats as the cells show them', () => {
  expect(axisFormat('"$"#,##0')).toBe('"$"#,##0,"K"');
  expect(axisFormat('yyyy-mm-dd')).toBe('mmm yyyy');
  expect(axisFormat('0.00"x"')).toBe('0.00"x"');
  expect(axisFormat('0%')).toBe('0%');
  expect(axisFormat(undefined)).toBeUndefined();
});

test('the <drawing> element goes before the elements the worksheet schema puts after it', () => {
  const xml = '<worksheet xmlns:r="r"><sheetData/><pageMargins/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>';
  expect(withDrawingElement(xml, 'rId2')).toBe('<worksheet xmlns:r="r"><sheetData/><pageMargins/><drawing r:id="rId2"/><legacyDrawing r:id="rId1"/><tableParts count="0"/></worksheet>');
  expect(withDrawingElement('<worksheet><sheetData/></worksheet>', 'rId1')).toMatch(/^<worksheet xmlns:r="[^"]+"><sheetData\/><drawing r:id="rId1"\/><\/worksheet>$/);
  expect(() => withDrawingElement('<worksheet><drawing r:id="rId1"/></worksheet>', 'rId2')).toThrow(/already has a drawing/);
});

test('a chart on a sheet the workbook does not have is an error, not a silent skip', async () => {
  const bytes = Buffer.from(await renderWorkbook(buildWorkbookSpec('empty')).xlsx.writeBuffer());
  const chart: ChartSpec = { title: 'x', type: 'bar', categories: 'A1:A2', series: [{ name: 'y', values: 'B1:B2' }], anchor: 'C1', width: 100, height: 100 };
  await expect(addCharts(bytes, { sheets: [{ name: 'Nowhere', charts: [chart] }] })).rejects.toThrow(/no sheet Nowhere/);
  await expect(addCharts(bytes, { sheets: [{ name: 'Guide', charts: [{ ...chart, type: 'pie' }] }] })).rejects.toThrow(/bar, column and line/);
});
