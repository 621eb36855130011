// Package provenancetest makes statements that repeat each other, for the
// tests of provenance grouping here and in the reader: both must meet the
// same rewrites, or one of them tests an easier case.
package provenancetest

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// Said is one statement as a story reports it.
type Said struct{ Speaker, Party, Text string }

// bases are the few statements every rewrite starts from: long and short,
// with a number, a capital beyond ASCII ("Ölund"), and small talk.
var bases = [...]string{
	"We will not withdraw a single soldier from the border until the talks resume.",
	"Kestria will not accept any settlement that leaves the northern valleys under foreign control of Orlavia",
	"The ceasefire along the river must hold through the winter and beyond it, and three observers will stay.",
	"Fishing quotas in the gulf are a matter for the joint commission alone and for no one else in Ölund.",
	"We have asked the Meridian Union to send 12 monitors to the border crossings before the vote next week.",
	"Thanks, Ivo. Great to be with you all here today.",
}

// swaps are the words a rewrite puts in place of one of its own.
var swaps = [...]string{"not", "never", "Tesmar", "Orlavia", "seven", "the", "soon", "4", "ÄLVA"}

// speakers name the same person in full, by surname and with a title,
// beside a namesake and another side's speaker.
var speakers = [...][2]string{{"Ada Morrow", "Tesmar"}, {"Morrow", ""}, {"Foreign Minister Ada Morrow", "Tesmar"}, {"Ilse Morrow", "Tesmar"}, {"Ivo Brandt", "Orlavia"}}

// Rewrite is one of the bases with up to three words dropped or changed,
// said by one of the speakers.
func Rewrite(r *rand.Rand) Said {
	words := strings.Fields(bases[r.IntN(len(bases))])
	for range r.IntN(4) {
		switch k := r.IntN(len(words)); r.IntN(3) {
		case 0:
			words = slices.Delete(words, k, k+1)
		case 1:
			words[k] = swaps[r.IntN(len(swaps))]
		}
	}
	sp := speakers[r.IntN(len(speakers))]
	return Said{Speaker: sp[0], Party: sp[1], Text: strings.Join(words, " ")}
}
