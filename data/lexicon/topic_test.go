package lexicon

import "testing"

// TestTopicCues: a cue of the topic frame is an object frame that needs a
// topic noun, and the [topic nouns] section marks those nouns.
func TestTopicCues(t *testing.T) {
	l, err := Parse([]byte("[cues]\nraise topic\ndeny object\n[topic nouns]\nconcern concerns\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"raise", "raised", "raising"} {
		e := l.Lookup(w)
		if e == nil || len(e.Cues) != 1 || !e.Cues[0].Topic || e.Cues[0].Frame != Object {
			t.Errorf("%s: want one topic cue of the object frame, got %+v", w, e)
		}
	}
	if e := l.Lookup("denied"); e == nil || e.Cues[0].Topic {
		t.Errorf("denied: an object cue is no topic cue: %+v", e)
	}
	if e := l.Lookup("Concerns"); e == nil || !e.Topic {
		t.Errorf("concerns: want a topic noun, got %+v", e)
	}
	if e := l.Lookup("money"); e != nil && e.Topic {
		t.Errorf("money is no topic noun")
	}
	d := mustDefault(t)
	if e := d.Lookup("raised"); e == nil || !e.Cues[0].Topic {
		t.Errorf("the default lexicon's raise is no topic cue: %+v", e)
	}
	if e := d.Lookup("issue"); e == nil || !e.Topic {
		t.Errorf("the default lexicon's issue is no topic noun")
	}
}
