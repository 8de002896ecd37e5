/**
 * Test support for the hostile-file suites (cli/hostile*.test.ts): a temporary folder holding the
 * GrowthCorp example as the project writes it, its parts, and variants of it with parts replaced.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbookSpec } from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { archiveParts, zipArchive, type ZipPart } from './zip-writer';

export interface ExampleArchive {
  /** The temporary folder: files written here go when {@link ExampleArchive.remove} runs. */
  readonly dir: string;
  /** The example's parts by name. */
  readonly parts: ReadonlyMap<string, Buffer>;
  /** The example with some parts replaced (or added), written as `name` in {@link dir}; its path. */
  with(name: string, replace: Readonly<Record<string, Omit<ZipPart, 'name'>>>): string;
  remove(): void;
}

/** Writes the GrowthCorp example into a new temporary folder named `prefix…`. */
export async function exampleArchive(prefix: string): Promise<ExampleArchive> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = join(dir, 'example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), path);
  const parts = archiveParts(readFileSync(path));
  return {
    dir,
    parts,
    with(name, replace) {
      const written: ZipPart[] = [...parts].map(([part, data]) => ({ name: part, data, ...replace[part] }));
      for (const [part, content] of Object.entries(replace)) if (!parts.has(part)) written.push({ name: part, ...content });
      const target = join(dir, name);
      writeFileSync(target, zipArchive(written));
      return target;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
