package cli

import (
	"slices"

	"github.com/brief-reader/brief/data"
)

// storyOrder numbers the stories of a command in the order the reader
// shows them by date: newest first, undated last, in order of arrival
// among equals (data.CompareDateOrder). It keeps each story's place in
// that order, not the story: a few bytes a story.
type storyOrder struct {
	keys []data.DateOrder // by arrival
}

// add notes b, the next story to arrive, and returns its arrival index.
func (o *storyOrder) add(b *data.Briefing) int {
	o.keys = append(o.keys, data.DateOrderOf(b))
	return len(o.keys) - 1
}

// numbers is, for each story by arrival, its 0-based place in the order.
func (o *storyOrder) numbers() []int {
	byDate := make([]int, len(o.keys))
	for i := range byDate {
		byDate[i] = i
	}
	slices.SortStableFunc(byDate, func(a, b int) int { return data.CompareDateOrder(o.keys[a], o.keys[b]) })
	number := make([]int, len(o.keys))
	for place, i := range byDate {
		number[i] = place
	}
	return number
}

// sortStories sorts stories (as they arrived) in that order, in place.
func sortStories(bs []*data.Briefing) {
	slices.SortStableFunc(bs, func(a, b *data.Briefing) int {
		return data.CompareDateOrder(data.DateOrderOf(a), data.DateOrderOf(b))
	})
}
