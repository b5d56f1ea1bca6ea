import { describe, expect, it } from 'vitest';
import { noteParts } from '../../../src/components/latency/validation.ts';
import { MEASUREMENTS } from '../../../src/data/measurements.ts';

describe('noteParts', () => {
  it('sets arrows and sizes for reading and keeps the words', () => {
    expect(noteParts('defaults -> 28 steps, 1024x1024; guidance 7.5 => CFG on')).toEqual([
      { text: 'defaults → 28 steps, 1024 × 1024; guidance 7.5 ⇒ CFG on' },
    ]);
  });

  it('links web addresses, leaving trailing punctuation as text', () => {
    expect(
      noteParts('HF blog (https://huggingface.co/blog/sd3, Jun 2024). Script: huggingface.co/datasets/x.py, not read'),
    ).toEqual([
      { text: 'HF blog (' },
      { text: 'https://huggingface.co/blog/sd3', href: 'https://huggingface.co/blog/sd3' },
      { text: ', Jun 2024). Script: ' },
      { text: 'huggingface.co/datasets/x.py', href: 'https://huggingface.co/datasets/x.py' },
      { text: ', not read' },
    ]);
  });

  it('leaves no ASCII arrow or bare address in any committed measurement note', () => {
    for (const m of MEASUREMENTS) {
      const parts = noteParts(m.notes);
      // Nothing is lost: the parts hold every letter and digit of the note.
      const letters = (t: string) => t.replace(/[^A-Za-z0-9]/g, '').replace(/(\d)x(\d)/g, '$1$2');
      expect(letters(parts.map((p) => p.text).join(''))).toBe(letters(m.notes));
      for (const p of parts) {
        if ('href' in p) expect(p.href).toMatch(/^https?:\/\/[^\s]+[^).,;:]$/);
        else {
          expect(p.text, m.id).not.toMatch(/->|=>/);
          expect(p.text, m.id).not.toMatch(/https?:\/\/|\b(?:huggingface\.co|github\.com)\//);
        }
      }
    }
  });
});
