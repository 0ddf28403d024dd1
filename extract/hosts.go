package extract

// Hosts and presenters, who are cast (the facts contract's hard cases):
// "The show is hosted by X and Y", "X will host the series", "X is set to
// present T", "X takes over hosting duties from Y".

import (
	"github.com/castgraph/castgraph/graph"
)

var hostMask = wordMask("hosted", "co-hosted", "presented", "host", "hosts", "co-host", "co-hosts", "hosting", "co-hosting", "present", "presents", "presenting")

// hostObjects are the nouns after "host" that name the sentence's show:
// "will host the series", "hosts the new season".
var hostObjects = set(`series show programme program season revival reboot competition contest format edition`)

// hostRule reads hosts and presenters of the sentence's show, or of the
// title the verb takes.
func (x *extractor) hostRule() {
	if !x.sentHasAnyWord(hostMask) {
		return // no word it reads
	}
	t := x.toks
	for k := 1; k < len(t); k++ {
		if t[k].cap || x.inBr[k] {
			continue
		}
		switch t[k].low {
		case "hosted", "co-hosted", "presented":
			if x.tok(k+1).low != "by" && x.tok(k-1).has(cAuxWords) {
				// "X, who has hosted the show since 2010", "X hosted T"
				if show, ok := x.hostObject(k + 1); ok && show != "" {
					for _, s := range x.subjectsBefore(k, 0) {
						if !x.isNetwork(s) && !isCompany(s) && hasByte(s, ' ') {
							x.add(graph.KindCast, s, show, "", "")
						}
					}
				}
				continue
			}
			// "The series is hosted by X and Y": not "presented by
			// Netflix", a company
			if x.tok(k+1).low != "by" || x.sshow == "" || !x.isSubjectShow(x.pastPairedJob(k)) && !x.showNounPairedJob(k) {
				continue
			}
			show := x.sshow
			if ti := x.hostedTitle(k); ti != "" {
				show = ti // "a reboot of the dating format T, hosted by X"
			}
			for _, it := range x.dropCompanies(x.parseList(k + 2)) {
				if name := x.itemName(it); x.hostName(it.pstart, it.pend) {
					x.add(graph.KindCast, name, show, "", "")
				}
			}
		case "host", "hosts", "co-host", "co-hosts", "hosting", "co-hosting", "present", "presents", "presenting":
			if x.tok(k+1).low == "of" && x.hostsOf(k) {
				continue // "one of the hosts of the talk show T, alongside A and B"
			}
			show, ok := x.hostObject(k + 1)
			if !ok || show == "" {
				continue
			}
			for _, s := range x.subjectsBefore(k, 0) {
				if !x.isNetwork(s) && !isCompany(s) && hasByte(s, ' ') {
					x.add(graph.KindCast, s, show, "", "")
				}
			}
		}
	}
}

// isSubjectShow reports whether the words before the participle at k are
// the sentence's show or a noun for it: "The series is hosted by", "T is
// presented by", "hosted by" at the sentence's start.
func (x *extractor) isSubjectShow(k int) bool {
	m := k - 1
	for m > 0 && x.toks[m].has(cAuxWords) {
		m--
	}
	if m == k-1 && m > 0 && x.toks[m].text != "," {
		return false // "a film presented by": a participle after its noun is the studio's
	}
	w := x.toks[m]
	if w.text == "," || m == 0 && w.cap {
		return true // "T, hosted by X,", "Hosted by X, T returns"
	}
	if hostObjectsIDs.has(w.id) && !w.cap {
		return true
	}
	if ts := x.titleBefore(m + 1); ts <= m {
		return x.fold(unquote(x.span(ts, m+1))) == x.sshowFold
	}
	return false
}

