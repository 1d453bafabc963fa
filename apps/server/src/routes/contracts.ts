import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import {
  createContractOption,
  deleteContractOption,
  listContractOptions,
  updateContractOption,
} from '../usecases/contracts/contract-options.js';
import { createContract, deleteContract, getContract, listContracts, updateContract } from '../usecases/contracts/contracts.js';
import { previewContractDeadlines } from '../usecases/contracts/deadline-preview.js';
import { doublePurchaseReport } from '../usecases/contracts/double-purchases.js';
import {
  createPriceElement,
  deletePriceElement,
  listPriceElements,
  updatePriceElement,
} from '../usecases/contracts/price-elements.js';

const exampleContract: Api.CreateContractRequest = {
  number: 'K-2025-014',
  name: 'Økonomisystem',
  supplierId: '7d5f0f0e-4a63-4b8e-9f43-2f0a4e1b8c11',
  contractType: 'hovedkontrakt',
  template: 'k02',
  procurementForm: 'ski_aftale',
  skiAgreementNumber: '02.19',
  agreementElements: ['licens', 'drift'],
  inForceFrom: '2025-01-01',
  termKind: 'months',
  termMonths: 48,
  noticeMonths: 6,
  noticePeriodEnd: 'quarter',
  renewal: 'none',
  annualCost: '1250000.00',
  priceRegulation: 'index',
  priceIndex: 'nettoprisindeks',
  priceIndexBaseMonth: '2024-10',
  priceRegulationDate: '01-01',
  priceRegulationCapPercent: '3',
};

