import { api } from './client';
import type {
  AddMemberRequest,
  AddMemberResponse,
  Association,
  ChangePasswordRequest,
  ListResponse,
  LoginRequest,
  LoginResponse,
  Me,
  Member,
  Role,
} from './types';

const seg = encodeURIComponent;

export const authApi = {
  login: (body: LoginRequest) => api<LoginResponse>('/api/v1/auth/login', { method: 'POST', body }),
  logout: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
};

export const meApi = {
  get: (signal?: AbortSignal) => api<Me>('/api/v1/me', { signal }),
  changePassword: (body: ChangePasswordRequest) =>
    api<void>('/api/v1/me/password', { method: 'POST', body }),
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
