package extract

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"

	"github.com/castgraph/castgraph/graph"
)

// Reading text that is not UTF-8. An article is read as UTF-8 unless the
// reader is sure it is something else:
//
//   - a UTF-16 byte order mark (FF FE or FE FF) at the start: UTF-16, little-
//     or big-endian, and the text must then decode cleanly;
//   - a character set declared for it (Reader.Charset, from an HTTP
//     Content-Type, say; or an HTML page's <meta charset> in its first 1024
//     bytes) that names another encoding, such as ISO-8859-1 or Windows-1252,
//     when the bytes are not valid UTF-8.
//
// Anything else that is not valid UTF-8 is refused with an error that says
// where the first bad byte is (offset, line and column): never decoded by
// guesswork, never with bad bytes replaced. The encoding read is reported in
// Article.Encoding, for the caller to log.

// metaCharset finds a character set declared in an HTML page's head:
// <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)`)

// decode returns data as UTF-8 and, when it was in another encoding, that
// encoding's name and how it was known. declared is a character set the
// caller was told of, or "".
func decode(name string, data []byte, declared string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeUTF16(name, data, unicode.LittleEndian, "UTF-16LE")
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(name, data, unicode.BigEndian, "UTF-16BE")
	}
	if utf8.Valid(data) {
		return data, "", nil
	}
	how := "declared by the caller"
	if declared == "" && looksHTML(data) {
		head := data[:min(len(data), 1024)]
		if m := metaCharset.FindSubmatch(head); m != nil {
			declared, how = string(m[1]), "declared by the page's <meta charset>"
		}
	}
	if declared != "" {
		enc, canon := charset.Lookup(declared)
		if enc != nil && canon != "utf-8" {
			out, err := enc.NewDecoder().Bytes(data)
			if err != nil {
				return nil, "", graph.Errorf(graph.EINVALID, "extract: %s: not %s text, as its character set says: %v", name, canon, err)
			}
			return out, fmt.Sprintf("%s (%s)", canon, how), nil
		}
	}
	return nil, "", notUTF8(name, data)
}

// decodeUTF16 decodes data, which starts with a UTF-16 byte order mark. It
// refuses input that does not decode cleanly (an odd length, a lone
// surrogate, a NUL or control character) or does not read like text (no
// space or line break in 400 characters): a byte order mark alone is not
// proof enough.
func decodeUTF16(name string, data []byte, order unicode.Endianness, label string) ([]byte, string, error) {
	bad := func(why string) error {
		return graph.Errorf(graph.EINVALID, "extract: %s: starts with a %s byte order mark but is not %s text: %s", name, label, label, why)
	}
	if len(data)%2 != 0 {
		return nil, "", bad("an odd number of bytes")
	}
	dec := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(data)
	if err != nil {
		return nil, "", bad(err.Error())
	}
	runes, spaces := 0, 0
	for i, r := range string(out) {
		runes++
		if r == ' ' || r == '\n' || r == '\t' || r == '\u3000' {
			spaces++
		}
		switch {
		case r == utf8.RuneError:
			return nil, "", bad(fmt.Sprintf("an invalid code unit (character %d)", i))
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			return nil, "", bad(fmt.Sprintf("control character %U", r))
		}
	}
	if runes > 40 && spaces*400 < runes { // text has line breaks at least
		return nil, "", bad("no space or line break in it")
	}
	return out, label + " (byte order mark)", nil
}

// notUTF8 is the error for data that is not valid UTF-8: binary input when
// more than one byte in twenty is bad (and at least eight), else where the
// first bad byte is.
func notUTF8(name string, data []byte) error {
	bad, first := 0, -1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			bad++
			if first < 0 {
				first = i
			}
		}
		i += n
	}
	if bad >= 8 && bad*20 > len(data) {
		return graph.Errorf(graph.EINVALID, "extract: %s: binary input (%d of %d bytes are not UTF-8)", name, bad, len(data))
	}
	line := 1 + bytes.Count(data[:first], []byte("\n"))
	col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:first], '\n')+1:first])
	more := ""
	if bad > 1 {
		more = fmt.Sprintf(", %d bad bytes in all", bad)
	}
	return graph.Errorf(graph.EINVALID, "extract: %s: not UTF-8: byte 0x%02X at offset %d (line %d, column %d)%s; "+
		"save it as UTF-8 (from Latin-1: iconv -f latin1 -t utf-8)%s", name, data[first], first, line, col, more, charsetHint(data))
}

// charsetHint suggests declaring the character set of an HTML page.
func charsetHint(data []byte) string {
	if looksHTML(data) && !strings.Contains(strings.ToLower(string(data[:min(len(data), 1024)])), "charset") {
		return `, or declare its character set (<meta charset="iso-8859-1">)`
	}
	return ""
}
