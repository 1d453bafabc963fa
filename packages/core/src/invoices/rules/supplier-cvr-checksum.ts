import { cvrProblem, normaliseCvr } from '../../identifiers/cvr.js';
import { type DocumentRule, deviation } from './invoice-rule.js';

/**
 * supplier_cvr_checksum (warning): the supplier's CVR fails modulus 11 or is not 8 digits (several official example
 * files do: a warning, never a refusal).
 */
export const supplierCvrChecksum: DocumentRule = ({ doc }) => {
  if (doc.supplier.cvr === null) return null;
  const problem = cvrProblem(doc.supplier.cvr);
  if (problem === null) return null;
  const cvr = normaliseCvr(doc.supplier.cvr);
  return deviation(
    'supplier_cvr_checksum',
    'warning',
    null,
    null,
    { cvr, problem },
    problem === 'checksum'
      ? `Leverandørens CVR-nummer ${cvr} består ikke modulus 11-kontrollen. Kontrollér leverandørens CVR-nummer.`
      : `Leverandørens CVR-nummer "${cvr}" er ikke et CVR-nummer på 8 cifre. Kontrollér leverandørens CVR-nummer.`,
  );
};
