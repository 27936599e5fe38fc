// The public area: one lazily loaded chunk.
export { ComplainPage } from './complain/ComplainPage';
export { HomePage } from './HomePage';
export { LoginPage } from './LoginPage';
export { PublicLayout } from './PublicLayout';
export { TrackPage } from './track/TrackPage';
