// The staff console: one lazily loaded chunk.
export { AssociationsPage } from './AssociationsPage';
export { BusinessCasePage } from './business/BusinessCasePage';
export { BusinessCasesPage } from './business/BusinessCasesPage';
export { CasePage } from './cases/CasePage';
export { InboxPage } from './cases/InboxPage';
export { ConsoleLayout } from './ConsoleLayout';
export { MembersPage } from './MembersPage';
export { NotificationsPage } from './NotificationsPage';
export { PasswordPage } from './PasswordPage';
export { WelcomePage } from './WelcomePage';
export { ReportsPage } from './ReportsPage';
export { StudiesPage } from './studies/StudiesPage';
export { StudyPage } from './studies/StudyPage';
export { SettingsPage } from './settings/SettingsPage';
