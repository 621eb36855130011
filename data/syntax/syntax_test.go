package syntax_test

import (
	"strings"
	"testing"

	"github.com/brief-reader/brief/data/lexicon"
	"github.com/brief-reader/brief/data/syntax"
	"github.com/brief-reader/brief/data/tag"
	"github.com/brief-reader/brief/data/text"
)

func testLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	return lex
}

// tagged is the first sentence of s, tagged by the built-in tagger
// whatever it holds, with its paragraph's text.
func tagged(t *testing.T, s string) (*syntax.Sentence, string) {
	t.Helper()
	lex := testLexicon(t)
	d := text.Analyze([]string{s}, lex)
	b := syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
	sent := b.BuildTagged(d, 0, d.Paragraphs[0].Sentences[0])
	return &sent, s
}

// find is the phrase of s whose text in para is want (its first
// occurrence): "Tesmar’s" is two words.
func find(t *testing.T, s *syntax.Sentence, para, want string) syntax.Phrase {
	t.Helper()
	for i := range s.Words {
		for j := i + 1; j <= len(s.Words); j++ {
			if s.Text(para, i, j) == want {
				return syntax.Phrase{From: i, To: j}
			}
		}
	}
	t.Fatalf("%q is not in %q", want, para)
	return syntax.Phrase{}
}

// tags writes a sentence's words with their tags, for failure messages.
func tags(s *syntax.Sentence) string {
	var b strings.Builder
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.Text + "/" + w.Tag.String())
	}
	return b.String()
}

func TestBuildTagsOnlySentencesThatMayAttribute(t *testing.T) {
	lex := testLexicon(t)
	cases := []struct {
		name      string
		paragraph string
		want      []bool // Tagged, sentence by sentence
	}{
		{"no cue word", "The border is closed. Trucks wait in Varn.", []bool{false, false}},
		{"a cue verb", "The border is closed. Ana Velk said so.", []bool{false, true}},
		{"a cue noun", "Her claim was false.", []bool{true}},
		{"according", "According to Tesmari officials, the border is closed.", []bool{true}},
		{"a cue word only inside a quotation", "“We said nothing.” Trucks wait in Varn.", []bool{false, false}},
		{"a cue word after the quotation", "“Trucks wait in Varn.” Jonas Vell said so.", []bool{false, true}},
	}
	for _, c := range cases {
		d := text.Analyze([]string{c.paragraph}, lex)
		b := syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
		sentences := d.Paragraphs[0].Sentences
		if len(sentences) != len(c.want) {
			t.Errorf("%s: %d sentences, want %d", c.name, len(sentences), len(c.want))
			continue
		}
		for i, span := range sentences {
			s := b.Build(d, 0, span)
			if s.Tagged() != c.want[i] {
				t.Errorf("%s: sentence %d tagged %v, want %v: %s", c.name, i, s.Tagged(), c.want[i], tags(&s))
			}
			if s.Para != 0 || s.Span != span || len(s.Words) != int(span.Len()) {
				t.Errorf("%s: sentence %d is para %d span %v with %d words, want 0 %v %d", c.name, i, s.Para, s.Span, len(s.Words), span, span.Len())
			}
			if forced := b.BuildTagged(d, 0, span); !forced.Tagged() {
				t.Errorf("%s: BuildTagged left sentence %d shallow", c.name, i)
			}
		}
	}
}

func TestBuildWithoutTaggerIsShallow(t *testing.T) {
	lex := testLexicon(t)
	d := text.Analyze([]string{"Ana Velk said the border was closed."}, lex)
	b := syntax.Builder{Lexicon: lex}
	s := b.BuildTagged(d, 0, d.Paragraphs[0].Sentences[0])
	if s.Tagged() {
		t.Errorf("a builder without a tagger tagged %s", tags(&s))
	}
}

