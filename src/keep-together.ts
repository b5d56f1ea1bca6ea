/**
 * Where a line must not break in running text, in one place: between a number and its unit
 * ("281 TFLOP", "3.00 MiB") and around the × of a size ("1024 × 1024"). Used on the chapters'
 * Markdown by src/integrations/rehype-layout.ts and on text the components write (exercises).
 */

const NBSP = '\u00a0';

/** "281 TFLOP" and "1024 × 1024" with no-break spaces where a line must not break. */
export function keepTogether(text: string): string {
  return text
    .replace(/(\d) (?=(?:[kMGTPEZµm]?(?:FLOPs?|FLOP\/s|MACs?|B|W|J|Wh|s)|[KMG]iB|bytes)\b)/g, `$1${NBSP}`)
    .replace(/(\d) × (?=\d)/g, `$1${NBSP}×${NBSP}`);
}
