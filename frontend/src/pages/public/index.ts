// The public area: one lazily loaded chunk.
export { ComplainPage, TrackPage } from './ComingSoon';
export { HomePage } from './HomePage';
export { LoginPage } from './LoginPage';
export { PublicLayout } from './PublicLayout';
