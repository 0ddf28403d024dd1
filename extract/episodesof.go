package extract

// Episodes of a title as a performer's earlier work: "appeared in episodes
// of T1, T2 and T3", "has guest-starred in several episodes of T", "was
// seen in an early episode of T".

// episodesOfAt reads, at i, up to three lower-case words of count ("an",
// "two", "several", "early") and "episode" or "episodes of" before a
// title: where the title starts, or 0.
func (x *extractor) episodesOfAt(i int) int {
	m := i
	for q := 0; q < 3 && x.tok(m).low != "episode" && x.tok(m).low != "episodes"; q++ {
		if t := x.tok(m); t.cap || t.kind != tWord && t.kind != tNum {
			return 0
		}
		m++
	}
	if l := x.tok(m).low; l != "episode" && l != "episodes" || x.tok(m).cap || x.tok(m+1).low != "of" || !x.titleStarts(m+2) {
		return 0
	}
	return m + 2
}
