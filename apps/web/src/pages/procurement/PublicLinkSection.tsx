import type { CreatedSecretLink, ProcurementPlan } from '@overblik/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPublicPlanLink, deletePublicPlanLink, procurementPlanKey } from '../../api/procurementPlan.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { CopyableSecret } from '../../components/CopyableSecret.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = { organisationId: string; publicLink: ProcurementPlan['publicLink'] };

const SECRET_ID = 'public-plan-url';

/**
 * "Offentligt link" (administrators): the plan without amounts or people, for anyone with the secret address (e.g.
 * suppliers or the organisation's website). The address is shown once; a new one replaces the old.
 */
export function PublicLinkSection({ organisationId, publicLink }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedSecretLink | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: procurementPlanKey(organisationId) });
  const create = useMutation({
    mutationFn: () => createPublicPlanLink(organisationId),
    onSuccess: async (link) => {
      setCreated(link);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => deletePublicPlanLink(organisationId),
    onSuccess: async () => {
      setCreated(null);
      await refresh();
    },
  });
  // The new address is shown once: focus goes to it, so it can be copied at once.
  useEffect(() => {
    if (created) document.getElementById(SECRET_ID)?.focus();
  }, [created]);
  return (
    <section aria-labelledby="public-plan-heading" className="mt-7">
      <h2 id="public-plan-heading">{t('procurement.publicLink.heading')}</h2>
      <p>{t('procurement.publicLink.intro')}</p>
      {created ? (
        <CopyableSecret
          id={SECRET_ID}
          label={t('procurement.publicLink.urlLabel')}
          value={created.url}
          warning={t('procurement.publicLink.urlWarning')}
        />
      ) : null}
      <p role="status">
        {publicLink.active
          ? t('procurement.publicLink.active', { created: format.dateTime(publicLink.createdAt) })
          : t('procurement.publicLink.none')}
      </p>
      <ErrorAlert error={create.error ?? revoke.error} />
      <div className="button-row">
        {publicLink.active ? (
          <>
            <ConfirmAction
              label={t('procurement.publicLink.replace')}
              question={t('procurement.publicLink.replaceQuestion')}
              confirmLabel={t('calendarFeeds.replaceConfirm')}
              pending={create.isPending}
              onConfirm={() => create.mutate()}
            />
            <ConfirmAction
              label={t('procurement.publicLink.revoke')}
              question={t('procurement.publicLink.revokeQuestion')}
              confirmLabel={t('calendarFeeds.revokeConfirm')}
              pending={revoke.isPending}
              onConfirm={() => revoke.mutate()}
            />
          </>
        ) : (
          <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => create.mutate()}>
            {t('procurement.publicLink.create')}
          </button>
        )}
      </div>
    </section>
  );
}
