import { api, apiBlob, apiResponse, uploadFile } from './client';
import type {
  AddMemberRequest,
  AddMemberResponse,
  AgreementRequest,
  AnswerRequest,
  Association,
  Attachment,
  BusinessMatch,
  BusinessMergeResult,
  BusinessStat,
  CalendarYear,
  CaseStudyPage,
  CaseStudyQuery,
  Case,
  CaseEvent,
  CaseListParams,
  CasePage,
  CaseWithEvents,
  ChangePasswordRequest,
  ComplaintRequest,
  CreateReportRequest,
  DeadlineRule,
  DeadlineRuleRequest,
  Division,
  LangCode,
  ListResponse,
  LoginRequest,
  LoginResponse,
  MarkReadRequest,
  Me,
  Member,
  NoteRequest,
  NoteVisibility,
  NotificationPage,
  Overview,
  PublicCaseStudy,
  RatingRequest,
  Receipt,
  Report,
  Reputation,
  Role,
  SessionRequest,
  SpikeAlert,
  StaffCaseStudy,
  StatsScope,
  StudyAction,
  StudyEdit,
  StudyStatus,
  Taxonomy,
  TransitionRequest,
  VersionedCase,
  VersionedStudy,
} from './types';

const seg = encodeURIComponent;

export const authApi = {
  login: (body: LoginRequest) => api<LoginResponse>('/api/v1/auth/login', { method: 'POST', body }),
  logout: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
};

export const meApi = {
  get: (signal?: AbortSignal) => api<Me>('/api/v1/me', { signal }),
  /** Sets the account's language: the server writes its problem details, alerts and notices to the user in it. */
  setLocale: (locale: LangCode) => api<Me>('/api/v1/me', { method: 'PATCH', body: { locale } }),
  changePassword: (body: ChangePasswordRequest) =>
    api<void>('/api/v1/me/password', { method: 'POST', body }),
};

/** The signed-in user's notices, newest first. */
export const notificationsApi = {
  list: (cursor: string, limit: number, signal?: AbortSignal) => {
    const q = new URLSearchParams({ limit: String(limit) });
    if (cursor) q.set('cursor', cursor);
    return api<NotificationPage>(`/api/v1/notifications?${q}`, { signal });
  },
  markRead: (body: MarkReadRequest) => api<{ marked: number }>('/api/v1/notifications/read', { method: 'POST', body }),
};

export const associationsApi = {
  list: (signal?: AbortSignal) => api<ListResponse<Association>>('/api/v1/associations', { signal }),
  members: (code: string, signal?: AbortSignal) =>
    api<ListResponse<Member>>(`/api/v1/associations/${seg(code)}/members`, { signal }),
  addMember: (code: string, body: AddMemberRequest) =>
    api<AddMemberResponse>(`/api/v1/associations/${seg(code)}/members`, { method: 'POST', body }),
  setRole: (code: string, userId: number, role: Role) =>
    api<Member>(`/api/v1/associations/${seg(code)}/members/${userId}`, {
      method: 'PATCH',
      body: { role },
    }),
  removeMember: (code: string, userId: number) =>
    api<void>(`/api/v1/associations/${seg(code)}/members/${userId}`, { method: 'DELETE' }),
};

export const referenceApi = {
  /** The provinces, or the children of a division. */
  divisions: (parent?: string, signal?: AbortSignal) =>
    api<ListResponse<Division>>(`/api/v1/divisions${parent ? `?parent=${seg(parent)}` : ''}`, { signal }),
  taxonomy: (signal?: AbortSignal) => api<Taxonomy>('/api/v1/taxonomy', { signal }),
};

/** The query string of a case list. */
export function caseListQuery(p: CaseListParams): string {
  const q = new URLSearchParams();
  if (p.status?.length) q.set('status', p.status.join(','));
  if (p.category) q.set('category', p.category);
  if (p.tag) q.set('tag', p.tag);
  if (p.assignee) q.set('assignee', p.assignee);
  if (p.overdue) q.set('overdue', 'true');
  if (p.waiting_on) q.set('waiting_on', p.waiting_on);
  if (p.from) q.set('from', p.from);
  if (p.to) q.set('to', p.to);
  if (p.q) q.set('q', p.q);
  if (p.sort) q.set('sort', p.sort);
  if (p.cursor) q.set('cursor', p.cursor);
  if (p.limit) q.set('limit', String(p.limit));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The access code header; without a code the logged-in consumer's session (cookie, and the
 * CSRF header on writes) opens a case filed from their account.
 */
