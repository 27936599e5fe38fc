package anonymize

// heldoutFloors are the bars of the held-out corpus (546 narratives written apart from the
// scrubber and never used to tune it). The targets are names 95%, mobiles, IDs,
// bank cards, emails and chat ids 99.5%, addresses 95% with no partial replacement, hard
// negatives kept 98%. Where the scrubber reaches a target the floor is the target (bank
// cards, hard negatives); elsewhere it is a little under what the scrubber reaches, the
// target noted. When the corpus was first run, and after tuning on a second development
// corpus by another author:
//
//	name 92.3% → 94.1% (target 95%), mobile 95.4% → 96.4% (99.5%), id_number 97.9% → 97.9%
//	(99.5%), email 92.4% → 92.4% (99.5%), social_id 88.9% → 95.0% (99.5%), address 91.7% →
//	92.2% with 17 → 16 of 242 replaced in part (95%, none), landline 89.4%, order_number
//	89.3% → 92.0%, plate 73.0%.
var heldoutFloors = []Target{
	{Type: Name, MinRecall: 0.93, MinPrecision: 0.96},
	{Type: Mobile, MinRecall: 0.955, MinPrecision: 0.98},
	{Type: Landline, MinRecall: 0.87},
	{Type: IDNumber, MinRecall: 0.96, MinPrecision: 0.99},
	{Type: BankCard, MinRecall: 0.995, MinPrecision: 0.97},
	{Type: Email, MinRecall: 0.91, MinPrecision: 0.93},
	{Type: SocialID, MinRecall: 0.94, MinPrecision: 0.97},
	{Type: Address, MinRecall: 0.91, MinPrecision: 0.87},
	{Type: OrderNumber, MinRecall: 0.91, MinPrecision: 0.99},
	{Type: Plate, MinRecall: 0.70},
}

const (
	heldoutMinTrapsKept   = MinTrapsKept // reached: 99.05%
	heldoutMaxPartialAddr = 18           // target 0; 17 when first run, 16 now
)
