package extract

// An aside on a person's best-known part, left open before the verb: "X,
// best known for his role as C on T will play C2". The verb's subject is
// X, not the character nor the title.

// roleAsBehind reads a character's name that ends at j after "his role
// as", "her part as": "X, best known for his role as C on T will play".
// It returns the index of the part's noun, or -1.
func (x *extractor) roleAsBehind(j int) int {
	ps := j
	for ps > 0 && ps > j-4 && x.toks[ps-1].cap && x.toks[ps-1].kind == tWord {
		ps--
	}
	if x.tok(ps-1).low != "as" {
		return -1
	}
	if l := x.tok(ps - 2).low; (l == "role" || l == "roles" || l == "part") && !x.tok(ps-2).cap && ourPossessivesIDs.has(x.tok(ps-3).id) {
		return ps - 2
	}
	return -1
}

// ourPossessives own a part in an aside: "his role as C".
var ourPossessives = set(`his her their`)

// possCharName reads, after a person's possessive at i, "(new, latest)
// character, C" and the boundary after C: where C starts and ends, or 0, 0.
// "Wenda Orrel’s new character, Abigail Fowler, arrives"; not "X's
// character, a disgraced knight named C" (read by characterOwner).
func (x *extractor) possCharName(i int) (int, int) {
	m := i
	if l := x.tok(m).low; (titleAdjectives[l] || l == "newest") && !x.tok(m).cap {
		m++
	}
	if x.tok(m).low != "character" || x.tok(m).cap || x.tok(m+1).text != "," {
		return 0, 0
	}
	c := m + 2
	e := x.charAt(c)
	if e <= c || e-c > 4 || !x.boundary(e) || x.isShow(x.span(c, e)) || x.knownPerson(x.span(c, e)) != "" {
		return 0, 0
	}
	return c, e
}
