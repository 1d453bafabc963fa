import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import * as Api from '@overblik/api';
import type { FastifyInstance } from 'fastify';
import { callerOf } from '../auth/authenticate.js';
import type { Deps } from '../context.js';
import { routeSchema } from '../http/route.js';
import { addOption, listOptionLists, updateOption } from '../usecases/option-lists/option-lists.js';
import { addContact, removeContact, updateContact } from '../usecases/suppliers/contacts.js';
import { createSupplier, deleteSupplier, getSupplier, listSuppliers, updateSupplier } from '../usecases/suppliers/suppliers.js';

/** The contract register: option lists, suppliers and their contacts. */
export function registerRoutes(fastify: FastifyInstance, deps: Deps) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const base = '/api/v1/organisations/:organisationId';

  const optionTags = ['Værdilister'];
  app.get(`${base}/option-lists`, {
    schema: routeSchema({
      tags: optionTags,
      summary: 'Organisationens værdilister (standardværdier med organisationens ændringer)',
      params: Api.OrganisationIdParams,
      success: [200, Api.OptionListsResponse],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listOptionLists(deps, callerOf(request), request.params.organisationId, request.locale),
  });

  app.post(`${base}/option-lists/:list`, {
    schema: routeSchema({
      tags: optionTags,
      summary: 'Tilføj en egen værdi til en værdiliste (administrator)',
      params: Api.OptionListParams,
      body: Api.AddOptionRequest,
      example: { label: 'Sikkerhedskritisk' },
      success: [201, Api.OptionValue],
      errors: ['organisation_not_found', 'forbidden'],
    }),
    handler: async (request, reply) => {
      const { organisationId, list } = request.params;
      return reply.status(201).send(await addOption(deps, callerOf(request), organisationId, list, request.body, request.locale));
    },
  });

  app.patch(`${base}/option-lists/:list/:key`, {
    schema: routeSchema({
      tags: optionTags,
      summary: 'Omdøb, deaktivér eller genaktivér en værdi (administrator)',
      params: Api.OptionValueParams,
      body: Api.UpdateOptionRequest,
      example: { label: 'Strategisk partner' },
      success: [200, Api.OptionValue],
      errors: ['organisation_not_found', 'forbidden', 'option_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, list, key } = request.params;
      return updateOption(deps, callerOf(request), organisationId, list, key, request.body, request.locale);
    },
  });

  const supplierTags = ['Leverandører'];
  app.get(`${base}/suppliers`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Leverandører med søgning, filtre, sortering og sideinddeling',
      params: Api.OrganisationIdParams,
      querystring: Api.SupplierQuery,
      success: [200, Api.SupplierPage],
      errors: ['organisation_not_found'],
    }),
    handler: async (request) => listSuppliers(deps, callerOf(request), request.params.organisationId, request.query),
  });

  app.post(`${base}/suppliers`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Opret en leverandør (dansk med CVR-nummer, udenlandsk med land og eget id)',
      params: Api.OrganisationIdParams,
      body: Api.CreateSupplierRequest,
      example: { name: 'KMD A/S', cvr: '26911745', city: 'Ballerup', classification: 'strategisk' },
      success: [201, Api.Supplier],
      errors: ['organisation_not_found', 'forbidden', 'supplier_cvr_taken'],
    }),
    handler: async (request, reply) =>
      reply.status(201).send(await createSupplier(deps, callerOf(request), request.params.organisationId, request.body)),
  });

  app.get(`${base}/suppliers/:supplierId`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'En leverandør med kontaktpersoner',
      params: Api.SupplierParams,
      success: [200, Api.SupplierWithContacts],
      errors: ['organisation_not_found', 'supplier_not_found'],
    }),
    handler: async (request) => getSupplier(deps, callerOf(request), request.params.organisationId, request.params.supplierId),
  });

  app.patch(`${base}/suppliers/:supplierId`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Ret en leverandør (udeladte felter bevares, null rydder et felt)',
      params: Api.SupplierParams,
      body: Api.UpdateSupplierRequest,
      example: { notes: 'Kontaktes via leverandørportalen.' },
      success: [200, Api.Supplier],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found', 'supplier_cvr_taken'],
    }),
    handler: async (request) =>
      updateSupplier(deps, callerOf(request), request.params.organisationId, request.params.supplierId, request.body),
  });

  app.delete(`${base}/suppliers/:supplierId`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Slet en leverandør og dens kontaktpersoner',
      params: Api.SupplierParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      await deleteSupplier(deps, callerOf(request), request.params.organisationId, request.params.supplierId);
      return reply.status(204).send();
    },
  });

  app.post(`${base}/suppliers/:supplierId/contacts`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Tilføj en kontaktperson hos leverandøren',
      params: Api.SupplierParams,
      body: Api.CreateContactRequest,
      example: { name: 'Lise Larsen', role: 'Kundeansvarlig', email: 'lise.larsen@leverandor.dk', phone: '+45 12 34 56 78' },
      success: [201, Api.Contact],
      errors: ['organisation_not_found', 'forbidden', 'supplier_not_found'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId } = request.params;
      return reply.status(201).send(await addContact(deps, callerOf(request), organisationId, supplierId, request.body));
    },
  });

  app.patch(`${base}/suppliers/:supplierId/contacts/:contactId`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Ret en kontaktperson',
      params: Api.ContactParams,
      body: Api.UpdateContactRequest,
      example: { phone: '+45 87 65 43 21' },
      success: [200, Api.Contact],
      errors: ['organisation_not_found', 'forbidden', 'contact_not_found'],
    }),
    handler: async (request) => {
      const { organisationId, supplierId, contactId } = request.params;
      return updateContact(deps, callerOf(request), organisationId, supplierId, contactId, request.body);
    },
  });

  app.delete(`${base}/suppliers/:supplierId/contacts/:contactId`, {
    schema: routeSchema({
      tags: supplierTags,
      summary: 'Fjern en kontaktperson',
      params: Api.ContactParams,
      success: [204, null],
      errors: ['organisation_not_found', 'forbidden', 'contact_not_found', 'csrf_invalid'],
    }),
    handler: async (request, reply) => {
      const { organisationId, supplierId, contactId } = request.params;
      await removeContact(deps, callerOf(request), organisationId, supplierId, contactId);
      return reply.status(204).send();
    },
  });
}
