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

// dev2Corpus is a second hand-labeled development corpus (testdata/corpus/dev2.jsonl, to
// the same spec), written by another author in other phrasings and looked at batch by
// batch before the rules were changed for it: it keeps the rules from fitting one
// author's wording.
//
//go:embed testdata/corpus/dev2.jsonl
var dev2Corpus string

// Dev2Corpus returns the second hand-labeled development corpus.
func Dev2Corpus() (Corpus, error) {
	return LoadJSONL(strings.NewReader(dev2Corpus))
}
