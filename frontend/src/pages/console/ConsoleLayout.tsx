import {
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  InboxOutlined,
  SearchOutlined,
  ShopOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Result } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate, useOutletContext } from 'react-router';
import { isApiError } from '../../api/client';
import { useMe } from '../../api/queries';
import { useAccountLanguage } from '../../i18n/useAccountLanguage';
import type { Me, UserKind } from '../../api/types';
import { AppHeader } from '../../components/AppHeader';
import { FullPageSpin } from '../../components/FullPageSpin';
import { NotificationBell } from '../../components/notifications/NotificationBell';
import { UserMenu } from '../../components/UserMenu';
import { useDescribeError } from '../../hooks/useNotifyError';
import { landingPath } from '../../lib/landing';

/** The signed-in staff user, for pages under the console layout. */
export function useStaff(): Me {
  return useOutletContext<Me>();
}

const SECTIONS = [
  '/console/dashboard',
  '/console/reports',
  '/console/cases',
  '/console/studies',
  '/console/associations',
  '/console/settings',
  '/console/business',
  '/console/password',
  '/console/notifications',
];

function selectedKey(pathname: string): string {
  return SECTIONS.find((s) => pathname.startsWith(s)) ?? '/console';
}

/** Admins of an association (deadline rules) and platform admins (the calendar) see settings. */
function managesSettings(me: Me): boolean {
  return me.is_platform_admin || (me.memberships ?? []).some((m) => m.role === 'admin');
}

function SideMenu({ me }: { me: Me }) {
  const kind: UserKind = me.kind;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuProps['items'] =
    kind === 'business'
      ? [{ key: '/console/business', icon: <ShopOutlined />, label: t('nav.businessCases') }]
      : kind === 'consumer'
        ? [{ key: '/my', icon: <SearchOutlined />, label: t('track.myCases') }]
        : [
          { key: '/console', icon: <DashboardOutlined />, label: t('nav.overview') },
          { key: '/console/cases', icon: <InboxOutlined />, label: t('nav.cases') },
          { key: '/console/dashboard', icon: <BarChartOutlined />, label: t('nav.dashboard') },
          { key: '/console/reports', icon: <FileTextOutlined />, label: t('nav.reports') },
          { key: '/console/studies', icon: <BookOutlined />, label: t('nav.studies') },
          { key: '/console/associations', icon: <ApartmentOutlined />, label: t('nav.associations') },
          ...(managesSettings(me) ? [{ key: '/console/settings', icon: <CalendarOutlined />, label: t('nav.settings') }] : []),
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

/** Pages every signed-in user has, whatever their kind. */
const EVERYONE = ['/console/password', '/console/notifications'];

/**
 * What a user may see under /console: staff the console (not the business portal), business
 * users their portal only, consumers nothing (they follow their cases on /my); everyone their
 * password and notifications.
 */
function consoleBody(user: Me, pathname: string, t: (k: string) => string) {
  const portal = pathname.startsWith('/console/business');
  const everyone = EVERYONE.some((p) => pathname.startsWith(p));
  if (user.kind === 'consumer') {
    return everyone ? <Outlet context={user} /> : <Navigate to="/my" replace />;
  }
  if (user.kind === 'business') {
    return portal || everyone ? (
      <Outlet context={user} />
    ) : (
      <Navigate to="/console/business" replace />
    );
  }
  if (user.kind === 'staff' || user.is_platform_admin) {
    return portal ? <Result status="403" title="403" subTitle={t('business.onlyBusiness')} /> : <Outlet context={user} />;
  }
  return <Result status="403" title="403" subTitle={t('console.staffOnly')} />;
}

/** Shell of the staff area (and the business portal); sends visitors who are not logged in to /login. */
export function ConsoleLayout() {
  const { t } = useTranslation();
  const me = useMe();
  useAccountLanguage(me.data);
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
  const body = consoleBody(user, location.pathname, t);

  return (
    <Layout className="app-layout">
      <AppHeader
        brandTo={landingPath(user.kind)}
        extra={
          <>
            <NotificationBell me={user} />
            <UserMenu me={user} />
          </>
        }
      />
      <Layout>
        <Layout.Sider className="app-sider" width={220} breakpoint="lg" collapsedWidth={0}>
          <SideMenu me={user} />
        </Layout.Sider>
        <Layout.Content className="app-content">{body}</Layout.Content>
      </Layout>
    </Layout>
  );
}
