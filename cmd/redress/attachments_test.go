package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/repotest"
)

// pngBytes is a real, small PNG image.
func pngBytes(t *testing.T) []byte {
	img := image.NewRGBA(image.Rect(0, 0, 8, 8))
	img.Set(1, 1, color.RGBA{R: 200, A: 255})
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// upload posts a multipart file to path.
func (c *client) upload(path, filename string, content []byte, headers ...string) *response {
	c.t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	part, _ := w.CreateFormFile("file", filename)
	part.Write(content)
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "visibility" {
			w.WriteField("visibility", headers[i+1])
		}
	}
	w.Close()
	req, _ := http.NewRequest("POST", c.s.URL+path, &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] != "visibility" {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	res, err := c.http.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	return &response{t: c.t, Status: res.StatusCode, Header: res.Header, Body: data}
}

func TestAttachments(t *testing.T) {
	forEachDialect(t, func(t *testing.T, s *testServer) {
		r := s.file(t, designComplaint())
		consumer := s.anon(t)
		img := pngBytes(t)
		var att struct {
			ID          int64
			ContentType string `json:"content_type"`
			Size        int64
			Filename    string
		}
		consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "../../收据.jpg", img, "X-Access-Code", r.AccessCode).
			want(http.StatusCreated).decode(&att)
		if att.ContentType != "image/png" || att.Size != int64(len(img)) || att.Filename != "收据.jpg" {
			t.Fatalf("attachment = %+v: the type must come from the content, the name lose its path", att)
		}
		t.Run("ErrWrongAccessCode", func(t *testing.T) {
			consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "a.png", img, "X-Access-Code", "WRONGCODE2").problem(http.StatusNotFound, "not_found")
		})
		t.Run("ErrTypeByContent", func(t *testing.T) {
			p := consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "photo.png", []byte("MZ\x90\x00\x03 this is a Windows program"), "X-Access-Code", r.AccessCode).
				problem(http.StatusUnprocessableEntity, "invalid")
			if p.Errors[0].Code != "type" {
				t.Fatalf("errors = %+v", p.Errors)
			}
		})
		t.Run("ErrTooLarge", func(t *testing.T) {
			big := append(pngBytes(t), bytes.Repeat([]byte{0}, 11<<20)...)
			consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "big.png", big, "X-Access-Code", r.AccessCode).problem(http.StatusUnprocessableEntity, "invalid")
		})
		t.Run("ErrEmpty", func(t *testing.T) {
			p := consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "empty.txt", nil, "X-Access-Code", r.AccessCode).
				problem(http.StatusUnprocessableEntity, "invalid")
			if p.Errors[0].Code != "empty" {
				t.Fatalf("errors = %+v", p.Errors)
			}
		})
		gz := s.login(t, "gz.mediator@redress.test")
		path := fmt.Sprintf("/api/v1/cases/%d/attachments", r.ID)
		gz.upload(path, "内部记录.txt", []byte("商家曾经承认产品有问题。"), "visibility", "internal").want(http.StatusCreated)
		var list struct {
			Items []struct {
				ID         int64
				Visibility string
			}
		}
		gz.do("GET", path, nil).want(http.StatusOK).decode(&list)
		if len(list.Items) != 2 {
			t.Fatalf("staff see %d attachments, want 2", len(list.Items))
		}
		res := gz.do("GET", fmt.Sprintf("%s/%d", path, att.ID), nil).want(http.StatusOK)
		if !bytes.Equal(res.Body, img) || res.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("download: %d bytes, headers %v", len(res.Body), res.Header)
		}
		s.login(t, "bj.mediator@redress.test").do("GET", fmt.Sprintf("%s/%d", path, att.ID), nil).problem(http.StatusNotFound, "not_found")
		consumer.do("GET", fmt.Sprintf("/api/v1/track/%s/attachments/%d", r.TrackingNumber, att.ID), nil, "X-Access-Code", r.AccessCode).want(http.StatusOK)
		consumer.do("GET", fmt.Sprintf("/api/v1/track/%s/attachments/%d", r.TrackingNumber, list.Items[1].ID), nil, "X-Access-Code", r.AccessCode).problem(http.StatusNotFound, "not_found")
		d := consumer.track(r)
		var types []string
		for _, e := range d.Events {
			types = append(types, e.Type)
		}
		if strings.Count(strings.Join(types, ","), "attachment_added") != 1 {
			t.Fatalf("consumer timeline %v: the consumer's upload only", types)
		}
		t.Run("BidiNameDefused", func(t *testing.T) {
			var a struct{ Filename string }
			consumer.upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "invoice\u202Egnp.exe.png", img, "X-Access-Code", r.AccessCode).
				want(http.StatusCreated).decode(&a)
			if a.Filename != "invoicegnp.exe.png" {
				t.Fatalf("filename = %q", a.Filename)
			}
		})
	})
}

// TestAttachmentsInObjectStore runs two instances with separate data dirs on one
// PostgreSQL database and one S3-compatible store (in process): a file uploaded through
// one is downloaded through the other.
func TestAttachmentsInObjectStore(t *testing.T) {
	if !contains(repotest.Dialects(t), repo.Postgres) {
		t.Skip("instances share a PostgreSQL database; set " + repotest.PostgresEnv)
	}
	store := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	t.Cleanup(store.Close)
	cfg := MustOpenServer(t, repo.Postgres).Config
	cfg.Files = "s3://key:secret@" + strings.TrimPrefix(store.URL, "http://") + "/redress?secure=false"
	cfg.DataDir = t.TempDir()
	a := startServer(t, cfg)
	cfg.DataDir = t.TempDir()
	b := startServer(t, cfg)

	var r receipt
	a.anon(t).do("POST", "/api/v1/complaints", designComplaint()).want(http.StatusCreated).decode(&r)
	img := pngBytes(t)
	var att struct{ ID int64 }
	a.anon(t).upload(fmt.Sprintf("/api/v1/complaints/%d/attachments", r.ID), "receipt.png", img, "X-Access-Code", r.AccessCode).
		want(http.StatusCreated).decode(&att)
	got := b.login(t, "gz.mediator@redress.test").do("GET", fmt.Sprintf("/api/v1/cases/%d/attachments/%d", r.ID, att.ID), nil).want(http.StatusOK)
	if !bytes.Equal(got.Body, img) {
		t.Fatalf("instance B served %d bytes, want the %d uploaded on A", len(got.Body), len(img))
	}
	if entries, _ := os.ReadDir(cfg.DataDir); len(entries) != 0 {
		t.Fatalf("the data dir holds %d entries; attachments belong in the object store", len(entries))
	}
}
