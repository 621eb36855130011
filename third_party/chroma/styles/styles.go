// Package styles is the style registry glamour registers its code-block
// style in; see package chroma for why it is empty.
package styles

import "github.com/alecthomas/chroma/v2"

// Registry holds the registered styles; none are built in.
var Registry = map[string]*chroma.Style{}

// Register adds a style to the registry.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}
