/**
 * The marker names that identify each framework sheet (./marker.ts): their spelling is stored in users'
 * workbooks, so it must never drift, and reading them back must accept what hosts do to names (case,
 * surrounding space) and nothing else.
 */
import type { SheetName } from '../templates/types';
import { freeMarkerInstance, markerName, parseMarkerName } from './marker';

const PARTS: readonly SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI'];

describe('markerName', () => {
  test.each([
    ['Strategy', undefined, 'LDFramework_Strategy'],
    ['Strategy', 1, 'LDFramework_Strategy'],
    ['ROI', 2, 'LDFramework2_ROI'],
    ['Alignment', 12, 'LDFramework12_Alignment'],
  ] as const)('%s, instance %s → %s', (part, instance, name) => {
    expect(markerName(part, instance)).toBe(name);
  });

  test.each([0, -1, 1.5, Number.NaN])('instance %s is refused, saying which', (instance) => {
    expect(() => markerName('Strategy', instance)).toThrow(`markerName: instance must be 1 or more, not ${instance}`);
  });
});

describe('parseMarkerName', () => {
  test('the first instance has no number; later ones carry theirs', () => {
    expect(parseMarkerName('LDFramework_Strategy', PARTS)).toEqual({ part: 'Strategy', instance: 1 });
    expect(parseMarkerName('LDFramework2_Impact', PARTS)).toEqual({ part: 'Impact', instance: 2 });
    expect(parseMarkerName('LDFramework10_ROI', PARTS)).toEqual({ part: 'ROI', instance: 10 });
  });

  test('any case and surrounding space, as hosts compare names; the part comes back in its own spelling', () => {
    expect(parseMarkerName('ldframework_strategy', PARTS)).toEqual({ part: 'Strategy', instance: 1 });
    expect(parseMarkerName('  LDFRAMEWORK3_roi  ', PARTS)).toEqual({ part: 'ROI', instance: 3 });
  });

  test.each([
    'LDFramework0_Strategy', // instance 0 does not exist
    'LDFramework_Partners', // not one of the parts asked about
    'LDFramework_', // no part
    'LDFrameworkStrategy', // no underscore
    'XLDFramework_Strategy', // something before the prefix
    'LDFramework_Strategy2', // something after the part
    'LDFramework_Strat egy',
    'LDFramework-1_Strategy',
    'Strategy',
    '',
  ])('%j is not a marker', (name) => {
    expect(parseMarkerName(name, PARTS)).toBeUndefined();
  });

  test('every name markerName writes reads back as its part and instance', () => {
    for (const part of PARTS) {
      for (const instance of [1, 2, 3, 99]) expect(parseMarkerName(markerName(part, instance), PARTS)).toEqual({ part, instance });
    }
  });
});

describe('freeMarkerInstance', () => {
  test('1 in a workbook without markers', () => {
    expect(freeMarkerInstance([], PARTS)).toBe(1);
    expect(freeMarkerInstance(['Budget', 'LDFramework_Other'], PARTS)).toBe(1);
  });

  test('the lowest instance none of whose names is taken, compared without case', () => {
    expect(freeMarkerInstance(['LDFramework_Strategy'], PARTS)).toBe(2);
    // One name of instance 2 is enough to skip it.
    expect(freeMarkerInstance(['ldframework_strategy', 'LDFRAMEWORK2_ROI'], PARTS)).toBe(3);
    // A gap is reused: instance 2 is free when only 1 and 3 are taken.
    expect(freeMarkerInstance([markerName('Impact', 1), markerName('Impact', 3)], PARTS)).toBe(2);
  });
});
