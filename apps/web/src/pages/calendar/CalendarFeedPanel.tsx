import type { CreatedSecretLink } from '@overblik/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CalendarFeedKind, calendarFeedsQuery, createCalendarFeed, deleteCalendarFeed } from '../../api/calendarFeeds.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { CopyableSecret } from '../../components/CopyableSecret.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useFormat } from '../../lib/format.ts';
import { useRequiredMe } from '../../session/me.ts';
import { CalendarInstructions } from './CalendarInstructions.tsx';

type Props = { organisationId: string; kind: CalendarFeedKind; idPrefix: string };

/**
 * A secret calendar address (.ics) that Outlook and other calendars subscribe to: the person's own deadlines, or all
 * the organisation's. The address is shown once when created; a new one replaces the old, which stops working.
 */
export function CalendarFeedPanel({ organisationId, kind, idPrefix }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useRequiredMe();
  const queryClient = useQueryClient();
  const feeds = useQuery(calendarFeedsQuery(organisationId));
  const [created, setCreated] = useState<CreatedSecretLink | null>(null);
  const secretId = `${idPrefix}-url`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: calendarFeedsQuery(organisationId).queryKey });
  const create = useMutation({
    mutationFn: () => createCalendarFeed(organisationId, kind),
    onSuccess: async (link) => {
      setCreated(link);
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (feedId: string) => deleteCalendarFeed(organisationId, feedId),
    onSuccess: async () => {
      setCreated(null);
      await refresh();
    },
  });
  // The new address is shown once: focus goes to it, so it can be copied at once.
  useEffect(() => {
    if (created) document.getElementById(secretId)?.focus();
  }, [created, secretId]);
  const feed = feeds.data?.items.find((f) => f.kind === kind && (kind === 'organisation' || f.userId === me.user.id));

  return (
    <>
      {created ? (
        <>
          <CopyableSecret
            id={secretId}
            label={t('calendarFeeds.urlLabel')}
            value={created.url}
            warning={t('calendarFeeds.urlWarning')}
          />
          <CalendarInstructions />
        </>
      ) : null}
      {feeds.isPending ? <Loading /> : null}
      {feeds.isError ? <ErrorAlert error={feeds.error} /> : null}
      {feeds.isSuccess ? (
        <p role="status">
          {feed
            ? t('calendarFeeds.active', {
                created: format.dateTime(feed.createdAt),
                used: feed.lastUsedAt ? format.dateTime(feed.lastUsedAt) : t('calendarFeeds.neverUsed'),
              })
            : t('calendarFeeds.none')}
        </p>
      ) : null}
      <ErrorAlert error={create.error ?? revoke.error} />
      {feeds.isSuccess ? (
        <div className="button-row">
          {feed ? (
            <>
              <ConfirmAction
                label={t('calendarFeeds.replace')}
                question={t('calendarFeeds.replaceQuestion')}
                confirmLabel={t('calendarFeeds.replaceConfirm')}
                pending={create.isPending}
                onConfirm={() => create.mutate()}
              />
              <ConfirmAction
                label={t('calendarFeeds.revoke')}
                question={t('calendarFeeds.revokeQuestion')}
                confirmLabel={t('calendarFeeds.revokeConfirm')}
                pending={revoke.isPending}
                onConfirm={() => revoke.mutate(feed.id)}
              />
            </>
          ) : (
            <button type="button" className="button button-primary" disabled={create.isPending} onClick={() => create.mutate()}>
              {t('calendarFeeds.create')}
            </button>
          )}
        </div>
      ) : null}
    </>
  );
}
