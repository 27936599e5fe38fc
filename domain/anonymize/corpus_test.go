package anonymize

import (
	"os"
	"strings"
	"testing"
)

func TestLoadJSONL(t *testing.T) {
	in := `{"id": "x1", "lang": "zh-Hans", "text": "王芳说王芳的电话13912345678，在钱大妈买菜", "pii": [{"type": "name", "text": "王芳"}, {"type": "mobile", "text": "13912345678"}], "traps": ["钱大妈"], "negative": false}

{"id": "x2", "lang": "en", "text": "Nothing here", "pii": [], "traps": [], "negative": true}
`
	c, err := LoadJSONL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 2 || c.Docs[0].ID != "x1" || !c.Docs[1].Negative || c.Docs[1].Lang != "en" {
		t.Fatalf("docs %+v", c.Docs)
	}
	d := c.Docs[0]
	if len(d.Spans) != 3 || d.Spans[0].Type != Name || d.Spans[1].Type != Name || d.Spans[2].Type != Mobile {
		t.Fatalf("every occurrence of each pii string is a gold span: %+v", d.Spans)
	}
	for _, sp := range append(d.Spans, d.Traps...) {
		if d.Text[sp.Start:sp.End] != sp.Text {
			t.Errorf("span %+v is not at its offsets", sp)
		}
	}
	if len(d.Traps) != 1 || d.Traps[0].Text != "钱大妈" {
		t.Errorf("traps %+v", d.Traps)
	}
	rep := Evaluate(c)
	if rep.Traps != 1 || rep.TrapsKept != 1 || rep.Stat(Name).TP != 2 || rep.Stat(Mobile).TP != 1 {
		t.Errorf("report %+v", rep)
	}
	if _, err := LoadJSONL(strings.NewReader(`{"id": "x3", "text": "abc", "pii": [{"type": "name", "text": "王芳"}]}`)); err == nil {
		t.Error("a pii string that is not in the text must be an error")
	}
}

// devFloors hold the development corpus at just under what the scrubber reaches on it,
// so that a change that loses ground fails here.
var devFloors = []Target{
	{Type: Name, MinRecall: 0.975, MinPrecision: 0.97},
	{Type: Mobile, MinRecall: 0.995, MinPrecision: 0.99},
	{Type: Landline, MinRecall: 0.95, MinPrecision: 0.90},
	{Type: IDNumber, MinRecall: 0.995, MinPrecision: 0.99},
	{Type: BankCard, MinRecall: 0.97, MinPrecision: 0.97},
	{Type: Email, MinRecall: 0.995, MinPrecision: 0.99},
	{Type: SocialID, MinRecall: 0.99, MinPrecision: 0.99},
	{Type: Address, MinRecall: 0.98, MinPrecision: 0.975},
	{Type: OrderNumber, MinRecall: 0.97, MinPrecision: 0.955},
	{Type: Plate, MinRecall: 0.93, MinPrecision: 0.99},
}

const (
	devMinTrapsKept   = 0.99
	devMaxPartialAddr = 1
)

func TestDevCorpus(t *testing.T) {
	c, err := DevCorpus()
	if err != nil {
		t.Fatal(err)
	}
	holdCorpus(t, "development corpus", c, 300, devFloors, devMinTrapsKept, devMaxPartialAddr)
}

// dev2Floors hold the second development corpus at just under what the scrubber reaches
// on it.
var dev2Floors = []Target{
	{Type: Name, MinRecall: 0.96, MinPrecision: 0.975},
	{Type: Mobile, MinRecall: 0.995, MinPrecision: 0.995},
	{Type: Landline, MinRecall: 0.99, MinPrecision: 0.99},
	{Type: IDNumber, MinRecall: 0.995, MinPrecision: 0.995},
	{Type: BankCard, MinRecall: 0.995, MinPrecision: 0.995},
	{Type: Email, MinRecall: 0.995, MinPrecision: 0.995},
	{Type: SocialID, MinRecall: 0.995, MinPrecision: 0.995},
	{Type: Address, MinRecall: 0.975, MinPrecision: 0.94},
	{Type: OrderNumber, MinRecall: 0.975, MinPrecision: 0.975},
	{Type: Plate, MinRecall: 0.99, MinPrecision: 0.99},
}

const (
	dev2MinTrapsKept   = 0.988
	dev2MaxPartialAddr = 0
)

func TestDev2Corpus(t *testing.T) {
	c, err := Dev2Corpus()
	if err != nil {
		t.Fatal(err)
	}
	holdCorpus(t, "second development corpus", c, 300, dev2Floors, dev2MinTrapsKept, dev2MaxPartialAddr)
}

// heldoutPath is where the held-out corpus is kept when it is there: it is written apart
// from the scrubber and never used to tune it.
const heldoutPath = "testdata/corpus/heldout.jsonl"

func TestHeldoutCorpus(t *testing.T) {
	if _, err := os.Stat(heldoutPath); err != nil {
		t.Skipf("%s not present", heldoutPath)
	}
	c, err := LoadJSONLFile(heldoutPath)
	if err != nil {
		t.Fatal(err)
	}
	holdCorpus(t, "held-out corpus", c, 500, heldoutFloors, heldoutMinTrapsKept, heldoutMaxPartialAddr)
}

// holdCorpus fails when the scrubber falls under a corpus's floors, keeps fewer of its hard
// negatives, or replaces more of its addresses only in part.
func holdCorpus(t *testing.T, name string, c Corpus, minDocs int, floors []Target, minTrapsKept float64, maxPartialAddr int) {
	t.Helper()
	if len(c.Docs) < minDocs {
		t.Fatalf("%s has %d documents", name, len(c.Docs))
	}
	rep := Evaluate(c)
	t.Logf("%s:\n%s", name, rep)
	for _, m := range rep.Missed(floors) {
		t.Error(m)
	}
	if rep.TrapsKeptRate() < minTrapsKept {
		t.Errorf("hard negatives kept %.4f < %.4f", rep.TrapsKeptRate(), minTrapsKept)
	}
	if rep.PartialAddresses > maxPartialAddr {
		t.Errorf("%d partial address replacements > %d", rep.PartialAddresses, maxPartialAddr)
	}
}
