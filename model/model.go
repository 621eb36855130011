// Package model is the root bubbletea model of the reader: it owns the
// state shared by the views (the library, the filters, the window size,
// loading) and routes keys and messages to the view on screen.
package model

import (
	"context"
	"io"
	"os"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/provenance"
	"github.com/brief-reader/brief/views"
)

// Config is what the reader needs from main.
type Config struct {
	Attributor *data.Attributor
	// Load streams the briefings, and an error per file that failed. It
	// runs in the background; the list fills in as it emits.
	Load func(emit func(*data.Briefing, error))

	// Dark forces a dark or light theme; nil asks the terminal, once, in New.
	Dark *bool
	// NoColor forces colour off or on; nil follows the NO_COLOR variable.
	NoColor *bool

	// The user's library, all optional: nil means there is none, so no
	// unread marks and no refresh key.
	//
	// MarkRead records that a story was opened; IsRead is asked once per
	// story as it arrives. Refresh fetches the subscriptions, reporting
	// progress as it goes (from any goroutine), and returns the stories
	// it stored, a line to show the user, or an error saying why nothing
	// changed.
	MarkRead func(id string)
	IsRead   func(id string) bool
	// SetStarred stars a story or takes the star away; IsStarred asks,
	// once per story as it arrives. Both nil: no star key.
	SetStarred func(id string, starred bool)
	IsStarred  func(id string) bool
	Refresh    func(ctx context.Context, progress func(done, total int)) ([]*data.Briefing, string, error)

	// LoadBody fills in the paragraphs of a story Load gave without them
	// (a compact record from the database); nil when every story comes
	// whole.
	LoadBody func(*data.Briefing) error

	// SearchBodies gives, for the words typed in the story list's
	// filter, the test of whether a story's body or statements hold
	// them, through brief's full-text index; nil when there is none.
	SearchBodies func(query string) func(*data.Briefing) bool

	// LoadStatements reads the statements of a story Load gave without
	// them (a row from the database: StatementCount says how many); the
	// quote view asks for them, in the background, when first shown.
	LoadStatements func(*data.Briefing) ([]data.Statement, error)
	// StatementTexts reads the texts of many stories' statements at once
	// (a database is behind LoadStatements). When set, the reader keeps
	// no text of the statements LoadStatements gives, and reads them
	// again when shown; the quote view's text filter looks for its words
	// with it, in the background. See statement_texts.go.
	StatementTexts views.TextScan
	// MakeReports brings the database's grouping of the statements
	// reported in several stories up to date, ReportsMade says whether
	// it is (cheaply), and LoadReports reads a story's groups from it.
	// With all three and LoadStatements, the library takes "also in" from
	// the database instead of grouping every statement it holds. See
	// reports.go.
	MakeReports func(context.Context) error
	ReportsMade func() bool
	LoadReports func(*data.Briefing) ([]provenance.Stored, error)

	// OpenURL opens a web address (the source of a story) in the
	// browser; nil: no o key. It must not wait for the browser.
	OpenURL func(url string) error

	// OpenStored opens the user's library, whose stories are listed
	// first, before Load's: it is called in the background, and Load
	// starts once it has returned. nil: Load gives every story.
	OpenStored func() (Stored, error)

	// Clipboard is the terminal, which "y" asks through OSC 52 to copy
	// a citation; nil: no "y". ExportDirs is where "x" writes the
	// statements shown, the first folder that takes the file; nil: the
	// current folder.
	Clipboard  io.Writer
	ExportDirs []string

	// MarkUnread takes a story's read mark back (m); MarkAllRead marks
	// many read at once (M), in one write. nil: m cannot make a story
	// unread, and M marks each with MarkRead.
	MarkUnread  func(id string)
	MarkAllRead func(ids []string)
	// SetStatementStarred stars a statement or takes the star away,
	// by its data.StatementKey; IsStatementStarred asks, as statements
	// come on screen. Both nil: no star in the quote view.
	SetStatementStarred func(key string, starred bool)
	IsStatementStarred  func(key string) bool
}

// screen is what fills the body.
type screen int

const (
	screenList screen = iota
	screenQuotes
	screenDetail
	screenProblems
	screenProfile
)

func (s screen) String() string {
	return [...]string{"Stories", "Quotes", "Story", "Load errors", "Profile"}[s]
}

