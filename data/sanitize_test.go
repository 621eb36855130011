package data

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, in, want string
	}{
		{"clean ascii", "Port Selin said talks will resume.", "Port Selin said talks will resume."},
		{"clean unicode", "“Quiet progress,” Ilse Marrow said — in Ostrava Nova.", "“Quiet progress,” Ilse Marrow said — in Ostrava Nova."},
		{"newline kept", "one\ntwo", "one\ntwo"},
		{"tab to space", "a\tb", "a b"},
		{"CR and other C0 dropped", "a\rb\x01c\x08d\x0be", "abcde"},
		{"DEL dropped", "a\x7fb", "ab"},
		{"C1 dropped", "a\u0085b\u0080c\u0084d", "abcd"},
		{"C1 APC takes its payload", "a\u009fpayload\u009cb", "ab"},
		{"CSI colour", "\x1b[1;31mred\x1b[0m text", "red text"},
		{"CSI cursor move", "a\x1b[2Jb\x1b[10;20Hc", "abc"},
		{"CSI private mode", "a\x1b[?1049hb", "ab"},
		{"OSC title BEL", "a\x1b]0;owned\x07b", "ab"},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"},
		{"OSC 52 clipboard", "x\x1b]52;c;cm0gLXJmIH4=\x07y", "xy"},
		{"DCS", "a\x1bPq#0;2;0;0;0#0~~@@vv\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"PM", "a\x1b^private\x1b\\b", "ab"},
		{"SOS", "a\x1bXstring\x1b\\b", "ab"},
		{"two-byte ESC", "a\x1b7b\x1b8c\x1bcd", "abcd"},
		{"charset ESC ( B", "a\x1b(Bb", "ab"},
		{"C1 CSI form", "a\u009b31mb", "ab"},
		{"C1 OSC form ended by C1 ST", "a\u009d0;t\u009cb", "ab"},
		{"unterminated OSC eats the rest", "a\x1b]0;never ends", "a"},
		{"ESC at end", "abc\x1b", "abc"},
		{"bidi override", "abc\u202Edef\u202C", "abcdef"},
		{"bidi isolates and marks", "\u2066a\u2069\u200eb\u200f\u061c", "ab"},
		{"zero width", "Port\u200bSelin\u200c\u200d\u2060\ufeff", "PortSelin"},
		{"soft hyphen", "nego\u00adtiation", "negotiation"},
		{"interlinear annotation", "a\ufff9b\ufffac\ufffb", "abc"},
		{"tag characters", "flag\U000E0067\U000E007F", "flag"},
		{"line separator", "a\u2028b", "a b"},
		{"invalid UTF-8", "a\xffb", "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSanitizeLine(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"  Title\nsecond line ", "Title second line"},
		{"\x1b[31mRed\x1b[0m", "Red"},
		{"plain", "plain"},
	}
	for _, tt := range tests {
		if got := SanitizeLine(tt.in); got != tt.want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSanitizeEveryControl feeds every C0 and C1 control and every kind of
// escape sequence and checks that nothing a terminal acts on survives.
func TestSanitizeEveryControl(t *testing.T) {
	t.Parallel()
	var sb strings.Builder
	for c := 0; c < 0x20; c++ {
		sb.WriteString("x")
		sb.WriteByte(byte(c))
	}
	sb.WriteString("x\x7f")
	for r := rune(0x80); r <= 0x9f; r++ {
		sb.WriteString("y")
		sb.WriteRune(r)
		sb.WriteString("z\x1b\\") // terminate any string the C1 opened
	}
	for _, seq := range []string{
		"\x1b[38;5;196m", "\x1b[?25l", "\x1b]0;title\x07", "\x1b]8;id=1;http://x\x1b\\",
		"\x1b]52;c;ZXZpbA==\x07", "\x1bPdcs\x1b\\", "\x1b_apc\x1b\\", "\x1b^pm\x1b\\",
		"\x1bXsos\x1b\\", "\x1b7", "\x1b(0", "\x1b#8", "\x1bN", "\x1b",
	} {
		sb.WriteString("w" + seq)
	}
	sb.WriteString("\u202e\u2066\u200b\ufeff\U000E0041 end")
	out := Sanitize(sb.String())
	if !utf8.ValidString(out) {
		t.Fatalf("output is not valid UTF-8: %q", out)
	}
	for i := 0; i < len(out); i++ {
		if c := out[i]; c < 0x20 && c != '\n' || c == 0x7f {
			t.Errorf("control byte %#x left at %d in %q", c, i, out)
		}
	}
	for _, r := range out {
		if r >= 0x80 && r <= 0x9f || invisible(r) {
			t.Errorf("rune %U left in %q", r, out)
		}
	}
	if !strings.HasSuffix(out, " end") || strings.Count(out, "\n") != 1 {
		t.Errorf("text around the controls was lost or newline not kept: %q", out)
	}
	for _, payload := range []string{"title", "ZXZpbA", "dcs", "apc", "http"} {
		if strings.Contains(out, payload) {
			t.Errorf("payload %q of an escape sequence survived: %q", payload, out)
		}
	}
}

func TestSanitizeCleanDoesNotAllocate(t *testing.T) {
	s := strings.Repeat("“Progress is slow,” the Varandan envoy said. ", 20)
	allocs := testing.AllocsPerRun(100, func() {
		if Sanitize(s) != s {
			t.Fatal("clean text changed")
		}
	})
	if allocs != 0 {
		t.Errorf("Sanitize on clean text allocated %v times", allocs)
	}
}

func BenchmarkSanitizeClean(b *testing.B) {
	s := strings.Repeat("“Progress is slow,” the Varandan envoy said in Port Selin. ", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sanitize(s)
	}
}

func BenchmarkSanitizeDirty(b *testing.B) {
	s := strings.Repeat("\x1b[1mProgress\x1b[0m is \u202eslow\u202c, the envoy said.\t", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Sanitize(s)
	}
}

func TestCapLine(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"Tesmar talks", 20, "Tesmar talks"},
		{"Tesmar and Orlavia resume talks", 22, "Tesmar and Orlavia…"},
		{"Tesmar and Orlavia resume talks", 20, "Tesmar and Orlavi…"},
		{"ÅÅÅÅÅÅÅÅÅÅ", 9, "ÅÅÅ…"}, // never half a character
		{"Kestriaaaaaaaaaaaaaaaaaa", 12, "Kestriaaa…"},
	}
	for _, tt := range tests {
		got := CapLine(tt.in, tt.max)
		if got != tt.want || len(got) > tt.max || !utf8.ValidString(got) {
			t.Errorf("CapLine(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// TestHugeTitleIsCut: a title is cut as it is read, whatever the format.
func TestHugeTitleIsCut(t *testing.T) {
	t.Parallel()
	huge := strings.Repeat("Orlavia ", 70<<10/8)
	for name, text := range map[string]string{
		"huge.txt": huge + "\nVelhaven – The envoy said the talks would resume.\n",
		"huge.md":  "# " + huge + "\n\nVelhaven – The envoy said the talks would resume.\n",
	} {
		b, err := Parse(name, []byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(b.Title) > MaxTitle || !strings.HasPrefix(b.Title, "Orlavia Orlavia") || !strings.HasSuffix(b.Title, "…") {
			t.Errorf("%s: title of %d bytes: %.40q…%q", name, len(b.Title), b.Title, b.Title[max(len(b.Title)-10, 0):])
		}
	}
}
