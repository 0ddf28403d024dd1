package fetch

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"path"
	"sort"
	"strings"
)

// maxID is the longest id ArticleID returns.
const maxID = 100

// ArticleID names the article at rawURL: its host (without "www.") and
// path, with the extension of the last part, a trailing index page and the
// fragment dropped, in lower case, every run of other characters than
// letters, digits and dots made one "-". A query stays (without tracking
// parameters such as utm_source), in its parameters' sorted order, since
// some sites name an article by it. So
//
//	https://www.example.com/news/2025/07/squid-game-3.html?utm_source=rss
//
// is "example.com-news-2025-07-squid-game-3", the same on every run and
// for every spelling of the URL that differs only in those ways. An id
// longer than 100 characters is cut, and ends in a hash of the whole, so
// that two long URLs do not share one. The id is safe as a file name.
func ArticleID(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" {
		return slug(rawURL)
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	p := strings.TrimSuffix(u.Path, "/")
	base := path.Base(p)
	if stem := strings.TrimSuffix(base, path.Ext(base)); strings.EqualFold(stem, "index") || strings.EqualFold(stem, "default") {
		p = path.Dir(p)
	} else if ext := path.Ext(base); ext != "" && len(ext) <= 6 {
		p = strings.TrimSuffix(p, ext)
	}
	id := host + "/" + p
	if q := query(u.Query()); q != "" {
		id += "-" + q
	}
	id = slug(id)
	if len(id) > maxID {
		sum := sha256.Sum256([]byte(id))
		id = strings.TrimRight(id[:maxID-13], "-.") + "-" + hex.EncodeToString(sum[:6])
	}
	return id
}

// query is the query's parameters that name something, sorted.
func query(v url.Values) string {
	var parts []string
	for k, vals := range v {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" || lk == "ref" || lk == "cmpid" || lk == "ito" {
			continue
		}
		for _, val := range vals {
			parts = append(parts, k+"-"+val)
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "-")
}

// slug lowers s and makes each run of characters other than ASCII letters,
// digits and inner dots one "-".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		dash = true
	}
	return strings.Trim(b.String(), ".-")
}
