package extract

// A title in sentence case after a genre noun, as Spanish, Portuguese,
// French, German, Italian, Dutch and Swedish news writes it: "la
// telenovela Si nos dejan, que", "a novela Vai na fé.", "le feuilleton
// Sous le ciel d'Arles accueille", "de serie De stille haven.", "die Serie
// Das Haus am Fluss geht". The genre noun says a title follows; the title
// starts at the capitalized word after it and runs over the words in lower
// case to a sure end: a mark (comma, full stop, bracket, quote, colon),
// the sentence's end, a word that opens a clause ("que", "con", "mit",
// "som", "che", or a cue read as English: "starring", "directed"), a verb
// of news copy ("llega", "estreia", "arrive", "geht", "har"), or a list's
// "and" before a capitalized word. Where none comes within ten words, the
// title is the article's show where the words spell it, else as before.

import "strings"

// genreTitleStops are words in lower case that end a title in sentence
// case read after a genre noun: the words that open a clause, and the
// verbs and auxiliaries news copy puts right after a show's title.
var genreTitleStops = set(`que qui quien quienes quem cual cuyo cuya dont donde où dove wo welche welcher welches
	che cui quale som där vilken vilket waarin waar
	con com avec mit med met sowie junto ainsi
	llega llegará llegó regresa regresará vuelve volverá estrena estrenará estrenó arranca arrancará comienza
	tendrá tiene tuvo cuenta contará sigue narra cuenta relata se es será fue está estará ha han había
	chega chegará estreia estreará volta voltará terá tem teve conta contará acompanha narra é será foi está estará
	vient viennent va vont devrait démarre démarrera débute débutera
	arrive arrivera revient reviendra sort sortira débarque débarquera raconte suit aura sera était est sont
	commence commencera começa começam começou começaram comenzó comenzaron iniziano inizia iniziate accueille accueillera figura figuran figuram figurent comprende incluye inclui umfasst omvat
	arriva arriverà torna tornerà debutta debutterà racconta segue avrà sarà è sono
	kommt kommen geht gehen startet starten läuft laufen erzählt zeigt hat haben ist sind war wird werden
	komt keert start begint vertelt volgt heeft hebben krijgt wordt werd is was
	kommer får fick har hade är var blir blev handlar visas startar börjar berättar följer
	presenta presentan anuncia revela confirma suma ficha apresenta anuncia présente dévoile annonce
	präsentiert enthüllt svela annuncia presenteert onthult presenterar avslöjar
	starring directed written produced created played by who where with includes stars star joins welcomes welcome`)

// genreTitleEnd returns where a title in sentence case that starts at the
// capitalized word i, after a genre noun in lower case, ends; i where no
// sure end is found. titleAt asks it in a sentence of another language
// (sentForeign) only.
func (x *extractor) genreTitleEnd(i int) int {
	t := x.toks
	lower := false // a word in lower case read: else titleAt's own reading serves
	for j := i + 1; j < len(t) && j <= i+10; j++ {
		w := &t[j]
		switch w.kind {
		case tWord:
			if w.cap {
				if lower && !t[j-1].cap && t[j-1].kind == tWord && !titleGlueOfIDs.has(t[j-1].id) && x.startsName(j) && x.personAt(j) >= j+2 {
					return x.genreTitleCut(i, j-1, lower) // "T figuran Nerea Solano": a verb not known, then a name
				}
				continue // "Il segreto di Villa Aurora", German nouns
			}
			if j+1 < len(t) && t[j+1].has(cNetworks) && platformPrepsIDs.has(w.id) && !t[j+1].has(cGenreNouns) {
				return x.genreTitleCut(i, j, lower) // "la série T sur TF1", "T de Netflix": the network that carries it
			}
			if genreTitleStopsIDs.has(w.id) || genreTitleStops[w.text] || w.has(cCastVerbs|cPlayVerbs|cCrewVerb) && w.low != w.text || frenchPerfectAt(t, j) || w.text == "en" && statusAfterEn(t, j) {
				return x.genreTitleCut(i, j, lower) // "llega", "har" (read as "has")
			}
			if listAndIDs.has(w.id) && j+1 < len(t) && t[j+1].cap && t[j+1].kind == tWord {
				return x.genreTitleCut(i, j, lower) // "la serie T y la película T2"
			}
			if j+1 < len(t) && (partArticlesIDs.has(w.id) && roleNounAfter(&t[j+1]) || (foreignAsIDs.has(w.id) || w.low == "as") && t[j+1].cap && t[j+1].kind == tWord) {
				return x.genreTitleCut(i, j, lower) // "in der Serie T die Rolle der C", "in der Serie T als C": the part after the title (roleafter.go)
			}
			lower = true
		case tNum:
			continue
		case tPunct:
			switch w.text {
			case "-", "–", "'", "’", "&":
				if w.text == "–" && w.start > t[j-1].end {
					return x.genreTitleCut(i, j, lower)
				}
				continue // "d'Arles", "Vai-e-vem"
			}
			return x.genreTitleCut(i, j, lower)
		default:
			return x.genreTitleCut(i, j, lower)
		}
	}
	if len(t) <= i+11 {
		return x.genreTitleCut(i, len(t), lower)
	}
	return x.showSpelledAt(i)
}

