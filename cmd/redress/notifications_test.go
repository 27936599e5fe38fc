package main

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"gorm.io/gorm"

	"github.com/redress-project/redress/repo/notify"
	"github.com/redress-project/redress/repo/repotest"
)

// receivedMail is a message as the test's SMTP server received it, decoded.
type receivedMail struct {
	To      string
	Key     string
	Subject string
	Body    string
}

// mailbox is a real SMTP server on 127.0.0.1 that keeps what it receives.
type mailbox struct {
	mu   sync.Mutex
	msgs []receivedMail
	port int
}

// mustStartMailbox starts an SMTP server for the test's lifetime.
func mustStartMailbox(t testing.TB) *mailbox {
	t.Helper()
	mb := &mailbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &mailSession{mb: mb}, nil }))
	srv.Domain, srv.AllowInsecureAuth = "localhost", true
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	mb.port = ln.Addr().(*net.TCPAddr).Port
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return mb
}

type mailSession struct {
	mb *mailbox
	to []string
}

func (s *mailSession) Reset()                                    { s.to = nil }
func (s *mailSession) Logout() error                             { return nil }
func (s *mailSession) Mail(string, *smtp.MailOptions) error      { return nil }
func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error { s.to = append(s.to, to); return nil }

func (s *mailSession) Data(r io.Reader) error {
	m, err := mail.ReadMessage(r)
	if err != nil {
		return err
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
	if err != nil {
		return err
	}
	raw, err := io.ReadAll(m.Body)
	if err != nil {
		return err
	}
	body, err := base64.StdEncoding.DecodeString(strings.NewReplacer("\r", "", "\n", "").Replace(string(raw)))
	if err != nil {
		return err
	}
	s.mb.mu.Lock()
	defer s.mb.mu.Unlock()
	for _, to := range s.to {
		s.mb.msgs = append(s.mb.msgs, receivedMail{To: to, Key: m.Header.Get("X-Redress-Key"), Subject: subject, Body: string(body)})
	}
	return nil
}

// to returns the mails received for an address.
func (mb *mailbox) to(addr string) []receivedMail {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	var out []receivedMail
	for _, m := range mb.msgs {
		if m.To == addr {
			out = append(out, m)
		}
	}
	return out
}

func (mb *mailbox) all() []receivedMail {
	mb.mu.Lock()
	defer mb.mu.Unlock()
	return append([]receivedMail(nil), mb.msgs...)
}

// smsGateway is a real HTTP receiver of the SMS webhook that checks every signature.
type smsGateway struct {
	mu     sync.Mutex
	msgs   []notify.WebhookMessage
	url    string
	secret string
	bad    int
}

func mustStartSMSGateway(t testing.TB) *smsGateway {
	t.Helper()
	g := &smsGateway{secret: "gateway-secret"}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		g.mu.Lock()
		defer g.mu.Unlock()
		var m notify.WebhookMessage
		if r.Header.Get(notify.SignatureHeader) != notify.Sign(g.secret, body) || json.Unmarshal(body, &m) != nil || r.Header.Get("Idempotency-Key") != m.Key {
			g.bad++
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		g.msgs = append(g.msgs, m)
	}))
	t.Cleanup(srv.Close)
	g.url = srv.URL
	return g
}

func (g *smsGateway) to(mobile string) []notify.WebhookMessage {
	g.mu.Lock()
	defer g.mu.Unlock()
	var out []notify.WebhookMessage
	for _, m := range g.msgs {
		if m.To == mobile {
			out = append(out, m)
		}
	}
	return out
}

// notifyingConfig points a configuration at the test's mailbox and gateway, with quick jobs.
func notifyingConfig(mb *mailbox, gw *smsGateway) JobConfig {
	jc := defaultJobConfig()
	jc.SMTPHost, jc.SMTPPort, jc.SMTPFrom, jc.SMTPStartTLS = "127.0.0.1", mb.port, "noreply@redress.test", false
	if gw != nil {
		jc.SMSWebhookURL, jc.SMSWebhookSecret = gw.url, gw.secret
	}
	jc.PollInterval, jc.JobTimeout, jc.RescueAfter = 50*time.Millisecond, 5*time.Second, 5*time.Second
	return jc
}

