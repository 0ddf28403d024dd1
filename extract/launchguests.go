package extract

// The guests of an Indian film's launch: "Producer X sounded the clapboard
// for the muhurat shot, while director Y switched on the camera". They
// give the first clap or switch on the camera; their jobs are their own,
// on other films, so the sentence gives them no credit (as a jury's).

// launchMask are the words launchGuests reads at.
var launchMask = wordMask("clapboard", "clapperboard", "clap", "camera")

// launchGuests reports whether the sentence being read tells who gave the
// first clap or switched on the camera at a launch.
func (x *extractor) launchGuests() bool {
	if !x.sentHasAnyWord(launchMask) {
		return false
	}
	t := x.toks
	for k := 1; k < len(t); k++ {
		switch t[k].low {
		case "clapboard", "clapperboard":
			return true
		case "clap":
			if l := x.tok(k - 1).low; l == "first" || l == "muhurat" || l == "muhurtham" {
				return true // "gave the first clap"
			}
		case "camera":
			if x.tok(k-1).low == "the" && (x.tok(k-2).low == "on" && (x.tok(k-3).low == "switched" || x.tok(k-3).low == "switches") || x.tok(k-2).low == "switched") {
				return true // "switched on the camera"
			}
		}
	}
	return false
}
