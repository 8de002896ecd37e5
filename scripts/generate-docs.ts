/** `npm run docs`: write docs/functions.md from the catalogue. */
import { mkdirSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import { renderReference } from '../core/reference';

const target = join(__dirname, '..', 'docs', 'functions.md');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderReference());
console.log(`wrote ${target}`);
