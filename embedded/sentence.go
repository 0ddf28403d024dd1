package embedded

import (
	"hash/maphash"
	"strings"
	"unsafe"
)

// Evidence sentences are stored as templates. Each name of the credit that
// a sentence spells out as the graph displays it (the person's, the show's,
// the character's, the job) is replaced by a two-byte reference, and the
// templates are interned: a sentence that comes again, or comes again but
// for the names of another credit, is stored once, and a statement refers
// to its template by id. A template is read back with the names of the
// credit it is evidence of, so the text a query returns is exactly the
// sentence that was loaded.
//
// Names never change once given (a node's and a character's display name is
// the first spelling seen, a job is kept as spelled), and the encoding can be
// undone, so two sentences of one credit are equal exactly when their
// templates are: statements are told apart by template id.

// refEsc starts a reference in a template: refEsc and the name's number
// (refPerson...refJob), or refEsc refEsc for a NUL byte of the text.
const refEsc = 0x00

const (
	refPerson = iota + 1
	refShow
	refCharacter
	refJob
)

// minRefName is the shortest name that a template refers to (a reference
// takes two bytes).
const minRefName = 3

// creditNames are the names of one credit that its sentences may spell out,
// indexed by reference number - 1; "" when there is none.
type creditNames [4]string

// names returns the names of credit c as the graph displays them.
func (g *memGraph) names(c credit) creditNames {
	n := creditNames{g.nodeName.get(c.person), g.nodeName.get(c.show)}
	d := c.detail &^ castBit
	switch {
	case d == 0:
	case c.cast():
		n[refCharacter-1] = g.charName.get(d - 1)
	default:
		n[refJob-1] = g.jobs.get(d - 1)
	}
	return n
}

// appendTemplate appends the template of sentence s for a credit named
// names to b. Going from the left, the next name to start wins, the longest
// when two start together; the text between names is copied, its NUL bytes
// doubled.
func appendTemplate(b []byte, s string, names *creditNames) []byte {
	var at [4]int // where each name next starts in s, -1 when it does not
	for k, n := range names {
		at[k] = -1
		if len(n) >= minRefName {
			at[k] = strings.Index(s, n)
		}
	}
	pos := 0
	for {
		k := -1
		for j := range at {
			if at[j] >= 0 && (k < 0 || at[j] < at[k] || at[j] == at[k] && len(names[j]) > len(names[k])) {
				k = j
			}
		}
		end := len(s)
		if k >= 0 {
			end = at[k]
		}
		b = appendEscaped(b, s[pos:end])
		if k < 0 {
			return b
		}
		b = append(b, refEsc, byte(k+1))
		pos = end + len(names[k])
		for j := range at {
			if at[j] >= 0 && at[j] < pos {
				at[j] = -1
				if i := strings.Index(s[pos:], names[j]); i >= 0 {
					at[j] = pos + i
				}
			}
		}
	}
}

func appendEscaped(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, refEsc)
		if i < 0 {
			return append(b, s...)
		}
		b = append(b, s[:i+1]...)
		b = append(b, refEsc)
		s = s[i+1:]
	}
}

// expandTemplate returns the sentence of template t for a credit named
// names. A template with no reference is returned as it is.
func expandTemplate(t string, names *creditNames) string {
	i := strings.IndexByte(t, refEsc)
	if i < 0 {
		return t
	}
	b := make([]byte, 0, len(t)+64)
	for i >= 0 {
		b = append(b, t[:i]...)
		if i+1 >= len(t) { // cut short: only a damaged table ends so
			t = ""
			break
		}
		switch r := t[i+1]; {
		case r == refEsc:
			b = append(b, refEsc)
		case r >= refPerson && r <= refJob:
			b = append(b, names[r-1]...)
		}
		t = t[i+2:]
		i = strings.IndexByte(t, refEsc)
	}
	b = append(b, t...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// hashSentence hashes a template for the loader's table of them.
func hashSentence(t string) uint64 { return maphash.String(hashSeed, t) }

// template returns the template of s for a credit named names, kept in kb.
func (kb *keyBuf) template(s string, names *creditNames) string {
	if cap(kb.b)-len(kb.b) < 2*len(s) {
		kb.b = make([]byte, 0, max(64<<10, 2*len(s)))
	}
	start := len(kb.b)
	kb.b = appendTemplate(kb.b, s, names)
	if len(kb.b) == start {
		return ""
	}
	return unsafe.String(&kb.b[start], len(kb.b)-start)
}