// Model is the root model.
type Model struct {
	keys   *views.KeyMap // never changed after New: the views share it
	st     *views.Styles
	lib    *views.Library
	width  int // 0 until the first tea.WindowSizeMsg: nothing is drawn before
	height int

	screen  screen
	back    screen // where esc returns from the detail view and the errors
	current int    // the story in the detail view

	list     views.List
	quotes   views.Quotes
	detail   views.Detail
	problems views.Problems
	picker   views.Picker
	picking  bool   // the picker is open
	picked   [3]int // libraryGrowth when the picker's items were counted

	profiled     int // the stories the library's profiles held when last seen
	profile      views.Profile
	profileOn    profileTarget // the profile shown
	profileTrail []profileStep // where esc goes from it

	filters      []views.Filter
	typing       bool           // the query is being typed ("/")
	typedFrom    views.Place    // where the cursor was when typing began
	typedFilters []views.Filter // the filters when typing began, for esc
	queryErr     string         // what is wrong with the query typed; "" when it is in use
	input        views.Input

	help    sharedHelp
	spinner sharedSpinner
	loader  *loader
	loading bool
	loadErr []error

	openStored func() (Stored, error)
	opening    bool   // OpenStored runs; Load waits for it
	stored     Stored // the library's stories; nil when there are none
	storedAt   int    // the index of its first story in lib
	filling    bool   // the background read of every row runs, or waits to
	fillWaits  bool   // it waits for Load to be done
	fillFrom   int    // the first row it has not asked for
	windowing  bool   // rows on screen are being read

	loadBody           func(*data.Briefing) error
	loadStatements     func(*data.Briefing) ([]data.Statement, error)
	fetchingStatements bool // statementsMsg batches are on their way
	// arriving: this Update indexed a batch of statements and more
	// follow, or is the spinner's tick meanwhile; quotesSynced is the
	// statements the quote view was last arranged with. See
	// syncQuotesNow.
	arriving     bool
	quotesSynced int
	bodyHeld     int // the compact story whose body withBody read; -1 for none

	gcRestore func() // puts back the collector's pacing; see statementsGCPercent

	groups groupReader // "also in" from the database; see reports.go

	textSearches textSearches // the quote view's text filter asking the database

	setStarred func(id string, starred bool)
	isStarred  func(id string) bool
	markRead   func(id string)
	isRead     func(id string) bool
	refreshFn  func(ctx context.Context, progress func(done, total int)) ([]*data.Briefing, string, error)
	refresh    *refresher // the refresh under way; nil when none is
	progress   [2]int     // its last report: done, total
	notice     notice     // the outcome of the last refresh, until a key

	clipboard  *clipboard // nil when there is none
	exportDirs []string
	openURL    func(url string) error
	storyTab   storyTab // the quote view was opened from a story

	reading readingMarks // m, M and statement stars; see reading.go

	laidFooter []string                            // the footer layout last sized the body for; frame draws it
	helpDrawn  [2]drawn[helpDrawnFrom, shapedHelp] // the short bar and the full help last drawn

	headerDrawn drawn[headerParts, string]     // the header last drawn, before it is cut to the width
	statusDrawn drawn[drawnStatusFrom, string] // the detail view's status line last drawn
	noticeDrawn drawn[noticeFrom, string]      // the status line of a notice or of load errors last drawn
}

// New makes the reader. It decides the theme here, once: asking the
// terminal after the program starts would race bubbletea for its input.
func New(cfg Config) Model {
	theme := chooseTheme(cfg)
	st := views.NewStyles(theme)
	keys := views.DefaultKeyMap()
	keys.Refresh.SetEnabled(cfg.Refresh != nil)
	keys.Star.SetEnabled(cfg.SetStarred != nil || cfg.SetStatementStarred != nil)
	keys.Cite.SetEnabled(cfg.Clipboard != nil)
	if cfg.ExportDirs == nil {
		cfg.ExportDirs = exportDirs("")
	}
	keys.OpenSource.SetEnabled(cfg.OpenURL != nil)
	for _, k := range []*key.Binding{&keys.NextUnread, &keys.ToggleRead, &keys.MarkAllRead, &keys.HideRead} {
		k.SetEnabled(cfg.IsRead != nil) // no read marks kept: nothing to act on
	}
	lib := views.NewLibrary(cfg.Attributor)
	if cfg.SearchBodies != nil {
		lib.SetBodySearch(cfg.SearchBodies)
	}
	if cfg.IsRead != nil {
		lib.TrackUnread()
	}
	if cfg.StatementTexts != nil && cfg.LoadStatements != nil {
		lib.SetStatementTexts(cfg.LoadStatements, cfg.StatementTexts)
	}
	var groups groupReader
	if cfg.MakeReports != nil && cfg.ReportsMade != nil && cfg.LoadReports != nil && cfg.LoadStatements != nil {
		lib.SetStoredReports()
		groups = groupReader{make: cfg.MakeReports, made: cfg.ReportsMade, load: cfg.LoadReports}
	}
	rend := views.NewRenderer(theme.GlamourStyle(), theme.Profile(lipgloss.ColorProfile()))

	h := help.New()
	h.Styles = st.Help
	reading := newReadingMarks(cfg)
	quotes := views.NewQuotes(lib, &st, &keys)
	quotes.SetStarred(reading.starTest(lib))
	return Model{
		keys:     &keys,
		st:       &st,
		lib:      lib,
		list:     views.NewList(lib, &st, &keys),
		quotes:   quotes,
		detail:   views.NewDetail(rend, &st, &keys),
		problems: views.NewProblems(&st, &keys),
		profile:  views.NewProfile(&st, &keys),
		input:    newTextInput(&st),
		help:     newSharedHelp(h),
		spinner:  newSharedSpinner(spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(st.Spinner))),
		loader:   newLoader(cfg.Load),
		loading:  true,

		openStored: cfg.OpenStored,
		opening:    cfg.OpenStored != nil,

		loadBody:       cfg.LoadBody,
		loadStatements: cfg.LoadStatements,
		groups:         groups,
		bodyHeld:       -1,

		setStarred: cfg.SetStarred,
		isStarred:  cfg.IsStarred,
		markRead:   cfg.MarkRead,
		isRead:     cfg.IsRead,
		refreshFn:  cfg.Refresh,

		clipboard:  newClipboard(cfg.Clipboard),
		exportDirs: cfg.ExportDirs,
		openURL:    cfg.OpenURL,

		reading: reading,
	}
}

