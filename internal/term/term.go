// Package term is castgraph's terminal output: the logger, and progress
// bars on a terminal (log lines elsewhere).
package term

import (
	"io"
	"os"
	"strings"
	"time"

	"github.com/rs/zerolog"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/castgraph/castgraph/graph"
)

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// NewLogger returns the logger of level (debug, info, warn, error) that
// writes to w in format: auto (text on a terminal, JSON otherwise), text or
// json. A bad level or format is an EINVALID error naming the flag.
func NewLogger(w *os.File, level, format string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(strings.ToLower(level))
	if err != nil || level == "" {
		return zerolog.Nop(), graph.Errorf(graph.EINVALID, "--log-level %q: want debug, info, warn or error", level)
	}
	var out io.Writer = w
	switch format {
	case "auto":
		if IsTerminal(w) {
			out = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly}
		}
	case "text":
		out = zerolog.ConsoleWriter{Out: w, TimeFormat: time.TimeOnly, NoColor: !IsTerminal(w)}
	case "json":
	default:
		return zerolog.Nop(), graph.Errorf(graph.EINVALID, "--log-format %q: want auto, text or json", format)
	}
	return zerolog.New(out).Level(lvl).With().Timestamp().Logger(), nil
}

// Progress shows how a long load goes: a bar with facts per second and the
// time left on a terminal, a log line per batch otherwise.
type Progress struct {
	bar   *progressbar.ProgressBar
	log   zerolog.Logger
	total int
	done  int
	start time.Time
}

// NewProgress returns the Progress of a load of total facts, described
// as what on the bar.
func NewProgress(total int, what string, log zerolog.Logger) *Progress {
	p := &Progress{log: log, total: total, start: time.Now()}
	if IsTerminal(os.Stderr) {
		p.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(os.Stderr),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("facts"),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	return p
}

// Add counts n more facts, loaded from source.
func (p *Progress) Add(n int, source string) {
	p.done += n
	if p.bar != nil {
		_ = p.bar.Add(n)
		return
	}
	el := time.Since(p.start)
	rate := float64(p.done) / el.Seconds()
	left := time.Duration(float64(p.total-p.done) / rate * float64(time.Second))
	p.log.Info().Str("source", source).Int("facts", p.done).Int("of", p.total).
		Float64("facts_per_s", float64(int(rate))).Dur("left_ms", left.Round(time.Second)).Msg("loaded")
}

// Finish clears the bar and returns the time since the start.
func (p *Progress) Finish() time.Duration {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
	return time.Since(p.start)
}

// FileProgress returns, for a run over n files on a terminal, a function
// that advances a progress bar by one file, and the logger to use meanwhile
// (warnings only, so that log lines do not break the bar). Elsewhere, or for
// one file, it returns nil and log: plain log lines.
func FileProgress(log zerolog.Logger, n int, what string) (func(), zerolog.Logger) {
	if !IsTerminal(os.Stderr) || n < 2 {
		return nil, log
	}
	bar := progressbar.NewOptions(n,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionClearOnFinish())
	return func() { _ = bar.Add(1) }, log.Level(zerolog.WarnLevel)
}
