/** html-validate on the small site `npm test` builds: up to 20 pages of every page type (tests/e2e/quality/html-validate.ts). */
import { inject } from 'vitest';
import { describeHtmlValidate } from './html-validate.ts';

describeHtmlValidate(inject('distDir'), { sample: 20 });
