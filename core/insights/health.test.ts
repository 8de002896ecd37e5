/**
 * The audit on the GrowthCorp example (core/templates/growthcorp.ts, the brief's case study) and on
 * copies of it with one planted fault each: every fault produces exactly the matching finding at the
 * planted cell, and no other finding appears or disappears.
 */
import { ALIGNMENT_TABLE, IMPACT_TABLE, LINK_COLUMNS, PARTNERS_TABLE, ROI_TABLE, STRATEGY_TABLE, GROWTHCORP } from '../templates';
import { checkHealth, Finding, readFramework, RULES } from './index';
import { dataRow, exampleValues, ref, setCell, sourceOf, Values } from './testing/workbook';

/** The day of the example's last snapshot: every partner was contacted within 90 days of it. */
const TODAY = '2025-06-30';

function audit(values: Values, today = TODAY): Finding[] {
  return checkHealth(readFramework(sourceOf(values)).model, { today });
}

const ids = (findings: readonly Finding[]) => findings.map((f) => f.id).sort();

describe('checkHealth on the GrowthCorp example', () => {
  it('finds nothing: the example follows every rule', () => {
    expect(audit(exampleValues())).toEqual([]);
  });

  it('flags every objective whose sponsor and owners were last contacted more than 90 days ago', () => {
    // The latest contact in the example is 2025-06-24 (Partners); 2025-12-31 is more than 90 days later.
    const findings = audit(exampleValues(), '2025-12-31');
    expect(findings.map((f) => f.rule)).toEqual(Array(5).fill('sponsor-no-recent-contact'));
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    // Each points at the sponsor's "Last contact" cell on Partners (sponsors are partners 1–5, in objective order).
    expect(findings.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(
      [0, 1, 2, 3, 4].map((k) => ref(PARTNERS_TABLE, 'lastContact', dataRow(PARTNERS_TABLE, k))).sort(),
    );
  });

  it('names both people when the last contact was with someone other than the sponsor (issue 14)', () => {
    // Objective 3 (Reduce cost to serve): its sponsor Priya Nair was last met 2025-05-20, Lena Ortiz (who owns it on Partners) 2025-06-24.
    const [f] = audit(exampleValues(), '2025-12-31').filter((x) => x.id.endsWith('#objective3'));
    expect(f.explanation).toBe(
      'The last contact about “Reduce cost to serve” was with Lena Ortiz on 2025-06-24, 190 days before 2025-12-31; ' +
      'the sponsor, Priya Nair, was last contacted on 2025-05-20 (225 days ago). Without regular contact the sponsor hears about results late, if at all.',
    );
    expect(f.action).toMatch(/^Meet Priya Nair /);
    // Where the sponsor was the last contact, the finding says so once.
    const [own] = audit(exampleValues(), '2025-12-31').filter((x) => x.id.endsWith('#objective1'));
    expect(own.explanation).toMatch(/^The last contact about “Grow annual recurring revenue” was with its sponsor, Dana Whitfield, on 2025-06-12, 202 days before 2025-12-31\. /);
  });

  it('treats exactly 90 days as recent and 91 as not', () => {
    // Objective 3 (Reduce cost to serve): Priya Nair 2025-05-20, Lena Ortiz 2025-06-24 (latest); Dana Whitfield 2025-06-12 alone for objective 1.
    const at90 = audit(exampleValues(), '2025-09-10').filter((f) => f.id.endsWith('#objective1'));
    const at91 = audit(exampleValues(), '2025-09-11').filter((f) => f.id.endsWith('#objective1'));
    expect(at90).toEqual([]);
    expect(at91).toHaveLength(1);
  });

  it('refuses a today that is not an ISO date', () => {
    expect(() => audit(exampleValues(), '30/06/2025')).toThrow(/ISO date/);
  });
});

const initiativeRow = (k: number) => dataRow(ALIGNMENT_TABLE, k);

interface PlantedFault {
  readonly fault: string;
  readonly plant: (values: Values) => void;
  /** [rule, cell] of every finding the fault must add, and nothing else. */
  readonly expected: readonly (readonly [Finding['rule'], string])[];
}

// Initiative k of the example sits on row 9 + k of Alignment, Impact, ROI and Plan (layout.ts).
const FAULTS: readonly PlantedFault[] = [
  {
    fault: 'a cost category emptied (Delivery of Support Efficiency and Knowledge Base)',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'delivery', initiativeRow(2)), null),
    expected: [['costs-not-fully-loaded', ref(ROI_TABLE, 'delivery', initiativeRow(2))]],
  },
  {
    fault: "participants' time emptied (Cloud Certification Path)",
    plant: (v) => setCell(v, ref(ROI_TABLE, 'participantTime', initiativeRow(5)), null),
    expected: [['costs-not-fully-loaded', ref(ROI_TABLE, 'participantTime', initiativeRow(5))]],
  },
  {
    fault: "participants' time typed as 0 for a program with 70 participants (New Manager Essentials)",
    plant: (v) => setCell(v, ref(ROI_TABLE, 'participantTime', initiativeRow(6)), 0),
    expected: [['costs-not-fully-loaded', ref(ROI_TABLE, 'participantTime', initiativeRow(6))]],
  },
  {
    fault: 'an initiative unlinked (Product Discovery and Design Thinking: every link 0)',
    plant: (v) => GROWTHCORP.objectives.forEach((_, j) => setCell(v, `Alignment!${LINK_COLUMNS[j]}${initiativeRow(3)}`, 0)),
    expected: [['initiative-unlinked', `Alignment!${LINK_COLUMNS[0]}${initiativeRow(3)}`]],
  },
  {
    fault: 'an initiative only weakly linked (Cloud Certification Path: links 0,0,1,1,1)',
    plant: (v) => [0, 0, 1, 1, 1].forEach((s, j) => setCell(v, `Alignment!${LINK_COLUMNS[j]}${initiativeRow(5)}`, s)),
    expected: [['initiative-weakly-linked', `Alignment!${LINK_COLUMNS[2]}${initiativeRow(5)}`]],
  },
  {
    fault: 'an objective left unsupported (Reduce cost to serve: its only direct link, from Support Efficiency, lowered to 1)',
    plant: (v) => setCell(v, `Alignment!${LINK_COLUMNS[2]}${initiativeRow(2)}`, 1),
    expected: [['objective-unsupported', ref(STRATEGY_TABLE, 'objective', dataRow(STRATEGY_TABLE, 2))]],
  },
  {
    fault: 'confidence typed as 80 instead of 80% (Consultative Selling Academy)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'confidence', initiativeRow(0)), 80),
    expected: [['percent-typed-as-whole', ref(IMPACT_TABLE, 'confidence', initiativeRow(0))]],
  },
  {
    fault: 'isolation typed as 60 instead of 60% (Engineering Leadership Program)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolation', initiativeRow(4)), 60),
    expected: [['percent-typed-as-whole', ref(IMPACT_TABLE, 'isolation', initiativeRow(4))]],
  },
  {
    fault: 'an absurd benefit (Customer Success Playbook: 40,000 accounts saved instead of 40)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'change', initiativeRow(1)), 40000),
    // 40,000 × 45,000 × 50% × 80% = 720,000,000 on 220,000 of costs: ROI 327,173%, and 1,000 × the others' median.
    expected: [
      ['roi-extreme', ref(ROI_TABLE, 'roi', initiativeRow(1))],
      ['benefit-outlier', ref(IMPACT_TABLE, 'adjustedBenefit', initiativeRow(1))],
    ],
  },
  {
    fault: 'a sponsor removed from Strategy (Reduce cost to serve)',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'sponsor', dataRow(STRATEGY_TABLE, 2)), null),
    expected: [['objective-no-sponsor', ref(STRATEGY_TABLE, 'sponsor', dataRow(STRATEGY_TABLE, 2))]],
  },
  {
    fault: 'a sponsor removed from Partners (Tom Becker, sponsor of the innovation objective)',
    plant: (v) => {
      for (const key of PARTNERS_TABLE.inputs) setCell(v, ref(PARTNERS_TABLE, key, dataRow(PARTNERS_TABLE, 3)), null);
    },
    expected: [['objective-no-sponsor', ref(STRATEGY_TABLE, 'sponsor', dataRow(STRATEGY_TABLE, 3))]],
  },
  {
    fault: 'no isolation for a claimed benefit (Cloud Certification Path)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolation', initiativeRow(5)), null),
    expected: [['benefit-not-isolated', ref(IMPACT_TABLE, 'isolation', initiativeRow(5))]],
  },
  {
    fault: 'confidence of 100% (New Manager Essentials)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'confidence', initiativeRow(6)), 1),
    expected: [['benefit-not-adjusted', ref(IMPACT_TABLE, 'confidence', initiativeRow(6))]],
  },
  {
    fault: 'a benefit with no Behavior data (Support Efficiency: on-the-job application emptied)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'application', initiativeRow(2)), null),
    expected: [['benefit-without-evidence', ref(IMPACT_TABLE, 'application', initiativeRow(2))]],
  },
  {
    fault: 'three years of benefits claimed in the metric (Engineering Leadership Program)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'metric', initiativeRow(4)), 'Regretted departures avoided over 3 years'),
    expected: [['multi-year-benefit', ref(IMPACT_TABLE, 'metric', initiativeRow(4))]],
  },
  {
    fault: 'text in a cost cell (Materials of Consultative Selling Academy typed as "9k")',
    plant: (v) => setCell(v, ref(ROI_TABLE, 'materials', initiativeRow(0)), '9k'),
    expected: [['invalid-value', ref(ROI_TABLE, 'materials', initiativeRow(0))]],
  },
  {
    fault: 'a link strength of 4',
    plant: (v) => setCell(v, `Alignment!${LINK_COLUMNS[1]}${initiativeRow(0)}`, 4),
    expected: [['out-of-range', `Alignment!${LINK_COLUMNS[1]}${initiativeRow(0)}`]],
  },
  {
    fault: 'a priority weight left blank (Keep our best engineers and leaders)',
    plant: (v) => setCell(v, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 4)), null),
    expected: [['missing-figure', ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 4))]],
  },
  {
    fault: 'an initiative budget left blank (Cloud Certification Path)',
    plant: (v) => setCell(v, ref(ALIGNMENT_TABLE, 'budget', initiativeRow(5)), ''),
    expected: [['missing-figure', ref(ALIGNMENT_TABLE, 'budget', initiativeRow(5))]],
  },
  {
    fault: 'half a benefit (value per unit emptied for New Manager Essentials)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'valuePerUnit', initiativeRow(6)), null),
    expected: [['missing-figure', ref(IMPACT_TABLE, 'valuePerUnit', initiativeRow(6))]],
  },
  {
    // Cloud Certification Path: break-even isolation = 180,000 / (1,250,000 × 80%) = 18%; a claim of 25%
    // clears it by 7 points, less than FRAGILE_CLAIM_MARGIN (10). Its low estimate is cleared so the range stays the point.
    fault: 'a fragile claim (Cloud Certification Path: isolation 25% against a break-even of 18%)',
    plant: (v) => {
      setCell(v, ref(IMPACT_TABLE, 'isolation', initiativeRow(5)), 0.25);
      setCell(v, ref(IMPACT_TABLE, 'isolationLow', initiativeRow(5)), null);
    },
    expected: [['roi-fragile', ref(IMPACT_TABLE, 'isolation', initiativeRow(5))]],
  },
  {
    // Consultative Selling Academy: 3,600,000 × 10% × 80% = 288,000 of benefit on 410,000 of costs at the low estimate.
    fault: 'a range whose low end loses money (Consultative Selling Academy: low isolation 10%)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationLow', initiativeRow(0)), 0.1),
    expected: [['roi-range-negative', ref(IMPACT_TABLE, 'isolationLow', initiativeRow(0))]],
  },
  {
    fault: 'a low isolation estimate above the point value (Customer Success Playbook: 55% against 50%)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationLow', initiativeRow(1)), 0.55),
    expected: [['out-of-range', ref(IMPACT_TABLE, 'isolationLow', initiativeRow(1))]],
  },
  {
    fault: 'a high isolation estimate typed as 75 instead of 75% (Support Efficiency and Knowledge Base)',
    plant: (v) => setCell(v, ref(IMPACT_TABLE, 'isolationHigh', initiativeRow(2)), 75),
    expected: [['percent-typed-as-whole', ref(IMPACT_TABLE, 'isolationHigh', initiativeRow(2))]],
  },
];

