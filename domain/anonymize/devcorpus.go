package anonymize

import (
	_ "embed"
	"strings"
)

// devCorpus is the hand-labeled development corpus (testdata/corpus/dev.jsonl, written to
// testdata/corpus/SPEC.md): the text the rules were tuned on. It is embedded so that
// "redress anonymize eval" reports it wherever it runs.
//
//go:embed testdata/corpus/dev.jsonl
var devCorpus string

// DevCorpus returns the hand-labeled development corpus.
func DevCorpus() (Corpus, error) {
	return LoadJSONL(strings.NewReader(devCorpus))
}
