package domain

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"math"
	"time"

	"github.com/redress-project/redress/domain/text"
)

// UserStore persists users and their memberships.
type UserStore interface {
	// FindUserByID returns the user or a not_found error.
	FindUserByID(ctx context.Context, id int64) (*User, error)
	// FindUserByEmail returns the user with the normalized address or a not_found error.
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	// CreateUser stores a new user and sets its ID; a taken email is a conflict.
	CreateUser(ctx context.Context, u *User) error
	// UpdatePassword stores a new hash and revokes every session of the user except keepSession.
	UpdatePassword(ctx context.Context, userID int64, hash, keepSession string) error
	// FindMembershipsOfUser returns the user's memberships with their associations.
	FindMembershipsOfUser(ctx context.Context, userID int64) ([]Membership, error)
	// UpdateLocale sets the language the user reads in.
	UpdateLocale(ctx context.Context, userID int64, locale string) error
}

// SessionStore persists login sessions.
type SessionStore interface {
	// CreateSession stores a new session.
	CreateSession(ctx context.Context, s *Session) error
	// FindSession returns the live (unrevoked, unexpired at now) session or not_found.
	FindSession(ctx context.Context, id string, now time.Time) (*Session, error)
	// TouchSession records activity on a session.
	TouchSession(ctx context.Context, id string, now time.Time) error
	// RevokeSession ends a session; revoking an ended session is not an error.
	RevokeSession(ctx context.Context, id string, now time.Time) error
	// FindUserSessions returns a user's live sessions, newest first.
	FindUserSessions(ctx context.Context, userID int64, now time.Time) ([]Session, error)
}

// AccountService logs users in and out, authenticates requests and changes passwords.
type AccountService struct {
	Users      UserStore
	Sessions   SessionStore
	Throttle   ThrottleStore
	SessionTTL time.Duration
	Now        func() time.Time
}

// LoginInput is a login attempt.
type LoginInput struct {
	Email     string
	Password  string
	IP        string
	UserAgent string
}

// Login checks the credentials and opens a session. It returns the bearer token (shown
// only now) and the principal. Errors: invalid, unauthorized (wrong credentials or a
// disabled account, indistinguishably), rate_limited (with RetryAfter).
func (s *AccountService) Login(ctx context.Context, in LoginInput) (string, *Principal, error) {
	email := NormalizeEmail(in.Email)
	var v Validation
	if email == "" {
		v.Add("email", "required", "The email address is required.")
	}
	if in.Password == "" {
		v.Add("password", "required", "The password is required.")
	}
	if err := v.Err(); err != nil {
		return "", nil, err
	}

	now := s.Now()
	keys := []struct {
		key    string
		policy ThrottlePolicy
	}{{"account:" + email, AccountThrottle}, {"address:" + in.IP, AddressThrottle}}
	for _, k := range keys {
		f, err := s.Throttle.FindLoginFailures(ctx, k.key)
		if err != nil {
			return "", nil, err
		}
		if wait := k.policy.Wait(f, now); wait > 0 {
			return "", nil, &Error{Code: ECodeRateLimited, Reason: "too_many_failed_logins",
				Message: "Too many failed logins; try again later.", RetryAfter: int(math.Ceil(wait.Seconds()))}
		}
	}

	u, err := s.Users.FindUserByEmail(ctx, email)
	if err != nil && CodeOf(err) != ECodeNotFound {
		return "", nil, err
	}
	ok := false
	if u == nil {
		CheckPassword(dummyHash(), in.Password)
	} else {
		ok = CheckPassword(u.PasswordHash, in.Password) && u.DisabledAt == nil
	}
	if !ok {
		for _, k := range keys {
			if err := s.Throttle.RecordLoginFailure(ctx, k.key, now, k.policy.Window); err != nil {
				return "", nil, err
			}
		}
		return "", nil, ReasonErrorf(ECodeUnauthorized, "bad_credentials", "The email address or password is wrong.")
	}
	if err := s.Throttle.ClearLoginFailures(ctx, keys[0].key); err != nil {
		return "", nil, err
	}

	token := RandomToken(32)
	sess := Session{
		ID: SessionID(token), UserID: u.ID, CSRFToken: RandomToken(24),
		CreatedAt: now, ExpiresAt: now.Add(s.SessionTTL), LastSeenAt: now,
		IP: in.IP, UserAgent: truncate(in.UserAgent, 256),
	}
	if err := s.Sessions.CreateSession(ctx, &sess); err != nil {
		return "", nil, err
	}
	p, err := s.principal(ctx, u, sess)
	return token, p, err
}

