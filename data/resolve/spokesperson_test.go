package resolve

import (
	"testing"

	"github.com/brief-reader/brief/data/mention"
)

// A spokesperson with no party of their own speaks for the body that
// was the subject of the sentence just before, in the same paragraph,
// ahead of the document's home (a wire story filed from another
// capital); not for a body named two sentences back, in another
// paragraph, or one of two parties' bodies.
func TestSpokespersonOfTheBodyJustNamed(t *testing.T) {
	ix, lex := testIndex(t)
	tesmar, orlavia := party(t, ix, "Tesmar"), party(t, ix, "Orlavia")
	body := func(sentence, para int, text string, p int32) mention.Mention {
		m := other(sentence, mention.Body, text, false)
		m.Para, m.Party = para, p
		return m
	}
	named := func(sentence, para int) mention.Mention {
		m := person(sentence, "Dan Orlo", "Spokesman", 'm')
		m.Para = para
		return m
	}
	bare := func(sentence, para int, head string) mention.Mention {
		m := role(sentence, "a "+head, head)
		m.Definite, m.New, m.Para = false, true, para
		return m
	}
	// want: the body's party, or the home's when no body is the one
	for _, c := range []struct {
		name    string
		bodies  []mention.Mention
		speaker mention.Mention
		want    int32
	}{
		{"a named spokesman after the Kremlin's like", []mention.Mention{body(0, 0, "the Ostra Palace", orlavia)}, named(1, 0), orlavia},
		{"a bare spokeswoman", []mention.Mention{body(0, 0, "Orlavia", orlavia)}, bare(1, 0, "spokeswoman"), orlavia},
		{"an official is no spokesperson", []mention.Mention{body(0, 0, "Orlavia", orlavia)}, bare(1, 0, "official"), tesmar},
		{"two sentences back", []mention.Mention{body(0, 0, "Orlavia", orlavia)}, named(2, 0), tesmar},
		{"another paragraph", []mention.Mention{body(0, 0, "Orlavia", orlavia)}, named(1, 1), tesmar},
		{"two parties' bodies", []mention.Mention{body(0, 0, "Orlavia", orlavia), body(0, 0, "the Tesmari ministry", tesmar)}, named(1, 0), tesmar},
	} {
		r := NewStory(ix, lex)
		r.SetHome(tesmar) // filed from Varn
		for _, b := range c.bodies {
			r.Mention(b, Subject)
		}
		if sp, _ := r.Speaker(c.speaker); sp.Party != c.want {
			t.Errorf("%s: party %d, want %d", c.name, sp.Party, c.want)
		}
	}
}

// A person's office or spokesman that the person's name opens ("Yoon's
// office") is of the person's party; a name that opens no such voice
// ("Arno's plan", "Arno's party") gives none, nor a name read elsewhere.
func TestVoiceOpenedByItsOwner(t *testing.T) {
	ix, lex := testIndex(t)
	orlavia := party(t, ix, "Orlavia")
	for _, c := range []struct {
		name      string
		head      string
		ownerFrom int
		want      int32
	}{
		{"his office", "office", 0, orlavia},
		{"his spokeswoman", "spokeswoman", 0, orlavia},
		{"his campaign", "campaign", 0, -1},
		{"another name's office", "office", 3, -1},
	} {
		r := NewStory(ix, lex)
		arno := person(0, "Tom Arno", "Orlavian President", 'm')
		arno.Party = orlavia
		r.Mention(arno, Subject)
		owner := person(1, "Arno", "", 0)
		owner.Phrase.From, owner.Phrase.To = c.ownerFrom, c.ownerFrom+1
		r.Mention(owner, Possessor)
		voice := other(1, mention.Body, "Arno's "+c.head, false)
		voice.Head, voice.Phrase.From, voice.Phrase.To = c.head, 0, 3
		if sp, _ := r.Speaker(voice); sp.Party != c.want {
			t.Errorf("%s: party %d, want %d", c.name, sp.Party, c.want)
		}
	}
}
