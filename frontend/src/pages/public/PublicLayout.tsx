import { AppstoreOutlined, BookOutlined, FileTextOutlined, LoginOutlined, ShopOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { CSRF_COOKIE, readCookie } from '../../api/client';
import { useMe } from '../../api/queries';
import { useAccountLanguage } from '../../i18n/useAccountLanguage';
import { AppHeader } from '../../components/AppHeader';
import { NotificationBell } from '../../components/notifications/NotificationBell';
import { UserMenu } from '../../components/UserMenu';
import { landingPath } from '../../lib/landing';

/** The login link, or for a signed-in user (the CSRF cookie marks a session) their menu. */
function Account() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const me = useMe(!!readCookie(CSRF_COOKIE));
  useAccountLanguage(me.data);
  if (me.data) {
    const home = landingPath(me.data.kind);
    const homeLabel = t(me.data.kind === 'consumer' ? 'track.myCases' : me.data.kind === 'business' ? 'nav.businessCases' : 'nav.overview');
    return (
      <>
        {home !== pathname && (
          <Button
            type="link"
            icon={<AppstoreOutlined />}
            onClick={() => navigate(home)}
            className="header-home header-nav"
            aria-label={homeLabel}
            title={homeLabel}
          >
            <span className="header-nav-label">{homeLabel}</span>
          </Button>
        )}
        <NotificationBell me={me.data} />
        <UserMenu me={me.data} />
      </>
    );
  }
  if (pathname === '/login') return null;
  return (
    <Button
      type="link"
      icon={<LoginOutlined />}
      onClick={() => navigate('/login')}
      className="header-nav"
      aria-label={t('nav.login')}
      title={t('nav.login')}
    >
      <span className="header-nav-label">{t('nav.login')}</span>
    </Button>
  );
}

/** The public pages anyone can read; on a phone the links shrink to their icons. */
function PublicNav() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const links = [
    { to: '/library', icon: <BookOutlined />, label: t('nav.library'), testId: 'header-library' },
    { to: '/businesses', icon: <ShopOutlined />, label: t('nav.businesses'), testId: 'header-businesses' },
    { to: '/reports', icon: <FileTextOutlined />, label: t('nav.publicReports'), testId: 'header-reports' },
  ];
  return (
    <>
      {links.map((l) => (
        <Button
          key={l.to}
          type="link"
          icon={l.icon}
          onClick={() => navigate(l.to)}
          data-testid={l.testId}
          aria-label={l.label}
          title={l.label}
          className="header-nav"
        >
          <span className="header-nav-label">{l.label}</span>
        </Button>
      ))}
    </>
  );
}

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-layout">
      <AppHeader
        extra={
          <>
            <PublicNav />
            <Account />
          </>
        }
      />
      <Layout.Content>
        <main className="public-content">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
