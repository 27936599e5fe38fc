import { describe, expect, it } from 'vitest';
import { activeView, EMPTY_FILTERS, parseInbox, toListParams, toSearch, viewFilters } from './inboxParams';

describe('inbox filters in the URL', () => {
  it('round-trips through the query string', () => {
    const f = {
      ...EMPTY_FILTERS,
      status: ['submitted', 'in_mediation'] as const,
      category: 'health_products',
      assignee: 'me' as const,
      overdue: true,
      waitingOn: 'business' as const,
      from: '2026-01-01',
      q: 'GZ-2026-000078',
      sort: 'due' as const,
    };
    const search = toSearch({ ...f, status: [...f.status] });
    expect(search.toString()).toBe(
      'status=submitted%2Cin_mediation&category=health_products&assignee=me&overdue=1&waiting=business&from=2026-01-01&q=GZ-2026-000078&sort=due',
    );
    expect(parseInbox(search)).toEqual({ ...f, status: ['submitted', 'in_mediation'] });
  });

  it('ignores what it does not understand', () => {
    expect(parseInbox(new URLSearchParams('status=lost,closed&assignee=42&sort=x&from=yesterday'))).toEqual({
      ...EMPTY_FILTERS,
      status: ['closed'],
    });
  });

  it('turns "me" into the user ID for the API', () => {
    expect(toListParams({ ...EMPTY_FILTERS, assignee: 'me' }, 18)).toMatchObject({ assignee: '18', sort: 'received' });
    expect(toListParams({ ...EMPTY_FILTERS, assignee: 'none', overdue: true }, 18)).toMatchObject({ assignee: 'none', overdue: true });
    expect(toListParams(EMPTY_FILTERS, 18).assignee).toBeUndefined();
  });

  it('recognizes the saved views', () => {
    expect(activeView(viewFilters('mine'))).toBe('mine');
    expect(activeView(viewFilters('overdue'))).toBe('overdue');
    expect(activeView({ ...viewFilters('mine'), q: 'x' })).toBeNull();
    expect(activeView(EMPTY_FILTERS)).toBeNull();
  });
});