// TestShallowTags: a sentence the tagger skips still marks the capitalised
// words that can be names; its first word only when it is a given name.
func TestShallowTags(t *testing.T) {
	lex := testLexicon(t)
	cases := []struct {
		sentence string
		names    string // the words tagged NNP, in order
	}{
		{"The envoy met Jonas Vell and Ilse Marrow in Varn.", "Jonas Vell Ilse Marrow Varn"},
		{"Jonas Vell met the envoy in Ostra.", "Jonas Vell Ostra"},
		{"Yesterday I met Ana Velk in Kestria.", "Ana Velk Kestria"},
		{"The border is closed.", ""},
	}
	for _, c := range cases {
		d := text.Analyze([]string{c.sentence}, lex)
		b := syntax.Builder{Lexicon: lex, Tagger: tag.Default()}
		s := b.Build(d, 0, d.Paragraphs[0].Sentences[0])
		if s.Tagged() {
			t.Errorf("%q: tagged, want shallow tags", c.sentence)
			continue
		}
		var names []string
		for _, w := range s.Words {
			switch w.Tag {
			case tag.NNP:
				names = append(names, w.Text)
			case tag.XX:
			default:
				t.Errorf("%q: %s has shallow tag %s, want NNP or XX", c.sentence, w.Text, w.Tag)
			}
		}
		if got := strings.Join(names, " "); got != c.names {
			t.Errorf("%q: names %q, want %q", c.sentence, got, c.names)
		}
	}
}

// TestWordsKnowTheirQuotationAndEntry: each word carries the quotation it
// is inside (marks included) and the lexicon's entry for it.
func TestWordsKnowTheirQuotationAndEntry(t *testing.T) {
	s, para := tagged(t, "“We are ready,” Ana Velk said.")
	for i, w := range s.Words {
		inside := i <= 5 // “ We are ready , ”
		if (w.Quote >= 0) != inside {
			t.Errorf("%s: quote %d, want inside=%v", w.Text, w.Quote, inside)
		}
	}
	said := &s.Words[find(t, s, para, "said").From]
	if !said.Is(lexicon.CueVerb) {
		t.Errorf("said: entry %+v is no cue verb", said.Entry)
	}
	if velk := &s.Words[find(t, s, para, "Velk").From]; velk.Is(lexicon.CueVerb) {
		t.Errorf("Velk is a cue verb")
	}
	if got := s.Text(para, find(t, s, para, "Ana").From, find(t, s, para, "said").To); got != "Ana Velk said" {
		t.Errorf("Text = %q", got)
	}
	if got := s.Text("x", 3, 3); got != "" {
		t.Errorf("Text of an empty range = %q", got)
	}
}

// TestRepairs: the tagger's errors the sentence itself disproves are
// mended before any stage reads the tags.
func TestRepairs(t *testing.T) {
	cases := []struct {
		name, sentence, word string
		want                 tag.Tag
	}{
		{"two finite verbs in a row: the first is a noun", "Human rights advocates said the vote was rigged.", "advocates", tag.NNS},
		{"two finite verbs in a row: the second stays the verb", "Human rights advocates said the vote was rigged.", "said", tag.VBD},
		{"a possessor's plural before its verb", "Orlavia’s envoys said the deal was dead.", "envoys", tag.NNS},
		{"a title before a name is part of it", "Rep. Ana Velk said the bill would pass.", "Rep.", tag.NNP},
		{"an adjective before a finite verb ends a noun phrase", "A senior official said the army was ready.", "official", tag.NN},
		{"an adjective after a possessive before a finite verb is its noun", "However, Ana Velk's brief said that was not her view.", "brief", tag.NN},
		{"an auxiliary before a verb is left alone", "Ana Velk has said the army was ready.", "has", tag.VBZ},
		{"a past form of saying after a name is the verb", "Kestrian envoy Sofia Lenk told journalists the closure was temporary.", "told", tag.VBD},
		{"and the finite-looking word after it its object", "Kestrian envoy Sofia Lenk told journalists the closure was temporary.", "journalists", tag.NNS},
		{"an auxiliary after a past form of saying stays a verb", "What the Secretary said is that the talks went well.", "is", tag.VBZ},
		{"an unknown name set off by an aside is no interjection", "Brandt, for his part, warned that any incident would be costly.", "Brandt", tag.NNP},
		{"an interjection before a subordinate clause stays one", "Well, as you said, the talks failed.", "Well", tag.UH},
		{"a verb of saying after a singular subject, before a that-clause", "Today, based on the surveys, the Varandan government assesses that the dam must close.", "assesses", tag.VBZ},
		{"no finite verb right after a preposition", "Officials in besieged Hollin said the water had run out.", "besieged", tag.JJ},
		{"a noun of saying as a verb's object before that", "Tesmar is spreading outright lies that the dam was mined.", "lies", tag.NNS},
		{"a noun of a person before a past of saying is its subject", "A senior Kestrian administration official said on Friday that the ministry supported the efforts against smuggling.", "official", tag.NN},
		{"and the past of saying after it is the verb", "A senior Kestrian administration official said on Friday that the ministry supported the efforts against smuggling.", "said", tag.VBD},
		{"an adjective before a participle describes a thing", "The total estimated cost of the Varn bridge is $35 million.", "estimated", tag.VBN},
		{"a determiner standing alone before of heads the subject", "Most of his Kestrian rivals called for a bigger effort.", "Most", tag.DT},
		{"and the regular past after it is the verb", "In the debate, while most of his Kestrian rivals called for a bigger effort, Velk kept to the line.", "called", tag.VBD},
		{"a gerund after a possessive before a verb of saying is a noun", "Another source familiar with Arno’s thinking said the senator would try to be more friendly.", "thinking", tag.NN},
		{"her before it is the possessive", "She has said little about the plan, and people familiar with her thinking say she now regrets it.", "her", tag.PRPS},
		{"an object before a gerund that is no subject stays one", "Arno called her on Monday, saying the vote was lost.", "her", tag.PRP},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		w := &s.Words[find(t, s, para, c.word).From]
		if w.Tag != c.want {
			t.Errorf("%s: %s/%s, want %s: %s", c.name, w.Text, w.Tag, c.want, tags(s))
		}
	}
}

