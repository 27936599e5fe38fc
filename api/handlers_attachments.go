package api

import (
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"

	"github.com/gabriel-vasile/mimetype"
	"github.com/gin-gonic/gin"

	"github.com/redress-project/redress/domain"
)

type attachmentJSON struct {
	ID          int64             `json:"id"`
	Filename    string            `json:"filename"`
	ContentType string            `json:"content_type"`
	Size        int64             `json:"size"`
	SHA256      string            `json:"sha256"`
	UploadedBy  domain.ActorKind  `json:"uploaded_by"`
	Visibility  domain.Visibility `json:"visibility"`
	CreatedAt   string            `json:"created_at"`
}

func attachmentOut(a *domain.Attachment) attachmentJSON {
	return attachmentJSON{ID: a.ID, Filename: a.Filename, ContentType: a.ContentType, Size: a.Size, SHA256: a.SHA256,
		UploadedBy: a.UploadedBy, Visibility: a.Visibility, CreatedAt: a.CreatedAt.UTC().Format("2006-01-02T15:04:05Z07:00")}
}

// readUpload takes the "file" part of a multipart upload and detects its type from the
// content: the name and the declared type are not trusted.
func readUpload(c *gin.Context) (domain.NewAttachment, func(), error) {
	c.Request.Body = http.MaxBytesReader(c.Writer, c.Request.Body, domain.MaxAttachmentSize+1<<20)
	fh, err := c.FormFile("file")
	if err != nil {
		var tooBig *http.MaxBytesError
		var v domain.Validation
		if errors.As(err, &tooBig) {
			v.Add("file", "too_large", "A file may have at most 10 MiB.")
		} else {
			v.Add("file", "required", "Send the file as the multipart field \"file\".")
		}
		return domain.NewAttachment{}, func() {}, v.Err()
	}
	f, err := fh.Open()
	if err != nil {
		return domain.NewAttachment{}, func() {}, err
	}
	mt, err := mimetype.DetectReader(f)
	if err != nil {
		f.Close()
		return domain.NewAttachment{}, func() {}, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return domain.NewAttachment{}, func() {}, err
	}
	ctype, _, _ := mime.ParseMediaType(mt.String())
	return domain.NewAttachment{Filename: fh.Filename, ContentType: ctype, Content: f,
		Visibility: domain.Visibility(c.PostForm("visibility"))}, func() { f.Close() }, nil
}

func (s *Server) addAttachment(c *gin.Context, a domain.Actor, caseID int64) {
	in, done, err := readUpload(c)
	defer done()
	if err != nil {
		writeError(c, err)
		return
	}
	att, err := s.Cases.AddAttachment(c.Request.Context(), a, caseID, in)
	if err != nil {
		writeError(c, err)
		return
	}
	c.JSON(http.StatusCreated, attachmentOut(att))
}

func (s *Server) handleComplaintAttachment(c *gin.Context) {
	id, err := idParam(c, "id")
	if err != nil {
		writeError(c, err)
		return
	}
	kc, a, err := s.Cases.TrackByID(c.Request.Context(), id, proof(c), c.ClientIP())
	if err != nil {
		writeError(c, err)
		return
	}
	s.addAttachment(c, a, kc.ID)
}

func (s *Server) handleCaseAttachmentAdd(c *gin.Context) {
	id, _ := idParam(c, "id")
	s.addAttachment(c, s.actor(c), id)
}

func (s *Server) handleCaseAttachments(c *gin.Context) {
	id, _ := idParam(c, "id")
	s.listAttachments(c, s.actor(c), id)
}

func (s *Server) handleTrackAttachments(c *gin.Context) {
	if kc, a, ok := s.tracked(c); ok {
		s.listAttachments(c, a, kc.ID)
	}
}

// listAttachments answers with the files of a case the actor may see.
func (s *Server) listAttachments(c *gin.Context, a domain.Actor, caseID int64) {
	atts, err := s.Cases.Attachments(c.Request.Context(), a, caseID)
	if err != nil {
		writeError(c, err)
		return
	}
	out := list[attachmentJSON]{Items: make([]attachmentJSON, 0, len(atts))}
	for i := range atts {
		out.Items = append(out.Items, attachmentOut(&atts[i]))
	}
	c.JSON(http.StatusOK, out)
}

// sendAttachment streams a file as a download: its detected type, nosniff, and a
// Content-Disposition that cannot be tricked into rendering HTML in our origin.
func (s *Server) sendAttachment(c *gin.Context, a domain.Actor, caseID int64) {
	aid, err := strconv.ParseInt(c.Param("attachment_id"), 10, 64)
	if err != nil {
		writeError(c, domain.Errorf(domain.ECodeNotFound, "There is no such attachment."))
		return
	}
	att, f, err := s.Cases.OpenAttachment(c.Request.Context(), a, caseID, aid)
	if err != nil {
		writeError(c, err)
		return
	}
	defer f.Close()
	c.Header("X-Content-Type-Options", "nosniff")
	c.Header("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": att.Filename}))
	c.Header("Cache-Control", "private, no-store")
	c.DataFromReader(http.StatusOK, att.Size, att.ContentType, f, nil)
}

func (s *Server) handleCaseAttachmentGet(c *gin.Context) {
	id, _ := idParam(c, "id")
	s.sendAttachment(c, s.actor(c), id)
}

func (s *Server) handleTrackAttachmentGet(c *gin.Context) {
	kc, a, ok := s.tracked(c)
	if ok {
		s.sendAttachment(c, a, kc.ID)
	}
}
