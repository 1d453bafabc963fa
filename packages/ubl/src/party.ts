import type { EInvoiceParty, SchemedId } from '@overblik/core';
import { cvrOf, glnOf } from './identifiers.js';
import { first, type Place, routesOf, Scope } from './scope.js';
import { type Leaf, schemed, text } from './values.js';

const PARTY_ROUTES = routesOf(
  [
    'cbc:EndpointID',
    'cac:PartyIdentification/cbc:ID',
    'cac:PartyName/cbc:Name',
    'cac:PartyLegalEntity/cbc:RegistrationName',
    'cac:PartyLegalEntity/cbc:CompanyID',
    'cac:PartyTaxScheme/cbc:CompanyID',
    'cac:Contact/cbc:ID',
    'cac:Contact/cbc:Name',
    'cac:Contact/cbc:ElectronicMail',
  ],
  ['cac:Contact'],
);

/** cac:AccountingSupplierParty/cac:Party or cac:AccountingCustomerParty/cac:Party. */
export class PartyScope extends Scope {
  readonly routes = PARTY_ROUTES;
  private endpoint: SchemedId | null = null;
  private readonly identifiers: SchemedId[] = [];
  private readonly legalIds: SchemedId[] = [];
  private readonly taxIds: SchemedId[] = [];
  private partyName: string | null = null;
  private registrationName: string | null = null;
  private hasContact = false;
  private readonly contact: { id: string | null; name: string | null; email: string | null } = {
    id: null,
    name: null,
    email: null,
  };

  constructor(private readonly done: (party: EInvoiceParty) => void) {
    super();
  }

  override enter(path: string, _place: () => Place): Scope | null {
    if (path === 'cac:Contact') this.hasContact = true;
    return null;
  }

  leaf(path: string, leaf: Leaf): void {
    const c = this.contact;
    switch (path) {
      case 'cbc:EndpointID':
        this.endpoint = first(this.endpoint, () => schemed(leaf));
        break;
      case 'cac:PartyIdentification/cbc:ID':
        push(this.identifiers, schemed(leaf));
        break;
      case 'cac:PartyName/cbc:Name':
        this.partyName = first(this.partyName, () => text(leaf));
        break;
      case 'cac:PartyLegalEntity/cbc:RegistrationName':
        this.registrationName = first(this.registrationName, () => text(leaf));
        break;
      case 'cac:PartyLegalEntity/cbc:CompanyID':
        push(this.legalIds, schemed(leaf));
        break;
      case 'cac:PartyTaxScheme/cbc:CompanyID':
        push(this.taxIds, schemed(leaf));
        break;
      case 'cac:Contact/cbc:ID':
        c.id = first(c.id, () => text(leaf));
        break;
      case 'cac:Contact/cbc:Name':
        c.name = first(c.name, () => text(leaf));
        break;
      case 'cac:Contact/cbc:ElectronicMail':
        c.email = first(c.email, () => text(leaf));
        break;
    }
  }

  override close(): void {
    const { endpoint, identifiers, legalIds, taxIds } = this;
    this.done({
      name: this.partyName ?? this.registrationName,
      endpoint,
      identifiers,
      legalIds,
      taxIds,
      cvr: cvrOf([endpoint, ...legalIds, ...identifiers, ...taxIds]),
      gln: glnOf([endpoint, ...identifiers]),
      contact: this.hasContact ? this.contact : null,
    });
  }
}

function push(list: SchemedId[], id: SchemedId | null): void {
  if (id) list.push(id);
}
