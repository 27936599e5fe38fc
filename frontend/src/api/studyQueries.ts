import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from './client';
import { studiesApi } from './endpoints';
import type { StudyAction, StudyEdit, StudyStatus, VersionedStudy } from './types';

export const studyKeys = {
  lists: ['case-studies', 'list'] as const,
  list: (status: StudyStatus | '') => ['case-studies', 'list', status] as const,
  study: (id: number) => ['case-studies', id] as const,
  ofCase: (caseId: number) => ['case-studies', 'of-case', caseId] as const,
};

/** The case studies of the caller's associations, in one status or all. */
export function useStaffStudies(status: StudyStatus | '') {
  return useQuery({
    queryKey: studyKeys.list(status),
    queryFn: ({ signal }) => studiesApi.list(status, signal),
    select: (data) => data.items ?? [],
  });
}

export function useStaffStudy(id: number) {
  return useQuery({
    queryKey: studyKeys.study(id),
    queryFn: ({ signal }) => studiesApi.get(id, signal),
    staleTime: 0,
  });
}

/** The study made from a case, or null when it has none. */
export function useStudyOfCase(caseId: number, enabled: boolean) {
  return useQuery({
    queryKey: studyKeys.ofCase(caseId),
    queryFn: ({ signal }) => studiesApi.ofCase(caseId, signal),
    enabled,
  });
}

/** Drafts a case study from a closed case. */
export function useDraftStudy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (caseId: number) => studiesApi.draft(caseId),
    onSuccess: (data) => {
      qc.setQueryData(studyKeys.study(data.study.id), data);
      qc.setQueryData(studyKeys.ofCase(data.study.case_id), data);
      void qc.invalidateQueries({ queryKey: studyKeys.lists });
    },
  });
}

/** A change that sends the study's ETag in If-Match; a stale one (412) reloads the study. */
function useStudyMutation<V>(id: number, fn: (etag: string, vars: V) => Promise<VersionedStudy>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (vars: V) => fn(qc.getQueryData<VersionedStudy>(studyKeys.study(id))?.etag ?? '', vars),
    onSuccess: (data) => qc.setQueryData(studyKeys.study(id), data),
    // Only a stale version reloads the study: other refusals keep the user's unsaved text.
    onError: (err) => isApiError(err) && err.status === 412 && qc.invalidateQueries({ queryKey: studyKeys.study(id) }),
    onSettled: () => qc.invalidateQueries({ queryKey: studyKeys.lists }),
  });
}

export function useEditStudy(id: number) {
  return useStudyMutation(id, (etag, body: StudyEdit) => studiesApi.edit(id, etag, body));
}

export function useStudyAction(id: number) {
  return useStudyMutation(id, (etag, { action, reason }: { action: StudyAction; reason?: string }) =>
    studiesApi.act(id, etag, action, reason),
  );
}
