package extract

import "strings"

// eraSetting reports whether s names a story's setting by its era, not a
// title: "Victorian-era Dublin", "Soviet-era Moscow" ("a sleuth in
// Victorian-era Dublin").
func eraSetting(s string) bool {
	i := strings.IndexByte(s, ' ')
	return i > 4 && strings.HasSuffix(s[:i], "-era")
}
