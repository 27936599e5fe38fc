package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Event is one append-only entry of a case's history. The events of a case form a hash
// chain: each hash covers the event and the previous hash, so altering, removing or
// reordering any event breaks every hash after it.
type Event struct {
	ID         int64
	CaseID     int64
	Seq        int
	At         time.Time
	ActorKind  ActorKind
	ActorID    *int64
	ActorName  string
	Type       string
	Visibility Visibility
	Payload    map[string]any
	PrevHash   string
	Hash       string
}

// Seal sets the event's sequence number, previous hash and hash, following prev (nil for
// the first event of a case). Times are kept to the microsecond, which both databases store.
func (e *Event) Seal(prev *Event) {
	e.At = e.At.UTC().Truncate(time.Microsecond)
	e.Seq, e.PrevHash = 1, ""
	if prev != nil {
		e.Seq, e.PrevHash = prev.Seq+1, prev.Hash
	}
	e.Hash = e.computeHash()
}

// computeHash hashes the canonical form of the event: fixed field order, payload as JSON
// with sorted keys (encoding/json sorts map keys).
func (e *Event) computeHash() string {
	payload, err := json.Marshal(e.Payload)
	if err != nil {
		payload = []byte("unencodable")
	}
	actor := ""
	if e.ActorID != nil {
		actor = strconv.FormatInt(*e.ActorID, 10)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00%s\x00",
		e.CaseID, e.Seq, e.At.UTC().Format(time.RFC3339Nano), e.ActorKind, actor, e.ActorName, e.Type, e.Visibility, e.PrevHash)
	h.Write(payload)
	return hex.EncodeToString(h.Sum(nil))
}

// ChainBreak describes the first event of a chain that does not verify.
type ChainBreak struct {
	CaseID int64
	Seq    int
	Why    string
}

// VerifyChain checks the events of one case, in sequence order, and returns the first
// break, or nil if the chain is intact.
func VerifyChain(events []Event) *ChainBreak {
	var prev *Event
	for i := range events {
		e := &events[i]
		want := 1
		prevHash := ""
		if prev != nil {
			want, prevHash = prev.Seq+1, prev.Hash
		}
		switch {
		case e.Seq != want:
			return &ChainBreak{e.CaseID, e.Seq, fmt.Sprintf("sequence %d follows %d", e.Seq, want-1)}
		case e.PrevHash != prevHash:
			return &ChainBreak{e.CaseID, e.Seq, "previous hash does not match"}
		case e.computeHash() != e.Hash:
			return &ChainBreak{e.CaseID, e.Seq, "hash does not match the content"}
		}
		prev = e
	}
	return nil
}