func TestNounPhraseEndingAt(t *testing.T) {
	cases := []struct {
		sentence, end string
		want          string // "" for no noun phrase
	}{
		{"A senior official said the army was ready.", "official", "A senior official"},
		{"Human rights advocates said the vote was rigged.", "advocates", "Human rights advocates"},
		{"Secretary of State Ana Velk said the talks were over.", "Velk", "Secretary of State Ana Velk"},
		{"The Ministry of Foreign Affairs said it regretted the decision.", "Affairs", "The Ministry of Foreign Affairs"},
		{"Tesmar’s foreign minister, Jonas Vell, said the deal was dead.", "minister", "Tesmar’s foreign minister"},
		{"Orlavia’s new ambassador to Kestria said nothing.", "ambassador", "Orlavia’s new ambassador"},
		{"The head of the Orlavian delegation said talks would resume.", "delegation", "the Orlavian delegation"},
		{"Those who opposed the deal said it was a mistake.", "Those", "Those"},
		{"Some say the plan failed.", "Some", "Some"},
		{"Those talks failed, the envoy said.", "talks", "Those talks"},
		{"Those talks failed, the envoy said.", "Those", ""},
		{"He said the talks were over.", "He", "He"},
		{"He said the talks were over.", "said", ""},
		{"Orlavian officials in Varn said the army was ready.", "officials", "Orlavian officials"},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		end := find(t, s, para, c.end).From
		a := s.NounPhraseEndingAt(end)
		got := ""
		if a >= 0 {
			got = s.Text(para, a, end+1)
		}
		if got != c.want {
			t.Errorf("%q ending at %q: %q, want %q: %s", c.sentence, c.end, got, c.want, tags(s))
		}
	}
}

func TestNounPhraseAt(t *testing.T) {
	cases := []struct {
		sentence, start string
		want            string // "" for no noun phrase
	}{
		{"“We are ready,” said Secretary of State Ana Velk.", "Secretary", "Secretary of State Ana Velk"},
		{"The Secretary of the Treasury Ilse Marrow said the bill would pass.", "The", "The Secretary of the Treasury Ilse Marrow"},
		{"Tesmar’s foreign minister, Jonas Vell, said the deal was dead.", "Tesmar", "Tesmar’s foreign minister"},
		{"The head of the Orlavian delegation said talks would resume.", "The", "The head"},
		{"A senior official said the army was ready.", "A", "A senior official"},
		{"He said the talks were over.", "He", "He"},
		{"He said the talks were over.", "said", ""},
		{"Ana Velk told reporters the talks had failed.", "reporters", "reporters"},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		start := find(t, s, para, c.start).From
		e := s.NounPhraseAt(start)
		got := ""
		if e >= 0 {
			got = s.Text(para, start, e)
		}
		if got != c.want {
			t.Errorf("%q starting at %q: %q, want %q: %s", c.sentence, c.start, got, c.want, tags(s))
		}
	}
}

