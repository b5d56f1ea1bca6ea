/**
 * Every demo on the site: its stable id (element id, URL-key prefix, embed path), the chapter
 * it lives in, and its settings schema. Used by the embed pages and the tests.
 */
import type { Schema } from './params.ts';
import { CALCULATOR_ID, CHART_ID, calculatorSchema, chartSchema } from '../cost/schema.ts';
import { patternsSchema } from '../patterns/schema.ts';

export interface DemoInfo {
  id: string;
  title: string;
  /** Chapter slug (no slashes; '' is the home page). */
  chapter: string;
  schema: Schema;
}

export const DEMOS: DemoInfo[] = [
  { id: 'patterns', title: 'Pattern explorer', chapter: 'pixels', schema: patternsSchema },
  { id: CALCULATOR_ID, title: 'Cost calculator', chapter: 'counting-flops', schema: calculatorSchema },
  { id: CHART_ID, title: 'Cost against steps', chapter: 'hardware', schema: chartSchema },
];

export function demoById(id: string): DemoInfo | undefined {
  return DEMOS.find((d) => d.id === id);
}
