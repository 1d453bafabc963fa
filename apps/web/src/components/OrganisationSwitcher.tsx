import chevronDown from 'dkfds-dist/img/svg-icons/chevron-down.svg';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../session/currentOrganisation.ts';
import { useRequiredMe } from '../session/me.ts';
import { OrganisationPicker } from './OrganisationPicker.tsx';
import { OrganisationSelect } from './OrganisationSelect.tsx';

/**
 * The organisation worked in, under the service name: its name; a choice for a person with more than one
 * organisation; a search over every organisation for a system administrator.
 */
export function OrganisationSwitcher() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const current = useCurrentOrganisation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  useEffect(() => {
    if (open) panelRef.current?.querySelector('input')?.focus();
  }, [open]);

  const name = current.membership?.organisationName ?? current.organisation?.name;

  if (!me.user.isSystemAdmin) {
    if (me.memberships.length < 2) return <p className="authority-name">{name ?? t('organisationSwitch.none')}</p>;
    return <OrganisationSelect memberships={me.memberships} value={current.organisationId} onChange={current.select} />;
  }

  function close() {
    setOpen(false);
    toggleRef.current?.focus();
  }

  return (
    <div className="organisation-switch">
      <button
        ref={toggleRef}
        type="button"
        className="function-link organisation-switch-toggle"
        aria-expanded={open}
        aria-controls="organisation-picker-panel"
        onClick={() => setOpen(!open)}
      >
        {name ? (
          <>
            <span className="sr-only">{t('organisationSwitch.label')}: </span>
            <span className="organisation-switch-name">{name}</span>
            <span className="sr-only"> ({t('organisationSwitch.changeShort')})</span>
          </>
        ) : (
          t('organisationSwitch.choose')
        )}
        <img className="icon-svg" src={chevronDown} alt="" aria-hidden="true" />
      </button>
      {open ? (
        <section
          id="organisation-picker-panel"
          ref={panelRef}
          className="organisation-picker-panel"
          aria-label={t('organisationSwitch.choose')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <OrganisationPicker
            idPrefix="header-organisation"
            currentId={current.organisationId}
            onPick={(id) => {
              current.select(id);
              close();
            }}
          />
          <button type="button" className="button button-tertiary" onClick={close}>
            {t('common.close')}
          </button>
        </section>
      ) : null}
    </div>
  );
}
