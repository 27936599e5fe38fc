import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { divisionName } from '../i18n/localize';
import { useLang } from '../i18n/useLang';
import { isApiError } from './client';
import {
  associationsApi,
  authApi,
  businessApi,
  casesApi,
  complaintsApi,
  libraryApi,
  meApi,
  myApi,
  referenceApi,
  reportsApi,
  statsApi,
  trackApi,
} from './endpoints';
import type {
  AddMemberRequest,
  AgreementRequest,
  AnswerRequest,
  Association,
  CaseListParams,
  CaseStudyQuery,
  ComplaintRequest,
  CreateReportRequest,
  NoteRequest,
  RatingRequest,
  Role,
  SessionRequest,
  StatsScope,
  TransitionRequest,
  VersionedCase,
} from './types';

export const queryKeys = {
  me: ['me'] as const,
  associations: ['associations'] as const,
  members: (code: string) => ['associations', code, 'members'] as const,
  taxonomy: ['taxonomy'] as const,
  divisions: (parent: string) => ['divisions', parent] as const,
  track: (tn: string, code: string) => ['track', tn, code] as const,
  caseLists: ['cases', 'list'] as const,
  cases: (params: CaseListParams) => ['cases', 'list', params] as const,
  case: (id: number) => ['cases', id] as const,
  caseEvents: (id: number) => ['cases', id, 'events'] as const,
  caseAttachments: (id: number) => ['cases', id, 'attachments'] as const,
  myCases: (params: CaseListParams) => ['my', 'cases', params] as const,
  businessCases: (params: CaseListParams) => ['business', 'cases', 'list', params] as const,
  businessCase: (id: number) => ['business', 'cases', id] as const,
};

/** Retries transient failures only; client errors (4xx) are final. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function useMe(enabled = true) {
  return useQuery({ queryKey: queryKeys.me, queryFn: ({ signal }) => meApi.get(signal), enabled });
}

export function useAssociations() {
  return useQuery({
    queryKey: queryKeys.associations,
    queryFn: ({ signal }) => associationsApi.list(signal),
    select: (data) => data.items ?? [],
  });
}

export function useMembers(code: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.members(code),
    queryFn: ({ signal }) => associationsApi.members(code, signal),
    select: (data) => data.items ?? [],
    enabled,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: authApi.login,
    onSuccess: () => {
      qc.clear();
    },
  });
}

/** Logs out; the caller leaves the console first, then drops cached data with `clear`. */
export function useLogout() {
  const qc = useQueryClient();
  const mutation = useMutation({ mutationFn: authApi.logout });
  return { ...mutation, clear: () => qc.clear() };
}

export function useChangePassword() {
  return useMutation({ mutationFn: meApi.changePassword });
}

export function useAddMember(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AddMemberRequest) => associationsApi.addMember(code, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

export function useSetMemberRole(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: number; role: Role }) =>
      associationsApi.setRole(code, userId, role),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

export function useRemoveMember(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => associationsApi.removeMember(code, userId),
    onSuccess: () => qc.invalidateQueries({ queryKey: queryKeys.members(code) }),
  });
}

/** Flattens an association forest (depth first). */
export function flattenAssociations(roots: Association[]): Association[] {
  const out: Association[] = [];
  const walk = (list: Association[]) => {
    for (const a of list) {
      out.push(a);
      if (a.children?.length) walk(a.children);
    }
  };
  walk(roots);
  return out;
}

/** Codes of the association and all of its ancestors, nearest first. */
export function ancestry(roots: Association[], code: string): string[] {
  const byCode = new Map(flattenAssociations(roots).map((a) => [a.code, a]));
  const chain: string[] = [];
  let cur = byCode.get(code);
  const seen = new Set<string>();
  while (cur && !seen.has(cur.code)) {
    seen.add(cur.code);
    chain.push(cur.code);
    cur = cur.parent ? byCode.get(cur.parent) : undefined;
  }
  if (!chain.length) chain.push(code);
  return chain;
}

// ---------------------------------------------------------------- reference data

/** Categories, tags and reject reasons; they change with releases only. */
export function useTaxonomy() {
  return useQuery({
    queryKey: queryKeys.taxonomy,
    queryFn: ({ signal }) => referenceApi.taxonomy(signal),
    staleTime: Infinity,
  });
}

/** The divisions under a parent ("" for the provinces), cached for good. */
export function divisionsQuery(parent: string) {
  return {
    queryKey: queryKeys.divisions(parent),
    queryFn: ({ signal }: { signal: AbortSignal }) => referenceApi.divisions(parent || undefined, signal),
    staleTime: Infinity,
  };
}

