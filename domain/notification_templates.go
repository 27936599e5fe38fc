package domain

import (
	"embed"
	"fmt"
	"strings"
	"text/template"
)

//go:embed templates/*.tmpl
var templateFS embed.FS

// noticeTemplates holds one template set per language, parsed once.
var noticeTemplates = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, lang := range Languages {
		out[lang] = template.Must(template.New(lang).Option("missingkey=error").ParseFS(templateFS, "templates/"+lang+".tmpl"))
	}
	return out
}()

// NoticeView is what a notice template may show.
type NoticeView struct {
	// To is the recipient's side (an Audience): each is addressed in its own words, the
	// consumer about "your complaint", the business about the complaint against it, staff
	// about the case.
	To             Audience
	Name           string // the recipient
	TrackingNumber string
	Title          string
	Association    string
	Status         string // in the recipient's language
	Outcome        string // in the recipient's language; empty while open
	Text           string
	Amount         string
	Due            string
	Days           int
	Party          string // who answered an agreement, in the recipient's language
	Accepted       bool
	Reason, Basis  string // a rejection's ground and the rule it rests on, in the recipient's language
}

// RenderNotice writes a notice's subject and body in a language (the default one when
// lang is not one of Languages).
func RenderNotice(kind NoticeKind, lang string, v NoticeView) (subject, body string, err error) {
	t, ok := noticeTemplates[lang]
	if !ok {
		t = noticeTemplates[Languages[0]]
	}
	var s, b strings.Builder
	if err := t.ExecuteTemplate(&s, string(kind)+".subject", v); err != nil {
		return "", "", fmt.Errorf("notice %s in %s: %w", kind, lang, err)
	}
	if err := t.ExecuteTemplate(&b, string(kind)+".body", v); err != nil {
		return "", "", fmt.Errorf("notice %s in %s: %w", kind, lang, err)
	}
	return strings.TrimSpace(s.String()), strings.TrimSpace(b.String()) + "\n", nil
}

// statusNames and outcomeNames are the labels notices use, per language.
var statusNames = map[string]map[Status]string{
	"zh-Hans": {StatusSubmitted: "待受理", StatusAccepted: "已受理", StatusInMediation: "调解中", StatusClosed: "已结案"},
	"zh-Hant": {StatusSubmitted: "待受理", StatusAccepted: "已受理", StatusInMediation: "調解中", StatusClosed: "已結案"},
	"en":      {StatusSubmitted: "submitted", StatusAccepted: "accepted", StatusInMediation: "in mediation", StatusClosed: "closed"},
}

var outcomeNames = map[string]map[Outcome]string{
	"zh-Hans": {OutcomeAgreement: "调解成功", OutcomeBusinessRemedied: "经营者已解决", OutcomeFailed: "调解不成", OutcomeTerminated: "终止调解",
		OutcomeNotAccepted: "不予受理", OutcomeWithdrawn: "已撤回"},
	"zh-Hant": {OutcomeAgreement: "調解成功", OutcomeBusinessRemedied: "經營者已解決", OutcomeFailed: "調解不成", OutcomeTerminated: "終止調解",
		OutcomeNotAccepted: "不予受理", OutcomeWithdrawn: "已撤回"},
	"en": {OutcomeAgreement: "agreement reached", OutcomeBusinessRemedied: "remedied by the business", OutcomeFailed: "mediation failed",
		OutcomeTerminated: "mediation ended", OutcomeNotAccepted: "not accepted", OutcomeWithdrawn: "withdrawn"},
}

var partyNames = map[string]map[ActorKind]string{
	"zh-Hans": {ActorConsumer: "消费者", ActorBusiness: "经营者"},
	"zh-Hant": {ActorConsumer: "消費者", ActorBusiness: "經營者"},
	"en":      {ActorConsumer: "the consumer", ActorBusiness: "the business"},
}

// namesIn picks the name in a language.
func namesIn(n Names, lang string) string {
	switch lang {
	case "zh-Hant":
		return n.ZhHant
	case "en":
		return n.En
	}
	return n.ZhHans
}