// genreTitleCut is the title from i to j, when a word in lower case is in
// it; else i (titleAt reads it).
func (x *extractor) genreTitleCut(i, j int, lower bool) int {
	if !lower || j <= i+1 {
		if e := x.showSpelledAt(i); e > i {
			return e
		}
		return i
	}
	if e := x.showSpelledAt(i); e > i && e < j {
		return e // "la serie T inicia el rodaje de su tercera temporada,": the article's show T, the words after it a clause
	}
	for j > i+1 && titleGlueOfIDs.has(x.toks[j-1].id) {
		j-- // "la serie Los hijos de": no title ends in "of"
	}
	if w := &x.toks[j-1]; !w.cap && (foreignFunctionWordsIDs.has(w.id) || genreTitleNoEndIDs.has(w.id)) {
		return x.showSpelledAt(i) // "El anime T presenta su reparto": a verb not known came first
	}
	return j
}

// genreTitleNoEnd are the articles and possessives no title in sentence
// case ends with: a verb came before them.
var genreTitleNoEnd = set(`el la los las le les il lo gli o a os as un una une uno um uma ein eine einen een en ett
	su sus seu sua seus suas son sa ses suo sue suoi ihre ihr sein seine zijn haar hun sin sitt sina`)

// showSpelledAt returns the end of the article's show where the tokens from
// i spell it, else i.
func (x *extractor) showSpelledAt(i int) int {
	if x.show == "" || x.s == nil {
		return i
	}
	st := int(x.toks[i].start)
	if st < 0 || st >= len(x.s.text) || !strings.HasPrefix(x.s.text[st:], x.show) {
		return i
	}
	for j := i + 1; j <= len(x.toks) && j <= i+12; j++ {
		if int(x.toks[j-1].end)-st == len(x.show) {
			return j
		}
	}
	return i
}

// genreNounBefore reports whether a genre noun in lower case, or one and
// "tv" ("la serie tv T"), or a word for "cast" of another language and
// "of" ("o elenco de T"), is right before i.
func genreNounBefore(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	g := &toks[i-1]
	if len(g.low) == 6 && g.low == "titled" && g.text != g.low {
		return true // "la serie intitolata T (", "la novela, titulada T": languageasjob.go
	}
	if len(g.low) == 2 && filmingOf(toks, i) {
		return true // "le tournage d'T", "el rodaje de T": languagefilming.go
	}
	if !g.cap && i > 1 && toks[i-2].has(cGenreNouns) && !toks[i-2].cap && genreAdjectivesIDs.has(g.id) {
		return true // "la película mexicana T", "le film français T": the noun's adjective after it
	}
	if !g.cap && i > 1 && (g.low == "tv" || mayBeTitleGlueOf(g.text) && titleGlueOf[g.text]) {
		g = &toks[i-2]
		if titleGlueOf[toks[i-1].text] {
			return g.low == "cast" && g.text != "cast" && !g.cap // "o elenco de T", "el reparto de T": the cast of a title
		}
	}
	if g.kind != tWord {
		return false
	}
	if g.has(cGenreNouns) {
		return !g.cap || g.low != g.text && strings.ToLower(g.text) != g.low // "la serie", German "Serie" read as "series"
	}
	return foreignGenreNoun(g.low)
}

