import type { CompleteSetupRequest, SetupInfo } from '@overblik/api';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../components/ErrorAlert.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { TextField } from '../components/TextField.tsx';

type Kind = 'none' | 'kommune' | 'fællesskab';

/**
 * At the first start: the administrator's own organisation, if any — one of the municipalities, a joint
 * organisation by name (created if it does not exist), or none (an operator running the installation for others).
 */
export function useSetupOrganisation(municipalities: NonNullable<SetupInfo['municipalities']>) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('none');
  const [code, setCode] = useState('');
  const [jointName, setJointName] = useState('');
  const [missing, setMissing] = useState(false);

  /** The request's choice, or false when a chosen kind lacks its municipality or name (shown at the field). */
  function read(): CompleteSetupRequest['organisation'] | false {
    const lacking = (kind === 'kommune' && code === '') || (kind === 'fællesskab' && jointName.trim() === '');
    setMissing(lacking);
    if (lacking) return false;
    if (kind === 'kommune') return { municipalityCode: code };
    if (kind === 'fællesskab') return { jointName: jointName.trim() };
    return undefined;
  }

  function fields(error: unknown) {
    return (
      <>
        <RadioGroup
          name="setup-organisation"
          legend={t('setup.organisation.legend')}
          value={kind}
          onChange={(value) => {
            setKind(value as Kind);
            setMissing(false);
          }}
          options={[
            { value: 'kommune', label: t('setup.organisation.municipality') },
            { value: 'fællesskab', label: t('setup.organisation.joint') },
            { value: 'none', label: t('setup.organisation.none') },
          ]}
        />
        {kind === 'kommune' ? (
          <SelectField
            id="setup-municipality"
            label={t('setup.organisation.chooseMunicipality')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            options={[
              { value: '', label: t('setup.organisation.noMunicipality') },
              ...municipalities.map((m) => ({ value: m.code, label: m.name })),
            ]}
            error={
              (missing ? t('setup.organisation.municipalityMissing') : undefined) ??
              fieldError(error, 'organisation/municipalityCode')
            }
          />
        ) : null}
        {kind === 'fællesskab' ? (
          <TextField
            id="setup-joint-name"
            label={t('setup.organisation.jointName')}
            hint={t('setup.organisation.jointHint')}
            autoComplete="organization"
            value={jointName}
            onChange={(e) => setJointName(e.target.value)}
            error={(missing ? t('setup.organisation.jointMissing') : undefined) ?? fieldError(error, 'organisation/jointName')}
          />
        ) : null}
      </>
    );
  }

  return { read, fields };
}
