// What the caller may do with a case study, mirroring domain/casestudy.go (studyActions)
// and api/authz/policy.csv: staff who work the association's cases edit, submit and return;
// its supervisors and admins also approve, publish and withdraw. The server has the final word.
import type { StudyAction, StudyStatus } from '../../../api/types';
import type { CaseRights } from '../cases/permissions';

const FROM: Record<StudyAction, readonly StudyStatus[]> = {
  submit: ['draft'],
  return: ['submitted', 'approved'],
  approve: ['submitted'],
  publish: ['approved'],
  withdraw: ['published', 'approved', 'submitted'],
};

const NEEDS_APPROVER: Record<StudyAction, boolean> = {
  submit: false,
  return: false,
  approve: true,
  publish: true,
  withdraw: true,
};

const ORDER: StudyAction[] = ['submit', 'approve', 'publish', 'return', 'withdraw'];

/**
 * The workflow steps the caller may take now, in display order. A study whose facts are not
 * yet k-anonymous (needsReview) cannot be published, so publishing is not offered.
 */
export function studyActions(status: StudyStatus, rights: CaseRights, needsReview = false): StudyAction[] {
  if (!rights.work) return [];
  return ORDER.filter(
    (a) => FROM[a].includes(status) && (!NEEDS_APPROVER[a] || rights.reassign) && !(a === 'publish' && needsReview),
  );
}

/** Only drafts are edited, by those who work the association's cases. */
export function mayEditStudy(status: StudyStatus, rights: CaseRights): boolean {
  return rights.work && status === 'draft';
}

/** Tag colours of the study statuses. */
export const STUDY_STATUS_COLORS: Record<StudyStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'cyan',
  published: 'success',
  withdrawn: 'error',
};
