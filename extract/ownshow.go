package extract

// A noun before "of" and a genre noun that names the show itself, "the
// cast of the drama T", "the hero of the series T", not a show compared
// with, "a remake of the film T".

// ownStoryWords are the parts of a show's story, "the hero of the series
// T", "the premise of the drama T": the show itself.
var ownStoryWords = set(`character characters protagonist protagonists hero heroes heroine heroines villain villains
	plot plots storyline storylines premise narrator`)

// ownShowOf reports whether "w of" names the show itself, not another one:
// "the cast of the drama T", "season two of the series T", not "a remake
// of the film T".
func ownShowOf(w, prep string) bool {
	if prep != "of" {
		return false
	}
	switch w {
	case "cast", "season", "seasons", "production", "set", "filming", "shooting", "premiere", "finale", "episode",
		"episodes", "trailer", "star", "stars", "lead", "leads", "creator", "director", "writer", "showrunner", "version":
		return true
	}
	return ownStoryWords[w] // "the main character of the series T", "the plot of the drama T"
}
