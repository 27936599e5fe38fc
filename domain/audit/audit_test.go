package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestTree(t *testing.T) {
	heads := []Head{{1, 3, "a"}, {2, 1, "b"}, {5, 7, "c"}, {9, 2, "d"}, {10, 4, "e"}}
	root := func(hs []Head) string {
		var tr Tree
		for _, h := range hs {
			tr.Add(h)
		}
		return tr.Root()
	}
	leaf := func(h Head) []byte {
		var tr Tree
		tr.Add(h)
		b, _ := hex.DecodeString(tr.Root())
		return b
	}
	t.Run("Empty", func(t *testing.T) {
		sum := sha256.Sum256(nil)
		if root(nil) != hex.EncodeToString(sum[:]) {
			t.Fatal("the empty root is not the hash of nothing")
		}
	})
	t.Run("ThreeLeaves", func(t *testing.T) {
		want := hex.EncodeToString(inner(inner(leaf(heads[0]), leaf(heads[1])), leaf(heads[2])))
		if got := root(heads[:3]); got != want {
			t.Fatalf("root of three = %s, want %s", got, want)
		}
	})
	t.Run("EveryChangeChangesTheRoot", func(t *testing.T) {
		base := root(heads)
		for i := range heads {
			for _, change := range []func(h *Head){
				func(h *Head) { h.Seq-- },
				func(h *Head) { h.Hash += "x" },
				func(h *Head) { h.CaseID += 100 },
			} {
				hs := append([]Head(nil), heads...)
				change(&hs[i])
				if root(hs) == base {
					t.Errorf("changing head %d left the root as it was", i)
				}
			}
			without := append(append([]Head(nil), heads[:i]...), heads[i+1:]...)
			if root(without) == base {
				t.Errorf("dropping head %d left the root as it was", i)
			}
		}
		swapped := append([]Head(nil), heads...)
		swapped[0], swapped[1] = swapped[1], swapped[0]
		if root(swapped) == base {
			t.Error("the order of the heads does not count")
		}
	})
}
