package extract

// strBuf returns an empty slice of strings of capacity strBufCap, from a
// chunk of storage it hands out in turn and never hands out again: a list
// a reading returns (subjectsBefore, titleList: about 90 an op) takes no
// allocation of its own, and a caller may keep it, or append to it, as it
// would a slice of its own. A longer list grows out of it as any slice does.
func (x *extractor) strBuf() []string {
	n := len(x.strs)
	if n+strBufCap > cap(x.strs) {
		x.strs, n = make([]string, 0, 64*strBufCap), 0
	}
	x.strs = x.strs[:n+strBufCap]
	return x.strs[n : n : n+strBufCap]
}

// strBufCap is the capacity of strBuf's slices: most lists hold one to
// three names or titles.
const strBufCap = 4

// appendStr appends s to out, taking out's storage from strBuf where out
// is nil.
func (x *extractor) appendStr(out []string, s string) []string {
	if out == nil {
		out = x.strBuf()
	}
	return append(out, s)
}
