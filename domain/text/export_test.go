package text

// Has reports whether msg is in the catalog with a text for every language.
func Has(msg string) bool {
	tr, ok := catalog[msg]
	return ok && tr[ZhHans] != "" && tr[ZhHant] != ""
}

// HasTitle reports whether a reason (or, with reason "", a code) has a title in every
// language.
func HasTitle(code, reason string) bool {
	tr, ok := codeTitles[code]
	if reason != "" {
		tr, ok = reasonTitles[reason]
	}
	return ok && tr[ZhHans] != "" && tr[ZhHant] != "" && tr[En] != ""
}
