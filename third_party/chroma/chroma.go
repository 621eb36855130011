// Package chroma stands in for github.com/alecthomas/chroma/v2 in brief's
// build (see the replace directive in brief's go.mod). It holds only what
// glamour v1's code-block renderer refers to, and highlights nothing.
//
// Why: Go initialises every package linked into a program before main
// runs, and glamour links chroma, whose lexer and style registries are
// built at initialisation by parsing some 300 embedded XML files: about
// 15 ms of every brief command, the ones that render nothing included
// (GODEBUG=inittrace=1 brief version). brief renders stories, not source
// code: it renders a code block in the code-block style of its glamour
// theme, without token colours (views/render.go takes glamour's path that
// does not ask chroma), so nothing of chroma's is needed at run time.
//
// Keep it to the names glamour uses: the build fails at once if a newer
// glamour needs more, which is the moment to look again.
package chroma

// TokenType is a kind of token a style gives a colour to.
type TokenType int

// The token types glamour's style maps to colours.
const (
	Background TokenType = iota - 1
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token types to style descriptions ("#ff0000 bold").
type StyleEntries map[TokenType]string

// Style is a named set of entries.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle makes a style; it never fails here, as nothing parses the
// entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
