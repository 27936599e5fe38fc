// Package objectstore keeps attachments in an S3-compatible object store. It is apart from
// repo because it speaks HTTP, which the persistence layer does not.
package objectstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"github.com/redress-project/redress/domain"
)

// S3 implements domain.FileStore in a bucket of an S3-compatible object store
// (MinIO, Ceph, AWS S3, the cloud vendors' stores), so that instances on different
// machines share attachments.
type S3 struct {
	client *minio.Client
	bucket string
	prefix string
}

// Open connects to the store named by a URL
// s3://ACCESS_KEY:SECRET_KEY@HOST[:PORT]/BUCKET[/PREFIX][?secure=false&region=R]
// and creates the bucket if it does not exist. TLS is on unless secure=false.
func Open(ctx context.Context, rawURL string) (*S3, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Scheme != "s3" || u.Host == "" {
		return nil, fmt.Errorf("files: %q is not s3://KEY:SECRET@HOST/BUCKET[/PREFIX]", redactURL(rawURL))
	}
	bucket, prefix, _ := strings.Cut(strings.Trim(u.Path, "/"), "/")
	if bucket == "" {
		return nil, fmt.Errorf("files: %s names no bucket", redactURL(rawURL))
	}
	secure := true
	if v := u.Query().Get("secure"); v != "" {
		if secure, err = strconv.ParseBool(v); err != nil {
			return nil, fmt.Errorf("files: secure=%q is not true or false", v)
		}
	}
	secret, _ := u.User.Password()
	client, err := minio.New(u.Host, &minio.Options{
		Creds:  credentials.NewStaticV4(u.User.Username(), secret, ""),
		Secure: secure,
		Region: u.Query().Get("region"),
	})
	if err != nil {
		return nil, fmt.Errorf("files: %w", err)
	}
	ok, err := client.BucketExists(ctx, bucket)
	if err != nil {
		return nil, fmt.Errorf("files: bucket %s: %w", bucket, err)
	}
	if !ok {
		if err := client.MakeBucket(ctx, bucket, minio.MakeBucketOptions{Region: u.Query().Get("region")}); err != nil {
			return nil, fmt.Errorf("files: create bucket %s: %w", bucket, err)
		}
	}
	return &S3{client: client, bucket: bucket, prefix: prefix}, nil
}

// redactURL hides the secret key of a store URL in messages.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(unparsable URL)"
	}
	return u.Redacted()
}

func (s *S3) object(key string) (string, error) {
	if !fs.ValidPath(key) {
		return "", fmt.Errorf("objectstore: bad file key %q", key)
	}
	return path.Join(s.prefix, key), nil
}

// PutFile implements domain.FileStore. Attachments are small (domain.MaxAttachmentSize),
// so the content is read into memory first: its hash and size are known before the single
// PUT, and an oversized upload is refused without reaching the store.
func (s *S3) PutFile(ctx context.Context, key string, r io.Reader) (int64, string, error) {
	name, err := s.object(key)
	if err != nil {
		return 0, "", err
	}
	data, err := io.ReadAll(io.LimitReader(r, domain.MaxAttachmentSize+1))
	if err != nil {
		return 0, "", fmt.Errorf("objectstore: read: %w", err)
	}
	sum := sha256.Sum256(data)
	if len(data) > domain.MaxAttachmentSize {
		return int64(len(data)), hex.EncodeToString(sum[:]), nil
	}
	_, err = s.client.PutObject(ctx, s.bucket, name, bytes.NewReader(data), int64(len(data)),
		minio.PutObjectOptions{ContentType: "application/octet-stream"})
	if err != nil {
		return 0, "", fmt.Errorf("objectstore: put %s: %w", name, err)
	}
	return int64(len(data)), hex.EncodeToString(sum[:]), nil
}

// OpenFile implements domain.FileStore.
func (s *S3) OpenFile(ctx context.Context, key string) (io.ReadCloser, error) {
	name, err := s.object(key)
	if err != nil {
		return nil, err
	}
	obj, err := s.client.GetObject(ctx, s.bucket, name, minio.GetObjectOptions{})
	if err != nil {
		return nil, fmt.Errorf("objectstore: get %s: %w", name, err)
	}
	// GetObject is lazy: Stat makes the request, so a missing object is found here.
	if _, err := obj.Stat(); err != nil {
		obj.Close()
		if minio.ToErrorResponse(err).Code == minio.NoSuchKey {
			return nil, domain.Errorf(domain.ECodeNotFound, "The file is missing.")
		}
		return nil, fmt.Errorf("objectstore: get %s: %w", name, err)
	}
	return obj, nil
}

// DeleteFile implements domain.FileStore; a missing object is not an error.
func (s *S3) DeleteFile(ctx context.Context, key string) error {
	name, err := s.object(key)
	if err != nil {
		return err
	}
	if err := s.client.RemoveObject(ctx, s.bucket, name, minio.RemoveObjectOptions{}); err != nil &&
		minio.ToErrorResponse(err).Code != minio.NoSuchKey {
		return fmt.Errorf("objectstore: delete %s: %w", name, err)
	}
	return nil
}