const accessCode = (code: string): Record<string, string> => (code ? { 'X-Access-Code': code } : {});

export interface UploadCallbacks {
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * Filing a complaint (no login) and adding evidence to it, proved by the access code or, with an
 * empty code, by the signed-in consumer account the case was filed from.
 */
export const complaintsApi = {
  file: (body: ComplaintRequest, idempotencyKey: string) =>
    api<Receipt>('/api/v1/complaints', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } }),
  addEvidence: (caseId: number, code: string, file: File, cb: UploadCallbacks = {}) =>
    uploadFile<Attachment>(`/api/v1/complaints/${caseId}/attachments`, { file, headers: accessCode(code), ...cb }),
};

/** The consumer's tracking view, by tracking number and access code (or the consumer's session). */
export const trackApi = {
  get: (tn: string, code: string, signal?: AbortSignal) =>
    api<CaseWithEvents>(`/api/v1/track/${seg(tn)}`, { headers: accessCode(code), signal }),
  message: (tn: string, code: string, body: string) =>
    api<CaseEvent>(`/api/v1/track/${seg(tn)}/messages`, { method: 'POST', body: { body }, headers: accessCode(code) }),
  withdraw: (tn: string, code: string, reason: string) =>
    api<Case>(`/api/v1/track/${seg(tn)}/withdrawal`, { method: 'POST', body: { reason }, headers: accessCode(code) }),
  agreement: (tn: string, code: string, accept: boolean) =>
    api<Case>(`/api/v1/track/${seg(tn)}/agreement`, { method: 'POST', body: { accept }, headers: accessCode(code) }),
  rate: (tn: string, code: string, body: RatingRequest) =>
    api<Case>(`/api/v1/track/${seg(tn)}/rating`, { method: 'POST', body, headers: accessCode(code) }),
  attachment: (tn: string, code: string, attachmentId: number) =>
    apiBlob(`/api/v1/track/${seg(tn)}/attachments/${attachmentId}`, { headers: accessCode(code) }),
  consent: (tn: string, code: string, consent: boolean, guardian: boolean) =>
    api<Case>(`/api/v1/track/${seg(tn)}/consent`, { method: 'POST', body: { consent, guardian }, headers: accessCode(code) }),
  attachments: (tn: string, code: string, signal?: AbortSignal) =>
    api<ListResponse<Attachment>>(`/api/v1/track/${seg(tn)}/attachments`, { headers: accessCode(code), signal }),
};