// mustOpenServerOn boots a server with the job settings on an existing database URL.
func mustOpenServerOn(t *testing.T, dbURL string, jc JobConfig) *testServer {
	t.Helper()
	cfg := DefaultConfig()
	cfg.DB, cfg.DataDir, cfg.Jobs = dbURL, t.TempDir(), jc
	cfg.RateLimits = "off" // these tests file many complaints from one address
	return startServer(t, cfg)
}

// eventually polls cond until it holds or the time is up.
func eventually(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", within, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settle waits for the queue to run dry, so that a test can say nothing more comes.
func (s *testServer) settle(t testing.TB) {
	t.Helper()
	eventually(t, 20*time.Second, "jobs still pending", func() bool {
		var n int64
		s.DB.Gorm.Table("river_job").Where("state IN ?", []string{"available", "running", "retryable", "scheduled"}).
			Where("kind IN ?", []string{"notify", "deliver"}).Count(&n)
		return n == 0
	})
}

// wantOnce asserts each mail to addr has its own key, and returns their subjects.
func wantOnce(t *testing.T, mails []receivedMail) []string {
	t.Helper()
	seen := map[string]bool{}
	var subjects []string
	for _, m := range mails {
		if seen[m.Key] {
			t.Errorf("mail %s to %s received twice", m.Key, m.To)
		}
		seen[m.Key] = true
		subjects = append(subjects, m.Subject)
	}
	return subjects
}

// TestNotificationsReachEveryParty follows a complaint through mediation and shows each
// party's mail and text message arriving once, in their language: the consumer's is the
// language they filed in, the business user's their account's.
func TestNotificationsReachEveryParty(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb, gw := mustStartMailbox(t), mustStartSMSGateway(t)
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), notifyingConfig(mb, gw))
			if err := s.DB.Gorm.Exec("UPDATE users SET locale = 'zh-Hant' WHERE email = 'business@redress.test'").Error; err != nil {
				t.Fatal(err)
			}
			r := s.file(t, designComplaint(), "Accept-Language", "en-GB,en;q=0.9")
			// A language named in the complaint wins over the request's.
			hant := designComplaint()
			hant["language"] = "zh-Hant"
			hant["consumer"].(map[string]any)["email"] = "hant@example.com"
			hant["consumer"].(map[string]any)["mobile"] = "13900139000"
			rh := s.file(t, hant, "Accept-Language", "en")
			gz := s.login(t, "gz.mediator@redress.test")
			gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
			gz.act(r.ID, map[string]any{"action": "start_mediation"}).want(http.StatusOK)
			gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", r.ID), map[string]string{"body": "请双方于周五前答复", "visibility": "parties"}).want(http.StatusCreated)
			gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/notes", r.ID), map[string]string{"body": "内部备注", "visibility": "internal"}).want(http.StatusCreated)

			eventually(t, 20*time.Second, "the mails did not all arrive", func() bool {
				return len(mb.to("zw@example.com")) >= 4 && len(mb.to("business@redress.test")) >= 2 && len(gw.to("13800138000")) >= 4
			})
			s.settle(t)
			// Workers send in parallel, so mails arrive in any order.
			tn := r.TrackingNumber
			consumer := wantOnce(t, mb.to("zw@example.com"))
			want := []string{"Case " + tn + ": a new message", "Case " + tn + ": accepted", "Case " + tn + ": in mediation", "Case " + tn + ": submitted"}
			if slices.Sort(consumer); !slices.Equal(consumer, want) {
				t.Fatalf("consumer mails = %q, want %q", consumer, want)
			}
			if got := wantOnce(t, mb.to("hant@example.com")); len(got) != 1 || !strings.HasPrefix(got[0], "投訴 "+rh.TrackingNumber+"：") {
				t.Fatalf("the zh-Hant consumer got %q", got)
			}
			business := wantOnce(t, mb.to("business@redress.test"))
			want = []string{"投訴 " + tn + "：新訊息", "投訴 " + tn + "：調解中"}
			if slices.Sort(business); !slices.Equal(business, want) {
				t.Fatalf("business mails = %q, want %q", business, want)
			}
			for _, m := range mb.to("business@redress.test") {
				if strings.HasSuffix(m.Subject, "新訊息") && !strings.Contains(m.Body, "请双方于周五前答复") {
					t.Errorf("the message is not in the mail: %q", m.Body)
				}
			}
			if n := len(mb.all()); n != 7 {
				t.Errorf("%d mails in all, want 7 (nothing for the internal note, nothing to staff)", n)
			}
			texts := gw.to("13800138000")
			if len(texts) != 4 || gw.bad != 0 || !strings.HasPrefix(texts[0].Text, "Case "+tn+": ") {
				t.Fatalf("texts = %+v (bad signatures %d)", texts, gw.bad)
			}
			seen := map[string]bool{}
			for _, m := range texts {
				if seen[m.Key] {
					t.Errorf("text %s twice", m.Key)
				}
				seen[m.Key] = true
			}
		})
	}
}

