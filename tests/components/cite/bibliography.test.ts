import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BIBLIOGRAPHY,
  familyName,
  formatBibtex,
  formatPlain,
  getReference,
  getReferences,
  referencesByTopic,
  shortLabel,
  TOPICS,
} from '../../../src/data/bibliography.ts';

const DOCS = 'src/content/docs';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(name) ? [path] : [];
  });
}

/** Every key used in a `<Cite k="…">` marker, with the file it appears in. */
function citedKeys(): Array<{ file: string; key: string }> {
  const out: Array<{ file: string; key: string }> = [];
  for (const file of mdxFiles(DOCS)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/<Cite\s+k=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g)) {
      for (const key of (m[1] ?? m[2] ?? m[3]).split(',')) out.push({ file, key: key.trim() });
    }
  }
  return out;
}

describe('BIBLIOGRAPHY', () => {
  it('has every required field on every entry', () => {
    expect(BIBLIOGRAPHY.length).toBeGreaterThanOrEqual(33);
    for (const r of BIBLIOGRAPHY) {
      expect(r.key, 'key').toMatch(/^[a-z0-9]+$/);
      expect(Object.keys(TOPICS), `${r.key} topic`).toContain(r.topic);
      expect(r.authors.length, `${r.key} authors`).toBeGreaterThan(0);
      for (const a of r.authors) expect(a.trim(), `${r.key} author`).not.toBe('');
      expect(r.title.trim(), `${r.key} title`).not.toBe('');
      expect(r.venue.trim(), `${r.key} venue`).not.toBe('');
      expect(Number.isInteger(r.year) && r.year >= 2000 && r.year <= 2030, `${r.key} year`).toBe(true);
      expect(r.url, `${r.key} url`).toMatch(/^https:\/\/\S+$/);
      if (r.corporate) expect(r.authors, `${r.key} corporate author`).toHaveLength(1);
    }
  });

  it('keys are unique', () => {
    const keys = BIBLIOGRAPHY.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('arXiv ids look like NNNN.NNNNN and DOIs like 10.NNNN/…', () => {
    for (const r of BIBLIOGRAPHY) {
      if (r.arxiv !== undefined) expect(r.arxiv, r.key).toMatch(/^\d{4}\.\d{4,5}$/);
      if (r.doi !== undefined) expect(r.doi, r.key).toMatch(/^10\.\d{4,9}\/\S+$/);
    }
  });

  it('has the corrected citations for the works that are often mis-cited', () => {
    expect(getReference('chen2025optical').doi).toBe('10.1038/s41586-025-09446-5');
    expect(getReference('chen2025optical').arxiv).toBe('2410.17970');
    expect(getReference('geng2025tokenset').arxiv).toBe('2503.16425');
    expect(getReference('zheng2025rae').arxiv).toBe('2510.11690');
    expect(getReference('song2023cm').arxiv).toBe('2303.01469');
    const ids = BIBLIOGRAPHY.map((r) => r.arxiv);
    expect(ids).not.toContain('2410.13184');
    expect(ids).not.toContain('2403.19822');
    expect(BIBLIOGRAPHY.some((r) => r.url.includes('light.princeton.edu'))).toBe(false);
  });

  it('groups every entry under exactly one topic', () => {
    const grouped = referencesByTopic().flatMap((g) => g.references.map((r) => r.key));
    expect(grouped.sort()).toEqual(BIBLIOGRAPHY.map((r) => r.key).sort());
  });
});

describe('getReference / getReferences', () => {
  it('returns the entry for a known key', () => {
    expect(getReference('peebles2023dit').title).toBe('Scalable Diffusion Models with Transformers');
  });

  it('throws a RangeError listing the valid keys on an unknown key', () => {
    expect(() => getReference('nope2099')).toThrow(RangeError);
    expect(() => getReference('nope2099')).toThrow(/unknown reference key "nope2099"; valid keys: .*song2023cm/);
  });

  it('splits k="a, b" and throws on an empty list', () => {
    expect(getReferences('song2023cm, lu2025scm').map((r) => r.key)).toEqual(['song2023cm', 'lu2025scm']);
    expect(() => getReferences(' , ')).toThrow(RangeError);
  });
});

describe('every <Cite k="…"> in the chapters', () => {
  const used = citedKeys();

  it('is found by the scan (the chapters do cite)', () => {
    expect(used.length).toBeGreaterThan(5);
  });

  it('names a key in the bibliography', () => {
    const valid = new Set(BIBLIOGRAPHY.map((r) => r.key));
    const unknown = used.filter((u) => !valid.has(u.key)).map((u) => `${u.file}: ${JSON.stringify(u.key)}`);
    expect(unknown).toEqual([]);
  });

  it('uses a literal key list (a computed k={…} cannot be checked here)', () => {
    const dynamic: string[] = [];
    for (const file of mdxFiles(DOCS)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/<Cite\s+k=\{(?!\s*["'`][^"'`]*["'`]\s*\})[^}]*\}/g)) {
        dynamic.push(`${file}: ${m[0]}`);
      }
    }
    expect(dynamic).toEqual([]);
  });
});

describe('labels and formats', () => {
  it('shortLabel: one author, two authors, et al., corporate', () => {
    expect(shortLabel(getReference('kovesi2010gaussian'))).toBe('Kovesi 2010');
    expect(shortLabel(getReference('ho2022cfg'))).toBe('Ho & Salimans 2022');
    expect(shortLabel(getReference('song2023cm'))).toBe('Song et al. 2023');
    expect(shortLabel(getReference('nvidia2022h100'))).toBe('NVIDIA 2022');
    expect(shortLabel(getReference('vonplaten2022diffusers'))).toBe('von Platen et al. 2022');
  });

  it('familyName keeps lowercase particles', () => {
    expect(familyName('Patrick von Platen')).toBe('von Platen');
    expect(familyName('William T. Freeman')).toBe('Freeman');
  });

  it('formatPlain has the authors, year, title, ids and URL', () => {
    const text = formatPlain(getReference('chen2025optical'));
    expect(text).toContain('Shiqi Chen, Yuhang Li, Yuntian Wang, Hanlong Chen and Aydogan Ozcan (2025)');
    expect(text).toContain('“Optical generative models.”');
    expect(text).toContain('Nature 644, 903–911');
    expect(text).toContain('arXiv:2410.17970');
    expect(text).toContain('doi:10.1038/s41586-025-09446-5');
  });
});

/** Checks that braces balance and never close below depth 0. */
function balanced(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    if (text[i] === '}') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

describe('formatBibtex', () => {
  for (const r of BIBLIOGRAPHY) {
    it(`${r.key}: parses as one entry with author, title and year`, () => {
      const bib = formatBibtex(r);
      expect(bib).toMatch(new RegExp(`^@(article|inproceedings|misc|techreport)\\{${r.key},\\n`));
      expect(bib.endsWith('\n}')).toBe(true);
      expect(balanced(bib)).toBe(true);
      const fields = Object.fromEntries([...bib.matchAll(/^ {2}(\w+)\s*= \{(.*)\},?$/gm)].map((m) => [m[1], m[2]]));
      expect(fields.author).toBeTruthy();
      expect(fields.title).toBeTruthy();
      expect(fields.year).toBe(String(r.year));
      if (r.arxiv) expect(fields.eprint).toBe(r.arxiv);
      if (r.doi) expect(fields.doi).toBe(r.doi);
    });
  }

  it('writes authors "Family, Given" joined by "and"', () => {
    expect(formatBibtex(getReference('ho2022cfg'))).toContain('author        = {Ho, Jonathan and Salimans, Tim}');
    expect(formatBibtex(getReference('nvidia2022h100'))).toContain('{{NVIDIA}}');
  });
});
