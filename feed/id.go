package feed

import (
	"crypto/sha256"
	"encoding/hex"
)

// IDHashDigits is the hash digits an item's ID ends with: 48 bits, so
// that two of a million stories share one with odds of about 1 in 500.
const IDHashDigits = 12

// StoryID is the ID a feed item goes by, wherever it is read from (a
// feed file, the feed's URL, the library): a slug of its title as shown
// (markup and entities undone: "Corvenia &amp; Almora" is
// "corvenia-almora") and digits of a hash of its key (Item.Key), so that
// it reads well, and an ID copied from one names the same story in the
// others.
func StoryID(title, key string, digits int) string {
	h := sha256.Sum256([]byte(key))
	short := hex.EncodeToString(h[:])[:min(digits, 64)]
	if s := Slug(inlineText(title)); s != "" {
		return s + "-" + short
	}
	return "item-" + short
}

// ID is the item's StoryID.
func (it Item) ID() string { return StoryID(it.Title, it.Key(), IDHashDigits) }
