package anonymize

import (
	"math"
	"sync"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// The name model. Most names in complaints stand without a cue word (王建国让我先付定金,
// 我和邵敏、汪海都是会员): to find them the scanner needs to know which characters make
// given names and which make ordinary words. Both come from the dictionary of
// github.com/go-ego/gse, a maintained pure-Go Chinese segmenter whose dictionary tags some
// 350,000 words with their part of speech, about 77,000 of them person names (nr):
//
//   - a role model learned from the nr entries: how much more often a character stands in
//     the given-name role of a name than anywhere in an ordinary word (HanLP's role tagging
//     idea, reduced to one log-odds table);
//   - the words themselves, to reject a candidate that is a word (高兴, 周末, 金额) or that
//     would cut a word in two (提高, 一周).
//
// gse's own segmentation is not used at scan time: its dictionary cut runs at 0.4 to 2 MB/s
// (too slow for the 5 MB/s the scrubber must keep) and on hard text it finds fewer than
// half of the names (it splits unknown names into single characters). The model is only
// consulted where a surname stands in Han text. Loading the dictionary takes about a second
// and 100 MB; it happens once, on the first text that needs it.

type nameModel struct {
	// words holds the dictionary's words of two to four runes, keyed by their FNV-1a
	// hash: a map without pointers, which the garbage collector does not scan (the
	// segmenter's own dictionary is 100 MB of small objects and is dropped after loading).
	words map[uint64]uint32               // frequency (capped) << 1 | 1 when tagged nr
	given [hanLast - hanFirst + 1]float32 // log-odds of a rune in a given name against in an ordinary word
}

var (
	modelOnce sync.Once
	model     *nameModel
)

// Preload loads the name model now rather than on the first text that needs it (about a
// second): a server calls it in the background at start.
func Preload() { getNameModel() }

// getNameModel loads the model on first use.
func getNameModel() *nameModel {
	modelOnce.Do(func() { model = loadNameModel() })
	return model
}

func loadNameModel() *nameModel {
	m := &nameModel{words: make(map[uint64]uint32, 400000)}
	for k := range m.given {
		m.given[k] = -4 // never seen in a name
	}
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictEmbed("zh_s"); err != nil || seg.Dict == nil {
		// The dictionary is embedded in the module: failing to parse it is a build
		// defect. Without it the cue rules still work.
		return m
	}
	givenCount := map[rune]float64{}
	wordCount := map[rune]float64{}
	var givenTotal, wordTotal float64
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		text := tok.Text()
		n := utf8.RuneCountInString(text)
		nr := tok.Pos() == "nr"
		if n >= 2 && n <= 4 {
			v := uint32(min(tok.Freq(), 1<<30)) << 1
			if nr {
				v |= 1
			}
			m.words[wordHash(text)] = v
		}
		if nr {
			// Three-character entries that are rare are real names; the frequent and
			// the short ones are as often words the dictionary tags nr (顾客, 师傅).
			if n != 3 || tok.Freq() > 50 {
				continue
			}
			first, size := utf8.DecodeRuneInString(text)
			if hanFlags(first)&fSurname == 0 {
				continue
			}
			for _, r := range text[size:] {
				givenCount[r]++
				givenTotal++
			}
			continue
		}
		if n < 2 {
			continue
		}
		w := math.Log1p(tok.Freq())
		for _, r := range text {
			wordCount[r] += w
			wordTotal += w
		}
	}
	for r, g := range givenCount {
		if isHan(r) {
			m.given[r-hanFirst] = float32(math.Log((g+0.5)/givenTotal) - math.Log((wordCount[r]+1)/wordTotal))
		}
	}
	return m
}

// wordHash is FNV-1a over the bytes of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}

// givenScore is the log-odds of r in a given name; characters never seen in a name score low.
func (m *nameModel) givenScore(r rune) float32 {
	if !isHan(r) {
		return -4
	}
	return m.given[r-hanFirst]
}

// word returns the frequency of w in the dictionary (0 if absent) and "nr" when it is
// tagged as a person's name.
func (m *nameModel) word(w string) (float64, string) {
	v, ok := m.words[wordHash(w)]
	if !ok {
		return 0, ""
	}
	if v&1 != 0 {
		return float64(v >> 1), "nr"
	}
	return float64(v >> 1), "w"
}
