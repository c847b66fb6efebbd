/** html-validate on every page of the whole site (`npm run test:full`; tests/e2e/quality/html-validate.ts). */
import { inject } from 'vitest';
import { describeHtmlValidate } from '../e2e/quality/html-validate.ts';

describeHtmlValidate(inject('distDir'), { sample: null });
