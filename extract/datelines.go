package extract

import "strings"

// A wire story's dateline opens its first paragraph: the city in capitals,
// maybe a date, and the news agency in brackets before a dash ("LOS ANGELES
// (AP) —", "HILVERSUM (ANP) -", "SEOUL, Jan. 5 (Yonhap) --"), or a city
// and a date before the agency ("Mumbai, February 19 (PTI) The ..."). It
// says where the story was filed: no person, no show, no part of the
// sentence.

// datelineMonths are the month words a dateline's date starts with.
var datelineMonths = set(`jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june
	jul jul. july aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december`)

// lineLabelEnd returns the length of what opens the line before its
// words: a heading's section label (labelEnd), a prose line's dateline.
func lineLabelEnd(line string, head bool) int {
	if head {
		return labelEnd(line)
	}
	return datelineEnd(line)
}

// datelineEnd returns the length of the dateline that opens the prose line,
// with the separator and the space after it, or 0.
func datelineEnd(line string) int {
	if len(line) < 8 || line[0] < 'A' || line[0] > 'Z' {
		return 0
	}
	p := strings.IndexByte(line[:min(len(line), 62)], '(')
	if p < 3 {
		return 0
	}
	q := strings.IndexByte(line[p:], ')')
	if q < 3 || q > 24 {
		return 0
	}
	q += p
	agency := line[p+1 : q]
	if agency[0] < 'A' || agency[0] > 'Z' || strings.Count(agency, " ") > 2 || strings.ContainsAny(agency, "0123456789,") {
		return 0
	}
	place := strings.TrimSpace(line[:p])
	city, rest, dated := place, "", false
	if c := strings.IndexByte(place, ','); c > 0 {
		city, rest = place[:c], strings.TrimSpace(place[c+1:])
		if w, _, _ := cutByte(rest, ' '); datelineMonths[strings.ToLower(w)] && strings.ContainsAny(rest, "0123456789") {
			dated = true
		} else if !isUpperCase(rest) {
			return 0 // "Tom Baxley, Anna Keswick (T) -": a list, no place
		}
	}
	for _, w := range strings.Fields(city) {
		if w[0] == '[' {
			continue // "New Delhi [India]"
		}
		if !dated && (len(city) < 3 || !isUpperCase(w)) || w[0] < 'A' || w[0] > 'Z' {
			return 0
		}
	}
	if !dated && !isUpperCase(city) {
		return 0
	}
	e := q + 1
	for e < len(line) && line[e] == ' ' {
		e++
	}
	switch {
	case strings.HasPrefix(line[e:], "--"):
		e += 2
	case strings.HasPrefix(line[e:], "—"), strings.HasPrefix(line[e:], "–"):
		e += len("—")
	case e < len(line) && (line[e] == '-' || line[e] == ':'):
		e++
	case dated && e < len(line) && line[e] >= 'A' && line[e] <= 'Z' && e > q+1:
		return e // "Mumbai, February 19 (PTI) The big screen"
	default:
		return 0
	}
	if e >= len(line) || line[e] != ' ' {
		return 0
	}
	for e < len(line) && line[e] == ' ' {
		e++
	}
	return e
}
