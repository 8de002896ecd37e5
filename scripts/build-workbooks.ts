/**
 * `npm run build -- workbooks`: dist/workbooks/LD-Framework.xlsx (the empty template),
 * dist/workbooks/GrowthCorp-example.xlsx, and GrowthCorp-2000.xlsx (GrowthCorp filled to 2,000
 * initiatives with generated rows: the large example for tests and benchmarks), each the render plan
 * of its spec (core/render) written by the .xlsx renderer.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import { buildWorkbookSpec, type WorkbookOptions } from '../core/templates';
import { writeWorkbook } from './xlsx/write-workbook';

export const WORKBOOKS: readonly { readonly dataset: 'empty' | 'growthcorp'; readonly file: string; readonly options?: WorkbookOptions }[] = [
  { dataset: 'empty', file: 'LD-Framework.xlsx' },
  { dataset: 'growthcorp', file: 'GrowthCorp-example.xlsx' },
  { dataset: 'growthcorp', file: 'GrowthCorp-2000.xlsx', options: { capacity: 2000, filled: true } },
];

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'dist', 'workbooks');
  mkdirSync(dir, { recursive: true });
  for (const { dataset, file, options } of WORKBOOKS) {
    const path = join(dir, file);
    await writeWorkbook(buildWorkbookSpec(dataset, options), path);
    console.log(`wrote ${path}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
