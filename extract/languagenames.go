package extract

// Lists of people's names in Spanish, Portuguese, French, German, Italian,
// Dutch and Swedish: "como", "comme", "wie", "zoals" ("such as") after a
// noun of people and before a list of names reads as "starring" ("outros
// nomes conhecidos, como A, B ou C", "acordos com nomes como A e B", "alle
// oude acteurs keren terug, zoals A, B en C": the cast of the sentence's
// show), and "ou", "oder", "eller" between two names as "or" ("A, B ou
// C").

// foreignOr are the words for "or" read as "or" between two names only.
// Spanish "o" is not: romanized Japanese titles put it between two
// capitalized words ("Boku no Hatsukoi o Kimi ni Sasagu").
var foreignOr = map[string]bool{"ou": true, "oder": true, "eller": true, "oppure": true}

// peopleNouns are the plural nouns of people that a list of names after
// "como" or "zoals" exemplifies, as written or as read in English.
var peopleNouns = set(`names nombres nomes noms namen nomi namn actors actresses rostros caras rostos visages gezichten gesichter volti comédiens comédiennes
	atores actores acteurs attori schauspieler darsteller skådespelare intérpretes interpreti stars estrellas estrelas
	figuras figures figure copains copines amis amies amigos amigas amici colegas compañeros companheiros collègues kollegen talentos talents veteranos vétérans`)

// namesLikeAt is where the noun of people is that the foreignLike word at
// k, n tokens kept from first before it, follows in the same clause (at
// most twelve words back, past a comma), before a list of names: a name
// followed by a comma, "and" or "or" words; -1 where there is none.
func namesLikeAt(toks []token, first, n, k int) int {
	if n == first || k+2 >= len(toks) || !foreignLikeIDs.has(toks[k].id) || toks[k].low == "come" || !isName(&toks[k+1]) || !toks[k+1].cap {
		return -1 // Italian "come" is an English verb too
	}
	e := k + 1
	for e < len(toks) && e < k+6 && toks[e].kind == tWord && (toks[e].cap || nameParticlesIDs.has(toks[e].id) && e+1 < len(toks) && toks[e+1].cap) {
		e++
	}
	if e == k+2 || e >= len(toks) {
		return -1 // one capitalized word: a title as likely as a name
	}
	if s := toks[e].low; s != "," && s != "and" && s != "y" && s != "e" && s != "et" && s != "und" && s != "en" && s != "och" && !foreignOrIDs.has(toks[e].id) {
		return -1
	}
	if toks[n-1].cap && toks[n-1].kind == tWord && n-2 >= first && foreignOfIDs.has(toks[n-2].id) {
		return -1 // "des copains de Niro comme A": "Niro starring A" would make a title of the name
	}
	for i := n - 1; i >= first && i >= n-12; i-- {
		t := &toks[i]
		if t.kind == tPunct && t.text != "," {
			return -1
		}
		if t.kind == tWord && peopleNounsIDs.has(t.id) {
			return i
		}
	}
	return -1
}

// orBetweenNames reports whether the foreignOr word at k, n tokens kept
// from first before it, stands between a capitalized word (or a closing
// bracket) and a person's name.
func orBetweenNames(toks []token, first, n, k int) bool {
	return n > first && k+1 < len(toks) && (toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")") && toks[k+1].cap && isName(&toks[k+1])
}

// nameParticleAt reports whether the word at k, n tokens kept from first
// before it, is a particle inside a name: "de" between "Danny" and "Munk"
// is no Dutch article.
func nameParticleAt(toks []token, first, n, k int) bool {
	return n > first && k+1 < len(toks) && nameParticlesIDs.has(toks[k].id) && toks[n-1].kind == tWord && toks[n-1].cap && toks[k+1].kind == tWord && toks[k+1].cap &&
		isName(&toks[n-1])
}

// beforeByVerbs are the forms of "to be" read as "is" or "are" right
// before a participle of foreignByCues and its "by": "Il protagonista, C,
// sarà interpretato da A", "Las escenas serán dirigidas por X", "C wird von
// A gespielt" ("C is played by A", "are directed by X").
var beforeByVerbs = map[string]string{
	"sarà": "is", "verrà": "is", "será": "is", "sera": "is", "serà": "is", "zal": "is", "word": "is",
	"saranno": "are", "verranno": "are", "serán": "are", "serão": "are", "seront": "are", "sono": "are", "son": "are", "são": "are", "zijn": "are", "werden": "are",
}

// moreByParticiples are read as foreignByCues': the plural and feminine
// participles ("Le scene sono dirette da X", "Los papeles son
// interpretados por A y B").
var moreByParticiples = map[string]string{
	"dirette": "directed", "scritte": "written", "prodotte": "produced", "interpretate": "played",
	"interpretados": "played", "interpretadas": "played",
}
