// The inbox filters live in the URL query, so a view can be bookmarked and shared.
import { CASE_STATUSES, WAITING_ON, type CaseListParams, type CaseStatus, type WaitingOn } from '../../../api/types';

export type AssigneeFilter = 'me' | 'none' | '';

export interface InboxFilters {
  status: CaseStatus[];
  category: string;
  tag: string;
  assignee: AssigneeFilter;
  overdue: boolean;
  waitingOn: WaitingOn | '';
  from: string;
  to: string;
  q: string;
  sort: 'received' | 'due';
}

export const EMPTY_FILTERS: InboxFilters = {
  status: [],
  category: '',
  tag: '',
  assignee: '',
  overdue: false,
  waitingOn: '',
  from: '',
  to: '',
  q: '',
  sort: 'received',
};

export const OPEN_STATUSES: CaseStatus[] = ['submitted', 'accepted', 'in_mediation'];

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Reads the filters from the URL, ignoring what is not understood. */
export function parseInbox(search: URLSearchParams): InboxFilters {
  const status = (search.get('status') ?? '')
    .split(',')
    .filter((s): s is CaseStatus => (CASE_STATUSES as readonly string[]).includes(s));
  const assignee = search.get('assignee');
  const waiting = search.get('waiting') ?? '';
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    status,
    category: search.get('category') ?? '',
    tag: search.get('tag') ?? '',
    assignee: assignee === 'me' || assignee === 'none' ? assignee : '',
    overdue: search.get('overdue') === '1',
    waitingOn: (WAITING_ON as readonly string[]).includes(waiting) ? (waiting as WaitingOn) : '',
    from: isDate(from) ? from : '',
    to: isDate(to) ? to : '',
    q: search.get('q') ?? '',
    sort: search.get('sort') === 'due' ? 'due' : 'received',
  };
}

/** Writes the filters to a URL query, leaving out the defaults. */
export function toSearch(f: InboxFilters): URLSearchParams {
  const s = new URLSearchParams();
  if (f.status.length) s.set('status', f.status.join(','));
  if (f.category) s.set('category', f.category);
  if (f.tag) s.set('tag', f.tag);
  if (f.assignee) s.set('assignee', f.assignee);
  if (f.overdue) s.set('overdue', '1');
  if (f.waitingOn) s.set('waiting', f.waitingOn);
  if (f.from) s.set('from', f.from);
  if (f.to) s.set('to', f.to);
  if (f.q.trim()) s.set('q', f.q.trim());
  if (f.sort !== 'received') s.set('sort', f.sort);
  return s;
}

/** The API query for the filters; "me" becomes the caller's user ID. */
export function toListParams(f: InboxFilters, meId: number): CaseListParams {
  return {
    status: f.status.length ? f.status : undefined,
    category: f.category || undefined,
    tag: f.tag || undefined,
    assignee: f.assignee === 'me' ? String(meId) : f.assignee === 'none' ? 'none' : undefined,
    overdue: f.overdue || undefined,
    waiting_on: f.waitingOn || undefined,
    from: f.from || undefined,
    to: f.to || undefined,
    q: f.q.trim() || undefined,
    sort: f.sort,
  };
}

export type SavedViewKey = 'mine' | 'unassigned' | 'overdue' | 'waiting';

/** Quick views: the filters each one sets (everything else back to the defaults). */
export const SAVED_VIEWS: Record<SavedViewKey, Partial<InboxFilters>> = {
  mine: { assignee: 'me', status: OPEN_STATUSES },
  unassigned: { assignee: 'none', status: OPEN_STATUSES },
  overdue: { overdue: true, sort: 'due' },
  // The case waits on the association (not on a party), and it is the caller's.
  waiting: { assignee: 'me', waitingOn: 'none', status: OPEN_STATUSES, sort: 'due' },
};

export function viewFilters(key: SavedViewKey): InboxFilters {
  return { ...EMPTY_FILTERS, ...SAVED_VIEWS[key] };
}

/** The saved view the filters are exactly, if any. */
export function activeView(f: InboxFilters): SavedViewKey | null {
  const target = toSearch(f).toString();
  const keys = Object.keys(SAVED_VIEWS) as SavedViewKey[];
  return keys.find((k) => toSearch(viewFilters(k)).toString() === target) ?? null;
}