// mayBeTitleGlueOf reports whether w may be one of titleGlueOf: where it
// reports false it is none. genreNounBefore asks it of the word before
// each capitalized word titleAt and titleBefore read, most of them no
// glue word, before the lookup.
func mayBeTitleGlueOf(w string) bool {
	return w != "" && len(w) <= titleGlueOfLen && titleGlueOfFirst[w[0]]
}

// titleGlueOfFirst are the first bytes of titleGlueOf's words, and
// titleGlueOfLen the length of the longest.
var titleGlueOfFirst, titleGlueOfLen = func() (first [256]bool, n int) {
	for w := range titleGlueOf {
		first[w[0]] = true
		n = max(n, len(w))
	}
	return first, n
}()

// foreignGenreNoun reports whether low is a genre noun of another language
// that no English word reads as: "la fiction T", "la cinta T", Swedish
// "dramaserien T", German "ZDF-Krimiserie T", Dutch "dramaserie T".
func foreignGenreNoun(low string) bool {
	switch low {
	case "fiction", "cinta", "filme", "miniserie", "miniserien", "docuserie", "reeks", "tv-serie", "tv-film", "telefilm", "téléfilm", "sitcom":
		return true
	}
	return len(low) > 6 && (strings.HasSuffix(low, "serie") || strings.HasSuffix(low, "serien") || strings.HasSuffix(low, "filmen"))
}

// genreTitleBack returns the start of a title in sentence case after a
// genre noun that ends at j, where titleBefore read back to i only: "la
// fiction Il segreto di Villa Aurora, con A" (genreTitleEnd's reading),
// "of the film Mystery in sight, in which" (englishGenreTitleEnd's); else
// i.
func (x *extractor) genreTitleBack(i, j int) int {
	t := x.toks
	for k := i - 1; k > 0 && k >= j-10; k-- {
		if t[k].kind != tWord {
			return i
		}
		if t[k].cap && genreNounBefore(t, k) && x.foreignGenre(k) && x.genreTitleEnd(k) == j {
			return k
		}
		if t[k].cap && k > 1 && t[k-1].has(cGenreNouns) && x.englishGenreTitleEnd(k) == j {
			return k // "of the film Mystery in sight, in which": sentencetitles.go
		}
	}
	return i
}

// foreignGenre reports whether the genre noun before i is one of another
// language's: the sentence is of another language (sentForeign), or an
// article of another language opens the noun ("A novela T estreia", "De
// film T", "Il film T").
func (x *extractor) foreignGenre(i int) bool {
	g := i - 1
	if x.toks[g].low == "titled" || filmingOf(x.toks, i) {
		return true // read from another language's word
	}
	if x.toks[g].low == "tv" || genreAdjectivesIDs.has(x.toks[g].id) {
		g--
	}
	if w := &x.toks[g]; w.has(cGenreNouns) && strings.ToLower(w.text) != w.low {
		return true // "Filmen T", "Die Serie T": a noun of another language read as the English one
	} else if !w.has(cGenreNouns) {
		// "dramaserien", "ZDF-Krimiserie", "la fiction": read as the
		// English noun from here on, as the rules of a sentence's show ask
		if strings.HasSuffix(w.low, "film") || strings.HasSuffix(w.low, "filmen") || w.low == "cinta" || w.low == "filme" || w.low == "telefilm" || w.low == "téléfilm" {
			setLow(w, "film")
		} else {
			setLow(w, "series")
		}
		w.flags &^= fName | fChar
		x.tokensRead()
	}
	if g > 0 {
		a := &x.toks[g-1]
		if genreArticles[a.text] || (a.text == "a" || a.text == "A") && (x.toks[g].text == "novela" || x.toks[g].text == "série") {
			return true
		}
	}
	return x.s != nil && x.sentForeign()
}

