/**
 * Native charts in an .xlsx written by exceljs, which cannot write charts itself. `addCharts` opens the
 * finished package with JSZip and adds, per ECMA-376 Part 1 (DrawingML charts, §21.2; spreadsheet
 * drawings, §20.5), for every sheet that has chart specs:
 *
 * - `xl/charts/chartN.xml`: a `c:chartSpace` with one bar or line chart whose series read their
 *   categories and values from sheet ranges (`c:strRef`/`c:numRef` formulas, sheet names quoted), so
 *   the chart follows the cells: it stays live in Excel, LibreOffice and Google Sheets;
 * - `xl/drawings/drawingN.xml`: one `xdr:oneCellAnchor` per chart (top-left cell plus a size in EMU,
 *   so the chart keeps its size whatever the row heights), with a `graphicFrame` pointing at the chart;
 * - the relationships (sheet → drawing → charts), the `[Content_Types].xml` overrides, and the sheet's
 *   `<drawing r:id>` element at its place in the worksheet schema's sequence.
 *
 * No cached values are written (exceljs writes formulas without results too): every spreadsheet
 * computes the cells on load and draws the charts from them.
 */
import JSZip from 'jszip';
import { columnLetter, parseRange, type RangeRef } from '../../core/templates/a1';
import type { CellSpec, ChartSpec } from '../../core/templates/types';

/**
 * What addCharts needs of a sheet: its name in the workbook, its charts and, for the axes' number
 * formats, either its cells (a SheetSpec) or its format rectangles (a PlannedSheet of core/render).
 */
export interface ChartSheet {
  readonly name: string;
  readonly charts: readonly ChartSpec[];
  readonly cells?: readonly (readonly (CellSpec | object | null)[])[];
  readonly numberFormats?: readonly { readonly format: string; readonly ranges: readonly string[] }[];
}

export interface ChartSource {
  readonly sheets: readonly ChartSheet[];
}

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  chart: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  drawingMl: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

const REL_TYPE = { drawing: `${NS.rel}/drawing`, chart: `${NS.rel}/chart` } as const;
const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/** English Metric Units per pixel at 96 dpi (914400 per inch). */
export const EMU_PER_PIXEL = 9525;

/** Series colours, in order: the template's blues and greens (core/templates/types STYLES). */
const SERIES_COLOURS = ['1F6FB2', '2E7D32', 'C55A11', '7030A0'];
const TEXT_COLOUR = '404040';
const GRID_COLOUR = 'D9D9D9';

/** Text for an XML attribute or element. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A sheet name as a formula prefix, always quoted (`'History log'!`), apostrophes doubled. */
function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

function rangeOf(text: string): RangeRef {
  const ref = parseRange(text);
  if (!ref) throw new Error(`Chart range is not a range: ${text}`);
  return ref;
}

/**
 * A chart range as the formula a chart part stores: absolute, with its sheet quoted; a range without
 * a sheet is on `ownSheet`. `B28:B37` on Dashboard → `'Dashboard'!$B$28:$B$37`.
 */
export function chartFormula(range: string, ownSheet: string): string {
  const ref = rangeOf(range);
  const cell = (c: { row: number; column: number }) => `$${columnLetter(c.column)}$${c.row}`;
  return `${sheetPrefix(ref.sheet ?? ownSheet)}${cell(ref.start)}:${cell(ref.end)}`;
}

/** The number format of a range's first cell in the source (undefined: none known, or a text cell). */
export function formatOf(source: ChartSource, range: string, ownSheet: string): string | undefined {
  const ref = rangeOf(range);
  const name = (ref.sheet ?? ownSheet).toLowerCase();
  const sheet = source.sheets.find((s) => s.name.toLowerCase() === name);
  const { row, column } = ref.start;
  const cell = sheet?.cells?.[row - 1]?.[column - 1];
  const fromCells = cell && 'numberFormat' in cell ? (cell as CellSpec).numberFormat : undefined;
  if (fromCells !== undefined || !sheet?.numberFormats) return fromCells;
  const inside = (r: RangeRef) => r.start.row <= row && row <= r.end.row && r.start.column <= column && column <= r.end.column;
  return sheet.numberFormats.find((f) => f.ranges.some((range) => inside(rangeOf(range))))?.format;
}

