// Package notify delivers notifications outside the application: email over SMTP and
// text messages through an SMS gateway's webhook.
package notify

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net"
	"strconv"
	"strings"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/redress-project/redress/domain"
)

// SMTP sends email through a relay.
type SMTP struct {
	Host     string
	Port     int
	From     string
	User     string // with Password, authenticates with PLAIN (only over TLS)
	Password string
	StartTLS bool
	// TLSConfig is used for STARTTLS; nil verifies the relay's certificate for Host.
	TLSConfig *tls.Config
}

// Send implements domain.Sender. The whole exchange is bounded by ctx.
func (s *SMTP) Send(ctx context.Context, d domain.Delivery) error {
	addr := net.JoinHostPort(s.Host, strconv.Itoa(s.Port))
	var dialer net.Dialer
	conn, err := dialer.DialContext(ctx, "tcp", addr)
	if err != nil {
		return fmt.Errorf("smtp: dial %s: %w", addr, err)
	}
	if deadline, ok := ctx.Deadline(); ok {
		conn.SetDeadline(deadline)
	}
	stop := context.AfterFunc(ctx, func() { conn.SetDeadline(time.Now()) })
	defer stop()
	var c *smtp.Client
	if s.StartTLS {
		cfg := s.TLSConfig
		if cfg == nil {
			cfg = &tls.Config{ServerName: s.Host}
		}
		if c, err = smtp.NewClientStartTLS(conn, cfg); err != nil {
			conn.Close()
			return fmt.Errorf("smtp: starttls with %s: %w", addr, err)
		}
	} else {
		c = smtp.NewClient(conn)
	}
	defer c.Close()
	if s.User != "" {
		if err := c.Auth(sasl.NewPlainClient("", s.User, s.Password)); err != nil {
			return fmt.Errorf("smtp: auth: %w", err)
		}
	}
	if err := c.SendMail(s.From, []string{d.To}, bytes.NewReader(s.message(d))); err != nil {
		var refused *smtp.SMTPError
		if errors.As(err, &refused) && refused.Code >= 500 {
			return fmt.Errorf("smtp: %s refused: %w (%w)", d.To, domain.ErrUndeliverable, err)
		}
		return fmt.Errorf("smtp: send to %s: %w", d.To, err)
	}
	return c.Quit()
}

// message is a plain-text UTF-8 mail, its body in base64 so every relay passes it intact.
func (s *SMTP) message(d domain.Delivery) []byte {
	var b bytes.Buffer
	id := make([]byte, 12)
	rand.Read(id)
	domainPart := s.From[strings.LastIndexByte(s.From, '@')+1:]
	fmt.Fprintf(&b, "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: <%s@%s>\r\n",
		s.From, d.To, mime.BEncoding.Encode("utf-8", d.Subject), time.Now().Format(time.RFC1123Z), hex.EncodeToString(id), domainPart)
	fmt.Fprintf(&b, "X-Redress-Key: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n", d.Key)
	enc := base64.StdEncoding.EncodeToString([]byte(d.Body))
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n")
	return b.Bytes()
}