func TestCoreNameHead(t *testing.T) {
	cases := []struct {
		sentence, phrase string
		core, name, head string
	}{
		{"The head of the Orlavian delegation said talks would resume.", "The head of the Orlavian delegation", "The head", "", "delegation"},
		{"Secretary of State Ana Velk said the talks were over.", "Secretary of State Ana Velk", "Secretary of State Ana Velk", "Ana Velk", "Velk"},
		{"Tesmari Foreign Minister Jonas Vell said the deal was dead.", "Tesmari Foreign Minister Jonas Vell", "Tesmari Foreign Minister Jonas Vell", "Jonas Vell", "Vell"},
		{"Rep. Ana Velk said the bill would pass.", "Rep. Ana Velk", "Rep. Ana Velk", "Ana Velk", "Velk"},
		{"Tesmar’s foreign minister, Jonas Vell, said the deal was dead.", "Tesmar’s foreign minister", "Tesmar’s foreign minister", "", "minister"},
		{"A senior official said the army was ready.", "A senior official", "A senior official", "", "official"},
		{"Orlavian officials in Varn said the army was ready.", "Orlavian officials in Varn", "Orlavian officials", "Varn", "Varn"},
		{"Orlavian officials in Varn said the army was ready.", "Orlavian officials", "Orlavian officials", "", "officials"},
		{"Those who opposed the deal said it was a mistake.", "Those", "Those", "", "Those"},
		{"President Jonas R. Vell, Jr. said the war must end.", "President Jonas R. Vell, Jr.", "President Jonas R. Vell, Jr.", "Jonas R. Vell, Jr.", "Jr."},
		// a name runs over its lower-case particles, not over a title's
		{"Mayor Jonas de Vell said the war must end.", "Mayor Jonas de Vell", "Mayor Jonas de Vell", "Jonas de Vell", "Vell"},
		{"Ana von der Arno said the war must end.", "Ana von der Arno", "Ana von der Arno", "Ana von der Arno", "Arno"},
	}
	for _, c := range cases {
		s, para := tagged(t, c.sentence)
		p := find(t, s, para, c.phrase)
		core := s.Core(p)
		name := s.Name(p)
		if got := s.Text(para, core.From, core.To); got != c.core {
			t.Errorf("Core(%q) = %q, want %q: %s", c.phrase, got, c.core, tags(s))
		}
		if got := s.Text(para, name.From, name.To); got != c.name {
			t.Errorf("Name(%q) = %q, want %q: %s", c.phrase, got, c.name, tags(s))
		}
		if got := s.Words[s.Head(p)].Text; got != c.head {
			t.Errorf("Head(%q) = %q, want %q: %s", c.phrase, got, c.head, tags(s))
		}
	}
}

func TestPhrase(t *testing.T) {
	p := syntax.Phrase{From: 2, To: 5}
	if p.Len() != 3 || p.Empty() || !p.Has(2) || !p.Has(4) || p.Has(5) || p.Has(1) {
		t.Errorf("%+v: Len %d Empty %v Has(2,4,5,1) %v %v %v %v", p, p.Len(), p.Empty(), p.Has(2), p.Has(4), p.Has(5), p.Has(1))
	}
	if e := (syntax.Phrase{From: 3, To: 3}); !e.Empty() || e.Has(3) {
		t.Errorf("%+v is not empty", e)
	}
	s, para := tagged(t, "Ana Velk said the talks were over.")
	if !s.Determiner(find(t, s, para, "the").From) || s.Determiner(0) || s.Determiner(-1) || s.Determiner(len(s.Words)) {
		t.Errorf("Determiner: %s", tags(s))
	}
}

func TestTitleCased(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The Republic of Kestria Is Ready to Help", true},
		{"Velk Calls Arno's Plan a Disgrace", true},
		{"Ana Velk said the Kestrian plan was a disgrace.", false},
		{"Velk Speaks", false}, // too short to tell a heading from a name
	} {
		s, _ := tagged(t, c.text)
		if got := s.TitleCased(); got != c.want {
			t.Errorf("%q: TitleCased %v, want %v", c.text, got, c.want)
		}
	}
}
