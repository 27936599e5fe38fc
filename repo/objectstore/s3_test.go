package objectstore_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/redress-project/redress/domain"
	"github.com/redress-project/redress/repo"
	"github.com/redress-project/redress/repo/objectstore"
)

var ctx = context.Background()

// s3Server starts an in-process S3-compatible server and returns the store URL of a
// bucket on it.
func s3Server(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(gofakes3.New(s3mem.New()).Server())
	t.Cleanup(srv.Close)
	return "s3://key:secret@" + strings.TrimPrefix(srv.URL, "http://") + "/attachments/redress?secure=false"
}

// TestFileStores runs the same contract against the disk store and the S3 store.
func TestFileStores(t *testing.T) {
	s3, err := objectstore.Open(ctx, s3Server(t))
	if err != nil {
		t.Fatal(err)
	}
	stores := map[string]domain.FileStore{"disk": repo.DiskFiles{Dir: t.TempDir()}, "s3": s3}
	for name, fs := range stores {
		t.Run(name, func(t *testing.T) {
			content := []byte("发票照片 receipt bytes")
			n, sha, err := fs.PutFile(ctx, "cases/1/a.png", bytes.NewReader(content))
			if err != nil {
				t.Fatal(err)
			}
			want := sha256.Sum256(content)
			if n != int64(len(content)) || sha != hex.EncodeToString(want[:]) {
				t.Fatalf("put: size %d sha %s", n, sha)
			}
			f, err := fs.OpenFile(ctx, "cases/1/a.png")
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(f)
			f.Close()
			if !bytes.Equal(got, content) {
				t.Fatalf("read back %q", got)
			}
			if err := fs.DeleteFile(ctx, "cases/1/a.png"); err != nil {
				t.Fatal(err)
			}
			if _, err := fs.OpenFile(ctx, "cases/1/a.png"); domain.CodeOf(err) != domain.ECodeNotFound {
				t.Fatalf("open after delete: %v", err)
			}
			if err := fs.DeleteFile(ctx, "cases/1/a.png"); err != nil {
				t.Fatalf("deleting a missing file: %v", err)
			}
			if _, _, err := fs.PutFile(ctx, "../escape", bytes.NewReader(content)); err == nil {
				t.Fatal("a key outside the store was accepted")
			}
			big := bytes.Repeat([]byte{'x'}, domain.MaxAttachmentSize+10)
			if n, _, err := fs.PutFile(ctx, "cases/1/big.bin", bytes.NewReader(big)); err != nil || n != domain.MaxAttachmentSize+1 {
				t.Fatalf("oversized put read %d bytes, err %v", n, err)
			}
		})
	}
}

func TestOpenS3FilesErrors(t *testing.T) {
	for _, u := range []string{"s3://key:secret@/bucket", "http://host/bucket", "s3://key:secret@host:9000/", "s3://k:s@host/b?secure=maybe"} {
		if _, err := objectstore.Open(ctx, u); err == nil {
			t.Errorf("%s: no error", u)
		} else if strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: the message shows the secret: %v", u, err)
		}
	}
}
