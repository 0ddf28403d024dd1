package embedded

import "github.com/castgraph/castgraph/graph"

// The merge stage of a load takes a chunk's facts a group at a time, so
// that the lookups of a group in the graph's largest tables overlap.

// detailOf resolves the character or job of fact i, whose nodes are
// resolved, adding a new character: the detail of its credit and the part
// of the credit's identity it gives (see memGraph.detailKey).
func (d *delta) detailOf(i int, p *prepared) (detail, dkey uint32) {
	if p.Kind != graph.KindCast {
		return d.job(p.Job, p.jkey)
	}
	detail = castBit
	if p.Character != "" {
		ch, added := d.character(d.sid[i], p.Character, p.ckey)
		if added {
			d.sum.CharactersAdded++
		}
		detail |= ch + 1
		if p.ckey != "" {
			dkey = ch + 1
		}
	}
	return detail, dkey
}

// mergeGroup is how many facts the merge looks up ahead of merging them
// (see touchSlots).
const mergeGroup = 16

// touchSlots reads the first slot of each hash of hs in t, and nothing
// else. The merge does it for a group of facts before it looks them up one
// by one: the group's cache misses in the large tables (characters and
// credits of the whole graph) then overlap instead of following one
// another, and each lookup finds its slot in the cache.
// It returns the sum of the slots read, which the caller keeps
// (delta.touched) so that the reads are not left out as unused.
func touchSlots(t *idTable, hs []uint64) uint64 {
	if len(t.slots) == 0 {
		return 0
	}
	var sum uint64
	for _, h := range hs {
		sum += t.slots[h>>t.shift]
	}
	return sum
}

// mergeChunk merges the facts of a chunk whose nodes are resolved, a group
// at a time: the group's characters are looked up (their slots touched
// first), then its credits (likewise), then each fact is merged in turn.
// Facts are merged in their order, as one by one.
func (d *delta) mergeChunk(base int, c []prepared) {
	var hs [mergeGroup]uint64
	var details, dkeys [mergeGroup]uint32
	for lo := 0; lo < len(c); lo += mergeGroup {
		grp := c[lo:min(lo+mergeGroup, len(c))]
		n := 0
		for j := range grp {
			if p := &grp[j]; p.Kind == graph.KindCast && p.ckey != "" {
				hs[n] = hashChar(d.sid[base+lo+j], p.ckey)
				n++
			}
		}
		d.touched += touchSlots(&d.lk.chars, hs[:n])
		for j := range grp {
			details[j], dkeys[j] = d.detailOf(base+lo+j, &grp[j])
		}
		for j := range grp {
			i := base + lo + j
			hs[j] = hashCredit(grp[j].Kind == graph.KindCast, d.pid[i], d.sid[i], dkeys[j])
		}
		d.touched += touchSlots(&d.lk.credits, hs[:len(grp)])
		for j := range grp {
			d.add(base+lo+j, &grp[j], details[j], dkeys[j], hs[j])
		}
	}
}
