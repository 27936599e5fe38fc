// Package anonymize scrubs personal data from complaint narratives so that a closed case
// can become a publishable case study: names of the parties, phone numbers, resident ID
// numbers, bank cards, emails, credit codes, street addresses, order and waybill numbers,
// licence plates, links with query strings and social-network accounts are replaced by
// fixed-width typed placeholders ("[手机号]"), so the length of what was removed does not leak.
//
// Text is first normalized (normalize.go): Traditional characters to Simplified, full-width
// forms to ASCII, numbers read out in Chinese numerals to digits, disguised emails
// (zhangwei88(at)163.com) to plain ones, odd separators inside numbers to spaces. The
// detectors run on the normalized text and their spans are mapped back, so the original
// text is what gets replaced. Detection is then a forward pass over the text: runs of
// digits and letters are grouped and classified with checksums and the cue words before
// them, and Han characters are looked up in a table that says where a surname, a cue word,
// a plate or an address suffix stands; later passes find what needs the whole text
// (numbers told in pieces, estate shorthand, English addresses, Latin-script and minority
// names, names without a cue word, names in lists) and join the pieces of one address.
//
// Names without a cue word are judged with the dictionary of github.com/go-ego/gse, a
// maintained pure-Go Chinese segmenter: a given-name role model learned from its ~77,000
// person-name (nr) entries, and its words, which a name candidate must neither be nor cut
// (namemodel.go explains why the dictionary and not gse's segmentation). Brands that look
// like names (钱大妈, 周大福, 王老吉) are kept by a lexicon.
//
// GenerateCorpus builds a labeled corpus with hard cases and hard negatives, LoadJSONL reads
// hand-labeled ones (testdata/corpus: the development corpus, and a held-out corpus when
// present), and Evaluate measures Scrub against them (per-type precision, recall and F2,
// hard negatives kept, addresses replaced only in part).
package anonymize

import (
	"sort"
	"strings"
)

// Type is a kind of personal data.
type Type string

// The kinds of personal data Scrub finds.
const (
	Name        Type = "name"
	Mobile      Type = "mobile"
	Landline    Type = "landline"
	IDNumber    Type = "id_number"
	BankCard    Type = "bank_card"
	Email       Type = "email"
	USCC        Type = "uscc"
	Address     Type = "address"
	OrderNumber Type = "order_number"
	Plate       Type = "plate"
	URL         Type = "url"
	SocialID    Type = "social_id" // WeChat/QQ ids after cue words
)

// Types lists every Type in report order.
func Types() []Type {
	return []Type{Name, Mobile, Landline, IDNumber, BankCard, Email, USCC, Address, OrderNumber, Plate, URL, SocialID}
}

// Structured reports whether t is a structured value (a number, a code, an email, a link):
// such a value is either replaced whole or not at all.
func Structured(t Type) bool {
	return t != Name && t != Address
}

// Span is one replaced piece: byte offsets into the ORIGINAL text, its type, and the original text.
// In JSON: {"start", "end", "type", "text"}.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  Type   `json:"type"`
	Text  string `json:"text"`
}

// Party is a known person of the case (the consumer, business contacts): scrubbed
// wherever they appear. For "张伟" Scrub also catches 张先生/张女士/张老人/张阿姨/张某, and
// the given name alone only when it has two or more runes (伟明 of 张伟明, not 伟 of 张伟).
type Party struct {
	FullName string
}

// Result is the scrubbed text and what was replaced.
type Result struct {
	Text  string
	Spans []Span
}

var placeholders = map[Type]string{
	Name:        "[姓名]",
	Mobile:      "[手机号]",
	Landline:    "[电话]",
	IDNumber:    "[身份证号]",
	BankCard:    "[银行卡号]",
	Email:       "[邮箱]",
	USCC:        "[统一社会信用代码]",
	Address:     "[地址]",
	OrderNumber: "[订单号]",
	Plate:       "[车牌号]",
	URL:         "[链接]",
	SocialID:    "[社交账号]",
}

// Placeholder returns the placeholder of a type, e.g. "[姓名]", "[手机号]", "[身份证号]",
// "[银行卡号]", "[邮箱]", "[统一社会信用代码]", "[地址]", "[订单号]", "[车牌号]", "[链接]",
// "[社交账号]", "[电话]"; "[已删除]" for an unknown type. It does not depend on what was removed.
func Placeholder(t Type) string {
	if p, ok := placeholders[t]; ok {
		return p
	}
	return "[已删除]"
}

// priority breaks ties between spans of the same length: the more specific type wins.
func priority(t Type) int {
	switch t {
	case IDNumber:
		return 12
	case USCC:
		return 11
	case BankCard:
		return 10
	case Mobile:
		return 9
	case Landline:
		return 8
	case Email:
		return 7
	case Plate:
		return 6
	case SocialID:
		return 5
	case OrderNumber:
		return 4
	case URL:
		return 3
	case Address:
		return 2
	case Name:
		return 1
	}
	return 0
}

