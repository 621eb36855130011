package views

// SpeakerKey is the identity of a speaker's name across stories, the one
// the library keys its speakers by (data.Attributor.SpeakerKey): the
// profiles use it too, so that a picker's speaker is a profile's.
func (l *Library) SpeakerKey(name string) string {
	k, ok := l.speakerKeys[name]
	if !ok {
		k = l.attr.SpeakerKey(name)
		l.speakerKeys[name] = k
	}
	return k
}
