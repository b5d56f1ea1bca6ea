import { describe, expect, it } from 'vitest';
import { getReference } from '../../../src/data/bibliography.ts';
import { GLOSSARY, termId } from '../../../src/data/glossary.ts';

const REQUIRED = [
  'pixel',
  'channel',
  'tensor',
  'latent',
  'vae',
  'flop',
  'mac',
  'dense-vs-sparse',
  'utilisation',
  'roofline',
  'ridge-point',
  'nfe',
  'classifier-free-guidance',
  'distillation',
  'ddpm',
  'ddim',
  'consistency-model',
  'text-encoder',
];

describe('GLOSSARY', () => {
  it('defines every required term with a unique slug', () => {
    const slugs = GLOSSARY.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of REQUIRED) expect(slugs).toContain(slug);
  });

  it('has a non-empty definition for every term, and slugs fit in an id', () => {
    for (const t of GLOSSARY) {
      expect(t.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(t.definition.length, t.slug).toBeGreaterThan(40);
      if (t.see) expect(t.see.href, t.slug).toMatch(/^\/[a-z-]+\/$/);
    }
  });

  it('cites only keys in the bibliography', () => {
    for (const t of GLOSSARY) for (const k of t.cite ?? []) expect(() => getReference(k)).not.toThrow();
  });

  it('termId gives term-<slug> and throws on an unknown slug', () => {
    expect(termId('flop')).toBe('term-flop');
    expect(() => termId('flops')).toThrow(/unknown glossary term "flops"/);
  });
});
