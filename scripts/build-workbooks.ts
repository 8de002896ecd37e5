/**
 * `npm run build -- workbooks`: dist/workbooks/LD-Framework.xlsx (the empty template) and
 * dist/workbooks/GrowthCorp-example.xlsx, each the render plan of its dataset (core/render) written
 * by the .xlsx renderer.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import { writeWorkbook } from './xlsx/write-workbook';

export const WORKBOOKS = [
  { dataset: 'empty', file: 'LD-Framework.xlsx' },
  { dataset: 'growthcorp', file: 'GrowthCorp-example.xlsx' },
] as const;

async function main(): Promise<void> {
  const dir = join(__dirname, '..', 'dist', 'workbooks');
  mkdirSync(dir, { recursive: true });
  for (const { dataset, file } of WORKBOOKS) {
    const path = join(dir, file);
    await writeWorkbook(dataset, path);
    console.log(`wrote ${path}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
