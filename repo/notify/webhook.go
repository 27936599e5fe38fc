package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/redress-project/redress/domain"
)

// SignatureHeader carries the HMAC-SHA256 of the request body under the shared secret,
// as "sha256=HEX"; the gateway recomputes it to know the message is ours.
const SignatureHeader = "X-Redress-Signature"

// Webhook posts text messages to an SMS gateway as JSON.
type Webhook struct {
	URL    string
	Secret string
	Client *http.Client // nil: a client with a 10 s timeout
}

// WebhookMessage is the body posted.
type WebhookMessage struct {
	Key       string `json:"key"` // the same on a retry: the gateway may deduplicate on it
	To        string `json:"to"`
	Text      string `json:"text"`
	Timestamp int64  `json:"timestamp"`
}

// Sign returns the signature header value of body under secret.
func Sign(secret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Send implements domain.Sender. Any answer but 2xx is an error, so the job retries.
func (w *Webhook) Send(ctx context.Context, d domain.Delivery) error {
	body, err := json.Marshal(WebhookMessage{Key: d.Key, To: d.To, Text: d.Body, Timestamp: time.Now().Unix()})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Idempotency-Key", d.Key)
	req.Header.Set(SignatureHeader, Sign(w.Secret, body))
	client := w.Client
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	res, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("sms webhook: %w", err)
	}
	defer res.Body.Close()
	io.Copy(io.Discard, io.LimitReader(res.Body, 1<<16))
	switch {
	case res.StatusCode/100 == 2:
	case res.StatusCode/100 == 4 && res.StatusCode != http.StatusRequestTimeout && res.StatusCode != http.StatusTooManyRequests:
		return fmt.Errorf("sms webhook: answered %d: %w", res.StatusCode, domain.ErrUndeliverable)
	default:
		return fmt.Errorf("sms webhook: answered %d", res.StatusCode)
	}
	return nil
}