describe('planted faults: the matching finding at the right cell, and nothing else changes', () => {
  let baseline: string[];
  beforeAll(() => {
    baseline = ids(audit(exampleValues()));
  });

  it.each(FAULTS.map((f) => [f.fault, f] as const))('%s', (_name, fault) => {
    const values = exampleValues();
    fault.plant(values);
    const findings = audit(values);
    const added = findings.filter((f) => !baseline.includes(f.id));
    const removed = baseline.filter((id) => !findings.some((f) => f.id === id));
    expect(removed).toEqual([]);
    expect(added.map((f) => [f.rule, `${f.sheet}!${f.cell}`]).sort()).toEqual([...fault.expected].map((e) => [...e]).sort());
    for (const f of added) {
      expect(f.severity).toBe(f.rule === 'benefit-not-adjusted' ? 'warning' : RULES[f.rule].severity);
      expect(f.title.length).toBeGreaterThan(10);
      expect(f.explanation.length).toBeGreaterThan(40);
      expect(f.action.length).toBeGreaterThan(10);
    }
  });

  it('two faults at once give both findings (the audit does not stop at the first)', () => {
    const values = exampleValues();
    FAULTS[0].plant(values);
    FAULTS[6].plant(values);
    expect(audit(values).map((f) => f.rule).sort()).toEqual(['costs-not-fully-loaded', 'percent-typed-as-whole']);
  });

  it('errors come first, then warnings, in sheet order', () => {
    const values = exampleValues();
    FAULTS[9].plant(values); // warning on Strategy
    FAULTS[0].plant(values); // error on ROI
    FAULTS[6].plant(values); // error on Impact
    expect(audit(values).map((f) => `${f.severity} ${f.sheet}`)).toEqual(['error Impact', 'error ROI', 'warning Strategy']);
  });
});

