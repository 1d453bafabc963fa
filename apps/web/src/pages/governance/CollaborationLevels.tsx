import type { CollaborationLevel } from '@overblik/api';
import { calendarDateInDenmark, escalationDeadlines, mirrorParticipants } from '@overblik/core';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFormat } from '../../lib/format.ts';

type Props = { levels: readonly CollaborationLevel[]; supplierName: string };

/**
 * The levels of a collaboration organisation, top first: the forum and how often it meets, our people and the
 * supplier's contacts side by side (paired by role), and the latest day an issue raised today at the bottom
 * level is escalated each step up.
 */
export function CollaborationLevels({ levels, supplierName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const top = levels[0];
  const steps =
    levels.length === 0
      ? []
      : escalationDeadlines(calendarDateInDenmark(new Date()), levels.length - 1, {
          levels: levels.map((l) => ({ name: l.name, escalationDays: l.escalationDays })),
          bodyName: top?.escalationBodyName ?? null,
        });
  return (
    <>
      {levels.map((level) => {
        const rows = mirrorParticipants(
          level.participants.filter((p) => p.side === 'ours'),
          level.participants.filter((p) => p.side === 'theirs'),
        );
        const headingId = `level-${level.id}`;
        return (
          <section key={level.id} aria-labelledby={headingId} className="mt-6">
            <h3 id={headingId}>{level.name}</h3>
            <p>
              {level.forum
                ? t('governance.collaboration.forumLine', {
                    forum: level.forum,
                    meetings: level.meetingsPerYear ?? '–',
                  })
                : t('governance.collaboration.noForum')}{' '}
              {level.escalationDays !== null
                ? t('governance.collaboration.escalationLine', { days: level.escalationDays })
                : null}
            </p>
            {rows.length === 0 ? (
              <p>{t('governance.collaboration.noParticipants')}</p>
            ) : (
              <TableScroll>
                <table className="table table--compact">
                  <caption className="sr-only">
                    {t('governance.collaboration.mirrorCaption', { level: level.name, supplier: supplierName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('governance.collaboration.ourRole')}</th>
                      <th scope="col">{t('governance.collaboration.ourPerson')}</th>
                      <th scope="col">{t('governance.collaboration.theirPerson')}</th>
                      <th scope="col">{t('governance.collaboration.theirRole')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={`${row.ours?.id ?? ''}-${row.theirs?.id ?? ''}`}>
                        <td>{row.ours?.role ?? '–'}</td>
                        <td>{row.ours?.name ?? '–'}</td>
                        <td>{row.theirs?.name ?? '–'}</td>
                        <td>{row.theirs?.role ?? '–'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>
        );
      })}
      {steps.length > 0 ? (
        <section aria-labelledby="escalation-path-heading" className="mt-6">
          <h3 id="escalation-path-heading">{t('governance.collaboration.pathHeading')}</h3>
          <TableScroll>
            <table className="table table--compact">
              <caption className="sr-only">{t('governance.collaboration.pathCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('governance.collaboration.from')}</th>
                  <th scope="col">{t('governance.collaboration.to')}</th>
                  <th scope="col">{t('governance.collaboration.days')}</th>
                  <th scope="col">{t('governance.collaboration.latestOn')}</th>
                </tr>
              </thead>
              <tbody>
                {steps.map((s) => (
                  <tr key={`${s.from}-${s.to}`}>
                    <td>{s.from}</td>
                    <td>{s.to}</td>
                    <td>{s.days ?? '–'}</td>
                    <td>{s.latestOn ? format.day(s.latestOn) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  );
}
