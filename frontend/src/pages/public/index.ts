// The public area: one lazily loaded chunk.
export { ComplainPage } from './complain/ComplainPage';
export { HomePage } from './HomePage';
export { LoginPage } from './LoginPage';
export { PublicLayout } from './PublicLayout';
export { TrackPage } from './track/TrackPage';
export { CaseStudyPage } from './library/CaseStudyPage';
export { LibraryPage } from './library/LibraryPage';
export { ReportPage } from './reports/ReportPage';
export { BusinessPage } from './businesses/BusinessPage';
export { BusinessSearchPage } from './businesses/BusinessSearchPage';
export { MyCasePage } from './my/MyCasePage';
export { MyCasesPage } from './my/MyCasesPage';
export { PublicReportsPage } from './reports/PublicReportsPage';