/** A case with the ETag of the version read. */
async function versioned(promise: Promise<{ data: Case; headers: Headers }>): Promise<VersionedCase> {
  const { data, headers } = await promise;
  return { case: data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

const ifMatch = (etag: string) => ({ 'If-Match': etag });

/** Case work for association staff. */
export const casesApi = {
  list: (params: CaseListParams, signal?: AbortSignal) =>
    api<CasePage>(`/api/v1/cases${caseListQuery(params)}`, { signal }),
  get: (id: number, signal?: AbortSignal) => versioned(apiResponse<Case>(`/api/v1/cases/${id}`, { signal })),
  events: (id: number, signal?: AbortSignal) => api<ListResponse<CaseEvent>>(`/api/v1/cases/${id}/events`, { signal }),
  transition: (id: number, etag: string, body: TransitionRequest) =>
    versioned(apiResponse<Case>(`/api/v1/cases/${id}/transitions`, { method: 'POST', body, headers: ifMatch(etag) })),
  assign: (id: number, etag: string, assigneeId: number | null) =>
    versioned(
      apiResponse<Case>(`/api/v1/cases/${id}/assignment`, {
        method: 'POST',
        body: { assignee_id: assigneeId },
        headers: ifMatch(etag),
      }),
    ),
  proposeAgreement: (id: number, etag: string, body: AgreementRequest) =>
    versioned(apiResponse<Case>(`/api/v1/cases/${id}/agreement`, { method: 'PUT', body, headers: ifMatch(etag) })),
  addNote: (id: number, body: NoteRequest) =>
    api<CaseEvent>(`/api/v1/cases/${id}/notes`, { method: 'POST', body }),
  addSession: (id: number, body: SessionRequest) =>
    api<CaseEvent>(`/api/v1/cases/${id}/sessions`, { method: 'POST', body }),
  attachments: (id: number, signal?: AbortSignal) =>
    api<ListResponse<Attachment>>(`/api/v1/cases/${id}/attachments`, { signal }),
  addAttachment: (id: number, file: File, visibility: NoteVisibility, cb: UploadCallbacks = {}) =>
    uploadFile<Attachment>(`/api/v1/cases/${id}/attachments`, { file, fields: { visibility }, ...cb }),
};

/** The download (and thumbnail) address of a case attachment, for staff. */
export function caseAttachmentUrl(caseId: number, attachmentId: number): string {
  return `/api/v1/cases/${caseId}/attachments/${attachmentId}`;
}

/** A consumer account's own cases. */
export const myApi = {
  cases: (params: CaseListParams, signal?: AbortSignal) =>
    api<CasePage>(`/api/v1/my/cases${caseListQuery(params)}`, { signal }),
};

/** The business portal: cases against the caller's business. */
export const businessApi = {
  list: (params: CaseListParams, signal?: AbortSignal) =>
    api<CasePage>(`/api/v1/business/cases${caseListQuery(params)}`, { signal }),
  get: (id: number, signal?: AbortSignal) => api<CaseWithEvents>(`/api/v1/business/cases/${id}`, { signal }),
  answer: (id: number, body: AnswerRequest) =>
    api<CaseEvent>(`/api/v1/business/cases/${id}/answers`, { method: 'POST', body }),
  acceptAgreement: (id: number) =>
    api<Case>(`/api/v1/business/cases/${id}/agreement`, { method: 'POST', body: { accept: true } }),
};

/** The query string of a statistics scope. */
export function statsQuery(s: StatsScope, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ ...extra });
  if (s.association) q.set('association', s.association);
  q.set('descendants', String(s.descendants));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  return q.toString();
}

export const statsApi = {
  overview: (s: StatsScope, signal?: AbortSignal) => api<Overview>(`/api/v1/stats/overview?${statsQuery(s)}`, { signal }),
  businesses: (s: StatsScope, signal?: AbortSignal) =>
    api<ListResponse<BusinessStat>>(`/api/v1/stats/businesses?${statsQuery(s, { limit: '10' })}`, { signal }),
  alerts: (s: StatsScope, signal?: AbortSignal) => {
    const q = new URLSearchParams({ descendants: String(s.descendants) });
    if (s.association) q.set('association', s.association);
    return api<ListResponse<SpikeAlert>>(`/api/v1/stats/alerts?${q.toString()}`, { signal });
  },
  exportUrl: (s: StatsScope, format: 'xlsx' | 'csv') => `/api/v1/stats/export?${statsQuery(s, { format })}`,
};

/** The query string of a case library search. */
export function caseStudyQuery(p: CaseStudyQuery, cursor?: string): string {
  const q = new URLSearchParams();
  for (const k of ['q', 'category', 'tag', 'outcome', 'year'] as const) {
    const v = p[k]?.trim();
    if (v) q.set(k, v);
  }
  if (cursor) q.set('cursor', cursor);
  return q.toString();
}

export const libraryApi = {
  search: (p: CaseStudyQuery, cursor?: string, signal?: AbortSignal) =>
    api<CaseStudyPage>(`/api/v1/public/case-studies?${caseStudyQuery(p, cursor)}`, { signal }),
  get: (slug: string, signal?: AbortSignal) => api<PublicCaseStudy>(`/api/v1/public/case-studies/${seg(slug)}`, { signal }),
};

