import type { Organisation } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMay } from '../session/rights.ts';

type Step = { key: string; to: string; when: boolean };

/**
 * "Kom i gang": the next useful steps for this organisation's kind and the person's rights — a municipality's
 * editor creates or imports contracts, a joint organisation's editor its projects and populations, an
 * administrator invites colleagues and sets reminders; everyone finds the deadlines and their account.
 */
export function GettingStarted({ organisationId, kind }: { organisationId: string; kind: Organisation['kind'] | null }) {
  const { t } = useTranslation();
  const may = useMay();
  const write = may('write', organisationId);
  const admin = may('admin', organisationId);
  const joint = kind === 'fællesskab';
  const steps: Step[] = [
    { key: 'createContract', to: '/kontrakter/ny', when: write && !joint },
    { key: 'importContracts', to: '/kontrakter/import', when: write && !joint },
    { key: 'createProject', to: '/faellesprojekter/nyt', when: write && joint },
    { key: 'importPopulations', to: '/indbyggertal', when: write && joint },
    { key: 'inviteColleagues', to: '/medlemmer', when: admin },
    { key: 'reminders', to: '/indstillinger/advisering', when: admin },
    { key: 'deadlines', to: '/frister', when: !joint },
    { key: 'procurementPlan', to: '/udbudsplan', when: !joint },
    { key: 'projects', to: '/faellesprojekter', when: joint && !write },
    { key: 'tokens', to: '/tokens', when: admin },
    { key: 'account', to: '/konto', when: true },
  ];
  return (
    <>
      <h2 className="h3 mt-6">{t('home.linksHeading')}</h2>
      <ul>
        {steps
          .filter((s) => s.when)
          .map((s) => (
            <li key={s.key}>
              <Link to={s.to}>{t(`home.steps.${s.key}`)}</Link>
            </li>
          ))}
      </ul>
    </>
  );
}
