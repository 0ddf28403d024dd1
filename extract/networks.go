package extract

import (
	"strings"
	"unicode/utf8"
)

// Networks and companies: the generic category of broadcasters, streaming
// services and production companies, never a person and never a show in a
// credit.

func (x *extractor) isNetwork(s string) bool {
	n := x.memo.lookup(s)
	if n.has&hasNet == 0 {
		ok, fail := networkWords(s)
		n.net = ok || isCompany(s) || regionalNetwork(s, fail)
		n.has |= hasNet
	}
	return n.net
}

// regionalNetwork reports whether s is a network's name and a country's or
// region's: "Netflix Naija", "Amazon Prime Video India". fail is where
// networkWords(s) stopped: a word before the last space that is no network
// word leaves no network before the place.
func regionalNetwork(s string, fail int) bool {
	i := strings.LastIndexByte(s, ' ')
	if fail < i || fail == len(s) {
		return false // isNetwork(s[:i]) stops at the same word, or finds no network word either
	}
	// the place first: one word's lookup, where the network is a reading
	// of every word before it
	return i > 0 && placeName(trimPunct(s[i+1:])) && isNetwork(s[:i])
}

// companyEnds end a company's name, and no show's in the corpus:
// "Matchbox Pictures", "Ambience Entertainment", "Stark Production", "Show
// TV", and the same words in other languages ("Ay Yapım", "Argos
// Producciones").
var companyEnds = set(`pictures studios productions production entertainment films studio media group company festival
	screen television animation cinema filme movies tv channel audio podcasts yapım yapim producciones produções produzioni ventures`)

// companyEndWords are the bits of companyEnds (hasLowerWord).
var companyEndWords = setMask(companyEnds)

// isCompany reports whether s names a production company: two words or
// more, the last a company word. A company is no show ("a third season of
// Matchbox Pictures’ Nowhere Boys").
func isCompany(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	if i <= 0 || i == 3 && (s[:3] == "The" || s[:3] == "the") {
		return false // "The Group", "The Company": a title, no company named
	}
	if i >= 5 && (s[i-4:i] == " the" || s[i-4:i] == " The") {
		return false // "Sakura Wars the Animation", "Pokémon The Movies": a title's kind after "the", no company's name
	}
	w := trimPunct(s[i+1:])
	if w != "" && w[0] < utf8.RuneSelf && companyEndFirsts&(1<<((w[0]|0x20)&0x3f)) == 0 {
		return false // no company word starts with the last word's letter
	}
	return hasLowerWord(companyEnds, companyEndWords, w)
}

// companyEndFirsts has a bit for the first byte of each of companyEnds, its
// lower case's low six bits (an ASCII letter's case is bit 0x20).
var companyEndFirsts = func() (m uint64) {
	for w := range companyEnds {
		m |= 1 << ((w[0] | 0x20) & 0x3f)
	}
	return m
}()

func isNetwork(s string) bool {
	ok, _ := networkWords(s)
	return ok
}

// networkWords reads s as isNetwork does; where ok is false, fail is the
// offset of the first word that is neither a network's word nor glue
// between them, or len(s) where there is none (s is only glue, or empty).
func networkWords(s string) (ok bool, fail int) {
	var buf [32]byte
	words := 0
	named := false // a network word, not only the glue between them
	tv := false    // the word before is "TV"
	for i := 0; i < len(s); {
		if b := s[i] | 0x20; 'a' <= b && b <= 'z' {
			// a word of ASCII letters alone, lowered, hashed and looked up
			// in one loop; other words are read below
			if low, c, ok := plainFirstWord(buf[:0], s[i:]); ok {
				words++
				st := i
				i += len(low)
				if c&cNetworks == 0 {
					switch string(low) {
					case "and", "one", "two", "three", "four", "the": // the glue below
					default:
						return false, st
					}
				} else {
					named = true
				}
				tv = string(low) == "tv"
				continue
			}
		}
		j := i + 1 // past the word's first rune
		if c := s[i]; c == ' ' || '\t' <= c && c <= '\r' {
			i++
			continue
		} else if c >= utf8.RuneSelf {
			r, n := decodeRune(s, i)
			if isSpace(r) {
				i += n
				continue
			}
			j = i + n
		}
		for j < len(s) {
			// the word's ASCII bytes, then a space or a rune to decode
			if c := s[j]; c < utf8.RuneSelf {
				if c == ' ' || '\t' <= c && c <= '\r' {
					break
				}
				j++
			} else if r2, n2 := decodeRune(s, j); isSpace(r2) {
				break
			} else {
				j += n2
			}
		}
		words++
		w := trimPunct(s[i:j])
		st := i
		i = j
		if len(w) > len(buf) {
			return false, st // longer than any network word
		}
		low, ok := asciiLower(buf[:0], w)
		if !ok {
			low = []byte(strings.ToLower(w))
		}
		if wordClasses.getBytes(low)&cNetworks == 0 { // !networks[low]
			switch string(low) {
			case "+", "and", "&", "one", "two", "three", "four", "the": // "BBC Four"
			default:
				if !(tv && len(low) <= 2 && '0' <= low[0] && low[0] <= '9' && '0' <= low[len(low)-1] && low[len(low)-1] <= '9') {
					return false, st // not "TV 5", "TV 2": a channel's number after "TV"
				}
			}
		} else {
			named = true
		}
		tv = string(low) == "tv"
	}
	return words > 0 && named, len(s) // not "And", "One" alone: glue words name no network
}

// asciiLower appends ASCII s in lower case to b; ok is false for other
// text (b is then to be ignored).
func asciiLower(b []byte, s string) ([]byte, bool) {
	n := len(b)
	if cap(b)-n < len(s) {
		b = append(b, s...) // room for s; its bytes are written over below
	}
	b = b[:n+len(s)]
	out := b[n:]
	for i := 0; i < len(s) && i < len(out); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return b[:n], false
		}
		out[i] = lowerASCII[c]
	}
	return b, true
}

// lowerASCII maps an ASCII byte to its lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// companyNamedIn reports whether text names a company whose name is s and
// a company's word: "Greyfield's Anna Leckie" after "Greyfield Pictures" is
// the company's executive, no show's person.
func companyNamedIn(text, s string) bool {
	for i := strings.Index(text, s+" "); i >= 0; {
		rest := text[i+len(s)+1:]
		w := rest
		if j := strings.IndexAny(w, " ,.;:)"); j >= 0 {
			w = w[:j]
		}
		if len(w) > 0 && w[0] >= 'A' && w[0] <= 'Z' && hasLower(companyEnds, w) {
			return true
		}
		j := strings.Index(rest, s+" ")
		if j < 0 {
			break
		}
		i += len(s) + 1 + j
	}
	return false
}