// hostObject is the show a host verb at k takes: "the series", "the new
// season", the sentence's show by name, or another title; ok is false
// where the verb takes something else ("host a party").
func (x *extractor) hostObject(k int) (string, bool) {
	if x.tok(k).low == "duties" || x.tok(k).low == "duty" {
		return x.sshow, true // "takes over hosting duties"
	}
	if x.tok(k).low == "the" {
		m := k + 1
		for n := 0; n < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && !hostObjectsIDs.has(x.tok(m).id); n++ {
			m++ // "the new season", "the upcoming revival"
		}
		if hostObjectsIDs.has(x.tok(m).id) && !x.tok(m).cap {
			return x.sshow, true
		}
	}
	if x.titleStarts(k) {
		if e := x.titleAt(k, false); e > k {
			ti := unquote(x.span(k, e))
			if !x.isNetwork(ti) && !describes(ti) && x.knownPerson(ti) == "" && !(x.personShaped(k, e) && x.startsName(k)) {
				return ti, true
			}
		}
	}
	return "", false
}

// hostName reports whether the item from ps to pe is a person's name: two
// words or more, no company.
func (x *extractor) hostName(ps, pe int) bool {
	return pe-ps >= 2 && !x.isNetwork(x.span(ps, pe)) && !isCompany(x.span(ps, pe))
}

// hostNouns name a place on a show's screen that is no character: "as the
// new host of T", "as a judge on T".
var hostNouns = set(`host co-host presenter co-presenter judge judges anchor`)

// officeOfTitle reads, at obj, the object of "as" that names a post on a
// show other than the sentence's, "the new host of T", "showrunner of T",
// "a judge on T": the title, and whether the post is on screen (a host's)
// rather than a job. It returns "" where the words name no such post.
func (x *extractor) officeOfTitle(obj int) (string, bool) {
	m := obj
	if l := x.tok(m).low; l == "the" || l == "a" || l == "an" {
		m++
	}
	for q := 0; q < 2 && x.tok(m).kind == tWord && !x.tok(m).cap && (titleAdjectivesIDs.has(x.tok(m).id) || x.tok(m).has(cDescribe)); q++ {
		m++ // "the new", "the longtime"
	}
	if x.tok(m).low == "executive" || x.tok(m).low == "co-executive" {
		m++
	}
	w := x.tok(m)
	onScreen := hostNounsIDs.has(w.id)
	if w.cap || !onScreen && !w.has(cJobNoun) || x.tok(m+1).low != "of" && x.tok(m+1).low != "on" {
		return "", false
	}
	at := x.skipOwner(m + 2)
	if x.tok(at).low == "the" && !x.tok(at).cap && x.titleStarts(at+1) && !x.tok(at+1).has(cNetworks) {
		at++
	}
	e := x.titleAt(at, false)
	if e <= at {
		return "", false
	}
	ti := unquote(x.span(at, e))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(at, e) && x.startsName(at) {
		return "", false
	}
	return ti, onScreen
}

// hostedTitle is the title a genre or format noun names just before ",
// hosted by" at k: "a reboot of the dating format T, hosted by X"; or "".
func (x *extractor) hostedTitle(k int) string {
	c := k - 1
	if x.tok(c).text != "," {
		return ""
	}
	ts := x.titleEndingAt(c)
	if ts >= c {
		return ""
	}
	if p := x.tok(ts - 1); p.cap || !p.has(cGenreNouns|cFormatWords) && p.low != "format" {
		return "" // the title after a noun for a show: "the dating format T"
	}
	ti := unquote(x.span(ts, c))
	if x.isNetwork(ti) || describes(ti) || x.knownPerson(ti) != "" || x.personShaped(ts, c) && x.startsName(ts) {
		return ""
	}
	return ti
}

// pastPairedJob is where the participles before the host participle at k
// start, past a job's participle and "and": "The show is [executive-produced
// and] hosted by X", "executive produced and hosted by"; else k.
func (x *extractor) pastPairedJob(k int) int {
	if x.tok(k-1).low != "and" {
		return k
	}
	p := x.tok(k - 2)
	if _, ok := crewByIDs.lookup(p.id); !ok || p.cap {
		return k
	}
	if x.tok(k-3).low == "executive" {
		return k - 3
	}
	return k - 2
}

// showNounPairedJob reports whether a noun for a show stands before a job's
// participle, "and" and the host participle at k: "a documentary series
// executive-produced and hosted by X" (a company does not host).
func (x *extractor) showNounPairedJob(k int) bool {
	p := x.pastPairedJob(k)
	if p == k {
		return false
	}
	n := x.tok(p - 1)
	return !n.cap && (hostObjectsIDs.has(n.id) || n.has(cGenreNouns))
}
