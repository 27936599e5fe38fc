import { LoginOutlined } from '@ant-design/icons';
import { Button, Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { AppHeader } from '../../components/AppHeader';

export function PublicLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const staffLink =
    pathname === '/login' ? null : (
      <Button type="link" icon={<LoginOutlined />} onClick={() => navigate('/login')}>
        {t('nav.login')}
      </Button>
    );
  return (
    <Layout className="app-layout">
      <AppHeader extra={staffLink} />
      <Layout.Content>
        <main className="public-content">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="app-footer">{t('app.footer')}</Layout.Footer>
    </Layout>
  );
}
