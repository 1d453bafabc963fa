import type {
  ChangePasswordRequest,
  CompleteSetupRequest,
  LoginRequest,
  Me,
  PasswordResetRequest,
  SetupInfo,
  UpdateMeRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

export const login = (body: LoginRequest) => api.post<Me>('/auth/login', body);
export const logout = () => api.post<void>('/auth/logout');
export const completeSetup = (body: CompleteSetupRequest) => api.post<Me>('/auth/setup', body);
export const requestPasswordReset = (body: PasswordResetRequest) => api.post<void>('/auth/password-reset', body);
export const changePassword = (body: ChangePasswordRequest) => api.post<void>('/auth/password', body);
export const updateMe = (body: UpdateMeRequest) => api.patch<Me>('/me', body);

export const setupInfoQuery = (token: string) =>
  queryOptions({
    queryKey: ['setup', token],
    queryFn: () => api.get<SetupInfo>('/auth/setup', { token }),
    retry: false,
  });
