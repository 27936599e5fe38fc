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
