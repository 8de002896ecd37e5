/** docs/insights.md documents every audit rule the code has, with its severity: the page cannot rot. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { RULES } from './index';

let page: string;
beforeAll(() => {
  page = readFileSync(join(__dirname, '..', '..', 'docs', 'insights.md'), 'utf8');
});

it.each(Object.entries(RULES))('documents the rule %s with its severity', (rule, info) => {
  const row = page.split('\n').find((line) => line.startsWith(`| \`${rule}\` |`));
  expect(row).toBeDefined();
  if (rule !== 'unreadable') expect(row).toContain(`| ${info.severity}`);
});
