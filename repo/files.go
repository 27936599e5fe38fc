package repo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"gorm.io/gorm"

	"github.com/redress-project/redress/domain"
)

// DiskFiles implements domain.FileStore in a directory (the data dir).
type DiskFiles struct{ Dir string }

func (d DiskFiles) path(key string) (string, error) {
	if !fs.ValidPath(key) {
		return "", fmt.Errorf("repo: bad file key %q", key)
	}
	return filepath.Join(d.Dir, filepath.FromSlash(key)), nil
}

// PutFile implements domain.FileStore: it writes to a temporary file and renames it into
// place, so a reader never sees half a file. It stops reading one byte past the size limit.
func (d DiskFiles) PutFile(ctx context.Context, key string, r io.Reader) (int64, string, error) {
	p, err := d.path(key)
	if err != nil {
		return 0, "", err
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o750); err != nil {
		return 0, "", fmt.Errorf("repo: files: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".upload-*")
	if err != nil {
		return 0, "", fmt.Errorf("repo: files: %w", err)
	}
	defer os.Remove(tmp.Name())
	h := sha256.New()
	n, err := io.Copy(io.MultiWriter(tmp, h), io.LimitReader(r, domain.MaxAttachmentSize+1))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return 0, "", fmt.Errorf("repo: files: write: %w", err)
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		return 0, "", fmt.Errorf("repo: files: %w", err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

// OpenFile implements domain.FileStore.
func (d DiskFiles) OpenFile(ctx context.Context, key string) (io.ReadCloser, error) {
	p, err := d.path(key)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, domain.Errorf(domain.ECodeNotFound, "The file is missing.")
	}
	return f, err
}

// DeleteFile implements domain.FileStore.
func (d DiskFiles) DeleteFile(ctx context.Context, key string) error {
	p, err := d.path(key)
	if err != nil {
		return err
	}
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

type attachmentRow struct {
	ID          int64 `gorm:"primaryKey"`
	CaseID      int64
	UploadedBy  string
	UploaderID  *int64
	Filename    string
	ContentType string
	SizeBytes   int64
	SHA256      string `gorm:"column:sha256"`
	StorageKey  string
	Visibility  string
	CreatedAt   time.Time
}

func (attachmentRow) TableName() string { return "attachments" }

func (r *attachmentRow) toDomain() domain.Attachment {
	return domain.Attachment{ID: r.ID, CaseID: r.CaseID, UploadedBy: domain.ActorKind(r.UploadedBy), UploaderID: r.UploaderID,
		Filename: r.Filename, ContentType: r.ContentType, Size: r.SizeBytes, SHA256: r.SHA256, StorageKey: r.StorageKey,
		Visibility: domain.Visibility(r.Visibility), CreatedAt: r.CreatedAt}
}

// CreateAttachment implements domain.AttachmentStore.
func (s *Cases) CreateAttachment(ctx context.Context, a *domain.Attachment, ev domain.Event) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := s.findCase(tx, true, "id = ?", a.CaseID); err != nil {
			return err
		}
		r := attachmentRow{CaseID: a.CaseID, UploadedBy: string(a.UploadedBy), UploaderID: a.UploaderID, Filename: a.Filename,
			ContentType: a.ContentType, SizeBytes: a.Size, SHA256: a.SHA256, StorageKey: a.StorageKey, Visibility: string(a.Visibility), CreatedAt: a.CreatedAt.UTC()}
		if err := tx.Create(&r).Error; err != nil {
			return translate(err, "Attachment")
		}
		a.ID = r.ID
		ev.Payload["attachment_id"] = r.ID
		return appendEvents(tx, a.CaseID, []domain.Event{ev})
	})
}

// FindAttachments implements domain.AttachmentStore.
func (s *Cases) FindAttachments(ctx context.Context, caseID int64) ([]domain.Attachment, error) {
	var rows []attachmentRow
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("id").Find(&rows).Error; err != nil {
		return nil, translate(err, "Attachments")
	}
	out := make([]domain.Attachment, 0, len(rows))
	for i := range rows {
		out = append(out, rows[i].toDomain())
	}
	return out, nil
}

// FindAttachment implements domain.AttachmentStore.
func (s *Cases) FindAttachment(ctx context.Context, caseID, id int64) (*domain.Attachment, error) {
	var r attachmentRow
	if err := s.db.WithContext(ctx).Where("case_id = ? AND id = ?", caseID, id).First(&r).Error; err != nil {
		return nil, translate(err, "Attachment")
	}
	a := r.toDomain()
	return &a, nil
}
