package extract

// A credits line's label: "Starring: X", "Also starring – Y", "Cast: Z"
// name the line's cast, no character.

// castLabelWords are the words of a label before a line's cast.
var castLabelWords = set(`starring stars featuring cast with also main lead leads voice voices supporting principal guest guests co-starring and`)

// lineCharacter is the character a credits line names before its
// separator, the words from b to e, or "" where they are a label
// ("Starring: X") and no character.
func (x *extractor) lineCharacter(b, e int) string {
	for k := b; k < e; k++ {
		if !castLabelWordsIDs.has(x.toks[k].id) {
			return x.span(b, e)
		}
	}
	return ""
}