// SessionID is the stored identifier of a bearer token.
func SessionID(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// touchEvery bounds how often a session's last activity is written: not on every request.
const touchEvery = time.Minute

// Authenticate returns the principal of a bearer token. Errors: unauthorized.
func (s *AccountService) Authenticate(ctx context.Context, token string) (*Principal, error) {
	now := s.Now()
	sess, err := s.Sessions.FindSession(ctx, SessionID(token), now)
	if CodeOf(err) == ECodeNotFound {
		return nil, ReasonErrorf(ECodeUnauthorized, "session_invalid", "The session has expired or was ended; log in again.")
	} else if err != nil {
		return nil, err
	}
	u, err := s.Users.FindUserByID(ctx, sess.UserID)
	if err != nil {
		return nil, err
	}
	if u.DisabledAt != nil {
		return nil, ReasonErrorf(ECodeUnauthorized, "account_disabled", "The account is disabled.")
	}
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := s.Sessions.TouchSession(ctx, sess.ID, now); err != nil {
			return nil, err
		}
		sess.LastSeenAt = now
	}
	return s.principal(ctx, u, *sess)
}

func (s *AccountService) principal(ctx context.Context, u *User, sess Session) (*Principal, error) {
	ms, err := s.Users.FindMembershipsOfUser(ctx, u.ID)
	if err != nil {
		return nil, err
	}
	return &Principal{User: *u, Session: sess, Memberships: ms}, nil
}

// Logout ends the principal's session.
func (s *AccountService) Logout(ctx context.Context, p *Principal) error {
	return s.Sessions.RevokeSession(ctx, p.Session.ID, s.Now())
}

// ChangePassword sets a new password after checking the current one, and ends every
// other session of the user (someone else may know the old password).
// Errors: invalid (including a wrong current password, as a field error).
func (s *AccountService) ChangePassword(ctx context.Context, p *Principal, current, next string) error {
	var v Validation
	u, err := s.Users.FindUserByID(ctx, p.User.ID)
	if err != nil {
		return err
	}
	if !CheckPassword(u.PasswordHash, current) {
		v.Add("current_password", "mismatch", "The current password is wrong.")
	}
	validatePassword(&v, "new_password", next)
	if next != "" && next == current {
		v.Add("new_password", "unchanged", "The new password must differ from the current one.")
	}
	if err := v.Err(); err != nil {
		return err
	}
	hash, err := HashPassword(next)
	if err != nil {
		return err
	}
	return s.Users.UpdatePassword(ctx, u.ID, hash, p.Session.ID)
}

// SetLanguage sets the language the user reads the server's text and notices in: zh-Hans,
// zh-Hant or en. Errors: invalid.
func (s *AccountService) SetLanguage(ctx context.Context, p *Principal, locale string) error {
	if !text.Lang(locale).Valid() {
		var v Validation
		v.Add("locale", "unknown", "The language must be zh-Hans, zh-Hant or en.")
		return v.Err()
	}
	if err := s.Users.UpdateLocale(ctx, p.User.ID, locale); err != nil {
		return err
	}
	p.User.Locale = locale
	return nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n])
}

// MySessions lists the principal's live sessions, so they can end the ones they do not
// recognize.
func (s *AccountService) MySessions(ctx context.Context, p *Principal) ([]Session, error) {
	return s.Sessions.FindUserSessions(ctx, p.User.ID, s.Now())
}

// EndSession ends one of the principal's own sessions. Errors: not_found.
func (s *AccountService) EndSession(ctx context.Context, p *Principal, id string) error {
	live, err := s.MySessions(ctx, p)
	if err != nil {
		return err
	}
	for _, sess := range live {
		if sess.ID == id {
			return s.Sessions.RevokeSession(ctx, id, s.Now())
		}
	}
	return Errorf(ECodeNotFound, "You have no such session.")
}
