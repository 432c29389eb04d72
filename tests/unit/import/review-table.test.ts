import { describe, expect, it } from 'vitest';
import { formatReviewTable } from '../../../src/import/review-table.ts';

describe('formatReviewTable', () => {
  it('gives each entry a row: kind, id, fields, since when and days waiting', () => {
    const table = formatReviewTable(
      [
        {
          kind: 'article',
          id: '2023-01-05-a',
          file: 'articles/2023/2023-01-05-a.md',
          fields: ['source', 'themes'],
          since: '2024-02-01',
        },
        { kind: 'source', id: 'liaoning-daily', file: 'sources.yaml', fields: ['description'] },
      ],
      '2024-02-11',
    );
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Kind\s+Id\s+Fields to check\s+Since\s+Days\s+File$/);
    expect(lines[2]).toMatch(
      /^article\s+2023-01-05-a\s+source, themes\s+2024-02-01\s+10\s+articles\/2023\/2023-01-05-a\.md$/,
    );
    expect(lines[3]).toMatch(/^source\s+liaoning-daily\s+description\s+unknown\s+sources\.yaml$/);
  });

  it('says so when nothing awaits review', () => {
    expect(formatReviewTable([], '2024-02-11')).toBe('Nothing awaits review.');
  });
});
