// Package text holds every sentence the server writes to people, in the three languages
// of the product, and picks a language from an account's locale or an Accept-Language
// header. A message is named by its English text, which the code writes where the message
// is raised (domain.Errorf(…, "There is no such case.")), so a reader sees what is meant
// without looking it up; the catalog gives the Chinese texts for it.
package text

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
)

// Lang is one of the languages the server writes in.
type Lang string

// The languages. Simplified Chinese is the default: the product serves the mainland's
// consumer associations, and a request that names no language we write in is most likely
// from there.
const (
	ZhHans Lang = "zh-Hans"
	ZhHant Lang = "zh-Hant"
	En     Lang = "en"
)

// Langs are the languages, the default first.
var Langs = []Lang{ZhHans, ZhHant, En}

var matcher = language.NewMatcher([]language.Tag{
	language.SimplifiedChinese, language.TraditionalChinese, language.English,
})

// Match returns the language for a locale ("zh-TW") or an Accept-Language header
// ("en-GB,en;q=0.9,zh;q=0.8"): zh, zh-CN, zh-SG and zh-Hans are Simplified Chinese;
// zh-TW, zh-HK, zh-MO and zh-Hant are Traditional Chinese; any English is English; and
// anything else, or nothing, is the default.
func Match(s string) Lang {
	tags, _, err := language.ParseAcceptLanguage(s)
	if err != nil || len(tags) == 0 {
		return Langs[0]
	}
	_, i, conf := matcher.Match(tags...)
	if conf == language.No {
		return Langs[0]
	}
	return Langs[i]
}

// Valid reports whether l is one of Langs.
func (l Lang) Valid() bool { return l == ZhHans || l == ZhHant || l == En }

// Text is a catalog message with its arguments, to be written in a language later, when
// the reader's language is known.
type Text struct {
	Msg  string // the English format, the message's key in the catalog
	Args []any
}

// T returns the Text of msg with args.
func T(msg string, args ...any) Text { return Text{Msg: msg, Args: args} }

// In writes t in l. A message missing from the catalog (a test keeps that from
// happening) is written in English. A translation without formatting verbs is used as it
// is, so that it may leave out an argument that only makes sense in English.
func (t Text) In(l Lang) string {
	format := t.Msg
	if l != En {
		if tr, ok := catalog[t.Msg]; ok {
			format = tr[l]
		}
	}
	if len(t.Args) == 0 || !strings.Contains(format, "%") {
		return format
	}
	return fmt.Sprintf(format, t.Args...)
}

// Title is the short title of a problem: its reason's when the reason has one, else its
// code's.
func Title(code, reason string, l Lang) string {
	if tr, ok := reasonTitles[reason]; ok {
		return tr[l]
	}
	if tr, ok := codeTitles[code]; ok {
		return tr[l]
	}
	return codeTitles["internal"][l]
}

// tr is one message's texts by language.
type tr map[Lang]string