export const reportsApi = {
  list: (code: string, signal?: AbortSignal) =>
    api<ListResponse<Report>>(`/api/v1/associations/${seg(code)}/reports`, { signal }),
  create: (code: string, body: CreateReportRequest) =>
    api<Report>(`/api/v1/associations/${seg(code)}/reports`, { method: 'POST', body }),
  publish: (code: string, id: number) =>
    api<Report>(`/api/v1/associations/${seg(code)}/reports/${id}/publication`, { method: 'POST' }),
  getPublic: (id: string, signal?: AbortSignal) => api<Report>(`/api/v1/public/reports/${seg(id)}`, { signal }),
  listPublic: (signal?: AbortSignal) => api<ListResponse<Report>>('/api/v1/public/reports', { signal }),
};

/** A case study with the ETag of the version read. */
async function versionedStudy(promise: Promise<{ data: StaffCaseStudy; headers: Headers }>): Promise<VersionedStudy> {
  const { data, headers } = await promise;
  return { study: data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

/** Case studies for staff: drafted from a closed case, edited, and moved through review. */
export const studiesApi = {
  list: (status: StudyStatus | '', signal?: AbortSignal) =>
    api<ListResponse<StaffCaseStudy>>(`/api/v1/case-studies${status ? `?status=${seg(status)}` : ''}`, { signal }),
  get: (id: number, signal?: AbortSignal) =>
    versionedStudy(apiResponse<StaffCaseStudy>(`/api/v1/case-studies/${id}`, { signal })),
  /** The study made from a case; null when it has none (204). */
  ofCase: async (caseId: number, signal?: AbortSignal): Promise<VersionedStudy | null> => {
    const { data, headers } = await apiResponse<StaffCaseStudy | undefined>(`/api/v1/cases/${caseId}/case-study`, { signal });
    return data ? versionedStudy(Promise.resolve({ data, headers })) : null;
  },
  draft: (caseId: number) =>
    versionedStudy(apiResponse<StaffCaseStudy>(`/api/v1/cases/${caseId}/case-study`, { method: 'POST' })),
  edit: (id: number, etag: string, body: StudyEdit) =>
    versionedStudy(apiResponse<StaffCaseStudy>(`/api/v1/case-studies/${id}`, { method: 'PATCH', body, headers: ifMatch(etag) })),
  act: (id: number, etag: string, action: StudyAction, reason = '') =>
    versionedStudy(
      apiResponse<StaffCaseStudy>(`/api/v1/case-studies/${id}/transitions`, {
        method: 'POST',
        body: { action, reason },
        headers: ifMatch(etag),
      }),
    ),
};

/** Association settings and the platform's working-day calendar. */
export const settingsApi = {
  deadlineRules: (code: string, signal?: AbortSignal) =>
    api<ListResponse<DeadlineRule>>(`/api/v1/associations/${seg(code)}/deadline-rules`, { signal }),
  saveDeadlineRule: (code: string, body: DeadlineRuleRequest) =>
    api<ListResponse<DeadlineRule>>(`/api/v1/associations/${seg(code)}/deadline-rules`, { method: 'PUT', body }),
  calendar: (year: number, signal?: AbortSignal) => api<CalendarYear>(`/api/v1/calendar/${year}`, { signal }),
  saveCalendar: (year: number, body: Pick<CalendarYear, 'holidays' | 'workdays'>) =>
    api<CalendarYear>(`/api/v1/calendar/${year}`, { method: 'PUT', body }),
};

/** Public business lookup and reputation pages. */
export const businessesApi = {
  search: (q: string, signal?: AbortSignal) =>
    api<ListResponse<BusinessMatch>>(`/api/v1/public/businesses?q=${seg(q)}`, { signal }),
  get: (id: string, signal?: AbortSignal) => api<Reputation>(`/api/v1/public/businesses/${seg(id)}`, { signal }),
  merge: (id: number, into: number) =>
    api<BusinessMergeResult>(`/api/v1/businesses/${id}/merge`, { method: 'POST', body: { into } }),
};