/** A date format has a year or day code outside its quoted literals (`yyyy-mm-dd`, not `0.00"x"`). */
const isDateFormat = (format: string | undefined) => !!format && /[yd]/i.test(format.replace(/"[^"]*"/g, ''));

/** `<c:rich>` text of a title: one paragraph, bold. */
function richText(text: string, size: number): string {
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="1"><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:rPr><a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

/** Axis label text: grey, 9 pt. */
const AXIS_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"><a:solidFill><a:srgbClr val="${TEXT_COLOUR}"/></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

const numFmt = (format: string | undefined) => `<c:numFmt formatCode="${xmlText(format ?? 'General')}" sourceLinked="0"/>`;

/**
 * An axis's labels, shorter than the cells' format: money in thousands (`$1,500K`, so the labels of
 * a half-page chart fit without turning), dates as month and year (`Jun 2025`).
 */
export function axisFormat(format: string | undefined): string | undefined {
  if (format && isDateFormat(format)) return 'mmm yyyy';
  if (format && format.includes('"$"') && format.includes('#,##0')) return '"$"#,##0,"K"';
  return format;
}

const CAT_AX_ID = 500010;
const VAL_AX_ID = 500020;

interface Resolved {
  readonly chart: ChartSpec;
  readonly categories: string;
  readonly categoryFormat: string | undefined;
  readonly series: readonly { readonly name: string; readonly values: string }[];
  readonly valueFormat: string | undefined;
}

function resolve(source: ChartSource, sheet: string, chart: ChartSpec): Resolved {
  if (chart.series.length === 0) throw new Error(`Chart "${chart.title}" has no series`);
  return {
    chart,
    categories: chartFormula(chart.categories, sheet),
    categoryFormat: formatOf(source, chart.categories, sheet),
    series: chart.series.map((s) => ({ name: s.name, values: chartFormula(s.values, sheet) })),
    valueFormat: formatOf(source, chart.series[0].values, sheet),
  };
}

function seriesXml(r: Resolved, index: number): string {
  const s = r.series[index];
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  const line = r.chart.type === 'line';
  const shape = line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:round/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr></c:marker>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  // With one series, each bar or point carries its value (read point by point, not against the
  // axis); with more, the legend and the axis do.
  const labels =
    r.series.length === 1
      ? `<c:dLbls>${numFmt(r.valueFormat)}<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${AXIS_TEXT}<c:dLblPos val="${line ? 't' : 'outEnd'}"/>` +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>'
      : '';
  // Dates are numbers: a date category reads as numbers (c:numRef), anything else as text (c:strRef).
  const cat = isDateFormat(r.categoryFormat) ? `<c:numRef><c:f>${xmlText(r.categories)}</c:f></c:numRef>` : `<c:strRef><c:f>${xmlText(r.categories)}</c:f></c:strRef>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>${shape}${labels}` +
    `<c:cat>${cat}</c:cat><c:val><c:numRef><c:f>${xmlText(s.values)}</c:f></c:numRef></c:val>${line ? '<c:smooth val="0"/>' : ''}</c:ser>`
  );
}

function plotXml(r: Resolved): string {
  const { chart } = r;
  const series = r.series.map((_, i) => seriesXml(r, i)).join('');
  const axes = `<c:axId val="${CAT_AX_ID}"/><c:axId val="${VAL_AX_ID}"/>`;
  // A horizontal bar chart lists its first category at the bottom unless the category axis runs
  // from the top (maxMin); the value axis then crosses at the last category to stay at the bottom.
  const horizontal = chart.type === 'bar';
  let plot: string;
  if (chart.type === 'line') {
    plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
  } else if (chart.type === 'bar' || chart.type === 'column') {
    plot = `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/>${r.series.length > 1 ? '<c:overlap val="-10"/>' : ''}${axes}</c:barChart>`;
  } else {
    throw new Error(`Chart "${chart.title}": the .xlsx writer draws bar, column and line charts, not ${chart.type}`);
  }
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX_ID}"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/>${numFmt(axisFormat(r.categoryFormat))}<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${GRID_COLOUR}"/></a:solidFill></a:ln></c:spPr>${AXIS_TEXT}` +
    `<c:crossAx val="${VAL_AX_ID}"/><c:crosses val="autoZero"/><c:auto val="0"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  // One series of bars carries its values on the bars: the value axis and its grid would only repeat them.
  const labelledBars = chart.type !== 'line' && r.series.length === 1;
  const grid = labelledBars ? '' : `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="${GRID_COLOUR}"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${labelledBars ? 1 : 0}"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/>${grid}` +
    `${numFmt(axisFormat(r.valueFormat))}<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr>${AXIS_TEXT}` +
    `<c:crossAx val="${CAT_AX_ID}"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return `<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>`;
}

/** The chart part (`xl/charts/chartN.xml`) for one chart spec on sheet `sheet`. */
export function chartXml(source: ChartSource, sheet: string, chart: ChartSpec): string {
  const r = resolve(source, sheet, chart);
  const legend = r.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${AXIS_TEXT}</c:legend>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">` +
    '<c:date1904 val="0"/><c:lang val="en-US"/><c:roundedCorners val="0"/>' +
    `<c:chart><c:title>${richText(chart.title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `${plotXml(r)}${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="span"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${GRID_COLOUR}"/></a:solidFill></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
    '</c:chartSpace>'
  );
}

