import type { FactorReason } from '@overblik/api';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { useFactorReason } from './useFactorReason.ts';

type Props = { caption: string; factors: readonly FactorReason[] };

/** The proposal's factors, each with its axis, weight, points and the facts behind them in words. */
export function FactorReasonsTable({ caption, factors }: Props) {
  const { t } = useTranslation();
  const reason = useFactorReason();
  return (
    <TableScroll>
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('segments.reasons.factor')}</th>
            <th scope="col">{t('segments.reasons.axis')}</th>
            <th scope="col" className="amount">
              {t('segments.reasons.weight')}
            </th>
            <th scope="col" className="amount">
              {t('segments.reasons.score')}
            </th>
            <th scope="col">{t('segments.reasons.why')}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((f) => (
            <tr key={f.factor}>
              <th scope="row">{t(`segments.factors.${f.factor}`)}</th>
              <td>{t(`segments.axes.${f.axis}`)}</td>
              <td className="amount">{f.weight}</td>
              <td className="amount">{f.score === null ? t('segments.reasons.notJudged') : f.score}</td>
              <td>{reason(f)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
