import { useTranslation } from 'react-i18next';
import { BackLink } from '../../components/BackLink.tsx';
import { NoAccess } from '../../components/NoAccess.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useMay } from '../../session/rights.ts';
import { CostProjectForm } from './CostProjectForm.tsx';
import { JointOnly } from './JointOnly.tsx';

/** "Opret projekt": a new joint project with its model and members. */
export function NewCostProjectPage() {
  const { t } = useTranslation();
  const may = useMay();
  const heading = <PageHeading title={t('costs.projects.createTitle')}>{t('costs.projects.createTitle')}</PageHeading>;
  return (
    <>
      <BackLink to="/faellesprojekter">{t('costs.projects.backToList')}</BackLink>
      <JointOnly heading={heading}>
        {(id) => (
          <>
            {heading}
            {may('write', id) ? (
              <>
                <p className="font-lead">{t('costs.projects.createIntro')}</p>
                <CostProjectForm key={id} organisationId={id} />
              </>
            ) : (
              <NoAccess heading={t('costs.projects.noWriteRight')} />
            )}
          </>
        )}
      </JointOnly>
    </>
  );
}
