// Package texttest checks in tests that a text is written in the language it claims.
package texttest

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/redress-project/redress/domain/text"
)

// simplifiedToTraditional pairs common characters written differently in the two scripts.
var simplifiedToTraditional = map[rune]rune{
	'这': '這', '个': '個', '为': '為', '请': '請', '无': '無', '没': '沒', '数': '數', '时': '時',
	'们': '們', '说': '說', '对': '對', '与': '與', '后': '後', '资': '資', '户': '戶', '录': '錄',
	'协': '協', '会': '會', '员': '員', '诉': '訴', '调': '調', '解': '解', '结': '結', '过': '過',
	'费': '費', '该': '該', '现': '現', '还': '還', '证': '證', '码': '碼', '号': '號', '称': '稱',
	'处': '處', '须': '須', '开': '開', '关': '關', '门': '門', '间': '間', '经': '經', '营': '營',
	'业': '業', '报': '報', '实': '實', '计': '計', '认': '認', '选': '選', '务': '務', '权': '權',
	'内': '內', '长': '長', '发': '發', '标': '標', '项': '項', '题': '題', '类': '類', '机': '機',
	'进': '進', '单': '單', '态': '態', '问': '問', '强': '強', '级': '級', '东': '東', '周': '週',
}

var traditional = func() map[rune]rune {
	m := map[rune]rune{}
	for s, t := range simplifiedToTraditional {
		if s != t {
			m[t] = s
		}
	}
	return m
}()

// Check returns an error unless s is a non-empty text in l: English without Han
// characters; Chinese with them, Simplified without the traditional forms of common
// characters, Traditional without their simplified forms.
func Check(l text.Lang, s string) error {
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("empty")
	}
	han := strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Han, r) })
	switch l {
	case text.En:
		if han {
			return fmt.Errorf("%q has Han characters", s)
		}
		return nil
	case text.ZhHans:
		for _, r := range s {
			if _, ok := traditional[r]; ok {
				return fmt.Errorf("%q has the traditional %c", s, r)
			}
		}
	case text.ZhHant:
		for _, r := range s {
			if t, ok := simplifiedToTraditional[r]; ok && t != r {
				return fmt.Errorf("%q has the simplified %c (%c)", s, r, t)
			}
		}
	default:
		return fmt.Errorf("unknown language %q", l)
	}
	if !han {
		return fmt.Errorf("%q has no Han characters", s)
	}
	return nil
}
