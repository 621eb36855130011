package synth

import "sync"

// A template's {keys} are filled per use by story.expand: {X}/{Y} are the
// speaker's party and the other side, {Xc}/{Yc} their capitals, {Xd}/{Yd}
// their demonyms, {T} a fresh thing under negotiation, {river}, {place},
// {sea}, {org}, {month}, {day}, {n} the story's details.
type topic struct {
	label     string // for headlines: "Water-Sharing"
	things    []string
	actions   []string // what a party is "ready to" do
	headlines []string
}

type phraseBook struct {
	topics     []topic
	headlines  []string // any topic; {L} is the topic label
	reported   []string // backshifted clauses for "X said that …"
	quotes     []string // first-person speech, no final punctuation
	asides     [][2]string
	asideCues  []string
	adjectives []string // "described the talks as “…”"
	narration  []string
	leads      []string
	questions  []string // reporters in transcripts
	answers    []string // spokespeople in transcripts, full sentences
	// reportedOpeners introduce a reported clause inside a transcript turn.
	reportedOpeners []string
	buildings       []string
	months          []string
	days            []string
	numbers         []string
}

var phrases = sync.OnceValue(func() *phraseBook {
	return &phraseBook{
		topics: []topic{
			{
				label:     "Ceasefire",
				things:    []string{"the ceasefire along the {place} line", "the withdrawal of heavy weapons from the {river} valley", "a permanent truce", "the exchange of monitoring teams", "the reopening of the {place} corridor"},
				actions:   []string{"extend the ceasefire by another month", "pull back artillery from the {place} line", "admit monitors from the {org}"},
				headlines: []string{"{A} and {B} Agree to Extend Ceasefire Along {place} Line", "Ceasefire Holds as {Ad} and {Bd} Envoys Meet in {Ac}"},
			},
			{
				label:     "Trade",
				things:    []string{"the tariffs on {Yd} steel", "the grain export quota", "the customs agreement", "port fees at {Yc}", "the dispute over {Xd} fishing licences"},
				actions:   []string{"suspend the new tariffs", "return to the customs talks", "lift the grain quota for the season"},
				headlines: []string{"{A} Threatens New Tariffs as Trade Talks With {B} Stall", "{Ac} and {Bc} Trade Officials Meet to Defuse Tariff Dispute"},
			},
			{
				label:     "Water-Sharing",
				things:    []string{"the {river} water-sharing accord", "the dam at {place}", "seasonal flow quotas on the {river}", "a joint commission for the {river} basin"},
				actions:   []string{"share flow data from the {place} dam", "release more water into the {river} during the dry season", "host a technical meeting on the {river} basin"},
				headlines: []string{"{A} and {B} Resume Talks on {river} Water Sharing", "Dam at {place} Divides {Ad} and {Bd} Negotiators"},
			},
			{
				label:     "Prisoner Exchange",
				things:    []string{"the exchange of detained fishermen", "the release of {n} prisoners held since {month}", "consular access for detained {Yd} nationals", "the list of names for the next exchange"},
				actions:   []string{"release the first group of detainees", "grant consular visits within a week", "complete the exchange at the {place} crossing"},
				headlines: []string{"{A} and {B} Complete Prisoner Exchange at {place} Crossing", "{Ac} Says Prisoner Talks With {B} Near Agreement"},
			},
			{
				label:     "Fisheries",
				things:    []string{"fishing rights in the {sea} Sea", "the winter catch quota", "patrols near the {place} banks", "the licensing of {Yd} trawlers"},
				actions:   []string{"suspend patrols near the {place} banks", "publish the winter catch quota", "refer the dispute to the {org}"},
				headlines: []string{"{A} and {B} Clash Over Fishing Rights in {sea} Sea", "{org} Mediates {Ad}-{Bd} Fisheries Dispute"},
			},
			{
				label:     "Border",
				things:    []string{"the demarcation of the {place} border", "the reopening of the crossing at {place}", "the joint border commission", "the status of villages along the {river}"},
				actions:   []string{"reopen the crossing at {place}", "resume the work of the border commission", "withdraw its new checkpoints"},
				headlines: []string{"{A} Reopens {place} Crossing After Talks With {B}", "{Ad} and {Bd} Surveyors Return to Disputed {place} Border"},
			},
		},
		headlines: []string{
			"{Ac} Welcomes Constructive Dialogue as {A} and {B} Signal Openness on {L}",
			"{A} and {B} Hold New Round of {L} Talks in {Ac}",
			"{Ad} Envoys Arrive in {Bc} as {L} Talks Resume",
			"{B} Rejects {Ad} Proposal, Calls for Further {L} Negotiations",
			"{org} Urges Restraint as {L} Talks Between {A} and {B} Falter",
		},
		reported: []string{
			"{X} remained committed to {T}",
			"progress on {T} had been slower than hoped",
			"{Y} would have to offer guarantees before {X} could accept {T}",
			"the talks on {T} had been constructive",
			"a further round of talks could take place in {Xc} before the end of {month}",
			"{X} was ready to resume negotiations without preconditions",
			"both delegations had agreed to set up a joint working group on {T}",
			"{X} would not be rushed into an agreement",
			"the latest {Yd} proposal fell short of what had been agreed in {month}",
			"there could be no lasting settlement without {T}",
			"{Xd} negotiators had presented a revised draft on {T}",
			"any agreement on {T} would have to be approved by parliament",
			"{Yc} had not yet responded to the offer",
			"the {org} should be invited to observe {T}",
		},
		quotes: []string{
			"We remain committed to {T}",
			"Our door is open, but our patience is not unlimited",
			"This is a serious step toward {T}, and we intend to build on it",
			"Nobody should mistake our restraint for weakness",
			"We have come to {Yc} in good faith",
			"The next move belongs to {Yc}",
			"We will not sign anything that leaves our people worse off",
			"There is a window here, and it will not stay open forever",
			"We want {T} settled this year",
			"The talks were difficult, but they were honest",
			"Nothing is agreed until everything is agreed",
			"We expect {Y} to keep its word on {T}",
			"We have studied {Yc}{'}s offer carefully, and we will answer it",
		},
		asides: [][2]string{
			{"The proposal", "would need the approval of both parliaments"},
			{"The next round", "could take place in {Xc} as early as {month}"},
			{"Any agreement on {T}", "would have to be verified by the {org}"},
			{"The {Yd} position", "had shifted since the last meeting"},
			{"Such a step", "would reassure families on both sides of the {river}"},
			{"This measured approach", "offered a foundation for future conversations"},
		},
		asideCues:  []string{"noted", "added", "said", "stressed", "suggested", "argued", "conceded"},
		adjectives: []string{"frank and useful", "difficult but necessary", "a step in the right direction", "disappointing", "reasonably good", "businesslike"},
		narration: []string{
			"The talks were held at the {building} in {Xc} and lasted {n} hours.",
			"Delegations from {X} and {Y} have met {n} times since {month}.",
			"No date has been set for the next round.",
			"The {river} has long been a source of friction between the two neighbours.",
			"Observers from the {org} attended as guests.",
			"Trade between the two countries fell sharply last year.",
			"The previous round ended without a joint statement.",
			"Both delegations left the {building} without speaking to the press.",
		},
		leads: []string{
			"{X} and {Y} held a {n}-hour round of talks on {T} on {day}, with officials in both capitals describing the mood as {adj}.",
			"{X} signalled on {day} that it was ready to {action}, as {Yd} envoys arrived in {Xc} for talks on {T}.",
			"Negotiators from {X} and {Y} met again on {day} to discuss {T}, the first such meeting since {month}.",
		},
		questions: []string{
			"Can you say whether {Yd} negotiators will return to {Xc} next week?",
			"On {T}: is {X} prepared to accept monitors from the {org}?",
			"What is your response to the statement from {Yc} this morning?",
			"Has a date been set for the next round?",
			"Is the Minister still planning to travel to {Yc} in {month}?",
			"A follow-up on that: does {X} still regard {T} as a precondition?",
			"Reports from {Yc} say the talks have broken down. Is that accurate?",
		},
		answers: []string{
			"We remain committed to {T}.",
			"I would refer you to the {Yd} authorities on that.",
			"I am not going to get ahead of the negotiators.",
			"Our position on {T} has not changed.",
			"We have been clear that {X} is ready to {action}.",
			"I would not characterise private diplomatic conversations.",
			"The Minister spoke to this yesterday, and I have nothing to add.",
			"We expect {Y} to keep its word on {T}.",
			"There is a window here, and it will not stay open forever.",
			"Let me be clear: nothing has been agreed yet.",
			"We would welcome a role for the {org} in verifying {T}.",
			"I can confirm that the delegation will travel to {Yc} on {day}.",
			"That is a question for {Yc}, not for us.",
			"We have made {Yd} counterparts a serious offer on {T}, and we are waiting for an answer.",
		},
		reportedOpeners: []string{"the Minister made clear on {day} that ", "our negotiators reported that ", "the {org} told us this morning that "},
		buildings:       []string{"Palace of Nations", "{place} House", "old Customs Hall", "Foreign Ministry guesthouse", "{place} Conference Centre"},
		months:          []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
		days:            []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
		numbers:         []string{"two", "three", "four", "five", "six", "seven", "eight", "twelve"},
	}
})