// chooseTheme picks the theme: without colour under NO_COLOR, and on a
// terminal that shows none (lipgloss finds plain ASCII), where the colour
// themes' emphasis would be dropped whole and their colours alone mark
// the cursor and the search matches.
func chooseTheme(cfg Config) views.Theme {
	noColor := os.Getenv("NO_COLOR") != "" || lipgloss.ColorProfile() == termenv.Ascii
	if cfg.NoColor != nil {
		noColor = *cfg.NoColor
	}
	if noColor {
		return views.ThemeNoColor
	}
	dark := true
	if cfg.Dark != nil {
		dark = *cfg.Dark
	} else {
		dark = lipgloss.HasDarkBackground()
	}
	if !dark {
		return views.ThemeLight
	}
	return views.ThemeDark
}

// Init starts loading: the library first, when there is one.
func (m Model) Init() tea.Cmd {
	if m.opening {
		return tea.Batch(openStored(m.openStored), m.spinner.Tick)
	}
	return tea.Batch(m.loader.next(), m.spinner.Tick)
}

// Update routes a message.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.arriving = false
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case loadBatchMsg:
		cmd = m.loaded(msg)
	case storedOpenedMsg:
		cmd = m.storedOpened(msg)
	case storedRowsMsg:
		cmd = m.storedRows(msg)
	case refreshProgressMsg:
		cmd = m.refreshed(msg)
	case refreshDoneMsg:
		m.refreshDone(msg)
		cmd = m.groupsAfterRefresh()
	case statementsMsg:
		cmd = m.statementsRead(msg)
	case groupsMsg:
		cmd = m.groupsRead(msg)
	case statementTextsMsg:
		cmd = m.textsFound(msg)
	case copiedMsg:
		m.copied(msg)
	case exportedMsg:
		m.exported(msg)
	case sourceOpenedMsg:
		m.sourceOpened(msg)
	case spinner.TickMsg:
		if !m.busy() {
			return m, nil
		}
		cmd = m.spinner.update(msg)
		m.arriving = m.fetchingStatements // a tick changes nothing the quote view shows
	case views.DocRenderedMsg:
		m.detail.Rendered(msg)
	case tea.KeyMsg:
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, tea.Quit
		}
		m, cmd = m.updateKey(msg)
		m.textKey()
	case tea.MouseMsg:
		m = m.updateMouse(msg)
		m.textKey()
	default:
		m, cmd = m.updateFocused(msg)
	}
	if m.syncProfiles() && m.screen == screenProfile {
		m.refreshProfile()
	}
	// layout changes m: call it before m is returned.
	sized := m.layout()
	m.restorePacing()
	if m.screen == screenQuotes {
		cmd = tea.Batch(cmd, m.searchTexts())
		m.textsSettled()
	}
	return m, tea.Batch(cmd, sized, m.readOnScreen())
}

// loaded adds a batch from the loader and asks for the next.
func (m *Model) loaded(msg loadBatchMsg) tea.Cmd {
	from := m.lib.Len()
	m.lib.Add(msg.briefings...)
	for i := from; i < m.lib.Len(); i++ {
		m.askRead(i)
	}
	if len(msg.errs) > 0 {
		m.loadErr = append(m.loadErr, msg.errs...)
		m.problems.Set(m.loadErr)
	}
	if msg.done {
		m.loading = false
		var fill tea.Cmd
		if m.fillWaits {
			m.fillWaits = false
			fill = m.nextFill()
		}
		if m.screen == screenQuotes || m.back == screenQuotes || m.screen == screenProfile {
			return tea.Batch(fill, m.needStatements())
		}
		return fill
	}
	return m.loader.next()
}

// busy reports whether something runs in the background, which the
// spinner shows.
func (m *Model) busy() bool {
	return m.loading || m.filling || m.refresh != nil || m.fetchingStatements || m.groups.running || len(m.textSearches.running) > 0
}

// View draws the screen; nothing until the size is known, so that no
// frame is ever laid out for a guessed size. The frame is the one thing
// the reader prints, so it passes the gate here, once, whatever view or
// line drew it: brief's own styles are kept, nothing else that drives
// the terminal, and passwords in URLs are redacted.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	return data.PrintableScreen(m.frame())
}
