package extract

import "strings"

// An owner's possessive before describing words, a genre noun and a title:
// "Kestrel Vision's latest thriller Blue Gate", "Orlo Studios' hit
// telenovela Casa Vela". The title is the show whoever the owner is; the
// owner has a maker's credit in it only when it is a person's name.

// personOwners is owners, the owners of the possessive at k before a genre
// noun and a title, when they may name people; nil when the one owner is a
// network, platform, studio or company: a name with a company's word
// ("Orlo Studios", "Kestrel Vision"), a name that opens with capitals
// ("HBO Max"), a network, or a name the article calls a company.
func (x *extractor) personOwners(k int, owners []string) []string {
	if len(owners) != 1 || !x.companyOwner(x.ownersStart(k), k) {
		return owners
	}
	return nil
}

// companyOwner reports whether the name words st..k before a possessive
// at k name a network, platform, studio or company, never a person.
func (x *extractor) companyOwner(st, k int) bool {
	if st >= k {
		return false
	}
	o := x.span(st, k)
	if f := &x.toks[st]; f.kind == tWord && len(f.text) >= 2 && isUpperCase(f.text) && !x.startsName(st) {
		return true // "HBO", "RTL Plus": capitals
	}
	if w := o[strings.LastIndexByte(o, ' ')+1:]; k-st >= 2 && hasLower(ownerCompanyWords, w) {
		return true
	}
	return isCompany(o) || x.isNetwork(o) || x.namedCompany(o) || companyNamedIn(x.a.Text, o)
}

// ownerCompanyWords end a platform's or network's name, besides the
// company words (isCompany): "Kestrel Vision", "Orlo Network".
var ownerCompanyWords = set(`vision network networks tv plus channel channels broadcasting streaming`)

// companyOwnerEnd is where the possessive stands after a company's name at
// i, two to four name words (companyOwner), else i: "Kestrel Vision's".
func (x *extractor) companyOwnerEnd(i int) int {
	if t := x.tok(i); !t.cap || t.kind != tWord {
		return i
	}
	pe := i
	for pe < len(x.toks) && pe < i+4 && isName(&x.toks[pe]) {
		pe++
	}
	if pe < i+2 || x.tok(pe).kind != tPoss || !x.companyOwner(i, pe) {
		return i
	}
	return pe
}