type notificationPage struct {
	Items []struct {
		ID      int64
		CaseID  *int64 `json:"case_id"`
		Kind    string
		Subject string
		ReadAt  *string `json:"read_at"`
	}
	Unread     int64
	NextCursor string `json:"next_cursor"`
}

// TestInAppNotifications shows a logged-in consumer's notifications in the application,
// newest first, page by page, and marking them read.
func TestInAppNotifications(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb := mustStartMailbox(t)
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), notifyingConfig(mb, nil))
			consumer := s.login(t, "consumer@redress.test")
			var r receipt
			consumer.do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&r)
			gz := s.login(t, "gz.mediator@redress.test")
			gz.act(r.ID, map[string]any{"action": "accept"}).want(http.StatusOK)
			gz.act(r.ID, map[string]any{"action": "request_information", "reason": "请上传购物凭证"}).want(http.StatusOK)

			var page notificationPage
			eventually(t, 20*time.Second, "three notifications", func() bool {
				consumer.do("GET", "/api/v1/notifications", nil).want(http.StatusOK).decode(&page)
				return len(page.Items) == 3
			})
			if page.Unread != 3 || page.Items[0].Kind != "information_requested" || page.Items[2].Subject != "投诉 "+r.TrackingNumber+"：待受理" ||
				page.Items[0].CaseID == nil || *page.Items[0].CaseID != r.ID {
				t.Fatalf("page = %+v", page)
			}
			var first, second notificationPage
			consumer.do("GET", "/api/v1/notifications?limit=2", nil).want(http.StatusOK).decode(&first)
			consumer.do("GET", "/api/v1/notifications?limit=2&cursor="+first.NextCursor, nil).want(http.StatusOK).decode(&second)
			if len(first.Items) != 2 || first.NextCursor == "" || len(second.Items) != 1 || second.NextCursor != "" || second.Items[0].ID != page.Items[2].ID {
				t.Fatalf("pages = %+v then %+v", first, second)
			}
			consumer.do("GET", "/api/v1/notifications?cursor=%25%25", nil).problem(http.StatusUnprocessableEntity, "invalid")
			consumer.do("GET", "/api/v1/notifications?limit=0", nil).problem(http.StatusUnprocessableEntity, "invalid")

			// Another user neither sees nor marks them.
			var other notificationPage
			s.login(t, "business@redress.test").do("GET", "/api/v1/notifications", nil).want(http.StatusOK).decode(&other)
			if len(other.Items) != 0 {
				t.Fatalf("the business sees %+v", other)
			}
			var marked struct{ Marked int64 }
			s.login(t, "business@redress.test").do("POST", "/api/v1/notifications/read", map[string]any{"ids": []int64{page.Items[0].ID}}).want(http.StatusOK).decode(&marked)
			if marked.Marked != 0 {
				t.Fatalf("another user marked %d", marked.Marked)
			}

			consumer.do("POST", "/api/v1/notifications/read", map[string]any{}).problem(http.StatusUnprocessableEntity, "invalid")
			consumer.do("POST", "/api/v1/notifications/read", map[string]any{"ids": []int64{page.Items[0].ID}}).want(http.StatusOK).decode(&marked)
			consumer.do("GET", "/api/v1/notifications", nil).want(http.StatusOK).decode(&page)
			if marked.Marked != 1 || page.Unread != 2 || page.Items[0].ReadAt == nil || page.Items[1].ReadAt != nil {
				t.Fatalf("after marking one: %d, %+v", marked.Marked, page)
			}
			consumer.do("POST", "/api/v1/notifications/read", map[string]any{"all": true}).want(http.StatusOK).decode(&marked)
			consumer.do("GET", "/api/v1/notifications", nil).want(http.StatusOK).decode(&page)
			if marked.Marked != 2 || page.Unread != 0 {
				t.Fatalf("after marking all: %d, %+v", marked.Marked, page)
			}
			// The consumer's mail went to the complaint's address, in the account's language.
			if got := mb.to("zw@example.com"); len(got) == 0 || !strings.HasPrefix(got[0].Subject, "投诉 ") {
				t.Fatalf("mails = %+v", got)
			}
		})
	}
}

