/** Guide: what the workbook is, how to fill it in order, and what each level of evidence means. */
import { SheetBuilder } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import { DEFINED_NAMES, MIN_SUPPORT } from '../layout';
import type { CellStyle, SheetSpec } from '../types';
import { TAB } from './common';

type Line = readonly [string, string, CellStyle?];

export function guideSheet(data?: ExampleDataset): SheetSpec {
  const b = new SheetBuilder('Guide');
  const lines: Line[] = [
    ['L&D alignment and ROI framework', '', 'title'],
    [data ? `Example: ${data.company}, a technology company whose L&D went from cost centre to business driver. Replace the example rows with your own.` : 'Link every Learning & Development initiative to business strategy, measure its business impact, and show its value in money.', '', 'subtitle'],
    ['', ''],
    ['How to fill it in, in order', '', 'section'],
    ['1. Strategy', 'List the business objectives executives care about, each with a category, a priority weight, the KPI that shows progress, its baseline, target and current value, and an executive sponsor.'],
    ['2. Alignment', `List the initiatives (name, owner, audience, participants, budget, status). Under each objective pick a link strength 0–3. An initiative is aligned when it has a link of ${MIN_SUPPORT} or more; objectives no initiative supports directly show as gaps.`],
    ['3. Impact', 'For each initiative record the chain of evidence: reaction, learning gain, on-the-job application, the business metric and its yearly change, the money value per unit, and how much of the change the initiative caused (isolation) and how sure you are (confidence).'],
    ['4. ROI', "Enter every cost of each initiative by category, participants' time and overhead included. Adjusted benefits come from Impact; net benefits, BCR, ROI and payback calculate."],
    ['5. Plan', "Enter next period's budget and a decision per initiative. The plan ranks initiatives by alignment × expected return and splits the budget by objective."],
    ['6. Partners', 'List the business leaders you work with, the objectives they own, their influence and interest, and when you next talk.'],
    ['7. Measures', 'Each month, type the actuals of your efficiency, effectiveness and outcome measures and set the reporting month. YTD, % of plan, forecast and status calculate (TDRp regular reporting). A measure whose "Actuals from" says Learning: participants or Learning: hours takes its blank months from the Learning data records of its initiative (from the month in "Year starts"); a typed month always wins.'],
    ['8. Dashboard', 'Read it: the headline figures, the top initiatives, investment and benefits by objective, and a summary paragraph written from the figures. It uses only ordinary spreadsheet formulas, so it works without the add-in.'],
    ['9. Reports', 'Program report (one initiative, chosen from a list), Operations report (efficiency and effectiveness across programs) and Summary report (each objective and what L&D contributes to it): ready to print.'],
    ['10. Learning data', 'Import LMS exports and xAPI files (Import in the task pane or sidebar, or ld-import): records are appended below the last one and mapped to initiatives (remembered on Mappings). Participants, enrolments, completion rate, hours and average score per initiative calculate; ROI and Impact use them where their "Use learning data" setting says Yes.'],
    ['11. History log', 'At the end of each period, record the Dashboard figures as a dated snapshot to show the trend.'],
    ['', ''],
    ['Levels of evidence (Phillips ROI Methodology)', '', 'section'],
    ['Level 1 · Reaction', 'Did participants value it? (average rating 1–5)'],
    ['Level 2 · Learning', 'Did they learn? (gain from pre-test to post-test)'],
    ['Level 3 · Behavior', 'Do they apply it on the job? (share applying it)'],
    ['Level 4 · Results / Business impact', 'Which business measure moved, by how much, and what is that worth in money?'],
    ['Level 5 · ROI', 'Adjusted benefits against fully loaded costs: ROI = (benefits − costs) / costs; BCR = benefits / costs.'],
    ['Adjusted benefit', 'Gross benefit × isolation × confidence. Only count what the program caused, and discount estimates by your confidence in them.'],
    ['', ''],
    ['Link strengths', '', 'section'],
    ['0 · None', 'No contribution to the objective.'],
    ['1 · Indirect', 'Helps, but through other things.'],
    ['2 · Direct', 'Designed to move this objective’s KPI.'],
    ['3 · Primary', 'This objective is the reason the initiative exists.'],
    ['', ''],
    ['Conventions', '', 'section'],
    ['Colours', 'Yellow cells are inputs; grey cells calculate — do not type over them. New rows: just fill the next empty row; every formula is already there.'],
    ['Percentages', 'Type 80% (or 0.8). 80 would mean 8,000% and is refused.'],
    ['Rows line up', 'Initiative row 9 on Alignment is row 9 on Impact, ROI and Plan. Type names on Alignment only; do not sort those sheets.'],
    ['Defined names', `${Object.keys(DEFINED_NAMES).join(', ')}: the Dashboard figures, for your own formulas and reports.`],
  ];
  lines.forEach(([a, bText, style], i) => {
    const row = i + 1;
    if (a) b.text(`A${row}`, a, style ?? 'kpiLabel');
    if (bText) b.text(`B${row}`, bText, 'help');
  });
  return b.build({ purpose: 'What the workbook is and how to fill it in.', tabColor: TAB.Guide, frozenRows: 0, frozenColumns: 0, columnWidths: [300, 760] });
}
