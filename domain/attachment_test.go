package domain

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanFilename(t *testing.T) {
	long := strings.Repeat("发票", 100) + ".pdf"
	for _, tt := range []struct{ in, want string }{
		{"receipt.png", "receipt.png"},
		{`C:\Users\me\合同.pdf`, "合同.pdf"},
		{"../../etc/passwd", "passwd"},
		{"invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"a\u2066b\u2069c\u200f.txt", "abc.txt"},
		{"tab\there\x00\x85.jpg", "tabhere.jpg"},
		{"  ", "file"},
		{"", "file"},
	} {
		if got := cleanFilename(tt.in); got != tt.want {
			t.Errorf("cleanFilename(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	got := cleanFilename(long)
	if utf8.RuneCountInString(got) != 120 || !strings.HasSuffix(got, ".pdf") {
		t.Errorf("a long name becomes %q (%d runes)", got, utf8.RuneCountInString(got))
	}
}
