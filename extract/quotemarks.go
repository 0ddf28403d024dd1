package extract

// Single quotes typed with the wrong mark: "the eighth season of ‘L’Ispettore
// Kade‘, with Ana Selo" closes its title with an opening mark (the
// apostrophe inside is the word's own), "`Kessel Bay'" opens one with a
// backtick. Each is read as the mark it stands for, so every reading of a
// quoted title sees ‘T’.

// singleQuoteAs is the mark that the ‘ or ` of s at i (n bytes) stands for,
// toks being the tokens before it: glued to a word or number before it and
// with no letter or digit after it, the closing ’; a backtick anywhere
// else, the opening ‘; any other ‘ is itself.
func singleQuoteAs(s string, i, n int, toks []token) string {
	if k := len(toks) - 1; k >= 0 && toks[k].end == int32(i) && toks[k].kind != tPunct && !letterAt(s, i+n) {
		return "’"
	}
	return "‘"
}
