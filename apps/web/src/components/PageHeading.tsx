import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { children: ReactNode; title: string };

/** The page's one h1; focusable so navigation can move focus to it, and it names the browser tab. */
export function PageHeading({ children, title }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
