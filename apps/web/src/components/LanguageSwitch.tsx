import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { updateMe } from '../api/auth.ts';
import { applyLanguage, isLanguage } from '../i18n/i18n.ts';
import { rememberMe, useMe } from '../session/me.ts';

/** "Sprog"/"Language": switches the UI, remembers it in the browser and, when signed in, on the person. */
export function LanguageSwitch({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();

  async function change(value: string) {
    if (!isLanguage(value)) return;
    await applyLanguage(value);
    if (me && me.user.locale !== value) {
      try {
        rememberMe(queryClient, await updateMe({ locale: value }));
      } catch {
        // The browser keeps the choice even if saving it on the account failed.
      }
    }
  }

  return (
    <div className="language-switch">
      <label className="form-label" htmlFor={id}>
        {t('layout.language')}
      </label>
      <select id={id} className="form-select" value={i18n.language} onChange={(e) => void change(e.target.value)}>
        <option value="da" lang="da">
          Dansk
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </div>
  );
}
