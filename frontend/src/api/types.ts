/** Typed models of the Redress HTTP API (v1). */

export type LangCode = 'zh-Hans' | 'zh-Hant' | 'en';

/** Localized names keyed by language code. */
export type LocalizedNames = Partial<Record<LangCode, string>>;

export type UserKind = 'staff' | 'consumer' | 'business';

export type Role = 'admin' | 'supervisor' | 'mediator';

export const ROLES: readonly Role[] = ['admin', 'supervisor', 'mediator'];

export interface AssociationRef {
  code: string;
  name: string;
  names?: LocalizedNames;
}

export interface Association extends AssociationRef {
  parent: string | null;
  divisions: string[];
  children?: Association[];
}

export interface Membership {
  association: AssociationRef;
  role: Role;
}

export interface User {
  id: number;
  email: string;
  name: string;
}

export interface Me extends User {
  kind: UserKind;
  is_platform_admin: boolean;
  locale?: string;
  memberships: Membership[];
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  token: string;
  csrf_token: string;
  expires_at: string;
  user: Partial<Me> & User;
}

export interface Member {
  user: User;
  role: Role;
  created_at: string;
}

export interface AddMemberRequest {
  email: string;
  name: string;
  role: Role;
  password?: string;
}

export interface AddMemberResponse {
  member: Member;
  temporary_password?: string;
}

export interface ChangePasswordRequest {
  current_password: string;
  new_password: string;
}

export interface ListResponse<T> {
  items: T[];
}

/** RFC 9457 problem details, as returned by the server on errors. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
  /** for a finding in a text field: byte offsets into the field's text, the kind of data, the text found */
  span?: { start: number; end: number; type: string; text: string };
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  reason?: string;
  errors?: FieldError[];
  request_id?: string;
}

// ---------------------------------------------------------------- reference data

/** A name in the three languages of the product. */
export type Names = Record<LangCode, string>;

/** A GB/T 2260 division: `name` is Simplified Chinese, `names` the name in each UI language. */
export interface Division {
  code: string;
  name: string;
  names?: LocalizedNames;
  /** 1 province, 2 prefecture, 3 county */
  level: number;
  parent?: string;
}

export interface Category {
  code: string;
  /** absent for the first level */
  parent?: string;
  names: Names;
}

export interface HotTag {
  code: string;
  names: Names;
}

export interface RejectReason {
  code: string;
  names: Names;
  /** the rule the ground rests on */
  basis: Names;
}

export interface Taxonomy {
  categories: Category[];
  tags: HotTag[];
  reject_reasons: RejectReason[];
}

// ---------------------------------------------------------------- complaints and cases

