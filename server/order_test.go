package server

import (
	"encoding/json"
	"testing"
)

// TestAppendString checks the JSON string writer against encoding/json:
// both decode to the same string.
func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `quote " and \ backslash`, "tab\tnew\nline\r", "\x00\x01\x1f\x7f",
		"<b>&amp;</b>", "Jae-won’s “role”", "bad \xff\xfe bytes", "line\u2028sep\u2029", "한국어 🎬"} {
		var got, want string
		if err := json.Unmarshal(appendString(nil, s), &got); err != nil {
			t.Errorf("%q: %s is not JSON: %v", s, appendString(nil, s), err)
			continue
		}
		j, _ := json.Marshal(s)
		json.Unmarshal(j, &want)
		if got != want {
			t.Errorf("%q: decodes to %q, want %q", s, got, want)
		}
	}
}
