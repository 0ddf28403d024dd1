package extract

// The abbreviations whose full stop ends no sentence, read by the sentence
// splitter (endsSentence) and the tokenizer (a word before a full stop).

// abbrevLen is the length of the longest of abbrev: a longer word is none.
const abbrevLen = 4

// abbreviations that end in a full stop without ending a sentence, none
// longer than abbrevLen (TestAbbrevLen).
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"vs": true, "prof": true, "gen": true, "lt": true, "col": true, "no": true, "vol": true,
	"inc": true, "ltd": true, "co": true, "sgt": true, "capt": true, "mt": true, "ft": true, "i.e": true, "e.g": true,
	"sta": true, "sto": true, // Filipino family names: "Jodi Sta. Maria", "Sto. Domingo"
}
