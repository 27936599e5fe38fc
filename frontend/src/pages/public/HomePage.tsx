import { BookOutlined, FileAddOutlined, FileTextOutlined, SearchOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function EntryCard({ to, icon, title, desc }: { to: string; icon: ReactNode; title: string; desc: string }) {
  return (
    <Link to={to} aria-label={title}>
      <Card hoverable className="home-card">
        {icon}
        <Typography.Title level={4}>{title}</Typography.Title>
        <Typography.Paragraph type="secondary">{desc}</Typography.Paragraph>
      </Card>
    </Link>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <section className="home-hero">
        <Typography.Title>{t('home.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      </section>
      <Row gutter={[24, 24]}>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/complain"
            icon={<FileAddOutlined className="home-card-icon" />}
            title={t('home.complain')}
            desc={t('home.complainDesc')}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/track"
            icon={<SearchOutlined className="home-card-icon" />}
            title={t('home.track')}
            desc={t('home.trackDesc')}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/login"
            icon={<TeamOutlined className="home-card-icon" />}
            title={t('home.staff')}
            desc={t('home.staffDesc')}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/library"
            icon={<BookOutlined className="home-card-icon" />}
            title={t('home.library')}
            desc={t('home.libraryDesc')}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/businesses"
            icon={<ShopOutlined className="home-card-icon" />}
            title={t('home.businesses')}
            desc={t('home.businessesDesc')}
          />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <EntryCard
            to="/reports"
            icon={<FileTextOutlined className="home-card-icon" />}
            title={t('home.reports')}
            desc={t('home.reportsDesc')}
          />
        </Col>
      </Row>
    </>
  );
}