/** The codes from the province down to a six-digit division code, without repeats (a province or city may be the leaf). */
export function divisionChain(code: string): string[] {
  return [...new Set([`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code])];
}

/** The names of a division and its parents ("广东省 / 广州市 / 天河区") in the UI language, looked up level by level. */
export function useDivisionPath(code: string | undefined) {
  const lang = useLang();
  const valid = !!code && /^\d{6}$/.test(code);
  const chain = valid ? divisionChain(code) : [];
  // The list each level is found in: the provinces, then the children of the level above.
  const parents = chain.map((_, i) => (i === 0 ? '' : chain[i - 1]));
  const results = useQueries({ queries: parents.map((parent) => divisionsQuery(parent)) });
  if (!valid) return code ?? '';
  const names = chain
    .map((c, i) => results[i]?.data?.items.find((d) => d.code === c))
    .filter((d) => !!d)
    .map((d) => divisionName(d, lang));
  return names.length ? names.join(' / ') : code;
}

/** Names division codes (any level) in the UI language; a code not loaded yet is shown as it is. */
export function useDivisionNamer(codes: string[]) {
  const lang = useLang();
  const valid = codes.filter((c) => /^\d{6}$/.test(c));
  // The list a code is found in: the provinces, its province's cities, or its city's districts.
  const parentOf = (c: string) => (c.endsWith('0000') ? '' : c.endsWith('00') ? `${c.slice(0, 2)}0000` : `${c.slice(0, 4)}00`);
  const parents = [...new Set(valid.map(parentOf))];
  const results = useQueries({ queries: parents.map((parent) => divisionsQuery(parent)) });
  const byCode = new Map(results.flatMap((r) => r.data?.items ?? []).map((d) => [d.code, d]));
  return (code: string) => {
    const d = byCode.get(code);
    return d ? divisionName(d, lang) : code;
  };
}

/** Returns a loader of division children (the provinces for ""), cached. */
export function useDivisionLoader() {
  const qc = useQueryClient();
  return (parent: string) => qc.fetchQuery(divisionsQuery(parent));
}

// ---------------------------------------------------------------- consumers

export function useFileComplaint() {
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: ComplaintRequest; idempotencyKey: string }) =>
      complaintsApi.file(body, idempotencyKey),
  });
}

export function useTrack(tn: string, code: string) {
  return useQuery({
    queryKey: queryKeys.track(tn, code),
    queryFn: ({ signal }) => trackApi.get(tn, code, signal),
    enabled: !!tn,
    staleTime: 10_000,
  });
}

/** A consumer's action on a tracked case; the tracking view reloads after it. */
function useTrackMutation<V, R>(tn: string, code: string, fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.track(tn, code) }),
  });
}

export function useTrackMessage(tn: string, code: string) {
  return useTrackMutation(tn, code, (body: string) => trackApi.message(tn, code, body));
}

export function useWithdraw(tn: string, code: string) {
  return useTrackMutation(tn, code, (reason: string) => trackApi.withdraw(tn, code, reason));
}

export function useAnswerAgreement(tn: string, code: string) {
  return useTrackMutation(tn, code, (accept: boolean) => trackApi.agreement(tn, code, accept));
}

/** Gives or withdraws consent to publication (withdrawing takes a published case study down). */
export function useConsent(tn: string, code: string) {
  return useTrackMutation(tn, code, ({ consent, guardian }: { consent: boolean; guardian: boolean }) =>
    trackApi.consent(tn, code, consent, guardian),
  );
}

export function useRate(tn: string, code: string) {
  return useTrackMutation(tn, code, (body: RatingRequest) => trackApi.rate(tn, code, body));
}

/** A consumer account's own cases (first page). */
export function myCasesQuery() {
  const params: CaseListParams = { limit: 50 };
  return {
    queryKey: queryKeys.myCases(params),
    queryFn: ({ signal }: { signal: AbortSignal }) => myApi.cases(params, signal),
  };
}

export function useMyCases(enabled: boolean) {
  return useQuery({ ...myCasesQuery(), enabled });
}

// ---------------------------------------------------------------- staff

/** The inbox, page by page ("load more" follows next_cursor). */
export function useCases(params: CaseListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.cases(params),
    queryFn: ({ signal, pageParam }) => casesApi.list({ ...params, cursor: pageParam || undefined }, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_cursor || undefined,
    staleTime: 10_000,
  });
}

export function useCase(id: number) {
  return useQuery({
    queryKey: queryKeys.case(id),
    queryFn: ({ signal }) => casesApi.get(id, signal),
    staleTime: 0,
  });
}

export function useCaseEvents(id: number) {
  return useQuery({
    queryKey: queryKeys.caseEvents(id),
    queryFn: ({ signal }) => casesApi.events(id, signal),
    select: (data) => data.items ?? [],
    staleTime: 0,
  });
}

export function useCaseAttachments(id: number) {
  return useQuery({
    queryKey: queryKeys.caseAttachments(id),
    queryFn: ({ signal }) => casesApi.attachments(id, signal),
    select: (data) => data.items ?? [],
  });
}

/** Reloads what a change to a case may have changed: the case, its timeline, the lists. */
export function useRefreshCase(id: number) {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: queryKeys.case(id), exact: true }),
      qc.invalidateQueries({ queryKey: queryKeys.caseEvents(id) }),
      qc.invalidateQueries({ queryKey: queryKeys.caseAttachments(id) }),
      qc.invalidateQueries({ queryKey: queryKeys.caseLists }),
    ]);
}

/**
 * A change that needs the case's ETag in If-Match. The ETag is the one of the last read;
 * the answer carries the new one. A stale ETag (412) reloads the case.
 */
function useVersionedMutation<V>(id: number, fn: (etag: string, vars: V) => Promise<VersionedCase>) {
  const qc = useQueryClient();
  const refresh = useRefreshCase(id);
  return useMutation({
    mutationFn: (vars: V) => {
      const current = qc.getQueryData<VersionedCase>(queryKeys.case(id));
      return fn(current?.etag ?? '', vars);
    },
    onSuccess: (data) => {
      qc.setQueryData(queryKeys.case(id), data);
    },
    onSettled: () => refresh(),
  });
}

export function useTransition(id: number) {
  return useVersionedMutation(id, (etag, body: TransitionRequest) => casesApi.transition(id, etag, body));
}

export function useAssign(id: number) {
  return useVersionedMutation(id, (etag, assigneeId: number | null) => casesApi.assign(id, etag, assigneeId));
}

export function useProposeAgreement(id: number) {
  return useVersionedMutation(id, (etag, body: AgreementRequest) => casesApi.proposeAgreement(id, etag, body));
}

export function useAddNote(id: number) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (body: NoteRequest) => casesApi.addNote(id, body), onSuccess: () => refresh() });
}

export function useAddSession(id: number) {
  const refresh = useRefreshCase(id);
  return useMutation({ mutationFn: (body: SessionRequest) => casesApi.addSession(id, body), onSuccess: () => refresh() });
}

// ---------------------------------------------------------------- businesses

export function useBusinessCases(params: CaseListParams) {
  return useInfiniteQuery({
    queryKey: queryKeys.businessCases(params),
    queryFn: ({ signal, pageParam }) => businessApi.list({ ...params, cursor: pageParam || undefined }, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_cursor || undefined,
  });
}

export function useBusinessCase(id: number) {
  return useQuery({
    queryKey: queryKeys.businessCase(id),
    queryFn: ({ signal }) => businessApi.get(id, signal),
    staleTime: 0,
  });
}

function useBusinessMutation<V, R>(id: number, fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: queryKeys.businessCase(id) }),
        qc.invalidateQueries({ queryKey: ['business', 'cases', 'list'] }),
      ]),
  });
}

export function useBusinessAnswer(id: number) {
  return useBusinessMutation(id, (body: AnswerRequest) => businessApi.answer(id, body));
}

export function useBusinessAcceptAgreement(id: number) {
  return useBusinessMutation(id, () => businessApi.acceptAgreement(id));
}

export function useOverview(scope: StatsScope, enabled = true) {
  return useQuery({
    queryKey: ['stats', 'overview', scope] as const,
    queryFn: ({ signal }) => statsApi.overview(scope, signal),
    enabled,
  });
}

export function useBusinessStats(scope: StatsScope, enabled = true) {
  return useQuery({
    queryKey: ['stats', 'businesses', scope] as const,
    queryFn: ({ signal }) => statsApi.businesses(scope, signal),
    select: (data) => data.items ?? [],
    enabled,
  });
}

export function useSpikeAlerts(scope: StatsScope, enabled = true) {
  return useQuery({
    queryKey: ['stats', 'alerts', scope.association, scope.descendants] as const,
    queryFn: ({ signal }) => statsApi.alerts(scope, signal),
    select: (data) => data.items ?? [],
    enabled,
  });
}

export function useCaseStudies(params: CaseStudyQuery) {
  return useInfiniteQuery({
    queryKey: ['library', 'search', params] as const,
    queryFn: ({ signal, pageParam }) => libraryApi.search(params, pageParam || undefined, signal),
    initialPageParam: '',
    getNextPageParam: (last) => last.next_cursor || undefined,
  });
}

export function useCaseStudy(slug: string) {
  return useQuery({
    queryKey: ['library', 'study', slug] as const,
    queryFn: ({ signal }) => libraryApi.get(slug, signal),
    enabled: !!slug,
  });
}

export function useReports(code: string) {
  return useQuery({
    queryKey: ['reports', code] as const,
    queryFn: ({ signal }) => reportsApi.list(code, signal),
    select: (data) => data.items ?? [],
    enabled: !!code,
  });
}

export function useCreateReport(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateReportRequest) => reportsApi.create(code, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['reports', code] }),
  });
}

export function usePublishReport(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => reportsApi.publish(code, id),
    onSettled: () => qc.invalidateQueries({ queryKey: ['reports', code] }),
  });
}

export function usePublicReport(id: string) {
  return useQuery({
    queryKey: ['public', 'reports', id] as const,
    queryFn: ({ signal }) => reportsApi.getPublic(id, signal),
    enabled: !!id,
  });
}
