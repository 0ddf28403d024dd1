package extract

import "testing"

// headlineOnlyConstructions are cases of a headline that names the
// article's show the body never names again ("the drama", "the cast"):
// a sentence-case headline's "X to star in T" (starincues.go), "X to play
// C in T", "X lands lead role in T", "X signs on for T" (headlineroles.go);
// a sentence-case headline's one title where the body says "the series"
// ("Where was T filmed?", "T cast and characters") (headlinesentencecase.go).
var headlineOnlyConstructions = []construction{
	{
		name: "a sentence-case headline 'X to star in T', T named in the headline alone: the body's 'the drama' and 'the cast' are T's",
		text: "Ana Selo to star in Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'A and B will star in T' over a body that says 'the pair' and 'the eight-part drama'",
		text: "Ana Selo and Tomas Brel will star in Velvet Lanterns\n\nThe streamer announced on Monday that the pair will lead the eight-part drama. Selo plays Mira, and Brel plays her brother Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a title-case headline 'X to Star in Live Adaptation of a Popular Manga': its capitals describe, no show",
		text: "Ana Selo to Star in Live Adaptation of a Popular Manga\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: nil,
	},
	{
		name: "a sentence-case headline whose title goes on as another's ('X to star in T director's next film'): not the article's show",
		text: "Ana Selo to star in Glass Men director's next film\n\nThe film will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Glass Men||"},
	},
	{
		name: "a sentence-case headline 'X to play C in T', T named in the headline alone",
		text: "Ana Selo to play Mira in Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'X lands lead role in T'",
		text: "Ana Selo lands lead role in Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'X signs on for T'",
		text: "Ana Selo signs on for Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'X stars in T'",
		text: "Ana Selo stars in Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a headline's place ('X stars in Paris') is no show",
		text: "Ana Selo stars in Paris\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: nil,
	},
	{
		name: "a headline's festival ('X set for Cannes') is no show",
		text: "Ana Selo set for Cannes\n\nThe eight-part drama will star Ana Selo as Mira. Tomas Brel has also joined the cast as Teo.",
		want: nil,
	},
	{
		name: "a headline's co-star ('X to direct Y in T') is no show",
		text: "Ana Selo to direct Tomas Brel in Velvet Lanterns\n\nThe eight-part drama will star Ana Selo as Mira.",
		want: nil,
	},
	{
		name: "a sentence-case headline 'Where was T filmed?' over a body that says 'the eight-part drama' and never names T",
		text: "Where was Velvet Lanterns filmed?\n\nThe eight-part drama stars Ana Selo as Mira. Tomas Brel plays her brother Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'T cast and characters: who plays who' over a body that says 'the series'",
		text: "Velvet Lanterns cast and characters: who plays who\n\nThe series stars Ana Selo as Mira. Tomas Brel plays her brother Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a sentence-case headline 'Everything we know about T'",
		text: "Everything we know about Velvet Lanterns\n\nThe new drama stars Ana Selo as Mira. Tomas Brel plays her brother Teo.",
		want: []string{"cast|Ana Selo|Velvet Lanterns|Mira|", "cast|Tomas Brel|Velvet Lanterns|Teo|"},
	},
	{
		name: "a headline's run of capitals as a subject ('Biggest Kapuso stars in regional shows'): no show, though the body says 'the show'",
		text: "Brightest Solano stars in regional shows\n\nAna Selo flew to Cebu for the show. She will play Mira in the series.",
		want: nil,
	},
	{
		name: "a sentence-case headline's title the body neither names again nor takes up by its kind: no show",
		text: "Where was Velvet Lanterns filmed?\n\nAna Selo plays Mira. Tomas Brel plays her brother Teo.",
		want: nil,
	},
}

// TestHeadlineOnlyConstructions checks headlineOnlyConstructions.
func TestHeadlineOnlyConstructions(t *testing.T) {
	for _, tt := range headlineOnlyConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
