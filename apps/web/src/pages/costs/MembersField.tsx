import type { MunicipalityList } from '@overblik/api';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { addAllMembers, type MemberRow, newMemberRow } from './costProjectForm.ts';

type Municipality = MunicipalityList['items'][number];

type Props = {
  rows: readonly MemberRow[];
  onChange: (rows: MemberRow[]) => void;
  municipalities: readonly Municipality[];
  /** Where new members start: the first day of the period. */
  periodStart: string;
  errorFor: (path: string) => string | undefined;
};

/** A control in a table cell: its label for screen readers only (the column heading says it to everyone). */
function Cell({ id, label, error, children }: { id: string; label: string; error: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <td className={error ? 'form-error' : undefined}>
      <label className="sr-only" htmlFor={id}>
        {label}
      </label>
      {children}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      ) : null}
    </td>
  );
}

const described = (id: string, error: string | undefined) => ({
  'aria-invalid': error ? (true as const) : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

/**
 * The members: each municipality (by kommunekode), the day the system is made available to it, its bølge, whether
 * it is a pilotkommune, and its udtræden. "Tilføj alle 98" adds every municipality not yet a member.
 */
export function MembersField({ rows, onChange, municipalities, periodStart, errorFor }: Props) {
  const { t } = useTranslation();
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const change = (key: number, patch: Partial<MemberRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const options = municipalities.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }));
  return (
    <fieldset className="mt-5">
      <legend className="h3">{t('costs.members.heading')}</legend>
      <p className="form-hint">{t('costs.members.hint')}</p>
      {rows.length === 0 ? (
        <p>{t('costs.members.none')}</p>
      ) : (
        <TableScroll>
          <table className="table table--compact">
            <caption className="sr-only">{t('costs.members.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('costs.columns.municipality')}</th>
                <th scope="col">{t('costs.columns.availableFrom')}</th>
                <th scope="col">{t('costs.columns.wave')}</th>
                <th scope="col">{t('costs.columns.pilot')}</th>
                <th scope="col">{t('costs.columns.exitOn')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const at = `$.members[${index}]`;
                const chosen = byCode.get(row.municipalityCode);
                const name = chosen ? chosen.name : t('costs.members.rowN', { n: index + 1 });
                const id = (field: string) => `cost-member-${row.key}-${field}`;
                const codeError = errorFor(`${at}.municipalityCode`) ?? errorFor(at);
                const fromError = errorFor(`${at}.availableFrom`);
                const waveError = errorFor(`${at}.wave`);
                const exitError = errorFor(`${at}.exitOn`);
                return (
                  <tr key={row.key}>
                    <Cell id={id('code')} label={t('costs.members.municipalityFor', { n: index + 1 })} error={codeError}>
                      <select
                        id={id('code')}
                        className="form-select"
                        value={row.municipalityCode}
                        onChange={(e) => change(row.key, { municipalityCode: e.target.value })}
                        {...described(id('code'), codeError)}
                      >
                        <option value="">{t('costs.members.choose')}</option>
                        {/* A code no longer in the list (or not yet loaded) is still shown as chosen. */}
                        {row.municipalityCode && !chosen ? (
                          <option value={row.municipalityCode}>{row.municipalityCode}</option>
                        ) : null}
                        {options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </Cell>
                    <Cell id={id('from')} label={t('costs.members.availableFromFor', { name })} error={fromError}>
                      <input
                        id={id('from')}
                        type="date"
                        className="form-input"
                        value={row.availableFrom}
                        onChange={(e) => change(row.key, { availableFrom: e.target.value })}
                        {...described(id('from'), fromError)}
                      />
                    </Cell>
                    <Cell id={id('wave')} label={t('costs.members.waveFor', { name })} error={waveError}>
                      <input
                        id={id('wave')}
                        className="form-input input-width-xs"
                        autoComplete="off"
                        maxLength={40}
                        value={row.wave}
                        onChange={(e) => change(row.key, { wave: e.target.value })}
                        {...described(id('wave'), waveError)}
                      />
                    </Cell>
                    <td>
                      <div className="form-group-checkbox">
                        <input
                          id={id('pilot')}
                          type="checkbox"
                          className="form-checkbox"
                          checked={row.pilot}
                          onChange={(e) => change(row.key, { pilot: e.target.checked })}
                        />
                        <label className="form-label" htmlFor={id('pilot')}>
                          <span className="sr-only">{t('costs.members.pilotFor', { name })}</span>
                        </label>
                      </div>
                    </td>
                    <Cell id={id('exit')} label={t('costs.members.exitOnFor', { name })} error={exitError}>
                      <input
                        id={id('exit')}
                        type="date"
                        className="form-input"
                        value={row.exitOn}
                        onChange={(e) => change(row.key, { exitOn: e.target.value })}
                        {...described(id('exit'), exitError)}
                      />
                    </Cell>
                    <td>
                      <button
                        type="button"
                        className="button button-tertiary"
                        aria-label={t('costs.members.removeNamed', { name })}
                        onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                      >
                        {t('costs.members.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <div className="button-row mt-3">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange([...rows, newMemberRow(rows, '', periodStart)])}
        >
          {t('costs.members.add')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={municipalities.length === 0}
          onClick={() =>
            onChange(
              addAllMembers(
                rows,
                municipalities.map((m) => m.code),
                periodStart,
              ),
            )
          }
        >
          {t('costs.members.addAll', { n: municipalities.length || 98 })}
        </button>
      </div>
    </fieldset>
  );
}
