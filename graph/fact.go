package graph

import (
	"strings"
)

// Kinds of credit.
const (
	KindCast = "cast" // on screen: actor, voice actor, host, contestant
	KindCrew = "crew" // off screen: director, writer, creator, producer, ...
)

// Jobs a crew credit may name. Other jobs are kept as written.
const (
	JobDirector       = "director"
	JobWriter         = "writer"
	JobCreator        = "creator"
	JobProducer       = "producer"
	JobShowrunner     = "showrunner"
	JobOriginalAuthor = "original author"
)

// Fact is one credit as an article states it: the JSON Lines form of the
// facts contract. Kind, Person and Show are required; the rest is optional.
type Fact struct {
	Kind      string `json:"kind"`                // KindCast or KindCrew
	Person    string `json:"person"`              // the person's fullest name in the article
	Show      string `json:"show"`                // the title, without a season qualifier
	Character string `json:"character,omitempty"` // cast only: the character, where named
	Seasons   []int  `json:"seasons,omitempty"`   // season numbers the credit is stated for
	Job       string `json:"job,omitempty"`       // crew only: director, writer, ...
	Evidence  string `json:"evidence,omitempty"`  // the sentence the fact was read from
	Article   string `json:"article,omitempty"`   // the article's id or file name
	Date      string `json:"date,omitempty"`      // the article's date, YYYY-MM-DD, where known
	// Confidence is an extractor's confidence that the article states this
	// credit, between 0 and 1; 0 when none was given. Stores do not keep it.
	Confidence float64 `json:"confidence,omitempty"`
}

// MaxSeason is the largest season number a fact may give: larger numbers
// are years or misreadings, not seasons.
const MaxSeason = 1000

// Validate reports the first thing wrong with f as an EINVALID *Error, or nil.
func (f *Fact) Validate() error {
	switch f.Kind {
	case KindCast, KindCrew:
	case "":
		return Errorf(EINVALID, "missing \"kind\" (want %q or %q)", KindCast, KindCrew)
	default:
		return Errorf(EINVALID, "unknown kind %q (want %q or %q)", f.Kind, KindCast, KindCrew)
	}
	if strings.TrimSpace(f.Person) == "" {
		return Errorf(EINVALID, "missing or empty \"person\"")
	}
	if PersonKey(f.Person) == "" {
		return Errorf(EINVALID, "\"person\" %q has no letters or digits", f.Person)
	}
	if strings.TrimSpace(f.Show) == "" {
		return Errorf(EINVALID, "missing or empty \"show\"")
	}
	if ShowKey(f.Show) == "" {
		return Errorf(EINVALID, "\"show\" %q has no title once its season qualifier is dropped", f.Show)
	}
	for _, s := range f.Seasons {
		if s < 0 || s > MaxSeason {
			return Errorf(EINVALID, "season %d out of range 0..%d", s, MaxSeason)
		}
	}
	if f.Kind == KindCast && f.Job != "" {
		return Errorf(EINVALID, "\"job\" %q is only for crew facts", f.Job)
	}
	if f.Kind == KindCrew && f.Character != "" {
		return Errorf(EINVALID, "\"character\" %q is only for cast facts", f.Character)
	}
	if f.Date != "" && !ValidDate(f.Date) {
		return Errorf(EINVALID, "\"date\" %q is not YYYY-MM-DD", f.Date)
	}
	return nil
}

// ValidDate reports whether s is a date as a fact gives it: YYYY-MM-DD
// with a month 1..12 and a day 1..31.
func ValidDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if i != 4 && i != 7 && (s[i] < '0' || s[i] > '9') {
			return false
		}
	}
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// Normalize returns f with its show's season qualifier moved into Seasons,
// its seasons sorted and deduplicated, and surrounding space trimmed.
func (f Fact) Normalize() Fact {
	f.Person = CleanSpace(f.Person)
	f.Character = CleanSpace(f.Character)
	f.Job = strings.ToLower(CleanSpace(f.Job))
	title, seasons := SplitSeasons(f.Show)
	f.Show = title
	f.Seasons = MergeSeasons(f.Seasons, seasons)
	f.Evidence = CleanSpace(f.Evidence)
	f.Article = strings.TrimSpace(f.Article)
	return f
}
