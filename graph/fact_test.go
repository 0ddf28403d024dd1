package graph

import "testing"

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{
		"2025-05-24": true, "1999-12-31": true, "2025-00-10": false, "2025-13-01": false, "2025-01-00": false,
		"2025-01-32": false, "2025-1-01": false, "+202-05-24": false, "2025/05/24": false, "2025-05-24 ": false,
		"": false, "２０２５-05-24": false, "abcd-ef-gh": false,
	} {
		if got := validDate(s); got != want {
			t.Errorf("validDate(%q) = %v, want %v", s, got, want)
		}
	}
}
