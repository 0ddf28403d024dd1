package extract

// takesRoleAt reports whether the words at k, a verb after a list of names,
// take a part on screen: "X will be taking the main roles", "A and B take
// the lead roles", "X took on the title role", "Y is taking a leading role".
// A describing word of the part (roleAdjectives) is needed: "X took the
// role seriously" is no cast.
func (x *extractor) takesRoleAt(k int) bool {
	switch x.tok(k).low {
	case "take", "takes", "taking", "took", "taken":
	default:
		return false
	}
	m := k + 1
	if x.tok(m).low == "on" || x.tok(m).low == "up" {
		m++
	}
	switch x.tok(m).low {
	case "the", "a", "their", "his", "her":
		m++
	default:
		return false
	}
	if !roleAdjectives[x.tok(m).low] || x.tok(m).cap {
		return false
	}
	m++
	if roleAdjectives[x.tok(m).low] {
		m++ // "the male lead role"
	}
	switch x.tok(m).low {
	case "role", "roles", "part", "parts":
		return true
	}
	return false
}
