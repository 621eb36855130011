package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/brief-reader/brief/data"
	"github.com/brief-reader/brief/data/query"
)

// common holds the options every command has.
type common struct {
	maxSize sizeFlag
	noCache bool
}

func (c *common) register(fs *flag.FlagSet) {
	fs.Var(&c.maxSize, "max-size", "the largest file read, in bytes or with a K or M suffix")
	fs.BoolVar(&c.noCache, "no-cache", false, "read every file, not what the database remembers of it")
}

// filters are the --party, --speaker and --query options of list and
// quotes; match is --query's, once parsed, and nil without one.
type filters struct {
	party, speaker string
	query          string
	q              *query.Query
	match          *query.Matcher
}

func (f *filters) register(fs *flag.FlagSet) {
	fs.StringVar(&f.party, "party", "", "only this party")
	fs.StringVar(&f.speaker, "speaker", "", "only this speaker")
	fs.StringVar(&f.query, "query", "", "only what the query keeps (see the README's query language)")
}

// newFlags makes a command's flag set. It prints nothing: the command
// reports errors with brief's own usage.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseArgs parses flags wherever they are among the paths, so that
// "brief quotes file.txt --json" works like "brief quotes --json
// file.txt". "--" ends the flags; "-" is a path (standard input).
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			rest = append(rest, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			continue // fs.Parse reports it
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
			continue
		}
		if i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, errors.New(strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	}
	return rest, nil
}

// flagError turns a flag parsing error into the message users see.
func flagError(err error) string {
	msg := err.Error()
	if strings.HasPrefix(msg, "-") && !strings.Contains(msg, " ") {
		return "unknown option --" + strings.TrimLeft(msg, "-")
	}
	return msg
}

// sizeFlag is a byte count given as "1048576", "512K", "8M" or "1G".
type sizeFlag int64

func (s *sizeFlag) String() string { return strconv.FormatInt(int64(*s), 10) }

func (s *sizeFlag) Set(v string) error {
	n, err := ParseSize(v)
	if err != nil {
		return err
	}
	*s = sizeFlag(n)
	return nil
}

// ParseSize reads a size in bytes, with an optional K, M or G suffix
// (powers of 1024; "KB", "KiB" and lower case are accepted too).
func ParseSize(v string) (int64, error) {
	s := strings.TrimSpace(v)
	upper := strings.ToUpper(s)
	for _, suffix := range []string{"IB", "B"} {
		if len(upper) > len(suffix) && strings.HasSuffix(upper, suffix) {
			upper = upper[:len(upper)-len(suffix)]
			break
		}
	}
	mult := int64(1)
	if upper != "" {
		switch upper[len(upper)-1] {
		case 'K':
			mult = 1 << 10
		case 'M':
			mult = 1 << 20
		case 'G':
			mult = 1 << 30
		}
		if mult > 1 {
			upper = upper[:len(upper)-1]
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(upper), 10, 64)
	if err != nil || n <= 0 || n > (1<<50)/mult {
		return 0, fmt.Errorf("size %q: want a positive number of bytes, like 500000, 512K or 8M", v)
	}
	return n * mult, nil
}

// loadOptions builds the data.LoadOptions of a command.
func (c *common) loadOptions(attr *data.Attributor) data.LoadOptions {
	return data.LoadOptions{MaxSize: int64(c.maxSize), Attributor: attr, Formats: formats()}
}
