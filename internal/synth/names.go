package synth

import (
	"strings"
	"sync"
)

// Every proper name comes from these syllables, and each list is small
// enough that a test can enumerate every name the generator could ever
// produce and check none of them is a real country, capital or demonym.
const (
	countryPrefixes = "Val Kes Dor Ost Tel Quen Hal Sor Tav Cal Ver Lun Zar Ith Pel Rav Esk Mor Bre Ul"
	countryMiddles  = "- an en or ir ad el" // "-" is the empty middle
	// suffix:demonym-suffix
	countrySuffixes = "ovar:ovari esk:eskan undra:undran ethe:ethian arro:arrese inth:inthian avel:aveli oria:orian"
	placePrefixes   = "Sel Osk Hal Mer Dun Kar Tir Vel Brae Cor Lis Nev Orm Pra Quor Sten Ard Fal"
	placeSuffixes   = "in ava oth emby ara iss unde ory enne ask"
	capitalForms    = "% % % Port_% %_Nova Fort_%" // % is a place name, _ a space
	seaSuffixes     = "ane ith orn esse"
	riverSuffixes   = "a ent ora ey"
	firstStarts     = "Ma Co I Ta O Le Bri Sa Ve Ru Ka E Do Fe Ne Ya Ar Il"
	firstEnds       = "lisse rvan drena viel skar nneth ssane lor rin dara mond thea"
	lastStarts      = "Val Quen Tor Hal Bren Ost Mer Dal Cas Fen Gar Lor Mav Ser Vor Wen Ith Pell"
	lastEnds        = "dore strom vek ravel dane holt mire quist rell sabe tane vance"
	formalForms     = "Republic_of_% Kingdom_of_% Commonwealth_of_% &_Federation United_Provinces_of_%" // & is the demonym
)

type suffix struct{ name, demonym string }

type syllables struct {
	countryPrefixes, countryMiddles              []string
	countrySuffixes                              []suffix
	placePrefixes, placeSuffixes, capitalForms   []string
	seaSuffixes, riverSuffixes                   []string
	firstStarts, firstEnds, lastStarts, lastEnds []string
	formalForms                                  []string
}

// lexicon is built once and never written again.
var lexicon = sync.OnceValue(func() *syllables {
	words := func(s string) []string {
		f := strings.Fields(s)
		for i := range f {
			f[i] = strings.ReplaceAll(strings.ReplaceAll(f[i], "_", " "), "-", "")
		}
		return f
	}
	var sfx []suffix
	for _, w := range strings.Fields(countrySuffixes) {
		n, d, _ := strings.Cut(w, ":")
		sfx = append(sfx, suffix{n, d})
	}
	return &syllables{
		countryPrefixes: words(countryPrefixes),
		countryMiddles:  words(countryMiddles),
		countrySuffixes: sfx,
		placePrefixes:   words(placePrefixes),
		placeSuffixes:   words(placeSuffixes),
		capitalForms:    words(capitalForms),
		seaSuffixes:     words(seaSuffixes),
		riverSuffixes:   words(riverSuffixes),
		firstStarts:     words(firstStarts),
		firstEnds:       words(firstEnds),
		lastStarts:      words(lastStarts),
		lastEnds:        words(lastEnds),
		formalForms:     words(formalForms),
	}
})

func (l *syllables) country(r *rng) (name, demonym string) {
	p, m, s := pick(r, l.countryPrefixes), pick(r, l.countryMiddles), pick(r, l.countrySuffixes)
	return p + m + s.name, p + m + s.demonym
}

func (l *syllables) place(r *rng) string {
	return pick(r, l.placePrefixes) + pick(r, l.placeSuffixes)
}

func (l *syllables) capital(r *rng) string {
	return strings.ReplaceAll(pick(r, l.capitalForms), "%", l.place(r))
}

func (l *syllables) formal(r *rng, name, demonym string) string {
	f := pick(r, l.formalForms)
	return strings.ReplaceAll(strings.ReplaceAll(f, "%", name), "&", demonym)
}

func (l *syllables) person(r *rng) (first, last string) {
	return pick(r, l.firstStarts) + pick(r, l.firstEnds), pick(r, l.lastStarts) + pick(r, l.lastEnds)
}

// AllNames lists every country name, demonym, place name and capital the
// generator can produce, whatever the seed. Tests use it to prove that no
// real country or city can ever appear.
func AllNames() []string {
	l := lexicon()
	var out []string
	for _, p := range l.countryPrefixes {
		for _, m := range l.countryMiddles {
			for _, s := range l.countrySuffixes {
				out = append(out, p+m+s.name, p+m+s.demonym)
			}
		}
	}
	for _, p := range l.placePrefixes {
		for _, s := range l.placeSuffixes {
			place := p + s
			for _, f := range l.capitalForms {
				out = append(out, strings.ReplaceAll(f, "%", place))
			}
		}
		for _, s := range l.seaSuffixes {
			out = append(out, p+s)
		}
		for _, s := range l.riverSuffixes {
			out = append(out, p+s)
		}
	}
	return out
}
