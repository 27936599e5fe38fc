import { AppstoreOutlined, BookOutlined, LoginOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { CSRF_COOKIE, readCookie } from '../../api/client';
import { useMe } from '../../api/queries';
import { AppHeader } from '../../components/AppHeader';
import { UserMenu } from '../../components/UserMenu';
import { landingPath } from '../../lib/landing';

/** The login link, or for a signed-in user (the CSRF cookie marks a session) their menu. */
function Account() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const me = useMe(!!readCookie(CSRF_COOKIE));
  if (me.data) {
    const home = landingPath(me.data.kind);
    return (
      <>
        {home !== pathname && (
          <Button type="link" icon={<AppstoreOutlined />} onClick={() => navigate(home)} className="header-home">
            {t(me.data.kind === 'consumer' ? 'track.myCases' : me.data.kind === 'business' ? 'nav.businessCases' : 'nav.overview')}
          </Button>
        )}
        <UserMenu me={me.data} />
      </>
    );
  }
  if (pathname === '/login') return null;
  return (
    <Button type="link" icon={<LoginOutlined />} onClick={() => navigate('/login')}>
      {t('nav.login')}
    </Button>
  );
}

function LibraryLink() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Button type="link" icon={<BookOutlined />} onClick={() => navigate('/library')} data-testid="header-library">
      {t('nav.library')}
    </Button>
  );
}

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="app-layout">
      <AppHeader
        extra={
          <>
            <LibraryLink />
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
