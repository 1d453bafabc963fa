import type { OptionListName, OptionValue } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { optionListsKey, updateOption } from '../../api/optionLists.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { RenameOptionForm } from './RenameOptionForm.tsx';

type Props = { organisationId: string; list: OptionListName; value: OptionValue; canAdminister: boolean };

export function OptionValueRow({ organisationId, list, value, canAdminister }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (!renaming && wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const toggle = useMutation({
    mutationFn: () => updateOption(organisationId, list, value.key, { disabled: !value.disabled }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: optionListsKey(organisationId) }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
      ]),
  });

  return (
    <tr>
      <td>
        {renaming ? (
          <RenameOptionForm organisationId={organisationId} list={list} value={value} onDone={() => setRenaming(false)} />
        ) : (
          value.label
        )}
      </td>
      <td>
        <code>{value.key}</code>
      </td>
      <td>{value.custom ? t('optionLists.custom') : t('optionLists.standard')}</td>
      <td>
        {value.disabled ? (
          <span className="badge badge-warning">{t('optionLists.disabled')}</span>
        ) : (
          <span className="badge badge-success">{t('optionLists.active')}</span>
        )}
      </td>
      {canAdminister ? (
        <td>
          {renaming ? null : (
            <span className="row-actions">
              <button
                ref={renameButton}
                type="button"
                className="button button-tertiary"
                aria-label={t('optionLists.renameNamed', { label: value.label })}
                onClick={() => setRenaming(true)}
              >
                {t('optionLists.rename')}
              </button>
              <button
                type="button"
                className="button button-tertiary"
                aria-label={
                  value.disabled
                    ? t('optionLists.enableNamed', { label: value.label })
                    : t('optionLists.disableNamed', { label: value.label })
                }
                disabled={toggle.isPending}
                onClick={() => toggle.mutate()}
              >
                {value.disabled ? t('optionLists.enable') : t('optionLists.disable')}
              </button>
            </span>
          )}
          {toggle.isError ? <ErrorAlert error={toggle.error} /> : null}
        </td>
      ) : null}
    </tr>
  );
}
