package extract

// Companies named where a credit's person stands: a name that a company's
// noun comes right before ("the studio X (T1, T2)", "bajo el estudio X").

import "strings"

// companyLeadNouns, in lower case right before a name, say the name is a
// business's: "the studio X", "production company X", "el estudio X".
var companyLeadNouns = set(`studio studios estudio estudios company banner label outfit firm distributor conglomerate`)

// companyLed reports whether the sentence writes a company's noun in lower
// case right before person: "with the studio X (T1, T2)", "under the
// banner X".
func (x *extractor) companyLed(person string) bool {
	text := x.s.text
	for i := strings.Index(text, person); i >= 0; {
		if i > 1 && text[i-1] == ' ' {
			j := strings.LastIndexByte(text[:i-1], ' ') + 1
			if w := text[j : i-1]; len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && companyLeadNouns[w] {
				return true
			}
		}
		j := strings.Index(text[i+len(person):], person)
		if j < 0 {
			break
		}
		i += len(person) + j
	}
	return false
}
