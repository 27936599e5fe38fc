import { describe, expect, it } from 'vitest';
import { caseStudyQuery, statsQuery } from '../../../api/endpoints';
import { libraryParams } from './LibraryPage';

describe('case library search', () => {
  it('reads the filters from the URL and writes the API query', () => {
    const p = libraryParams(new URLSearchParams('q=退款&year=2025&foo=bar&tag='));
    expect(p).toEqual({ q: '退款', year: '2025' });
    expect(caseStudyQuery(p, 'c1')).toBe('q=%E9%80%80%E6%AC%BE&year=2025&cursor=c1');
    expect(caseStudyQuery({ q: '  ' })).toBe('');
  });

  it('writes the statistics scope', () => {
    expect(statsQuery({ association: 'GD', descendants: true, from: '2025-01-01', to: '2025-12-31' }, { format: 'csv' })).toBe(
      'format=csv&association=GD&descendants=true&from=2025-01-01&to=2025-12-31',
    );
  });
});
