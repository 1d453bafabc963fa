import type { AuditEvent, AuditObject } from '@overblik/api';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** An object's own page, where it has one and still exists. */
function ObjectLink({ object, children }: { object: AuditObject; children: React.ReactNode }) {
  if (object.deleted) return <>{children}</>;
  switch (object.type) {
    case 'contract':
      return (
        <Link to="/kontrakter/$contractId" params={{ contractId: object.id }}>
          {children}
        </Link>
      );
    case 'supplier':
      return (
        <Link to="/leverandoerer/$supplierId" params={{ supplierId: object.id }}>
          {children}
        </Link>
      );
    case 'invoice':
      return (
        <Link to="/fakturaer/$invoiceId" params={{ invoiceId: object.id }}>
          {children}
        </Link>
      );
    case 'cost_project':
      return (
        <Link to="/faellesprojekter/$projectId" params={{ projectId: object.id }}>
          {children}
        </Link>
      );
    case 'membership':
    case 'invitation':
      return <Link to="/medlemmer">{children}</Link>;
    case 'api_token':
      return <Link to="/tokens">{children}</Link>;
    default:
      return <>{children}</>;
  }
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('da') + text.slice(1);

/** "Kontrakt K-12 Økonomisystem", "Priselement Licens (slettet)": an object in words. */
export function useObjectWords(): (object: AuditObject) => string {
  const { t } = useTranslation();
  return (object) => {
    const type = capitalised(t(`audit.entityTypes.${object.type}`, { defaultValue: object.type }));
    const words = object.name ? `${type} ${object.name}` : type;
    return object.deleted ? `${words} (${t('audit.deleted')})` : words;
  };
}

/** An object's type, name and whether it is deleted, as a link where it has a page. */
function ObjectWords({ object }: { object: AuditObject }) {
  const { t } = useTranslation();
  const type = capitalised(t(`audit.entityTypes.${object.type}`, { defaultValue: object.type }));
  return (
    <>
      <ObjectLink object={object}>
        <span className="audit-object-type">{type}</span>
        {object.name ? ` ${object.name}` : null}
      </ObjectLink>
      {object.deleted ? ` (${t('audit.deleted')})` : null}
    </>
  );
}

type Props = { subject: AuditEvent['subject']; filterable: boolean };

/** The object an event concerns, and what it belongs to, in words with links; and a filter to its events alone. */
export function AuditObjectCell({ subject, filterable }: Props) {
  const { t } = useTranslation();
  const words = useObjectWords();
  const { parent, ...own } = subject;
  return (
    <>
      <ObjectWords object={own} />
      {parent ? (
        <div className="audit-parent">
          <ObjectWords object={parent} />
        </div>
      ) : null}
      {filterable ? (
        <div>
          <Link
            to="/log"
            search={{ entityType: own.type, entityId: own.id }}
            className="form-hint"
            aria-label={t('audit.onlyThisLabel', { object: words(own) })}
          >
            {t('audit.onlyThis')}
          </Link>
        </div>
      ) : null}
    </>
  );
}