export const AGE_BANDS = ['under_18', '18-29', '30-44', '45-59', '60+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const DESIRED_RESOLUTIONS = ['refund', 'replace', 'repair', 'compensate', 'apologize', 'fulfil', 'other'] as const;
export type DesiredResolution = (typeof DESIRED_RESOLUTIONS)[number];

export interface ComplaintRequest {
  consumer: {
    name: string;
    mobile: string;
    email?: string;
    id_number?: string;
    division_code: string;
    age_band?: AgeBand;
    is_minor?: boolean;
  };
  business: {
    name: string;
    uscc?: string;
    platform?: string;
    division_code?: string;
  };
  category: string;
  tags?: string[];
  title: string;
  narrative: string;
  /** decimal yuan, e.g. "1299.00" */
  amount?: string;
  /** YYYY-MM-DD */
  occurred_on?: string;
  desired_resolution?: DesiredResolution;
  consent_to_publish?: boolean;
  /** the UI language the form was filled in: the consumer's notices come in it */
  language?: LangCode;
}

/** The answer to a filed complaint; the access code is shown only now. */
export interface Receipt {
  id: number;
  tracking_number: string;
  access_code: string;
  status: CaseStatus;
  association: AssociationRef;
  acceptance_due: string;
  /** the deadline runs into a year whose holiday schedule is not loaded yet */
  acceptance_due_provisional?: boolean;
  received_at: string;
}

export const CASE_STATUSES = ['submitted', 'accepted', 'in_mediation', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const WAITING_ON = ['none', 'business', 'consumer'] as const;
export type WaitingOn = (typeof WAITING_ON)[number];

export const MEDIATION_OUTCOMES = ['agreement', 'business_remedied', 'failed', 'terminated'] as const;
export type Outcome = (typeof MEDIATION_OUTCOMES)[number] | 'not_accepted' | 'withdrawn';

export interface CaseConsumer {
  name: string;
  mobile: string;
  email?: string;
  id_number?: string;
  division_code: string;
  age_band?: AgeBand;
  is_minor: boolean;
}

export interface CaseBusiness {
  id: number;
  name: string;
  /** the unified social credit code, when known */
  uscc?: string;
  platform?: string;
  division_code?: string;
}

export interface Agreement {
  terms: string;
  amount_recovered: string;
  proposed_at: string;
  consumer_accepted_at: string | null;
  consumer_refused_at: string | null;
  business_accepted_at: string | null;
}

export interface Rating {
  score: number;
  comment: string;
  at: string;
}

export interface Case {
  id: number;
  tracking_number: string;
  association: AssociationRef;
  status: CaseStatus;
  waiting_on: WaitingOn;
  outcome?: Outcome;
  reject_reason?: { code: string; names: Names; basis: Names };
  consumer: CaseConsumer;
  business: CaseBusiness;
  category: string;
  tags: string[];
  title: string;
  narrative: string;
  amount: string | null;
  occurred_on: string | null;
  desired_resolution?: DesiredResolution;
  consent_to_publish: boolean;
  channel: string;
  assignee_id: number | null;
  /** omitted when unassigned */
  assignee_name?: string;
  possible_duplicate_of: number | null;
  received_at: string;
  acceptance_due: string;
  resolution_due: string | null;
  business_due: string | null;
  /** each deadline: it runs into a year whose holiday schedule is not loaded yet */
  acceptance_due_provisional?: boolean;
  resolution_due_provisional?: boolean;
  business_due_provisional?: boolean;
  business_responded_at?: string | null;
  business_answered_in_time: boolean | null;
  overdue: boolean;
  clock_stopped: boolean;
  accepted_at?: string | null;
  closed_at?: string | null;
  agreement: Agreement | null;
  rating: Rating | null;
  version: number;
  updated_at?: string;
}

/** A case as read by staff, with the ETag to send back in If-Match. */
export interface VersionedCase {
  case: Case;
  etag: string;
}

export interface CasePage {
  items: Case[];
  next_cursor?: string;
}

export type ActorKind = 'staff' | 'consumer' | 'business' | 'system';
export type Visibility = 'internal' | 'parties' | 'public';

export interface CaseEvent {
  id: number;
  seq: number;
  at: string;
  type: string;
  visibility: Visibility;
  /** staff see who acted; the parties see only the side */
  actor: { kind: ActorKind; id?: number; name?: string };
  payload: Record<string, unknown>;
  hash?: string;
}

/** A case with its (parties-visible, for the parties) timeline. */
export interface CaseWithEvents {
  case: Case;
  events: CaseEvent[];
}

export interface Attachment {
  id: number;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  uploaded_by: ActorKind;
  visibility: Visibility;
  created_at: string;
}

export const STAFF_ACTIONS = [
  'accept',
  'reject',
  'transfer',
  'request_information',
  'start_mediation',
  'pause_clock',
  'resume_clock',
  'close',
  'reopen',
] as const;
export type StaffAction = (typeof STAFF_ACTIONS)[number];

export interface TransitionRequest {
  action: StaffAction;
  reason_code?: string;
  reason?: string;
  target_association?: string;
  outcome?: Outcome;
  agreement?: { terms: string; amount_recovered?: string };
}

export type NoteVisibility = 'internal' | 'parties';
export type NoteRecipient = 'consumer' | 'business' | 'both';

export interface NoteRequest {
  body: string;
  visibility: NoteVisibility;
  to?: NoteRecipient;
}

export const SESSION_MODES = ['in_person', 'phone', 'video', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export interface SessionRequest {
  /** RFC 3339 */
  at: string;
  mode: SessionMode;
  participants: string;
  result?: string;
}

export interface AgreementRequest {
  terms: string;
  amount_recovered?: string;
}

export interface AnswerRequest {
  body: string;
  proposed_remedy?: string;
}

export interface RatingRequest {
  score: number;
  comment?: string;
}

/** Query parameters of the case lists (inbox, my cases, business cases). */
export interface CaseListParams {
  status?: CaseStatus[];
  category?: string;
  tag?: string;
  /** a user ID, or "none" for unassigned */
  assignee?: string;
  overdue?: boolean;
  waiting_on?: WaitingOn;
  from?: string;
  to?: string;
  q?: string;
  sort?: 'received' | 'due';
  cursor?: string;
  limit?: number;
}

// ---------------------------------------------------------------- statistics

export interface KeyCount {
  key: string;
  count: number;
}

export interface StatsScope {
  association: string;
  descendants: boolean;
  /** YYYY-MM-DD */
  from: string;
  /** YYYY-MM-DD */
  to: string;
}

export interface WorkloadRow {
  user_id: number;
  name: string;
  open: number;
  closed_in_period: number;
  median_handling_days: number | null;
}

/** Counts are over the cases received in the period; open and backlog are today's open cases. */
export interface Overview {
  association: string;
  descendants: boolean;
  from: string;
  to: string;
  received: number;
  accepted: number;
  closed: number;
  open: number;
  backlog?: { label: string; count: number }[];
  by_status?: KeyCount[];
  by_outcome?: KeyCount[];
  by_category?: KeyCount[];
  by_tag?: KeyCount[];
  by_province?: KeyCount[];
  by_channel?: KeyCount[];
  per_month?: KeyCount[];
  /** 0–100 */
  accepted_in_time_pct: number | null;
  /** 0–100 */
  resolved_in_time_pct: number | null;
  /** 0–1 */
  mediation_success_rate: number | null;
  amount_involved: string;
  amount_recovered: string;
  median_days_to_accept: number | null;
  median_days_to_close: number | null;
  satisfaction_average: number | null;
  satisfaction_count: number;
  workload?: WorkloadRow[];
}

export interface BusinessStat {
  business_id: number;
  name: string;
  complaints: number;
  answered: number;
  /** 0–1 */
  answered_share: number | null;
  median_first_response_hours: number | null;
  resolved: number;
  /** 0–1 */
  resolution_rate: number | null;
}

export interface SpikeAlert {
  kind: 'category' | 'tag' | 'business' | 'collective';
  key: string;
  name: string;
  this_week: number;
  baseline: number;
  std_dev: number;
  factor: number;
  z_score: number;
  explained: string;
}

// ---------------------------------------------------------------- case library

export interface PublicCaseStudy {
  slug: string;
  title: string;
  narrative: string;
  mediator_action: string;
  lesson: string;
  tip: string;
  facts: {
    category?: string;
    category_names?: Partial<Names>;
    tags?: string[];
    region_code?: string;
    region_name?: string;
    period?: string;
    year?: number;
    amount_band?: string;
    outcome?: string;
    amount_recovered_band?: string;
    age_band?: string;
  };
  association?: AssociationRef;
  published_at?: string | null;
}

export interface CaseStudyQuery {
  q?: string;
  category?: string;
  tag?: string;
  outcome?: string;
  year?: string;
}

export interface CaseStudyPage {
  items: PublicCaseStudy[];
  total?: number;
  next_cursor?: string;
}

// ---------------------------------------------------------------- data reports

export type ReportTopicKind = 'category' | 'tag';

export interface ReportBody {
  topic_names?: Partial<Names>;
  /** an Overview without staff workload */
  figures?: Partial<Overview>;
  previous?: { from: string; to: string; received: number; mediation_success_rate: number | null; amount_recovered: string };
  /** categories of a tag, tags of a category */
  top_issues?: KeyCount[];
  top_businesses?: BusinessStat[];
  findings?: Partial<Names>[];
  tips?: Partial<Names>[];
}

export interface Report {
  id: number;
  association: AssociationRef;
  descendants: boolean;
  topic: { kind: ReportTopicKind; code: string };
  from: string;
  to: string;
  title: string;
  status: 'draft' | 'published';
  created_at: string;
  published_at: string | null;
  body?: ReportBody;
}

export interface CreateReportRequest {
  descendants: boolean;
  topic: { kind: ReportTopicKind; code: string };
  from: string;
  to: string;
  title?: string;
}

// ---------------------------------------------------------------- case studies (staff)

export const STUDY_STATUSES = ['draft', 'submitted', 'approved', 'published', 'withdrawn'] as const;
export type StudyStatus = (typeof STUDY_STATUSES)[number];

export const STUDY_ACTIONS = ['submit', 'return', 'approve', 'publish', 'withdraw'] as const;
export type StudyAction = (typeof STUDY_ACTIONS)[number];

/** What the anonymizer replaced: byte offsets into the source text, its kind, and the original. */
export interface AnonymizedSpan {
  start: number;
  end: number;
  type: string;
  text: string;
}

/** A case study as staff see it: the public text plus its workflow state. */
export interface StaffCaseStudy extends PublicCaseStudy {
  id: number;
  case_id: number;
  status: StudyStatus;
  /** k: the closed cases sharing every published attribute, outcome included; l: the outcomes a
   * study can have among the closed cases sharing all but the outcome */
  k: number;
  l: number;
  needs_review: boolean;
  review_note?: string;
  spans: AnonymizedSpan[] | null;
  version: number;
  updated_at: string;
}

/** A case study with the ETag of the version read. */
export interface VersionedStudy {
  study: StaffCaseStudy;
  etag: string;
}

export interface StudyEdit {
  title?: string;
  narrative?: string;
  mediator_action?: string;
  lesson?: string;
  tip?: string;
}

// ---------------------------------------------------------------- settings

export interface DeadlineRule {
  /** null for the platform default */
  association: string | null;
  effective_from: string;
  acceptance_days: number;
  mediation_days: number;
  business_response_days: number;
  basis: string;
}

export type DeadlineRuleRequest = Omit<DeadlineRule, 'association'>;

/** A year's exceptions to the Monday–Friday week: holidays off, make-up workdays on. */
export interface CalendarYear {
  year: number;
  holidays: string[];
  workdays: string[];
  /** the year's schedule is loaded */
  loaded?: boolean;
  loaded_years?: number[];
  /** a schedule deadlines now run into is missing; the message is in the UI language */
  warning?: { missing_year: number; message: string };
}

// ---------------------------------------------------------------- public business pages

/** What a merge of two business records moved. */
export interface BusinessMergeResult {
  merged_id: number;
  into_id: number;
  cases_moved: number;
  users_moved: number;
  uscc_moved?: string;
  merged_at: string;
}

export interface BusinessMatch {
  id: number;
  name: string;
  complaints_last_year: number;
  figures_published: boolean;
}

export interface Reputation extends BusinessStat {
  period: { from: string; to: string };
  top_categories: KeyCount[];
}

/** A notice to the signed-in user; subject and body come in the user's language. */
export interface AppNotification {
  id: number;
  case_id: number | null;
  kind: string;
  subject: string;
  body: string;
  created_at: string;
  read_at: string | null;
}

export interface NotificationPage {
  items: AppNotification[];
  /** the user's unread notices, all pages */
  unread: number;
  next_cursor?: string;
}

/** Marks the given notices, or all, as read. */
export type MarkReadRequest = { ids: number[] } | { all: true };