/** Contracts with their price elements and options, and the double-purchase report. */
export function contractRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';
  const tags = ['Kontrakter'];

  app.get(`${base}/contracts`, {
    schema: routeSchema({
      tags,
      summary: 'Kontrakter med søgning, filtre, sortering på enhver kolonne og sideinddeling',
      params: Api.OrganisationIdParams,
      querystring: Api.ContractQuery,
      success: [200, Api.ContractPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listContracts(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/contracts`, {
    schema: routeSchema({
      tags,
      summary: 'Opret en kontrakt (status og slutdato beregnes ud fra datoerne)',
      params: Api.OrganisationIdParams,
      body: Api.CreateContractRequest,
      example: exampleContract,
      success: [201, Api.Contract],
      errors: ['organisation_not_found', 'forbidden', 'contract_number_taken', 'contract_parent_invalid'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createContract(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.get(`${base}/contracts/:contractId`, {
    schema: routeSchema({
      tags,
      summary: 'En kontrakt med overordnet kontrakt, tillæg, priselementer, optioner og advarsler om dobbeltkøb',
      params: Api.ContractParams,
      success: [200, Api.ContractDetails],
      errors: ['organisation_not_found', 'contract_not_found'],
    }),
    handler: async (request) => getContract(deps, callerOf(request), request.params.organisationId, request.params.contractId),
  });

  app.patch(`${base}/contracts/:contractId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en kontrakt (udeladte felter bevares, null rydder et felt, lister erstattes helt)',
      params: Api.ContractParams,
      body: Api.UpdateContractRequest,
      example: { terminationGivenOn: '2026-03-20', terminationEffectiveOn: '2026-09-30' },
      success: [200, Api.Contract],
      errors: ['organisation_not_found', 'forbidden', 'contract_not_found', 'contract_number_taken', 'contract_parent_invalid'],
    }),
    handler: async (request) =>
      updateContract(deps, callerOf(request), request.params.organisationId, request.params.contractId, request.body),
  });

  app.delete(`${base}/contracts/:contractId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en kontrakt med dens priselementer, optioner og ansvarlige',
      params: Api.ContractParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'contract_not_found', 'contract_has_children', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteContract(deps, callerOf(request), request.params.organisationId, request.params.contractId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/contracts/:contractId/deadlines`, {
    schema: routeSchema({
      tags,
      summary: 'Kontraktens frister, optionsfrister og afledte aktiviteter, som de står på en valgt dag (hvad nu hvis)',
      description:
        'Computed from the terms for asOf (default today) by the rules in docs/deadlines.md, with the same Danish explanation as the contract; nothing is stored or audited. A day outside the accepted range is a 400 (date_out_of_range).',
      params: Api.ContractParams,
      querystring: Api.ContractDeadlinesQuery,
      queryExample: { asOf: '2027-03-01' },
      success: [200, Api.ContractDeadlinesPreview],
      errors: ['organisation_not_found', 'contract_not_found'],
    }),
    handler: async (request) =>
      previewContractDeadlines(deps, callerOf(request), request.params.organisationId, request.params.contractId, request.query),
  });

  app.get(`${base}/price-elements`, {
    schema: routeSchema({
      tags,
      summary: 'Priselementer på tværs af kontrakter (til integrationer, med changedSince)',
      params: Api.OrganisationIdParams,
      querystring: Api.ChildListQuery,
      success: [200, Api.PriceElementPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listPriceElements(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/contracts/:contractId/price-elements`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj et priselement til kontrakten',
      params: Api.ContractParams,
      body: Api.CreatePriceElementRequest,
      example: {
        number: '1.1',
        name: 'Licens pr. bruger',
        unitCode: 'EA',
        unitPrice: '1234.50',
        quantity: '250',
        recurrence: 'yearly',
        validFrom: '2025-01-01',
        accountCoding: '06.45.51-2-2',
      },
      success: [201, Api.PriceElement],
      errors: ['organisation_not_found', 'forbidden', 'contract_not_found', 'price_element_number_taken'],
    }),
    handler: async (request, reply) => {
      const { organisationId, contractId } = request.params;
      return reply.status(201).send(await createPriceElement(deps, callerOf(request), organisationId, contractId, request.body));
    },
  });

  app.patch(`${base}/contracts/:contractId/price-elements/:priceElementId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret et priselement',
      params: Api.PriceElementParams,
      body: Api.UpdatePriceElementRequest,
      example: { unitPrice: '1271.54', validFrom: '2026-01-01' },
      success: [200, Api.PriceElement],
      errors: ['organisation_not_found', 'forbidden', 'price_element_not_found', 'price_element_number_taken'],
    }),
    handler: async (request) => {
      const { organisationId, contractId, priceElementId } = request.params;
      return updatePriceElement(deps, callerOf(request), organisationId, contractId, priceElementId, request.body);
    },
  });

  app.delete(`${base}/contracts/:contractId/price-elements/:priceElementId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet et priselement',
      params: Api.PriceElementParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'price_element_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, contractId, priceElementId } = request.params;
      await deletePriceElement(deps, callerOf(request), organisationId, contractId, priceElementId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/contract-options`, {
    schema: routeSchema({
      tags,
      summary: 'Optioner på tværs af kontrakter (til integrationer, med changedSince)',
      params: Api.OrganisationIdParams,
      querystring: Api.ChildListQuery,
      success: [200, Api.ContractOptionPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listContractOptions(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/contracts/:contractId/options`, {
    schema: routeSchema({
      tags,
      summary: 'Tilføj en option (forlængelse N × M måneder eller køb); en udnyttet forlængelse flytter slutdatoen',
      params: Api.ContractParams,
      body: Api.CreateContractOptionRequest,
      example: { kind: 'extension', periods: 2, periodMonths: 12, leadTimeMonths: 3, description: 'Option på 2 × 12 måneder' },
      success: [201, Api.ContractOption],
      errors: ['organisation_not_found', 'forbidden', 'contract_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId, contractId } = request.params;
      return reply
        .status(201)
        .send(await createContractOption(deps, callerOf(request), organisationId, contractId, request.body));
    },
  });

  app.patch(`${base}/contracts/:contractId/options/:optionId`, {
    schema: routeSchema({
      tags,
      summary: 'Ret en option, fx når den udnyttes',
      params: Api.ContractOptionParams,
      body: Api.UpdateContractOptionRequest,
      example: { exercisedPeriods: 1, exercisedOn: '2026-09-15' },
      success: [200, Api.ContractOption],
      errors: ['organisation_not_found', 'forbidden', 'contract_option_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, contractId, optionId } = request.params;
      return updateContractOption(deps, callerOf(request), organisationId, contractId, optionId, request.body);
    },
  });

  app.delete(`${base}/contracts/:contractId/options/:optionId`, {
    schema: routeSchema({
      tags,
      summary: 'Slet en option',
      params: Api.ContractOptionParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'contract_option_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, contractId, optionId } = request.params;
      await deleteContractOption(deps, callerOf(request), organisationId, contractId, optionId);
      return reply.status(204).send();
    },
  });

  app.get(`${base}/reports/double-purchases`, {
    schema: routeSchema({
      tags,
      summary: 'Mulige dobbeltkøb: kontrakter i kraft samtidig med samme leverandør eller samme system og aftaleelement',
      params: Api.OrganisationIdParams,
      success: [200, Api.DoublePurchaseReport],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => doublePurchaseReport(deps, callerOf(request), request.params.organisationId),
  });
}
