import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Header } from './Header.tsx';

export function Layout() {
  const { t } = useTranslation();
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('layout.skipToContent')}
      </a>
      <Header />
      <main id="main-content" className="container page-container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p className="small-text">{t('layout.footer')}</p>
        </div>
      </footer>
    </>
  );
}
