import type { CreateTokenRequest, CreateTokenResponse } from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import type { ApiTokenList } from './types.ts';

export const tokensQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['tokens', organisationId],
    queryFn: () => api.get<ApiTokenList>('/tokens', { organisationId }),
  });

export const createToken = (body: CreateTokenRequest) => api.post<CreateTokenResponse>('/tokens', body);

export const revokeToken = (tokenId: string) => api.delete(`/tokens/${tokenId}`);
