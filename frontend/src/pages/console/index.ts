// The staff console: one lazily loaded chunk.
export { AssociationsPage } from './AssociationsPage';
export { ConsoleLayout } from './ConsoleLayout';
export { MembersPage } from './MembersPage';
export { PasswordPage } from './PasswordPage';
export { WelcomePage } from './WelcomePage';
