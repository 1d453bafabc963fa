import type { Contact } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

type Initial = Pick<Contact, 'name' | 'role' | 'email' | 'phone'>;

const EMPTY: Initial = { name: '', role: null, email: null, phone: null };

/** Name, role, e-mail and phone of a supplier's contact person: the fields adding and editing share. */
export function useContactFields(idPrefix: string, initial: Initial = EMPTY) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial.name);
  const [role, setRole] = useState(initial.role ?? '');
  const [email, setEmail] = useState(initial.email ?? '');
  const [phone, setPhone] = useState(initial.phone ?? '');

  const values = { name: name.trim(), role: role.trim() || null, email: email.trim() || null, phone: phone.trim() || null };

  function reset() {
    setName('');
    setRole('');
    setEmail('');
    setPhone('');
  }

  function fields(error: Error | null) {
    return (
      <>
        <TextField
          id={`${idPrefix}-name`}
          label={t('fields.name')}
          required
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={fieldError(error, 'name')}
        />
        <TextField
          id={`${idPrefix}-role`}
          label={t('contacts.roleOptional')}
          hint={t('contacts.roleHint')}
          autoComplete="off"
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={fieldError(error, 'role')}
        />
        <TextField
          id={`${idPrefix}-email`}
          label={t('contacts.emailOptional')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={fieldError(error, 'email')}
        />
        <TextField
          id={`${idPrefix}-phone`}
          label={t('contacts.phoneOptional')}
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          error={fieldError(error, 'phone')}
        />
      </>
    );
  }

  return { values, fields, reset };
}
