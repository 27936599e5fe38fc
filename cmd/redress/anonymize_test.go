package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// anonRun runs the anonymize command on input and returns stdout, stderr and the error.
func anonRun(t *testing.T, input string, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	err := anonymizeCommand(args, strings.NewReader(input), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

func TestAnonymizeCommand(t *testing.T) {
	t.Run("JSON", func(t *testing.T) {
		const input = "我叫张伟，电话13800138000"
		out, _, err := anonRun(t, input, "--json")
		if err != nil {
			t.Fatal(err)
		}
		var doc anonJSON
		if err := json.Unmarshal([]byte(out), &doc); err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
		if doc.Text != "我叫[姓名]，电话[手机号]" {
			t.Errorf("text %q", doc.Text)
		}
		want := []anonJSONSpan{{Start: 6, End: 12, Type: "name", Text: "张伟"}, {Start: 21, End: 32, Type: "mobile", Text: "13800138000"}}
		if len(doc.Spans) != len(want) {
			t.Fatalf("spans %+v, want %+v", doc.Spans, want)
		}
		for i, sp := range doc.Spans {
			if sp != want[i] || input[sp.Start:sp.End] != sp.Text {
				t.Errorf("span %d = %+v, want %+v (byte offsets into the input)", i, sp, want[i])
			}
		}
	})
	t.Run("JSONNoSpans", func(t *testing.T) {
		out, _, err := anonRun(t, "价格1299元。", "--json")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out, `"spans":[]`) {
			t.Errorf("want an empty list of spans, got %s", out)
		}
	})
	t.Run("Plain", func(t *testing.T) {
		out, _, err := anonRun(t, "收件人王芳，身份证号11010519491231002X，家住体育西路123号。\n")
		if err != nil {
			t.Fatal(err)
		}
		if want := "收件人[姓名]，身份证号[身份证号]，家住[地址]。\n"; out != want {
			t.Errorf("got %q, want %q", out, want)
		}
	})
	t.Run("Party", func(t *testing.T) {
		out, _, err := anonRun(t, "李建国于3月购买，李先生多次联系，建国很着急。", "--party", "李建国", "--party", "王芳")
		if err != nil {
			t.Fatal(err)
		}
		if want := "[姓名]于3月购买，[姓名]多次联系，[姓名]很着急。"; out != want {
			t.Errorf("got %q, want %q", out, want)
		}
	})
	t.Run("Help", func(t *testing.T) {
		_, stderr, err := anonRun(t, "", "--help")
		if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "byte offsets") || !strings.Contains(stderr, "-party") {
			t.Errorf("err %v, help %q", err, stderr)
		}
	})
	t.Run("ErrArguments", func(t *testing.T) {
		if _, _, err := anonRun(t, "", "file.txt"); !errors.Is(err, errUsage) {
			t.Errorf("err %v, want errUsage", err)
		}
	})
	t.Run("Eval", func(t *testing.T) {
		out, stderr, err := anonRun(t, "", "eval", "--per-type", "300", "--seed", "7")
		if err != nil {
			t.Fatalf("%v\n%s%s", err, out, stderr)
		}
		for _, s := range []string{"precision", "recall", "F2", "mobile", "id_number", "address", "all 10 targets met"} {
			if !strings.Contains(out, s) {
				t.Errorf("report lacks %q:\n%s", s, out)
			}
		}
	})
	t.Run("EvalCorpora", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "extra.jsonl")
		line := `{"id": "e1", "lang": "zh-Hans", "text": "我叫张伟，电话13912345678，在钱大妈买菜", "pii": [{"type": "name", "text": "张伟"}, {"type": "mobile", "text": "13912345678"}], "traps": ["钱大妈"], "negative": false}`
		if err := os.WriteFile(path, []byte(line+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		out, stderr, err := anonRun(t, "", "eval", "--per-type", "50", "--heldout", filepath.Join(dir, "absent.jsonl"), "--corpus", path)
		if err != nil {
			t.Fatalf("%v\n%s%s", err, out, stderr)
		}
		for _, s := range []string{"== development corpus", "== second development corpus", "hard negatives kept", "partial address replacements", "absent.jsonl not found, skipped", "== " + path, "hard negatives kept: 1 of 1"} {
			if !strings.Contains(out, s) {
				t.Errorf("report lacks %q:\n%s", s, out)
			}
		}
		if _, _, err := anonRun(t, "", "eval", "--per-type", "50", "--corpus", filepath.Join(dir, "missing.jsonl")); err == nil {
			t.Error("a --corpus file that does not exist must be an error")
		}
	})
	t.Run("EvalHelp", func(t *testing.T) {
		_, stderr, err := anonRun(t, "", "eval", "--help")
		if !errors.Is(err, flag.ErrHelp) || !strings.Contains(stderr, "-per-type") || !strings.Contains(stderr, "-seed") {
			t.Errorf("err %v, help %q", err, stderr)
		}
	})
	t.Run("ErrEvalPerType", func(t *testing.T) {
		if _, _, err := anonRun(t, "", "eval", "--per-type", "0"); !errors.Is(err, errUsage) {
			t.Errorf("err %v, want errUsage", err)
		}
	})
}
