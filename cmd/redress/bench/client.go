package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Client calls the API as one user (or anonymously when Token is empty).
type Client struct {
	Base  string
	Token string
	HTTP  *http.Client
}

// NewHTTP returns an HTTP client that keeps enough idle connections for clients workers.
func NewHTTP(clients int) *http.Client {
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns, tr.MaxIdleConnsPerHost = clients*2, clients*2
	return &http.Client{Transport: tr, Timeout: 60 * time.Second}
}

// Login returns a client logged in as email.
func Login(ctx context.Context, h *http.Client, base, email, password string) (*Client, error) {
	c := &Client{Base: base, HTTP: h}
	var out struct {
		Token string `json:"token"`
	}
	if err := c.Do(ctx, "POST", "/api/v1/auth/login", map[string]string{"email": email, "password": password}, &out); err != nil {
		return nil, fmt.Errorf("bench: log in as %s: %w", email, err)
	}
	c.Token = out.Token
	return c, nil
}

// Do sends body (JSON-encoded unless nil or []byte) and decodes a 2xx answer into out
// (unless nil); other answers are errors carrying the status and body. headers are pairs.
func (c *Client) Do(ctx context.Context, method, path string, body, out any, headers ...string) error {
	var r io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		r = bytes.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			return err
		}
		r = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, r)
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode/100 != 2 {
		return fmt.Errorf("%s %s: %d %s", method, path, res.StatusCode, bytes.TrimSpace(data[:min(len(data), 300)]))
	}
	if out != nil {
		return json.Unmarshal(data, out)
	}
	return nil
}
