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

/** "kontrakt K-12 Økonomisystem", "priselement Licens (slettet)": an object in words. */
export function useObjectWords(): (object: AuditObject) => string {
  const { t } = useTranslation();
  return (object) => {
    const type = t(`audit.entityTypes.${object.type}`, { defaultValue: object.type });
    const words = object.name ? `${type} ${object.name}` : type;
    return object.deleted ? `${words} (${t('audit.deleted')})` : words;
  };
}

type Props = { subject: AuditEvent['subject']; filterable: boolean };

/** The object an event concerns, and what it belongs to, in words with links; and a filter to its events alone. */
export function AuditObjectCell({ subject, filterable }: Props) {
  const { t } = useTranslation();
  const words = useObjectWords();
  const { parent, ...own } = subject;
  return (
    <>
      <ObjectLink object={own}>{words(own)}</ObjectLink>
      {parent ? (
        <div className="audit-parent">
          <ObjectLink object={parent}>{words(parent)}</ObjectLink>
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
