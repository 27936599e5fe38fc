package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/redress-project/redress/domain/anonymize"
)

const anonUsage = `Usage:
  redress anonymize [--json] [--party NAME]... < narrative.txt
      scrub personal data from stdin and write the result to stdout
  redress anonymize eval [--per-type N] [--seed S] [--heldout PATH] [--corpus PATH]...
      measure the scrubber per type on the generated labeled corpus (exits non-zero if one of
      its targets is missed), on the two hand-labeled development corpora, on the held-out corpus
      when its file exists, and on every --corpus file (JSON Lines, testdata/corpus/SPEC.md)

Flags:
`

// anonymizeCommand runs "redress anonymize": it scrubs the personal data out of the
// narrative on stdin (names, phone numbers, ID and card numbers, emails, credit codes,
// addresses, order numbers, plates, links, social accounts) and writes the draft of a case
// study to stdout; "redress anonymize eval" measures the scrubber on a labeled corpus.
func anonymizeCommand(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 && args[0] == "eval" {
		return anonEval(args[1:], stdout, stderr)
	}
	fs := flag.NewFlagSet("redress anonymize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, `write {"text": ..., "spans": [{"start", "end", "type", "text"}]}; start and end are byte offsets into the input (UTF-8), not characters`)
	var parties anonParties
	fs.Var(&parties, "party", "the full name of a known party (the consumer, a business contact), scrubbed wherever it appears with its honorifics; repeatable")
	fs.Usage = func() {
		fmt.Fprint(stderr, anonUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "redress anonymize: unexpected arguments %q (the text comes on stdin)\n", fs.Args())
		return errUsage
	}
	in, err := io.ReadAll(stdin)
	if err != nil {
		return fmt.Errorf("anonymize: read stdin: %w", err)
	}
	res := anonymize.Scrub(string(in), parties)
	if !*asJSON {
		_, err := io.WriteString(stdout, res.Text)
		return err
	}
	out := anonJSON{Text: res.Text, Spans: make([]anonJSONSpan, 0, len(res.Spans))}
	for _, sp := range res.Spans {
		out.Spans = append(out.Spans, anonJSONSpan{Start: sp.Start, End: sp.End, Type: string(sp.Type), Text: sp.Text})
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// anonJSON is the --json output.
type anonJSON struct {
	Text  string         `json:"text"`
	Spans []anonJSONSpan `json:"spans"`
}

// anonJSONSpan is one replaced piece; Start and End are byte offsets into the input.
type anonJSONSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Type  string `json:"type"`
	Text  string `json:"text"`
}

// anonParties collects the repeatable --party flag.
type anonParties []anonymize.Party

func (p *anonParties) String() string {
	names := make([]string, len(*p))
	for i, party := range *p {
		names[i] = party.FullName
	}
	return strings.Join(names, ",")
}

func (p *anonParties) Set(name string) error {
	if strings.TrimSpace(name) == "" {
		return errors.New("empty party name")
	}
	*p = append(*p, anonymize.Party{FullName: strings.TrimSpace(name)})
	return nil
}

// defaultHeldout is where the held-out corpus is kept, relative to the repository root.
const defaultHeldout = "domain/anonymize/testdata/corpus/heldout.jsonl"

// anonEval evaluates the scrubber on the generated corpus, the two development corpora, the
// held-out corpus (when its file exists) and the --corpus files, and prints a per-type
// table for each; it fails when a target of the generated corpus is missed.
func anonEval(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("redress anonymize eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	perType := fs.Int("per-type", 1000, "labeled instances of each type in the generated corpus")
	seed := fs.Uint64("seed", 1, "seed of the generated corpus (the same seed gives the same corpus)")
	heldout := fs.String("heldout", defaultHeldout, "the held-out corpus; skipped with a note when the file does not exist")
	var corpora anonCorpora
	fs.Var(&corpora, "corpus", "a labeled corpus file (JSON Lines) to evaluate too; repeatable")
	fs.Usage = func() {
		fmt.Fprint(stderr, anonUsage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 || *perType < 1 {
		fmt.Fprintln(stderr, "redress anonymize eval: takes no arguments and needs --per-type of at least 1")
		return errUsage
	}
	rep := anonymize.Evaluate(anonymize.GenerateCorpus(*seed, *perType))
	fmt.Fprintf(stdout, "== generated corpus (seed %d, %d per type)\n%s", *seed, *perType, rep)
	missed := rep.Missed(anonymize.Targets)
	if len(missed) == 0 {
		fmt.Fprintf(stdout, "all %d targets met\n", len(anonymize.Targets))
	}

	dev, err := anonymize.DevCorpus()
	if err != nil {
		return fmt.Errorf("anonymize eval: %w", err)
	}
	anonReportHand(stdout, "development corpus (embedded)", anonymize.Evaluate(dev))
	dev2, err := anonymize.Dev2Corpus()
	if err != nil {
		return fmt.Errorf("anonymize eval: %w", err)
	}
	anonReportHand(stdout, "second development corpus (embedded)", anonymize.Evaluate(dev2))

	files := append([]string(nil), corpora...)
	if _, err := os.Stat(*heldout); err == nil {
		files = append([]string{*heldout}, files...)
	} else {
		fmt.Fprintf(stdout, "\n== held-out corpus: %s not found, skipped\n", *heldout)
	}
	for _, path := range files {
		c, err := anonymize.LoadJSONLFile(path)
		if err != nil {
			return fmt.Errorf("anonymize eval: %w", err)
		}
		anonReportHand(stdout, path, anonymize.Evaluate(c))
	}
	if len(missed) > 0 {
		return fmt.Errorf("anonymize eval: %d targets missed on the generated corpus: %s", len(missed), strings.Join(missed, "; "))
	}
	return nil
}

// anonReportHand prints the report of a hand-labeled corpus and how it stands against the
// targets for text nobody tuned for.
func anonReportHand(w io.Writer, title string, rep anonymize.Report) {
	fmt.Fprintf(w, "\n== %s\n%s", title, rep)
	missed := rep.MissedHand()
	if len(missed) == 0 {
		fmt.Fprintln(w, "all hand-corpus targets met")
		return
	}
	fmt.Fprintf(w, "hand-corpus targets missed: %s\n", strings.Join(missed, "; "))
}

// anonCorpora collects the repeatable --corpus flag.
type anonCorpora []string

func (c *anonCorpora) String() string { return strings.Join(*c, ",") }

func (c *anonCorpora) Set(path string) error {
	if strings.TrimSpace(path) == "" {
		return errors.New("empty corpus path")
	}
	*c = append(*c, path)
	return nil
}
