import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outlet } from 'react-router';
import type { Me, StaffCaseStudy } from '../../../api/types';
import { bodyText, cleanup, click, render, waitFor } from '../../../test/dom';
import { TestApp } from '../../../test/TestApp';
import { StudyPage } from './StudyPage';

const GZ = { code: 'GD-GZ', name: '广州市消费者委员会' };

function staff(role: 'mediator' | 'supervisor'): Me {
  return { id: 9, email: 'x@redress.test', name: 'X', kind: 'staff', is_platform_admin: false, memberships: [{ association: GZ, role }] };
}

function study(over: Partial<StaffCaseStudy> = {}): StaffCaseStudy {
  return {
    id: 7,
    slug: 'abc',
    case_id: 42,
    status: 'approved',
    title: '保健品宣称治病',
    narrative: '我叫[姓名]，电话[手机号]，买了保健品。',
    mediator_action: '调解员组织协商。',
    lesson: '保留凭证。',
    tip: '理性消费。',
    facts: { category: 'health_products', outcome: 'agreement', period: '2026-Q1' },
    association: GZ,
    k: 6,
    l: 2,
    needs_review: false,
    spans: [
      { start: 6, end: 12, type: 'name', text: '张伟' },
      { start: 21, end: 32, type: 'mobile', text: '13800138000' },
    ],
    version: 3,
    updated_at: '2026-02-01T08:00:00Z',
    ...over,
  };
}

function routes(me: Me) {
  return [{ path: '/console', element: <Outlet context={me} />, children: [{ path: 'studies/:id', Component: StudyPage }] }];
}

afterEach(cleanup);

describe('StudyPage', () => {
  it('marks what the anonymizer replaced and offers a mediator no approval steps', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Response.json(study({ status: 'draft' }), { headers: { ETag: '"3"' } })));
    await render(<TestApp routes={routes(staff('mediator'))} path="/console/studies/7" />);
    await waitFor(() => document.querySelector('[data-testid="study-page"]'));
    const marks = [...document.querySelectorAll<HTMLElement>('mark.anonymized-mark')];
    expect(marks.map((m) => [m.textContent, m.dataset.type])).toEqual([
      ['[姓名]', 'name'],
      ['[手机号]', 'mobile'],
    ]);
    const actions = [...document.querySelectorAll<HTMLElement>('[data-action]')].map((b) => b.dataset.action);
    expect(actions).toEqual(['submit']);
    expect(document.querySelector('[data-testid="study-save"]')).toBeTruthy();
  });

  it('publishes with the ETag and shows what the publish check found', async () => {
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        return Response.json(
          {
            status: 409,
            code: 'conflict',
            reason: 'personal_data_found',
            detail: '案例中仍有本案的个人信息，请删除后再发布。',
            errors: [
              { field: 'narrative', code: 'personal_data_mobile', message: 'x', span: { start: 9, end: 42, type: 'mobile', text: '一三九五六二七三六七四' } },
              { field: 'narrative', code: 'personal_data_name', message: 'x', span: { start: 0, end: 9, type: 'name', text: '陳志明' } },
              { field: 'lesson', code: 'personal_data_name', message: 'x', span: { start: 0, end: 6, type: 'name', text: '保留' } },
              { field: 'title', code: 'placeholder_in_title', message: 'x', span: { start: 0, end: 8, type: 'placeholder', text: '[姓名]' } },
              { field: 'narrative', code: 'personal_data_email', message: 'x' },
            ],
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      expect(url).toBe('/api/v1/case-studies/7');
      return Response.json(study(), { headers: { ETag: '"3"' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    await render(<TestApp routes={routes(staff('supervisor'))} path="/console/studies/7" />);
    const publish = await waitFor(() => document.querySelector<HTMLElement>('[data-action="publish"]'));
    expect([...document.querySelectorAll<HTMLElement>('[data-action]')].map((b) => b.dataset.action)).toEqual([
      'publish',
      'return',
      'withdraw',
    ]);
    await click(publish);
    await click(await waitFor(() => document.querySelector('.ant-popconfirm .ant-btn-primary')));
    const check = await waitFor(() => document.querySelector('[data-testid="study-check"]'));
    expect(check.textContent).toContain('案例中仍有本案的个人信息');
    expect(check.textContent).toContain('案情中有手机号：“一三九五六二七三六七四”');
    expect(check.textContent).toContain('案情中有姓名：“陳志明”');
    expect(check.textContent).toContain('标题中有占位符“[姓名]”');
    expect(check.textContent).toContain('文中仍有邮箱。');
    // Where the text is the study's as read, the finding is marked in its context.
    const marked = [...check.querySelectorAll('[data-testid="study-finding"] mark')].map((m) => m.textContent);
    expect(marked).toEqual(['保留']);

    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST') as unknown as [string, RequestInit];
    expect(post[0]).toBe('/api/v1/case-studies/7/transitions');
    expect((post[1].headers as Record<string, string>)['If-Match']).toBe('"3"');
    expect(JSON.parse(post[1].body as string)).toEqual({ action: 'publish', reason: '' });
    expect(bodyText()).toContain('已审核');
    expect(bodyText()).toContain('k = 6');
  });
});