/** The drawing part of one sheet: each chart anchored at its top-left cell with its size in EMU. */
export function drawingXml(charts: readonly ChartSpec[]): string {
  const anchors = charts.map((chart, i) => {
    const anchor = rangeOf(chart.anchor).start;
    return (
      `<xdr:oneCellAnchor><xdr:from><xdr:col>${anchor.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${anchor.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${Math.round(chart.width * EMU_PER_PIXEL)}" cy="${Math.round(chart.height * EMU_PER_PIXEL)}"/>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Chart ${i + 1}" descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${NS.chart}"><c:chart xmlns:c="${NS.chart}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>'
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">${anchors.join('')}</xdr:wsDr>`;
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlText(r.target)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${items}</Relationships>`;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Sheet name → its part path (`xl/worksheets/sheet3.xml`), from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map<string, string>();
  for (const tag of rels.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const tag of workbook.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const id = attr(tag, 'r:id');
    const target = id && targets.get(id);
    if (name !== undefined && target) parts.set(unescapeXml(name).toLowerCase(), target);
  }
  return parts;
}

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The workbook has no ${path}`);
  return file.async('string');
}

/** Elements that come after `<drawing>` in a worksheet (CT_Worksheet's sequence, ECMA-376 §18.3.1.99). */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

/** The worksheet XML with `<drawing r:id="…"/>` at its place in the sequence. */
export function withDrawingElement(sheetXml: string, relId: string): string {
  if (/<drawing\b/.test(sheetXml)) throw new Error('The sheet already has a drawing; addCharts does not merge drawings');
  const element = `<drawing r:id="${relId}"/>`;
  let at = sheetXml.lastIndexOf('</worksheet>');
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.search(new RegExp(`<${name}[\\s/>]`));
    if (i >= 0 && i < at) at = i;
  }
  if (at < 0) throw new Error('The sheet XML has no </worksheet>');
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\bxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.rel}"`);
  return xml;
}

/** Write a part; no directory entries (an OPC package's parts are its files). */
function put(zip: JSZip, path: string, xml: string): void {
  zip.file(path, xml, { createFolders: false });
}

function nextFree(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

/**
 * Add the charts of `source` to the .xlsx in `xlsx` and return the new package. Sheets are matched by
 * name (case-insensitive, as spreadsheets do); a sheet with charts that is not in the workbook is an error.
 */
export async function addCharts(xlsx: Buffer | Uint8Array | ArrayBuffer, source: ChartSource): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  let types = await text(zip, '[Content_Types].xml');
  for (const sheet of source.sheets) {
    if (sheet.charts.length === 0) continue;
    const part = parts.get(sheet.name.toLowerCase());
    if (!part) throw new Error(`addCharts: the workbook has no sheet ${sheet.name}`);
    const drawingNumber = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const chartRels: { id: string; type: string; target: string }[] = [];
    for (const [i, chart] of sheet.charts.entries()) {
      const chartNumber = nextFree(zip, (n) => `xl/charts/chart${n}.xml`);
      put(zip, `xl/charts/chart${chartNumber}.xml`, chartXml(source, sheet.name, chart));
      types = types.replace('</Types>', `<Override PartName="/xl/charts/chart${chartNumber}.xml" ContentType="${CONTENT_TYPE.chart}"/></Types>`);
      chartRels.push({ id: `rId${i + 1}`, type: REL_TYPE.chart, target: `../charts/chart${chartNumber}.xml` });
    }
    put(zip, drawingPath, drawingXml(sheet.charts));
    put(zip, `xl/drawings/_rels/drawing${drawingNumber}.xml.rels`, relationshipsXml(chartRels));
    types = types.replace('</Types>', `<Override PartName="/${drawingPath}" ContentType="${CONTENT_TYPE.drawing}"/></Types>`);

    // The sheet → drawing relationship, added to the sheet's relationships (exceljs may have some).
    const slash = part.lastIndexOf('/');
    const relsPath = `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
    const existing = zip.file(relsPath) ? await text(zip, relsPath) : relationshipsXml([]);
    const used = new Set((existing.match(/\bId="([^"]*)"/g) ?? []).map((m) => m.slice(4, -1)));
    let n = 1;
    while (used.has(`rId${n}`)) n++;
    const relId = `rId${n}`;
    const rel = `<Relationship Id="${relId}" Type="${REL_TYPE.drawing}" Target="../drawings/drawing${drawingNumber}.xml"/>`;
    put(zip, relsPath, existing.includes('</Relationships>') ? existing.replace('</Relationships>', `${rel}</Relationships>`) : existing.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`));
    put(zip, part, withDrawingElement(await text(zip, part), relId));
  }
  put(zip, '[Content_Types].xml', types);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
