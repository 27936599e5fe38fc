// The supervisor dashboard: its own lazily loaded chunk, the only one with ECharts.
export { DashboardPage } from './DashboardPage';
