import type {
  Contract,
  ContractDeadlinesPreview,
  ContractDetails,
  ContractOption,
  ContractPage,
  ContractQuery,
  CreateContractOptionRequest,
  CreateContractRequest,
  CreatePriceElementRequest,
  DoublePurchaseReport,
  PriceElement,
  UpdateContractOptionRequest,
  UpdateContractRequest,
  UpdatePriceElementRequest,
} from '@overblik/api';
import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';

/** The list query as the web app sends it. */
export type ContractListQuery = ContractQuery;

export const contractsKey = (organisationId: string) => ['organisations', organisationId, 'contracts'] as const;

const base = (organisationId: string) => `/organisations/${organisationId}/contracts`;

export const contractsQuery = (organisationId: string, query: ContractListQuery) =>
  queryOptions({
    queryKey: [...contractsKey(organisationId), 'list', query],
    queryFn: () => api.get<ContractPage>(base(organisationId), query),
    placeholderData: (previous) => previous,
  });

export const contractQuery = (organisationId: string, contractId: string) =>
  queryOptions({
    queryKey: [...contractsKey(organisationId), contractId],
    queryFn: () => api.get<ContractDetails>(`${base(organisationId)}/${contractId}`),
  });

/** The contract's deadlines as they stand on `asOf` (a what-if: nothing is stored). */
export const contractDeadlinesQuery = (organisationId: string, contractId: string, asOf: string) =>
  queryOptions({
    queryKey: [...contractsKey(organisationId), contractId, 'deadlines', asOf],
    queryFn: () => api.get<ContractDeadlinesPreview>(`${base(organisationId)}/${contractId}/deadlines`, { asOf }),
    retry: false,
  });

export const createContract = (organisationId: string, body: CreateContractRequest) =>
  api.post<Contract>(base(organisationId), body);

export const updateContract = (organisationId: string, contractId: string, body: UpdateContractRequest) =>
  api.patch<Contract>(`${base(organisationId)}/${contractId}`, body);

export const deleteContract = (organisationId: string, contractId: string) => api.delete(`${base(organisationId)}/${contractId}`);

export const createPriceElement = (organisationId: string, contractId: string, body: CreatePriceElementRequest) =>
  api.post<PriceElement>(`${base(organisationId)}/${contractId}/price-elements`, body);

export const updatePriceElement = (
  organisationId: string,
  contractId: string,
  priceElementId: string,
  body: UpdatePriceElementRequest,
) => api.patch<PriceElement>(`${base(organisationId)}/${contractId}/price-elements/${priceElementId}`, body);

export const deletePriceElement = (organisationId: string, contractId: string, priceElementId: string) =>
  api.delete(`${base(organisationId)}/${contractId}/price-elements/${priceElementId}`);

export const createContractOption = (organisationId: string, contractId: string, body: CreateContractOptionRequest) =>
  api.post<ContractOption>(`${base(organisationId)}/${contractId}/options`, body);

export const updateContractOption = (
  organisationId: string,
  contractId: string,
  optionId: string,
  body: UpdateContractOptionRequest,
) => api.patch<ContractOption>(`${base(organisationId)}/${contractId}/options/${optionId}`, body);

export const deleteContractOption = (organisationId: string, contractId: string, optionId: string) =>
  api.delete(`${base(organisationId)}/${contractId}/options/${optionId}`);

/** Every pair of contracts that may pay twice for the same thing, across the organisation. */
export const doublePurchasesQuery = (organisationId: string) =>
  queryOptions({
    queryKey: [...contractsKey(organisationId), 'double-purchases'],
    queryFn: () => api.get<DoublePurchaseReport>(`/organisations/${organisationId}/reports/double-purchases`),
  });