// genreArticles are articles of other languages, as written, before a
// genre noun: "la serie", "o filme", "de film", "il film", "die Serie".
var genreArticles = set(`la La el El o O le Le il Il die Die der Der das Das de De het Het den Den lo Lo una Una un Un uma Uma um Um une Une
	ein Ein eine Eine einen een Een della nella del da na no do dalla sulla nel`)

// foreignHeadTitle returns the title in sentence case that a headline
// opens with, before a mark or a verb of news copy, where the article
// names it again: "Tra le onde, il cast", "Sista sommaren har premiär i
// höst", "Das Haus am Fluss: Zweite Staffel kommt"; else "".
func (x *extractor) foreignHeadTitle() string {
	t := x.toks
	if !x.s.head || len(t) < 3 || !t[0].cap || t[0].kind != tWord {
		return ""
	}
	lower, foreign := false, false
	c := 1
	for ; c < len(t) && c <= 7; c++ {
		w := &t[c]
		if w.kind == tPunct && (w.text == ":" || w.text == "," || w.text == "|" || isDash(w.text) && w.start > t[c-1].end) {
			break
		}
		if w.kind != tWord {
			return ""
		}
		if !w.cap {
			if genreTitleStopsIDs.has(w.id) || genreTitleStops[w.text] || w.has(cCastVerbs|cPlayVerbs|cCrewVerb) {
				break
			}
			if w.has(cStopWords) {
				return "" // "A and B headline T": English words
			}
			lower = true
			foreign = foreign || foreignFunctionWordsIDs.has(w.id) || titleGlueOfIDs.has(w.id) || genreTitleNoEndIDs.has(w.id)
		}
	}
	if !lower || !foreign && !x.sentForeign() || c >= len(t) || c > 7 || titleGlueOfIDs.has(t[c-1].id) || !t[c-1].cap && (foreignFunctionWordsIDs.has(t[c-1].id) || genreTitleNoEndIDs.has(t[c-1].id)) {
		return ""
	}
	title := x.span(0, c)
	if x.wordCount(title) < 2 || x.personShaped(0, c) && x.startsName(0) || describes(title) || notTitle(title) {
		return ""
	}
	return title
}

// genreAdjectives are the adjectives of origin and kind that Spanish,
// Portuguese, French and Italian put after a genre noun and before its
// title: "la película mexicana T", "a novela brasileira T", "la série
// française T", "la serie turca T".
var genreAdjectives = set(`mexicana mexicano española español argentina argentino colombiana colombiano chilena chileno peruana peruano
	brasileira brasileiro portuguesa português francesa francés française français italiana italiano alemana alemán allemande allemand
	turca turco turque coreana coreano coréenne coréen japonesa japonés japonaise japonais estadounidense americana americano américaine américain
	británica británico britannique inglesa inglés anglaise anglais sueca sueco suédoise suédois belga belge suiza suizo suisse
	canadiense canadienne canadien australiana australiano tedesca tedesco spagnola spagnolo francese inglese
	policíaca policíaco policial histórica histórico biográfica biográfico animada animado original originale`)

// frenchPerfectAt reports whether French "a" and a past participle in "é"
// are at j, a verb after a title in sentence case: "la série T a démarré",
// "T a été tourné" (not Spanish "Amar a muerte").
func frenchPerfectAt(t []token, j int) bool {
	return t[j].text == "a" && j+1 < len(t) && t[j+1].kind == tWord && strings.HasSuffix(t[j+1].text, "é")
}
