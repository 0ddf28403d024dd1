package extract

// Companies named where a credit's person stands: a name that a company's
// noun comes right before ("the studio X (T1, T2)", "bajo el estudio X").

import "strings"

// isCompanyLeadNoun reports whether w is a company's noun that, in lower
// case right before a name, says the name is a business's: "the studio X",
// "production company X", "el estudio X". A switch: the sentence's words
// are asked as written.
func isCompanyLeadNoun(w string) bool {
	switch w {
	case "studio", "studios", "estudio", "estudios", "company", "banner", "label", "outfit", "firm", "distributor", "conglomerate":
		return true
	}
	return false
}

// sentCompanyNoun reports whether a word of the sentence being read, as
// written, is a company's noun: companyLed, which searches the sentence
// for each name it is asked of, finds none where there is none. Once a
// sentence, for both readings.
func (x *extractor) sentCompanyNoun() bool {
	s := x.s
	if s.companyNoun == 0 {
		s.companyNoun = 1
		for k := range s.toks {
			if t := &s.toks[k]; t.kind == tWord && isCompanyLeadNoun(t.text) {
				s.companyNoun = 2
				break
			}
		}
	}
	return s.companyNoun == 2
}

// companyLed reports whether the sentence writes a company's noun in lower
// case right before person: "with the studio X (T1, T2)", "under the
// banner X".
func (x *extractor) companyLed(person string) bool {
	if !x.sentCompanyNoun() {
		return false // a noun before the name would be a word of the sentence (a token's text)
	}
	if person == "" {
		return false
	}
	return companyLedAt(x.s.text, person, strings.Index(x.s.text, person))
}

// companyLedAt is companyLed's reading of text, where at is the first
// place text writes person (not ""), or -1.
func companyLedAt(text, person string, at int) bool {
	for i := at; i >= 0; {
		if i > 1 && text[i-1] == ' ' {
			j := strings.LastIndexByte(text[:i-1], ' ') + 1
			if isCompanyLeadNoun(text[j : i-1]) {
				return true
			}
		}
		next := strings.Index(text[i+1:], person)
		if next < 0 {
			return false
		}
		i += next + 1
	}
	return false
}
