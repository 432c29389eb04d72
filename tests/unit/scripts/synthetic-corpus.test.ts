import { describe, expect, it } from 'vitest';
import { createRandom, generateCorpus } from '../../../scripts/lib/synthetic-corpus.ts';

describe('the synthetic corpus', () => {
  const files = generateCorpus({ articles: 50, seed: 7 });
  const articles = files.filter((file) => file.path.startsWith('articles/'));

  it('is the same for the same seed, and different for another', () => {
    expect(generateCorpus({ articles: 50, seed: 7 })).toEqual(files);
    expect(generateCorpus({ articles: 50, seed: 8 })).not.toEqual(files);
  });

  it('has the requested articles, a people pool of about a fifth, themes, sources and a glossary', () => {
    expect(articles).toHaveLength(50);
    expect(files.filter((file) => file.path.startsWith('people/'))).toHaveLength(10);
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['themes.yaml', 'sources.yaml', 'glossary.yaml']),
    );
  });

  it('writes 5-6 KB bodies with paragraphs, spread over ten years', () => {
    for (const article of articles) {
      const body = article.text.split('\n---\n')[1] ?? '';
      expect(body.length).toBeGreaterThan(5000);
      expect(body.length).toBeLessThan(6800);
      expect(body.split('\n\n').length).toBeGreaterThan(5);
    }
    const years = new Set(articles.map((article) => article.path.split('/')[1]));
    expect(years.size).toBeGreaterThan(5);
    expect([...years].every((year) => Number(year) >= 2014 && Number(year) <= 2023)).toBe(true);
  });

  it('gives each article 1-4 speakers and 1-5 themes', () => {
    for (const article of articles) {
      const speakers = article.text.match(/^ {2}- person: /gm)?.length ?? 0;
      expect(speakers).toBeGreaterThanOrEqual(1);
      const themes = article.text.match(/^themes: \[(.*)\]$/m)?.[1]?.split(', ') ?? [];
      expect(themes.length).toBeGreaterThanOrEqual(1);
      expect(themes.length).toBeLessThanOrEqual(5);
    }
  });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const values = Array.from({ length: 100 }, () => a.next());
    expect(values).toEqual(Array.from({ length: 100 }, () => b.next()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
