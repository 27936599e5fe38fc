import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../api/types';
import { cleanup, render } from '../../test/dom';
import { TestApp } from '../../test/TestApp';
import { CaseDeadlines } from './CaseDeadlines';

const base = {
  id: 1,
  status: 'in_mediation',
  acceptance_due: '2026-12-30',
  resolution_due: '2027-03-02',
  business_due: '2027-01-12',
  business_answered_in_time: null,
  overdue: false,
  clock_stopped: false,
} as unknown as Case;

afterEach(cleanup);

describe('CaseDeadlines', () => {
  it('marks the deadlines counted into a year without a holiday schedule', async () => {
    const c = { ...base, resolution_due_provisional: true, business_due_provisional: true } as Case;
    await render(<TestApp routes={[{ path: '/', element: <CaseDeadlines c={c} showRunning={false} /> }]} path="/" />);
    const tags = document.querySelectorAll('[data-testid="deadline-provisional"]');
    expect(tags).toHaveLength(2);
    expect(tags[0]!.textContent).toBe('暂定');
  });

  it('marks nothing when every year is loaded', async () => {
    await render(<TestApp routes={[{ path: '/', element: <CaseDeadlines c={base} showRunning={false} /> }]} path="/" />);
    expect(document.querySelector('[data-testid="deadline-provisional"]')).toBeNull();
  });
});
