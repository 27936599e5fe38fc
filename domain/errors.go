package domain

import (
	"errors"
	"fmt"

	"github.com/redress-project/redress/domain/anonymize"
	"github.com/redress-project/redress/domain/text"
)

// ErrorCode is a stable, machine-readable error class. The API maps each code to one
// HTTP status; clients switch on it.
type ErrorCode string

// The error codes. Keep this list short: finer distinctions go in Error.Reason.
const (
	ECodeInvalid              ErrorCode = "invalid"
	ECodeUnauthorized         ErrorCode = "unauthorized"
	ECodeForbidden            ErrorCode = "forbidden"
	ECodeNotFound             ErrorCode = "not_found"
	ECodeConflict             ErrorCode = "conflict"
	ECodePreconditionFailed   ErrorCode = "precondition_failed"
	ECodePreconditionRequired ErrorCode = "precondition_required"
	ECodeRateLimited          ErrorCode = "rate_limited"
	ECodeUnavailable          ErrorCode = "unavailable"
	ECodeInternal             ErrorCode = "internal"
)

// FieldError is one problem with one input field; validation reports all of them at once.
// Message is in English; In writes it in another language.
type FieldError struct {
	Field   string `json:"field"`
	Code    string `json:"code"`
	Message string `json:"message"`
	// Span says where in the field's text a finding is, for checks that read text.
	Span *anonymize.Span `json:"span,omitempty"`
	text text.Text
}

// NewFieldError returns a field error with a catalog message (see package text).
func NewFieldError(field, code, format string, args ...any) FieldError {
	return FieldError{Field: field, Code: code, Message: fmt.Sprintf(format, args...), text: text.T(format, args...)}
}

// In returns f with its message in l.
func (f FieldError) In(l text.Lang) FieldError {
	f.Message = textOf(f.text, f.Message).In(l)
	return f
}

// Error is the application's error: a code for the class, an optional reason for the
// specific rule that was broken, a human message, and field errors for invalid input.
// Message is in English, for logs; Detail writes it in the reader's language.
type Error struct {
	Code       ErrorCode
	Reason     string
	Message    string
	Fields     []FieldError
	RetryAfter int // seconds; set with ECodeRateLimited and ECodeUnavailable
	text       text.Text
}

// Detail returns the message in l.
func (e *Error) Detail(l text.Lang) string { return textOf(e.text, e.Message).In(l) }

// Title returns the short title of the error's reason, or of its code, in l.
func (e *Error) Title(l text.Lang) string { return text.Title(string(e.Code), e.Reason, l) }

// textOf is the catalog message of a message: the one it was made from, or the message
// itself when it was written as a literal without arguments.
func textOf(t text.Text, message string) text.Text {
	if t.Msg == "" {
		return text.T(message)
	}
	return t
}

func (e *Error) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("%s (%s): %s", e.Code, e.Reason, e.Message)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted catalog message (see
// package text).
func Errorf(code ErrorCode, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), text: text.T(format, args...)}
}

// ReasonErrorf returns an *Error with a code, a reason and a formatted catalog message.
func ReasonErrorf(code ErrorCode, reason, format string, args ...any) *Error {
	return &Error{Code: code, Reason: reason, Message: fmt.Sprintf(format, args...), text: text.T(format, args...)}
}

// CodeOf returns the code of err's *Error, or ECodeInternal for any other error.
func CodeOf(err error) ErrorCode {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ECodeInternal
}

// ReasonOf returns the reason of err's *Error, or "".
func ReasonOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Reason
	}
	return ""
}

// Validation collects field errors so that a request reports every problem at once.
type Validation struct {
	fields []FieldError
}

// Add records a problem with a field, in a formatted catalog message.
func (v *Validation) Add(field, code, format string, args ...any) {
	v.fields = append(v.fields, NewFieldError(field, code, format, args...))
}

// Err returns an invalid *Error holding every recorded problem, or nil if there were none.
func (v *Validation) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Code: ECodeInvalid, Reason: "validation_failed", Message: "The request has invalid fields.", Fields: v.fields}
}
