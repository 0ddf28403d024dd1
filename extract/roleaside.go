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
	if l := x.tok(ps - 2).low; (l == "role" || l == "roles" || l == "part") && !x.tok(ps-2).cap && ourPossessives[x.tok(ps-3).low] {
		return ps - 2
	}
	return -1
}

// ourPossessives own a part in an aside: "his role as C".
var ourPossessives = set(`his her their`)
