package feed

import (
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

func TestParse(t *testing.T) {
	rss := `<?xml version="1.0"?>
<rss version="2.0"><channel><title>TV news</title><link>https://news.example.com/</link>
<item><title>Squid Game returns</title><link>https://news.example.com/tv/squid-game-3.html#x</link><pubDate>Wed, 23 Jul 2025 09:00:00 +0000</pubDate></item>
<item><title>Relative</title><link>/tv/weak-hero.html</link></item>
<item><title>By GUID</title><guid isPermaLink="true">https://news.example.com/tv/guid.html</guid></item>
<item><title>Twice</title><link>https://news.example.com/tv/squid-game-3.html</link></item>
<item><title>No link</title><description>just text</description></item>
<item><title>Mail</title><link>mailto:desk@example.com</link></item>
</channel></rss>`
	atom := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom news</title><id>urn:x</id><updated>2025-07-24T00:00:00Z</updated>
<entry><title>Entry one</title><id>urn:1</id><link rel="alternate" href="https://atom.example.org/one"/><published>2025-07-20T10:00:00Z</published><updated>2025-07-21T10:00:00Z</updated></entry>
<entry><title>Entry two</title><id>urn:2</id><link href="https://atom.example.org/two"/><updated>2025-07-22T23:30:00-05:00</updated></entry>
</feed>`
	for _, tt := range []struct {
		name, base, data, want string
	}{
		{"rss", "https://news.example.com/feed.xml", rss, `[{https://news.example.com/tv/squid-game-3.html Squid Game returns 2025-07-23} {https://news.example.com/tv/weak-hero.html Relative } {https://news.example.com/tv/guid.html By GUID }]`},
		{"atom", "https://atom.example.org/feed", atom, `[{https://atom.example.org/one Entry one 2025-07-20} {https://atom.example.org/two Entry two 2025-07-23}]`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			items, err := Parse(tt.base, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if got := fmt.Sprint(items); got != tt.want {
				t.Errorf("items\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
	_, err := Parse("https://example.com/page", []byte("<html><body><p>not a feed</p></body></html>"))
	if err == nil || graph.ErrorCode(err) != graph.EINVALID || !strings.Contains(err.Error(), "https://example.com/page") {
		t.Errorf("a page that is no feed: error %v, want EINVALID naming it", err)
	}
}