describe('the empty template', () => {
  it('has no findings and no reading problems', () => {
    const read = readFramework(sourceOf(exampleValues('empty')));
    expect(read.problems).toEqual([]);
    expect(checkHealth(read.model, { today: TODAY })).toEqual([]);
  });

  it('notes an initiative with neither costs nor benefits, and still reads it', () => {
    const values = exampleValues('empty');
    setCell(values, ref(ALIGNMENT_TABLE, 'name', initiativeRow(0)), 'Pilot: data literacy');
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', initiativeRow(0)), 20000);
    const read = readFramework(sourceOf(values));
    expect(read.model.initiatives.map((i) => i.name.value)).toEqual(['Pilot: data literacy']);
    // With no objective on Strategy yet, that is said once as well.
    expect(checkHealth(read.model, { today: TODAY }).map((f) => [f.rule, f.severity, `${f.sheet}!${f.cell}`])).toEqual([
      ['missing-figure', 'error', `Strategy!A${STRATEGY_TABLE.firstDataRow}`],
      ['not-evaluated', 'info', ref(ALIGNMENT_TABLE, 'name', initiativeRow(0))],
    ]);
  });
});

describe('checks that need a workbook with computed values', () => {
  it('flags a number typed over a calculated cell, and accepts a cached result that agrees', () => {
    const values = exampleValues();
    // Consultative Selling Academy: its costs add up to 410,000 (growthcorp.ts).
    setCell(values, ref(ROI_TABLE, 'cost', initiativeRow(0)), 410000);
    setCell(values, ref(IMPACT_TABLE, 'adjustedBenefit', initiativeRow(0)), 1440000);
    expect(audit(values)).toEqual([]);
    setCell(values, ref(ROI_TABLE, 'cost', initiativeRow(0)), 100000);
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`, f.severity])).toEqual([
      ['formula-overwritten', ref(ROI_TABLE, 'cost', initiativeRow(0)), 'error'],
    ]);
  });
});

describe('more Phillips checks', () => {
  it('flags a benefit claimed with every cost at 0', () => {
    const values = exampleValues();
    for (const key of ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation', 'overhead']) {
      setCell(values, ref(ROI_TABLE, key, initiativeRow(1)), 0);
    }
    setCell(values, ref(ALIGNMENT_TABLE, 'participants', initiativeRow(1)), null);
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ['costs-not-fully-loaded', ref(ROI_TABLE, 'needsAssessment', initiativeRow(1))],
    ]);
  });

  it.each([
    ['Deals won over 3 years', true],
    ['3-year retention savings', true],
    ['Cumulative cloud savings', true],
    ['Lifetime value of customers kept', true],
    ['Deals won per year', false],
    ['Savings in year 1', false],
    ['1 year of retention', false],
    ['Regretted departures avoided', false],
  ])('reads "%s" as multi-year: %s', (metric, multiYear) => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'metric', initiativeRow(0)), metric);
    expect(audit(values).some((f) => f.rule === 'multi-year-benefit')).toBe(multiYear);
  });

  it('flags a "Benefit years" column someone added, above 1', () => {
    const values = exampleValues();
    setCell(values, `Impact!R${IMPACT_TABLE.headerRow}`, 'Benefit years');
    setCell(values, `Impact!R${initiativeRow(3)}`, 3);
    setCell(values, `Impact!R${initiativeRow(4)}`, 1);
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([['multi-year-benefit', `Impact!R${initiativeRow(3)}`]]);
  });

  it('reads a link column whose header a person renamed, by its template position, and says so', () => {
    const values = exampleValues();
    setCell(values, `Alignment!${LINK_COLUMNS[0]}${ALIGNMENT_TABLE.headerRow}`, 'Revenue link');
    const read = readFramework(sourceOf(values));
    expect(read.model.initiatives[0].links[0].strength.value).toBe(3);
    expect(read.problems.map((p) => [p.severity, `${p.sheet}!${p.cell}`])).toEqual([['info', `Alignment!${LINK_COLUMNS[0]}${ALIGNMENT_TABLE.headerRow}`]]);
  });
});

describe('a framework with initiatives but no objectives', () => {
  it('says the objectives are missing, once', () => {
    const values = exampleValues();
    for (let k = 0; k < GROWTHCORP.objectives.length; k++) {
      for (const key of STRATEGY_TABLE.inputs) setCell(values, ref(STRATEGY_TABLE, key, dataRow(STRATEGY_TABLE, k)), null);
    }
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([['missing-figure', `Strategy!A${STRATEGY_TABLE.firstDataRow}`]]);
  });
});

describe('more data checks', () => {
  it('flags priority weights that are all 0, once', () => {
    const values = exampleValues();
    GROWTHCORP.objectives.forEach((_, k) => setCell(values, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, k)), 0));
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([['missing-figure', ref(STRATEGY_TABLE, 'weight', STRATEGY_TABLE.firstDataRow)]]);
  });

  it('finds a "Years" column added on ROI too', () => {
    const values = exampleValues();
    setCell(values, `ROI!U${ROI_TABLE.headerRow}`, 'Years');
    setCell(values, `ROI!U${initiativeRow(2)}`, 2);
    expect(audit(values).map((f) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([['multi-year-benefit', `ROI!U${initiativeRow(2)}`]]);
  });
});