// Scrub replaces personal data in text with fixed-width typed placeholders. parties are
// the known people of the case; they are scrubbed wherever they appear, cue words or not.
// Spans are ordered, do not overlap, and carry byte offsets into text.
//
// Scrub is idempotent: it scans its own output again, and whatever that finds (a decision
// that depended on text another detector replaced) is mapped back onto the original and
// scrubbed too, until nothing new turns up.
func Scrub(text string, parties []Party) Result {
	spans := detect(text, parties)
	out := render(text, spans)
	for range 4 {
		more := detect(out, parties)
		if len(more) == 0 {
			break
		}
		for k := range more {
			more[k].Start, more[k].End = toOriginal(spans, more[k].Start, false), toOriginal(spans, more[k].End, true)
			more[k].Text = text[more[k].Start:more[k].End]
		}
		spans = resolve(text, append(spans, more...))
		out = render(text, spans)
	}
	return Result{Text: out, Spans: spans}
}

// detect normalizes text, finds the resolved spans of the normalized text and maps them
// back onto text.
func detect(text string, parties []Party) []Span {
	n := normalize(text)
	spans := detectNormalized(n.text, parties, n.traditional)
	if n.segs == nil || len(spans) == 0 {
		return spans
	}
	for k := range spans {
		a, e := n.origRange(spans[k].Start, spans[k].End)
		spans[k] = Span{Start: a, End: e, Type: spans[k].Type, Text: text[a:e]}
	}
	return resolve(text, spans)
}

// detectNormalized finds the resolved spans of a normalized text, repetitions of
// structured values included. traditional says the original had Traditional characters.
func detectNormalized(text string, parties []Party, traditional bool) []Span {
	s := &scanner{text: text, traditional: traditional}
	s.scan()
	s.splitMobiles()
	s.pieceMobiles()
	s.punctuatedMobiles()
	s.maskedMobiles()
	s.intlNumbers()
	s.numberTails()
	s.atHandles()
	s.estateShorthand()
	s.englishAddresses()
	s.emails()
	s.urls()
	s.parties(parties)
	s.dotNames()
	s.latinNames()
	s.freeNames()
	s.minorityNames()
	s.leadNames()
	s.aliasNames()
	s.parentNicknames()
	s.listNames()
	s.dropBrands()
	s.dropBusinessAccounts()
	s.mergeAddresses()
	found := append([]Span(nil), s.spans...)
	spans := resolve(text, s.spans)
	if extra := echoes(text, found, spans); len(extra) > 0 {
		spans = resolve(text, append(spans, extra...))
	}
	if extra := nameEchoes(text, spans); len(extra) > 0 {
		spans = resolve(text, append(spans, extra...))
	}
	return spans
}

// render replaces the spans of text with their placeholders.
func render(text string, spans []Span) string {
	if len(spans) == 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, sp := range spans {
		b.WriteString(text[at:sp.Start])
		b.WriteString(Placeholder(sp.Type))
		at = sp.End
	}
	b.WriteString(text[at:])
	return b.String()
}

// toOriginal maps an offset into render(text, spans) back to text. An offset strictly
// inside a placeholder maps to the start of its span, or to its end for the end of a range.
func toOriginal(spans []Span, x int, isEnd bool) int {
	shift := 0 // output offset minus original offset before the current span
	for _, sp := range spans {
		ps := sp.Start + shift
		pe := ps + len(Placeholder(sp.Type))
		if x <= ps {
			return x - shift
		}
		if x < pe {
			if isEnd {
				return sp.End
			}
			return sp.Start
		}
		shift = pe - sp.End
	}
	return x - shift
}

// resolve orders the candidate spans and removes overlaps: of overlapping spans the
// longest (then the most specific) is kept; a span that sticks out of a kept one is
// merged into it, so no structured value is ever replaced in part.
func resolve(text string, cands []Span) []Span {
	if len(cands) == 0 {
		return nil
	}
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].Start != cands[j].Start {
			return cands[i].Start < cands[j].Start
		}
		return cands[i].End > cands[j].End
	})
	out := make([]Span, 0, len(cands))
	for i := 0; i < len(cands); {
		j, end := i+1, cands[i].End
		for j < len(cands) && cands[j].Start < end {
			end = max(end, cands[j].End)
			j++
		}
		if j == i+1 {
			out = append(out, cands[i])
		} else {
			out = append(out, resolveCluster(text, cands[i:j])...)
		}
		i = j
	}
	return out
}

// resolveCluster resolves a few transitively overlapping spans.
func resolveCluster(text string, cluster []Span) []Span {
	c := append([]Span(nil), cluster...)
	sort.SliceStable(c, func(i, j int) bool {
		li, lj := c[i].End-c[i].Start, c[j].End-c[j].Start
		if li != lj {
			return li > lj
		}
		return priority(c[i].Type) > priority(c[j].Type)
	})
	var kept []Span
	for _, sp := range c {
		merged := false
		for k := range kept {
			a := &kept[k]
			if sp.Start >= a.End || sp.End <= a.Start {
				continue
			}
			a.Start, a.End = min(a.Start, sp.Start), max(a.End, sp.End)
			merged = true
			break
		}
		if !merged {
			kept = append(kept, sp)
		}
	}
	// A merge may have made two kept spans overlap: fold them until none do.
	sort.Slice(kept, func(i, j int) bool { return kept[i].Start < kept[j].Start })
	out := kept[:0]
	for _, sp := range kept {
		if n := len(out); n > 0 && sp.Start < out[n-1].End {
			last := &out[n-1]
			if sp.End-sp.Start > last.End-last.Start {
				last.Type = sp.Type
			}
			last.End = max(last.End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	for k := range out {
		out[k].Text = text[out[k].Start:out[k].End]
	}
	return out
}