// TestNothingSentForAFailedChange shows that a change whose transaction rolls back after
// its notices were queued (the idempotency key's completion, the last write of a filing,
// fails) and a change refused inside its transaction (a stale version) send nothing.
func TestNothingSentForAFailedChange(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb := mustStartMailbox(t)
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), notifyingConfig(mb, nil))
			var fail atomic.Bool
			var queuedInTx atomic.Int64 // the notices the failing transaction had queued
			err := s.DB.Gorm.Callback().Update().Before("gorm:update").Register("test:fail_idempotency", func(tx *gorm.DB) {
				if fail.Load() && tx.Statement.Table == "idempotency_keys" {
					var n int64
					tx.Session(&gorm.Session{NewDB: true}).Table("river_job").Where("kind = 'notify'").Count(&n)
					queuedInTx.Store(n)
					tx.AddError(errors.New("the disk is full"))
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			fail.Store(true)
			s.anon(t).do("POST", "/api/v1/complaints", designComplaint(), "Idempotency-Key", "k-1").problem(http.StatusInternalServerError, "internal")
			fail.Store(false)
			if n := s.countCases(t); n != 0 || queuedInTx.Load() != 1 {
				t.Fatalf("%d cases after the rollback; %d notices were queued before it", n, queuedInTx.Load())
			}
			r := s.file(t, designComplaint())
			eventually(t, 20*time.Second, "the receipt mail", func() bool { return len(mb.to("zw@example.com")) == 1 })
			s.settle(t)
			gz := s.login(t, "gz.mediator@redress.test")
			gz.do("POST", fmt.Sprintf("/api/v1/cases/%d/transitions", r.ID), map[string]any{"action": "accept"}, "If-Match", `"99"`).
				problem(http.StatusPreconditionFailed, "precondition_failed")
			var queued int64
			s.DB.Gorm.Table("river_job").Where("kind = 'notify'").Count(&queued)
			time.Sleep(300 * time.Millisecond)
			if queued != 1 || len(mb.all()) != 1 {
				t.Fatalf("%d notices queued, %d mails: want only the receipt's", queued, len(mb.all()))
			}
		})
	}
}

// TestQueueAndRequestsShareOneConnection files complaints from many clients at once while
// the workers fan out and send: on SQLite the queue and the requests take turns on the
// one connection, and nothing waits for ever.
func TestQueueAndRequestsShareOneConnection(t *testing.T) {
	for _, d := range repotest.Dialects(t) {
		t.Run(d, func(t *testing.T) {
			mb := mustStartMailbox(t)
			s := mustOpenServerOn(t, mustFreshDemoURL(t, d), notifyingConfig(mb, nil))
			const n = 20
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					body := designComplaint()
					body["consumer"].(map[string]any)["email"] = fmt.Sprintf("c%d@example.com", i)
					s.file(t, body)
				})
			}
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("the requests did not finish")
			}
			eventually(t, 30*time.Second, "every receipt", func() bool { return len(mb.all()) >= n })
			s.settle(t)
			for i := range n {
				if got := mb.to(fmt.Sprintf("c%d@example.com", i)); len(got) != 1 {
					t.Errorf("%d receipts to c%d", len(got), i)
				}
			}
		})
	}
}
