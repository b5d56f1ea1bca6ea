/**
 * Every demo on the site: its stable id (element id, URL-key prefix, embed path), the chapter
 * it lives in, and its settings schema. Used by the embed pages and the tests.
 */

import { CALCULATOR_ID, CHART_ID, calculatorSchema, chartSchema } from '../cost/schema.ts';
import { denoiseSchema } from '../denoise/schema.ts';
import { LEARNED_ID, learnedSchema } from '../learned/schema.ts';
import { PARADOX_ID, paradoxSchema } from '../paradox/schema.ts';
import { patternsSchema } from '../patterns/schema.ts';
import type { Schema } from './params.ts';

export interface DemoInfo {
  id: string;
  title: string;
  /** Chapter slug (no slashes; '' is the home page). */
  chapter: string;
  schema: Schema;
}

export const DEMOS: DemoInfo[] = [
  { id: PARADOX_ID, title: 'The paradox scale', chapter: '', schema: paradoxSchema },
  { id: 'patterns', title: 'Pattern explorer', chapter: 'pixels', schema: patternsSchema },
  { id: CALCULATOR_ID, title: 'Cost calculator', chapter: 'counting-flops', schema: calculatorSchema },
  { id: CHART_ID, title: 'Cost against steps', chapter: 'hardware', schema: chartSchema },
  { id: 'denoise', title: 'Denoising, step by step', chapter: 'diffusion', schema: denoiseSchema },
  { id: LEARNED_ID, title: 'A learned denoiser and its one-step student', chapter: 'diffusion', schema: learnedSchema },
];

export function demoById(id: string): DemoInfo | undefined {
  return DEMOS.find((d) => d.id === id);
}
