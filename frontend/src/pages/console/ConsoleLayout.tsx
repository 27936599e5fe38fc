import { ApartmentOutlined, DashboardOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/queries';
import type { Me } from '../../api/types';
import { AppHeader } from '../../components/AppHeader';
import { FullPageSpin } from '../../components/FullPageSpin';
import { UserMenu } from '../../components/UserMenu';
import { useDescribeError } from '../../hooks/useNotifyError';

/** The signed-in staff user, for pages under the console layout. */
export function useStaff(): Me {
  return useOutletContext<Me>();
}

function selectedKey(pathname: string): string {
  if (pathname.startsWith('/console/associations')) return '/console/associations';
  if (pathname.startsWith('/console/password')) return '/console/password';
  return '/console';
}

function SideMenu() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = [
    { key: '/console', icon: <DashboardOutlined />, label: t('nav.overview') },
    { key: '/console/associations', icon: <ApartmentOutlined />, label: t('nav.associations') },
  ];
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname)]}
      onClick={({ key }) => navigate(key)}
      data-testid="side-menu"
    />
  );
}

/** Shell of the staff area; sends visitors who are not logged in to /login. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  const describe = useDescribeError();

  if (me.isPending) return <FullPageSpin />;
  if (me.isError) {
    if (isApiError(me.error) && me.error.status === 401) {
      return <Navigate to="/login" replace state={{ from: location.pathname }} />;
    }
    return (
      <Result
        status="error"
        title={t('console.loadFailed')}
        subTitle={describe(me.error)}
        extra={<Button onClick={() => void me.refetch()}>{t('common.retry')}</Button>}
      />
    );
  }

  const user = me.data;
  const body =
    user.kind === 'staff' || user.is_platform_admin ? (
      <Outlet context={user} />
    ) : (
      <Result status="403" title="403" subTitle={t('console.staffOnly')} />
    );

  return (
    <Layout className="app-layout">
      <AppHeader brandTo="/console" extra={<UserMenu me={user} />} />
      <Layout>
        <Layout.Sider className="app-sider" width={220} breakpoint="lg" collapsedWidth={0}>
          <SideMenu />
        </Layout.Sider>
        <Layout.Content className="app-content">{body}</Layout.Content>
      </Layout>
    </Layout>
  );
}
