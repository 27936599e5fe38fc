package notify_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo/notify"
)

// selfSigned returns a certificate for 127.0.0.1 and a pool that trusts it.
func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "relay"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, KeyUsage: x509.KeyUsageDigitalSignature,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, pool
}

// relay is an SMTP server that wants STARTTLS and a login before it takes mail.
type relay struct {
	mu     sync.Mutex
	authed bool
	tls    bool
	data   string
}

type relaySession struct {
	r    *relay
	conn *smtp.Conn
}

func (s *relaySession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *relaySession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "redress" || pass != "s3cret" {
			return errors.New("bad login")
		}
		s.r.mu.Lock()
		s.r.authed = true
		s.r.mu.Unlock()
		return nil
	}), nil
}
func (s *relaySession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *relaySession) Rcpt(to string, _ *smtp.RcptOptions) error {
	if strings.HasSuffix(to, "@refused.example") {
		return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such mailbox"}
	}
	return nil
}
func (s *relaySession) Reset()        {}
func (s *relaySession) Logout() error { return nil }
func (s *relaySession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	_, isTLS := s.conn.TLSConnectionState()
	s.r.mu.Lock()
	s.r.data, s.r.tls = string(b), isTLS
	s.r.mu.Unlock()
	return err
}

// TestSMTPStartTLSAndLogin sends through a relay that upgrades with STARTTLS and wants a
// login, and checks the mail's headers: the subject encoded, the body in base64.
func TestSMTPStartTLSAndLogin(t *testing.T) {
	cert, pool := selfSigned(t)
	r := &relay{}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) { return &relaySession{r: r, conn: c}, nil }))
	srv.Domain, srv.TLSConfig = "relay", &tls.Config{Certificates: []tls.Certificate{cert}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })

	s := &notify.SMTP{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "noreply@redress.test",
		User: "redress", Password: "s3cret", StartTLS: true, TLSConfig: &tls.Config{RootCAs: pool, ServerName: "127.0.0.1"}}
	d := domain.Delivery{Key: "event:1:1:consumer:email:zw@example.com", Channel: domain.ChannelEmail, To: "zw@example.com", Subject: "投诉 GZ-2026-000001：已受理", Body: "您好"}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Send(ctx, d); err != nil {
		t.Fatal(err)
	}
	r.mu.Lock()
	authed, isTLS, data := r.authed, r.tls, r.data
	r.mu.Unlock()
	if !authed || !isTLS || !strings.Contains(data, "Subject: =?utf-8?b?") || !strings.Contains(data, "X-Redress-Key: "+d.Key) ||
		!strings.Contains(data, "Content-Transfer-Encoding: base64") {
		t.Fatalf("authed %v, tls %v, data:\n%s", authed, isTLS, data)
	}

	refused := d
	refused.To = "nobody@refused.example"
	if err := s.Send(ctx, refused); !errors.Is(err, domain.ErrUndeliverable) {
		t.Fatalf("a refused address: %v", err)
	}
	s.Password = "wrong"
	if err := s.Send(ctx, d); err == nil || !strings.Contains(err.Error(), "auth") {
		t.Fatalf("a bad login: %v", err)
	}
}

// TestSMTPHangingRelay shows a relay that never answers does not hold the job past its context.
func TestSMTPHangingRelay(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		var held []net.Conn // accepted and never answered
		for {
			c, err := ln.Accept()
			if err != nil {
				for _, c := range held {
					c.Close()
				}
				return
			}
			held = append(held, c)
		}
	}()
	s := &notify.SMTP{Host: "127.0.0.1", Port: ln.Addr().(*net.TCPAddr).Port, From: "noreply@redress.test"}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	if err := s.Send(ctx, domain.Delivery{To: "a@example.com"}); err == nil || time.Since(start) > 2*time.Second {
		t.Fatalf("send = %v after %s", err, time.Since(start))
	}
}

// TestWebhook shows the gateway gets a signed message, and a refusal is an error to retry.
func TestWebhook(t *testing.T) {
	var got notify.WebhookMessage
	status := http.StatusAccepted
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Header.Get(notify.SignatureHeader) != notify.Sign("k", body) {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		if err := json.Unmarshal(body, &got); err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(status)
	}))
	defer srv.Close()
	w := &notify.Webhook{URL: srv.URL, Secret: "k"}
	d := domain.Delivery{Key: "k1", Channel: domain.ChannelSMS, To: "13800138000", Body: "投诉 GZ-2026-000001：已受理"}
	if err := w.Send(context.Background(), d); err != nil || got.To != d.To || got.Text != d.Body || got.Key != d.Key {
		t.Fatalf("send = %v, got %+v", err, got)
	}
	status = http.StatusServiceUnavailable
	if err := w.Send(context.Background(), d); err == nil || errors.Is(err, domain.ErrUndeliverable) {
		t.Fatalf("an unavailable gateway: %v, want an error to retry", err)
	}
	w.Secret = "wrong"
	status = http.StatusAccepted
	if err := w.Send(context.Background(), d); !errors.Is(err, domain.ErrUndeliverable) {
		t.Fatalf("a bad signature: %v, want a final refusal", err)
	}
}
