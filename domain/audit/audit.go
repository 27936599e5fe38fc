// Package audit anchors the cases' event chains. Each chain proves its own history, but
// not its length: deleting a case's last events, or the whole case, leaves a shorter chain
// that still verifies. A checkpoint keeps every case's chain head (its last event's
// sequence number and hash) and a Merkle root over all of them; it is taken nightly and
// published, so that a copy kept by anyone outside the database can expose a rewrite of
// the kept heads too. Verify then finds, besides a broken link, a chain that has lost
// events since the checkpoint, a case that has disappeared, and kept heads that no longer
// match their root. Between checkpoints, each case's own record of its chain head (written
// with every append) finds a chain that lost its tail, unless that record was rewritten too.
package audit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/redress-project/redress/domain"
)

// Head is a case's chain head: the sequence number and hash of its last event.
type Head struct {
	CaseID int64
	Seq    int
	Hash   string
}

// Checkpoint is a Merkle root over the chain heads of every case at one moment.
type Checkpoint struct {
	ID      int64
	TakenAt time.Time
	Cases   int
	Root    string
}

// Store keeps the checkpoints and the heads of the latest one.
type Store interface {
	// TakeCheckpoint replaces the kept heads with each case's current chain head, computes
	// their root with a Tree, and records the checkpoint, in one transaction.
	TakeCheckpoint(ctx context.Context, now time.Time) (*Checkpoint, error)
	// WalkHeads calls fn with the kept heads in case order.
	WalkHeads(ctx context.Context, fn func(Head) error) error
	// LatestCheckpoint returns the newest checkpoint, or nil if there is none.
	LatestCheckpoint(ctx context.Context) (*Checkpoint, error)
	// FindCheckpoints returns the newest checkpoints, newest first.
	FindCheckpoints(ctx context.Context, limit int) ([]Checkpoint, error)
}

// Chains walks the event chains of every case.
type Chains interface {
	// WalkChains calls fn for each case in ID order with the chain head the case recorded
	// at its last append and its events in sequence order.
	WalkChains(ctx context.Context, fn func(recorded Head, events []domain.Event) error) error
}

// Service takes checkpoints and verifies the chains against the latest one.
type Service struct {
	Store  Store
	Chains Chains
	Now    func() time.Time
}

// Checkpoint takes a checkpoint now.
func (s *Service) Checkpoint(ctx context.Context) (*Checkpoint, error) {
	return s.Store.TakeCheckpoint(ctx, s.Now())
}

// Report is what Verify found.
type Report struct {
	Cases      int
	Checkpoint *Checkpoint // the one the chains were held against; nil if none was taken yet
	Breaks     []domain.ChainBreak
}

// Verify checks every case's chain link by link and against the latest checkpoint: the
// event a checkpoint recorded as a case's head must still be in the chain with the same
// hash, every checkpointed case must still exist, and the kept heads must still make the
// checkpoint's root.
func (s *Service) Verify(ctx context.Context) (*Report, error) {
	rep := &Report{}
	cp, err := s.Store.LatestCheckpoint(ctx)
	if err != nil {
		return nil, err
	}
	rep.Checkpoint = cp
	heads := map[int64]Head{}
	var tree Tree
	if cp != nil {
		if err := s.Store.WalkHeads(ctx, func(h Head) error {
			heads[h.CaseID] = h
			tree.Add(h)
			return nil
		}); err != nil {
			return nil, err
		}
		if root := tree.Root(); root != cp.Root || tree.Len() != cp.Cases {
			rep.Breaks = append(rep.Breaks, domain.ChainBreak{Why: fmt.Sprintf(
				"the kept chain heads (%d, root %s) do not match the checkpoint of %s (%d, root %s)",
				tree.Len(), short(root), cp.TakenAt.Format(time.RFC3339), cp.Cases, short(cp.Root))})
		}
	}
	err = s.Chains.WalkChains(ctx, func(recorded Head, events []domain.Event) error {
		caseID := recorded.CaseID
		rep.Cases++
		last := Head{CaseID: caseID}
		if n := len(events); n > 0 {
			last.Seq, last.Hash = events[n-1].Seq, events[n-1].Hash
		}
		if b := domain.VerifyChain(events); b != nil {
			rep.Breaks = append(rep.Breaks, *b)
		} else if last != recorded {
			rep.Breaks = append(rep.Breaks, domain.ChainBreak{CaseID: caseID, Seq: min(last.Seq, recorded.Seq) + 1,
				Why: fmt.Sprintf("the chain ends at event %d, but the case recorded event %d as its last", last.Seq, recorded.Seq)})
		} else if h, ok := heads[caseID]; ok {
			if len(events) < h.Seq || events[h.Seq-1].Hash != h.Hash {
				rep.Breaks = append(rep.Breaks, domain.ChainBreak{CaseID: caseID, Seq: min(len(events)+1, h.Seq),
					Why: fmt.Sprintf("the chain has lost or rewritten events: the checkpoint of %s has event %d as its head", cp.TakenAt.Format(time.RFC3339), h.Seq)})
			}
		}
		delete(heads, caseID)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, h := range heads {
		rep.Breaks = append(rep.Breaks, domain.ChainBreak{CaseID: h.CaseID, Seq: h.Seq,
			Why: fmt.Sprintf("the case is gone: the checkpoint of %s has it with %d events", cp.TakenAt.Format(time.RFC3339), h.Seq)})
	}
	return rep, nil
}

func short(h string) string { return h[:min(len(h), 12)] }

// Tree computes a Merkle root over heads added in case order, keeping only one pending
// node per level, so a million cases need a few dozen hashes of memory. Leaves and inner
// nodes are hashed with different prefixes (as in RFC 6962), so one cannot pass for the
// other; a level's last node without a sibling is carried up unchanged.
type Tree struct {
	levels [][]byte // levels[i]: a pending subtree of 2^i leaves, or nil
	n      int
}

// Add appends a head as the next leaf.
func (t *Tree) Add(h Head) {
	sum := sha256.Sum256([]byte("\x00" + strconv.FormatInt(h.CaseID, 10) + ":" + strconv.Itoa(h.Seq) + ":" + h.Hash))
	node := sum[:]
	t.n++
	for i := 0; ; i++ {
		if i == len(t.levels) {
			t.levels = append(t.levels, nil)
		}
		if t.levels[i] == nil {
			t.levels[i] = node
			return
		}
		node = inner(t.levels[i], node)
		t.levels[i] = nil
	}
}

// Len is the number of leaves added.
func (t *Tree) Len() int { return t.n }

// Root returns the root in hex; the root of no leaves is the hash of nothing.
func (t *Tree) Root() string {
	var acc []byte
	for _, node := range t.levels {
		switch {
		case node == nil:
		case acc == nil:
			acc = node
		default:
			acc = inner(node, acc)
		}
	}
	if acc == nil {
		sum := sha256.Sum256(nil)
		acc = sum[:]
	}
	return hex.EncodeToString(acc)
}

func inner(left, right []byte) []byte {
	h := sha256.New()
	h.Write([]byte{1})
	h.Write(left)
	h.Write(right)
	return h.Sum(nil)
}
