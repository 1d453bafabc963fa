import { type DocumentRule, deviation } from './invoice-rule.js';

/** not_addressed_to_organisation (error): the buyer is not the organisation (`matchBuyer`). */
export const notAddressedToOrganisation: DocumentRule = ({ match }) =>
  match.buyer.matched ? null : deviation('not_addressed_to_organisation', 'error', null, null, {}, match.buyer.explanation);
