package domain

import (
	"context"
	"io"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Attachment is a file of evidence on a case.
type Attachment struct {
	ID          int64
	CaseID      int64
	UploadedBy  ActorKind
	UploaderID  *int64
	Filename    string
	ContentType string
	Size        int64
	SHA256      string
	StorageKey  string
	Visibility  Visibility
	CreatedAt   time.Time
}

// MaxAttachmentSize bounds one file: photos of receipts and contracts, not videos.
const MaxAttachmentSize = 10 << 20

// attachmentTypes are the types accepted, decided from the content, never the name.
var attachmentTypes = map[string]bool{
	"image/jpeg": true, "image/png": true, "image/gif": true, "image/webp": true, "image/heic": true,
	"application/pdf": true, "text/plain": true,
	"application/msword": true, "application/vnd.ms-excel": true, "application/vnd.ms-powerpoint": true,
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document":   true,
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":         true,
	"application/vnd.openxmlformats-officedocument.presentationml.presentation": true,
	"application/vnd.oasis.opendocument.text":                                   true,
	"application/vnd.oasis.opendocument.spreadsheet":                            true,
}

// FileStore keeps attachment bytes: local disk by default, shared object storage when
// several machines serve.
type FileStore interface {
	// PutFile stores the content under key and returns its size and SHA-256 (hex).
	PutFile(ctx context.Context, key string, r io.Reader) (size int64, sha string, err error)
	// OpenFile opens a stored file; not_found if it is missing.
	OpenFile(ctx context.Context, key string) (io.ReadCloser, error)
	// DeleteFile removes a stored file; a missing file is not an error.
	DeleteFile(ctx context.Context, key string) error
}

// AttachmentStore keeps attachment records.
type AttachmentStore interface {
	// CreateAttachment stores the record and its event in one transaction with the case locked.
	CreateAttachment(ctx context.Context, a *Attachment, ev Event) error
	// FindAttachments lists a case's attachments.
	FindAttachments(ctx context.Context, caseID int64) ([]Attachment, error)
	// FindAttachment returns one attachment of a case, or not_found.
	FindAttachment(ctx context.Context, caseID, id int64) (*Attachment, error)
}

// NewAttachment is an upload: the name the client gave, the type detected from the
// content, and the content.
type NewAttachment struct {
	Filename    string
	ContentType string
	Content     io.Reader
	Visibility  Visibility // staff uploads: internal or parties; the parties' are parties
}

// cleanFilename keeps the last path element, without control characters, at most 200 runes.
func cleanFilename(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || r == utf8.RuneError {
			return -1 // controls, and the bidi marks that show "exe.pdf" for "fdp.exe"
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	if name == "." || name == "/" || name == "" {
		name = "file"
	}
	const maxRunes = 120
	if utf8.RuneCountInString(name) > maxRunes {
		ext := path.Ext(name)
		if utf8.RuneCountInString(ext) > 16 {
			ext = ""
		}
		stem := []rune(strings.TrimSuffix(name, ext))
		name = string(stem[:maxRunes-utf8.RuneCountInString(ext)]) + ext // the extension kept: it says what the file is
	}
	return name
}

// AddAttachment stores evidence for a case the actor may see (staff: may work). The file is
// written first and recorded after, so a failure leaves at worst an orphan file, never a
// record without its bytes. Errors: not_found, forbidden, invalid.
func (s *CaseService) AddAttachment(ctx context.Context, a Actor, caseID int64, in NewAttachment) (*Attachment, error) {
	c, err := s.Get(ctx, a, caseID)
	if err != nil {
		return nil, err
	}
	if a.Kind == ActorStaff {
		if err := canWork(a, c); err != nil {
			return nil, err
		}
	}
	var v Validation
	if !attachmentTypes[in.ContentType] {
		v.Add("file", "type", "Attach images, PDF, text or office documents.")
	}
	vis := VisibilityParties
	if a.Kind == ActorStaff && in.Visibility == VisibilityInternal {
		vis = VisibilityInternal
	}
	if err := v.Err(); err != nil {
		return nil, err
	}
	key := path.Join("cases", strconv.FormatInt(c.ID, 10), RandomToken(16))
	size, sha, err := s.Files.PutFile(ctx, key, in.Content)
	if err != nil {
		return nil, err
	}
	if size > MaxAttachmentSize || size == 0 {
		_ = s.Files.DeleteFile(ctx, key)
		if size == 0 {
			v.Add("file", "empty", "The file is empty.")
		} else {
			v.Add("file", "too_large", "A file may have at most 10 MiB.")
		}
		return nil, v.Err()
	}
	att := &Attachment{CaseID: c.ID, UploadedBy: a.Kind, UploaderID: a.actorID(), Filename: cleanFilename(in.Filename),
		ContentType: in.ContentType, Size: size, SHA256: sha, StorageKey: key, Visibility: vis, CreatedAt: s.Now()}
	ev := s.stamp(Event{Type: "attachment_added", Visibility: vis, Payload: map[string]any{
		"filename": att.Filename, "content_type": att.ContentType, "size": size, "sha256": sha}}, a, c)
	if err := s.AttachmentRecords.CreateAttachment(ctx, att, ev); err != nil {
		_ = s.Files.DeleteFile(ctx, key)
		return nil, err
	}
	return att, nil
}

// Attachments lists the attachments of a case the actor may see; the parties do not see
// internal ones. Errors: not_found.
func (s *CaseService) Attachments(ctx context.Context, a Actor, caseID int64) ([]Attachment, error) {
	if _, err := s.Get(ctx, a, caseID); err != nil {
		return nil, err
	}
	all, err := s.AttachmentRecords.FindAttachments(ctx, caseID)
	if err != nil {
		return nil, err
	}
	out := all[:0]
	for _, x := range all {
		if a.Kind == ActorStaff || x.Visibility != VisibilityInternal {
			out = append(out, x)
		}
	}
	return out, nil
}

// OpenAttachment opens a file of a case the actor may see. Errors: not_found.
func (s *CaseService) OpenAttachment(ctx context.Context, a Actor, caseID, id int64) (*Attachment, io.ReadCloser, error) {
	if _, err := s.Get(ctx, a, caseID); err != nil {
		return nil, nil, err
	}
	att, err := s.AttachmentRecords.FindAttachment(ctx, caseID, id)
	if err != nil {
		return nil, nil, err
	}
	if a.Kind != ActorStaff && att.Visibility == VisibilityInternal {
		return nil, nil, Errorf(ECodeNotFound, "There is no such attachment.")
	}
	f, err := s.Files.OpenFile(ctx, att.StorageKey)
	if err != nil {
		return nil, nil, err
	}
	return att, f, nil
}
