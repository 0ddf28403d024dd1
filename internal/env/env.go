// Package env reads settings from environment variables, strictly: a value
// that does not parse is an error that names the variable, never a silent
// default.
package env

import (
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/castgraph/castgraph/graph"
)

// Or returns the environment variable key, or def when it is unset or empty.
func Or(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Reader reads numbers and durations from the environment. The first value
// that does not parse is kept in Err.
type Reader struct {
	// Err is the first value that did not parse: an EINVALID error naming
	// the variable and what it should be.
	Err error
}

// Int reads a whole number from the environment variable key, or def when
// it is unset. A value that is not a whole number ("12abc", "ten") sets
// Err and gives def.
func (r *Reader) Int(key string, def int) int {
	return parse(r, key, def, strconv.Atoi, "a whole number")
}

// Duration is Int for a duration such as 10s.
func (r *Reader) Duration(key string, def time.Duration) time.Duration {
	return parse(r, key, def, time.ParseDuration, "a duration such as 10s")
}

// parse reads the environment variable key with fn, or def when it is
// unset. A value fn refuses sets r.Err, when it is nil, and gives def.
func parse[T any](r *Reader, key string, def T, fn func(string) (T, error), want string) T {
	v := os.Getenv(key)
	if v == "" {
		return def
	}
	n, err := fn(strings.TrimSpace(v))
	if err != nil {
		if r.Err == nil {
			r.Err = graph.Errorf(graph.EINVALID, "%s=%q: want %s", key, v, want)
		}
		return def
	}
	return n
}
