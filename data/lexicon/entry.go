package lexicon

// Entry is what the lexicon knows of one word (lower-cased).
type Entry struct {
	Class   Class
	Cues    []Cue // longest phrase first
	Gender  byte  // of an honorific: 'm', 'f' or 0
	Pronoun PronounInfo
	Group   GroupKind
	Starts  Class // the classes of the phrases the word begins (PhraseAt)
	// Means is the word an abbreviated title stands for ("sen." →
	// "senator"), for telling that two titles name one office.
	Means string
	// Disputes is set for a word that calls a claim false ("lies",
	// "disinformation", "false"): the text disputes what the claimer said.
	Disputes bool
	// Comitative is set for a preposition that joins a partner to what a
	// subject did ("with", "alongside"). A field, not a Class: the 64
	// classes are all taken.
	Comitative bool
	// Cardinal is set for a number written as a word ("two"), which
	// tells one anonymous official's label from another's ("SENIOR
	// ADMINISTRATION OFFICIAL NUMBER TWO").
	Cardinal bool
	// Topic is set for a noun that names something said or asked
	// ("concern", "issue", "question"): the object that makes "raised" a
	// saying.
	Topic bool
	// Arrangement is set for a noun that names a measure or arrangement,
	// not a source ("formula", "schedule", "plan"): "according to a
	// formula" says how something is done, not who said so.
	Arrangement bool
	// VerbOnly is set for a form of a verb of saying that is never a
	// noun ("say", "told"): the tagger's noun there is a slip.
	VerbOnly bool
	// Restates is set for a verb that restates a standing position
	// ("reaffirmed", "reiterated"): what its subject adds in the same
	// breath ("… and pledged …", "…, noting …") explains that position,
	// one statement as readouts are read.
	Restates bool
	// ReportsFigures is set for a verb whose object is what its subject
	// made known when the object is a figure or a gerund ("the ministry
	// reported 906 attacks", "the group reported spending $1 million"),
	// though "reported the story" tells of no saying.
	ReportsFigures bool
	// AnswerLabel is set for a transcript label of an answer in an
	// interview printed as questions and answers ("Q: … A: …"): the turn
	// is the interviewee's, whom the label does not name.
	AnswerLabel bool
	// GerundHost is set for a preposition that hangs a gerund on its
	// clause's subject ("was the fiercest in denouncing …", "upon saying
	// …"), as "after" and "by" do.
	GerundHost bool
	// Concedes is set for a gerund preposition that opens a concession
	// ("While saying that …, X …"): its gerund is the subject's saying
	// only before a clause; before a noun it is the writer's background.
	Concedes bool
	// Perfect is set for the auxiliary of the perfect ("has", "had"):
	// a past form after it is its participle ("has since said").
	Perfect bool
	// NameParticle is set for a lower-case word inside a person's name,
	// between a given name and a surname: "Osama bin Laden", "Bill de
	// Blasio", "Ursula von der Leyen".
	NameParticle bool
	// JoinsPartner is set for a verb whose object is a partner in what
	// its subject does next: "X joined Tesmar in calling for …" is X
	// calling for it too.
	JoinsPartner bool
	// TitlePreposition is set for a preposition inside the name of an
	// office ("Secretary of State", "Envoy for Climate", "Ambassador to
	// Kestria", "Committee on Trade"): the capitalised words on both
	// sides are one title.
	TitlePreposition bool
	// RelaysSpeech is set for a verb of the that-frame whose content
	// relays what others said ("the paper reported that Velk said …"):
	// a saying inside it is the reporter's statement, as one inside
	// "said" is.
	RelaysSpeech bool
	// Finds is set for a verb that tells what a poll, a record or an
	// inquiry found ("the poll found that 74 percent said …", "records
	// show Velk asked …"): a saying inside what it found is the finding's,
	// which annotators count as evidence, not a statement of its own.
	Finds bool
	// NamesSource is set for a verb whose object, when it is someone who
	// can speak, is whose words were taken up, not what was said
	// ("echoing Velk"): "echoed Velk's warning" says something.
	NamesSource bool
	// AnswersObject is set for a verb whose object is what is answered
	// ("answered the call"), which is something said only when it is
	// Asked ("answered questions about …").
	AnswersObject bool
	// HostsGuest is set for a verb that, with someone for its object and
	// a place after them ("welcomed Velk to Varn"), tells of hosting a
	// guest, not of words.
	HostsGuest bool
	// Asked is set for a noun that names what is asked ("question",
	// "query"): the object that makes "answered" a saying.
	Asked bool
	// NeedsInfinitive is set for a verb of the urge frame that says
	// something only with an infinitive after its object ("invited Velk
	// to visit"): "invited Velk to a dinner" and "begged the question"
	// are acts, not sayings.
	NeedsInfinitive bool
	// StandsForSaying is set for a word that, after "as" or a
	// determiner, makes an object stand for words said before: "said as
	// much", "said the same thing". The object is the whole content.
	StandsForSaying bool
	// SaysSo is set for an adverb that alone, right after a verb of
	// saying, stands for words said before: "Velk said so". It is the
	// whole content.
	SaysSo bool
	// Alternative is set for a conjunction that offers a choice ("or",
	// "nor"): what follows it is another way of putting the clause before,
	// not a clause of its own.
	Alternative bool
	// PersonalRelative is set for a relative pronoun that stands for a
	// person ("who", "whom"): an aside it opens is about someone.
	PersonalRelative bool
	// RolePreposition is set for the preposition that may open an
	// appositive giving a role ("Ana Velk, of the Harbour Institute"),
	// where any other opens an adjunct ("…, for his part").
	RolePreposition bool
	// Posting is set for a preposition of posting or remit inside a
	// title ("Ambassador to Tesmar", "Envoy for the Kestrian talks"):
	// the place after it is where the person works, not whom they speak
	// for.
	Posting bool
	// Definite is set for the definite article, which some names need
	// ("the Kremlin") and some places open ("at the White House").
	Definite bool
	// SharesSubject is set for a verb, adjective or adverb before "to"
	// whose subject is the infinitive's and whose infinitive of saying
	// reports a saying ("appeared to blame", "was quick to add", "has yet
	// to explain"), as a verb of aspect's does; an intention ("plans to
	// announce") or a refusal to speak ("declined to comment") does not.
	SharesSubject bool
	// DescribesObject is set for a verb of naming whose object alone is
	// what it says ("described the dire situation", "characterized the
	// talks"), where "called a meeting" names nothing.
	DescribesObject bool
	// CivilBody is set for a head of an organisation that speaks for
	// no party ("fund", "caucus", "league"): a capitalised name it
	// closes holds a party's name as what it is about or where it is
	// ("the Kestria Fund", "the Varn Caucus"), not whose it is.
	CivilBody bool
	// StudiesSubject is set for a noun of someone who studies or covers
	// a subject ("scholar", "analyst", "correspondent"): a party's name
	// before it is what they study, not whose they are ("a Korea
	// scholar", "a Kremlin watcher").
	StudiesSubject bool
	// FieldOfStudy is set for a noun of a field of study ("history",
	// "studies"): a party's name or demonym before it is the field's
	// subject ("Kestrian history professor").
	FieldOfStudy bool
	// NewPlace is set for a word that, capitalised before a party's
	// name, makes another place of it ("New Mexico", a U.S. state, not
	// Mexico).
	NewPlace bool
	// VoiceOfPerson is set for a noun that, owned by a person, speaks
	// for them ("his office", "her spokesman"): the owner's, of the
	// owner's party.
	VoiceOfPerson bool
	// SpeaksFor is set for a noun whose "for" names whom it speaks for,
	// not a remit: "a spokesperson for the Kestrian ministry" is
	// Kestria's, where "Envoy for Kestria" works there.
	SpeaksFor bool
	// FamilyFirst is set for a family name that is written before the
	// given name ("Wang Wenbin"): alone, it is the person ("Wang said").
	FamilyFirst bool
	// Reflexive is set for a reflexive pronoun ("herself"), which after
	// a noun phrase only stresses it: "Velk herself said" is Velk.
	Reflexive bool
	// PartyGovernment is set for a noun that, after a party's name, is
	// that party speaking: "the Tesmar government" is Tesmar.
	PartyGovernment bool
	// MembersSpeak is set for a noun that, after the name of an
	// organisation or a group of parties, is the body speaking through its
	// members: "the Forum leaders", "the nations of the Forum" (the words
	// of [members of a body]).
	MembersSpeak bool
	// Effect is set for a verb that tells what a thing did to a debate
	// as often as what someone said ("the clash raised doubts", "the
	// spending underscores their role"): with a thing for its subject,
	// no one speaks.
	Effect bool
	// PlaceAbbreviation is set for an abbreviation that ends a place's
	// name ("Washington, D.C.", "Tulsa, Okla."), where "U.S." and "Jr."
	// do not: after "in Hollin, D.C." a capital opens a new sentence.
	PlaceAbbreviation bool
	// SettingPreposition is set for a preposition that puts a saying in
	// its setting or medium ("in a tweet", "on television", "during a
	// debate"), where "with People Magazine" names a partner.
	SettingPreposition bool
	// PassiveCue is set for a form of a verb of saying whose passive
	// with an agent reports its subject: "Her death was confirmed by the
	// League", "a fact first reported by X" (not "defended by", "raised
	// by": acts as often as sayings).
	PassiveCue bool
	// EmptyObject is set for a word that, as the whole object of a verb
	// of saying, says that nothing was said ("said little", "revealed
	// nothing").
	EmptyObject bool
	// NameMonth is set for a month whose name is also a person's ("Theresa
	// May", "June Arno"): after a given name or a title it is a surname.
	NameMonth bool
	// AsksBy is set for a participle of asking whose agent put the
	// question after it: "Asked by Velk whether …, Arno said".
	AsksBy bool
	// PerceivesSpeech is set for a participle of perceiving whose subject
	// says what a participle of saying after it tells: "X can be heard
	// yelling that …", "X was caught on tape telling Y to …".
	PerceivesSpeech bool
	// IrregularPast is set for an irregular past tense that is also the
	// verb's participle ("sent", "held"): after a subject with no
	// auxiliary the tagger's participle is the past.
	IrregularPast bool
	// PressTitle is set for a word that, closing a capitalised name,
	// makes it a publication's: "The Varn Herald" is printed in Varn,
	// and speaks for no party.
	PressTitle bool
	// ContinuesContent is set for a subordinator whose clause, after a
	// comma that follows reported content, is still what was said: a
	// reason, a condition, or the time the content names
	// ("said the talks failed, because …", "…, if only for now", "born
	// after 1975, when …").
	ContinuesContent bool
	// Coordinator is set for a conjunction that joins two clauses of
	// equal rank ("and", "but", "yet"): the clause after one is a main
	// clause even where the word is also listed as a subordinator.
	Coordinator bool
	// InQuantifier is set for a preposition that stays inside the words
	// that say how many of a group speak: "more than a dozen members".
	InQuantifier bool
	// AfterAt is set for a quantifier that "at" before it belongs to:
	// "at least a dozen members".
	AfterAt bool
	// JoinsNames is set for a word that joins names or the words of a
	// title and names nothing itself ("the", "and"): "the President and
	// the Foreign Minister of Kestria".
	JoinsNames bool
	// ContinuesObject is set for a subordinator that, after a verb's
	// object, goes on with that object rather than open a clause of the
	// writer's: "proclaim the week as Health Week", "the plan that …".
	ContinuesObject bool
	// RoleFiller is set for a word that says nothing of which office a
	// title names ("the", "of", "'s"): two titles are compared without.
	RoleFiller bool
	// Article is set for "a", "an" and "the": a setting's phrase reads
	// past them ("said in an interview").
	Article bool
	// SpeakerPrefix is set for a word before a name that does not tell
	// who is named ("Mr", "President", "the"): two reports of one
	// statement by "President Velk" and "Velk" have one speaker. Words are
	// matched without their periods ("mr" for "Mr.").
	SpeakerPrefix bool
	// JoinsList is set for a conjunction that joins the items of a list
	// ("and", "or"): "Kestria and Tesmar said" is one subject.
	JoinsList bool
	// JoinsTitle is set for a word that carries a capitalised title on
	// to a capitalised word after it ("Minister for Foreign Affairs",
	// "Affairs and Defense"); one that is no title preposition ("and",
	// "&") joins two people after a title's head ("the President and
	// Secretary Velk").
	JoinsTitle bool
	// Month is set for a month's name, whole or abbreviated ("Jan",
	// "September"): after a comma it ends a wire dateline's place.
	Month bool
	// OpensNoPlace is set for a word that opens sentences and no place's
	// name ("The", "Officials"): before a dash it opens no dateline.
	OpensNoPlace bool
	// LeadIn is set for a word of a release's capitalised lead-in that no
	// place's name holds ("FOR IMMEDIATE RELEASE", "FACT SHEET"): a
	// phrase with one before a dash is no dateline.
	LeadIn bool
	// PlaceConnector is set for a word that stands in lower case inside a
	// place's name ("of", "de", "am"): "Port of Spain".
	PlaceConnector bool
	// JoinsSpeakers is set for a conjunction that joins two speakers into
	// one joint speaker ("and", "&"): "Velk and Arno said".
	JoinsSpeakers bool
	// BylineLink is set for a lower-case word a byline's title reads
	// through ("of", "and"): "Ana Velk, Minister of Trade and Ports".
	BylineLink bool
	// LeadsClause is set for a word that, read without tags, may stand
	// between a clause's start and its subject ("the", "and"): "but the
	// Government …".
	LeadsClause bool
	// OfficeLink is set for a word inside an office's name that, with the
	// title's words, tells one office from another ("of", "and"):
	// "Secretary of State" is "the Secretary".
	OfficeLink bool
	// MarksNumber is set for a word before the number that ends a
	// transcript label ("number", "No."): "SENIOR OFFICIAL NUMBER TWO".
	MarksNumber bool
	// ClockSuffix is set for a word after a clock time that says which
	// half of the day it is ("a.m.", "PM"): "3:24 P.M. EDT".
	ClockSuffix bool
	// LabelLink is set for a lower-case word a transcript label in title
	// case may hold ("of", "the"): "Minister of the Interior:".
	LabelLink bool
	// RemitLink is set for a lower-case word between a title's
	// preposition and the known name after its remit ("the", "and",
	// "of"): "for Water and Roads Ana Velk".
	RemitLink bool
	// Likens is set for "as", which likens or names a role and opens
	// clauses of manner: "as Velk said", "described as", "quoted as
	// saying", "as well as".
	Likens bool
	// LinksClause is set for "that", which opens a reported clause or a
	// relative one, or points: "said that …", "the plan that …".
	LinksClause bool
	// Partitive is set for "of", which takes the part from the whole or
	// the thing from its owner: "many of her supporters", "the will of
	// the people".
	Partitive bool
	// ObjectPossessive is set for a pronoun that is both object and
	// possessive ("her"): before a gerund it is the possessor ("her
	// thinking").
	ObjectPossessive bool
	// Abroad is set for a word that puts a body or a group outside the
	// document's own side ("a foreign government", "overseas officials"):
	// the document's home is not theirs by default.
	Abroad bool
}
