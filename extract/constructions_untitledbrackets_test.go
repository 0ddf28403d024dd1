package extract

// untitledBracketConstructions are TestConstructions' cases for a
// character's given name before a bracket of a full name no title would
// hold (untitledbrackets.go).
var untitledBracketConstructions = []construction{
	{
		name: `"Angela (Fabrizia Tovel, right)": a given name, then two capitalized words no title holds: the character and its actor, no show "Fabrizia Tovel"`,
		text: "Salt Road returns for a second season\n\nThe second season of Salt Road returns this autumn. Angela (Fabrizia Tovel, right).",
		want: []string{"cast|Fabrizia Tovel|Salt Road|Angela|"},
	},
	{
		name: `"Rain (Full House) will star opposite B": a bracket of title words is still the person's show`,
		text: "Salt Road casts its leads\n\nThe drama Salt Road has cast its leads. Rain (Full House) will star opposite Nia Ostrander.",
		want: []string{"cast|Rain|Salt Road||", "cast|Rain|Full House||", "cast|Nia Ostrander|Salt Road||"},
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, untitledBracketConstructions...)
}

// charNamedConstructions are TestConstructions' cases for a one-word name
// the sentence gives as a character (charnamedpeople.go) in a plot's
// return (sectioncues.go returnElsewhere).
var charNamedConstructions = []construction{
	{
		name: `"her father, C (A B) returns from prison": C is A's character, not the article's person whose given name is C; "returns from" a place is the plot's, no returning cast`,
		text: "Salt Road wins at the festival\n\nSalt Road, directed by Michael Torv, stars Nia Ostrander as Frances. However, when her father, Michael (Dara Devlin) returns from prison as a broken man, Frances is put to the test.",
		want: []string{"cast|Nia Ostrander|Salt Road|Frances|", "crew|Michael Torv|Salt Road||director", "cast|Dara Devlin|Salt Road|Michael|"},
	},
}

func init() {
	bracketCreditConstructions = append(bracketCreditConstructions, charNamedConstructions...)
}
