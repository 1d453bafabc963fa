import type { SupplierWithContacts } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { AddContactForm } from './AddContactForm.tsx';
import { ContactRow } from './ContactRow.tsx';

type Props = { supplier: SupplierWithContacts; canWrite: boolean };

export function ContactsSection({ supplier, canWrite }: Props) {
  const { t } = useTranslation();
  const columns = canWrite ? 5 : 4;
  return (
    <section aria-labelledby="contacts-heading" className="mt-7">
      <h2 id="contacts-heading">{t('contacts.heading')}</h2>
      {supplier.contacts.length === 0 ? (
        <p>{t('contacts.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('contacts.tableCaption', { name: supplier.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('contacts.role')}</th>
                <th scope="col">{t('contacts.email')}</th>
                <th scope="col">{t('contacts.phone')}</th>
                {canWrite ? <th scope="col">{t('common.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {supplier.contacts.map((c) => (
                <ContactRow
                  key={c.id}
                  organisationId={supplier.organisationId}
                  contact={c}
                  canWrite={canWrite}
                  columns={columns}
                />
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {canWrite ? <AddContactForm organisationId={supplier.organisationId} supplierId={supplier.id} /> : null}
    </section>
  );
}
