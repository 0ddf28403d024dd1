package extract

// Credit cues in Spanish, Portuguese, French and German: a word of another
// language that stands where an English cue word stands, in the same shape,
// reads as that English word, so that the sentence goes through the rules
// the English one does. "- Ana Ruiz como Mira" reads as "- Ana Ruiz as
// Mira", "serie protagonizada por A y B" as "serie starring A and B",
// "dirigida por X" as "directed by X". The token keeps its text; only its
// lower case form (and the word class and bit that come from it) changes.

import "maps"

// foreignCues are the words read as an English cue word wherever they stand
// in lower case.
var foreignCues = withVerbForms(withCues(map[string]string{
	// "A y B", "A und B", "A sowie B": "and" between the names of a list
	"y": "and", "und": "and", "sowie": "and",
	// "X interpreta a C", "X incarne C", "X spielt C": a verb of playing
	"interpreta": "plays", "interpretará": "plays", "incarne": "plays", "spielt": "plays", "joue": "plays",
	// "el reparto", "el elenco", "die Besetzung": the cast
	"elenco": "cast", "reparto": "cast", "besetzung": "cast",
	// "la novela, titulada T": a title's name
	"titulada": "titled", "titulado": "titled", "intitulée": "titled", "intitulé": "titled",
	"intitulada": "titled", "intitulado": "titled", "intitolata": "titled", "intitolato": "titled",
	// "con X como productor": the job nouns
	"productor": "producer", "productora": "producer", "productores": "producers", "directora": "director",
	"guionista": "writer", "guionistas": "writers", "realizador": "director", "realizadora": "director",
	"réalisateur": "director", "réalisatrice": "director", "scénariste": "writer", "producteur": "producer", "productrice": "producer",
}, moreForeignCues, swedishCues, castLeadCues, castPhraseCues, announceCues, chargeCues, indonesianCues, seenAsCues, careerCues, namedCues, welcomeCues))

// foreignByCues are participles read as an English participle where "por"
// or "par" ("by") follows: "dirigida por X" as "directed by X"; the
// participle of starring reads as "starring", its "por" dropped.
var foreignByCues = withCues(map[string]string{
	"protagonizada": "starring", "protagonizado": "starring", "protagonizadas": "starring", "protagonizados": "starring",
	"estelarizada": "starring", "estelarizado": "starring", "estrelada": "starring", "estrelado": "starring",
	"interpretado": "played", "interpretada": "played", "interprété": "played", "interprétée": "played",
	"dirigida": "directed", "dirigido": "directed", "réalisé": "directed", "réalisée": "directed",
	"escrita": "written", "escrito": "written", "écrit": "written", "écrite": "written",
	"producida": "produced", "producido": "produced", "produit": "produced", "produite": "produced",
	"creada": "created", "creado": "created", "créé": "created", "créée": "created",
}, moreForeignByCues, swedishByCues, castLeadByCues, moreByParticiples, widerByCues, indonesianByCues, roleHeldBy, ensembleByCues, moreCrewByCues)

// foreignAs are the words for "as" that read as "as" only between two
// capitalized words ("Ana Ruiz como Mira"): elsewhere they are "like",
// "such as" or "than".
var foreignAs = map[string]bool{"como": true, "comme": true, "come": true, "als": true, "sebagai": true}

// foreignJobs are the job nouns of foreignCues that "como" reads as "as"
// before: "X (T) como productor".
var foreignJobs = map[string]bool{"productor": true, "productora": true, "directora": true, "director": true, "guionista": true,
	"realizador": true, "realizadora": true, "réalisateur": true, "réalisatrice": true, "scénariste": true, "producteur": true, "productrice": true}

// foreignAnd are "and" in Portuguese and Italian ("e") and French ("et"),
// read as "and" only between two capitalized words: a lone "e" may be an
// initial's letter, "et" the "et al." of a citation.
var foreignAnd = map[string]bool{"e": true, "et": true, "ed": true}

// foreignPhrases are phrases of several words read as an English phrase of
// as many words or fewer (the words past its end dropped), keyed by their
// first word: "Hauptdarsteller sind A und B" reads as "Starring are A and
// B", "También son parte del elenco A" as "Also in the cast are A".
var foreignPhrases = withPhrases(map[string][]foreignPhrase{
	"in": {
		{"in den hauptrollen sind", "starring are", false},
		{"in weiteren rollen sind", "also starring are", false},
		{"in der rolle des", "as", false}, {"in der rolle der", "as", false}, {"in der rolle von", "as", false},
		{"in der rolle", "as", false},
		{"in de hoofdrollen zijn", "starring are", false}, {"in de hoofdrollen", "starring", false}, {"in de rol van", "as", false},
	},
	"zu":              {{"zu sehen", "", false}}, // "In den Hauptrollen sind A und B zu sehen": "to be seen", dropped
	"sind":            {{"sind auch dabei", "also star", false}},
	"hauptdarsteller": {{"hauptdarsteller sind", "starring are", false}},
	"die":             {{"die hauptrollen übernehmen", "starring are", false}, {"die besetzung", "the cast", false}},
	"también":         {{"también son parte del elenco", "also in the cast are", false}, {"también forman parte del elenco", "also in the cast are", false}},
	"entre":           {{"entre los nombres más destacados están", "the cast includes", false}},
	"al":              {{"al grupo se suman otras figuras como", "joining them are", false}, {"al grupo se suman", "joining them are", false}, {"al elenco se suman", "joining the cast are", false}},
	"producción":      {{"producción de", "produced by", true}},
	"son":             {{"son parte del elenco", "in the cast are", false}},
	"forman":          {{"forman parte del elenco", "in the cast are", false}},
	"el": {
		{"el elenco lo conforman", "the cast includes", false}, {"el elenco lo integran", "the cast includes", false},
		{"el reparto lo conforman", "the cast includes", false}, {"el reparto lo integran", "the cast includes", false},
		{"el elenco está conformado por", "the cast includes", false}, {"el elenco está integrado por", "the cast includes", false},
	},
	"se": {
		{"se encarga de dirigir", "directs", false}, {"se encargará de dirigir", "will direct", false},
		{"se encarga de la dirección", "is directing", false}, {"se encargará de la dirección", "will direct", false},
		{"se encarga de la composición", "is handling series composition", false}, {"se encargará de la composición", "will handle series composition", false},
		{"se encarga de la producción", "is producing", false}, {"se encargará de la producción", "will produce", false},
		{"se encarga de la música", "is handling the music", false}, {"se encargará de la música", "will handle the music", false},
		{"se encargará del soundtrack", "will handle the music", false}, {"se encarga del soundtrack", "is handling the music", false},
		{"se encargará de la banda sonora", "will handle the music", false},
		{"se encarga del guion", "is writing the series", false}, {"se encarga del guión", "is writing the series", false},
		{"se encargará del guion", "will write", false}, {"se encargará del guión", "will write", false},
		{"se unirán al reparto de voces", "will join the voice cast", false}, {"se unirán al reparto", "will join the cast", false},
		{"se unirán al elenco", "will join the cast", false}, {"se une al reparto", "joins the cast", false}, {"se une al elenco", "joins the cast", false},
		{"se unen al reparto", "join the cast", false}, {"se unen al elenco", "join the cast", false},
		{"se suma al elenco", "joins the cast", false}, {"se suman al elenco", "join the cast", false},
	},
	"le": {{"le producteur", "the producer", false}, {"le réalisateur", "the director", false}, {"le scénariste", "the writer", false}},
	"la": {{"la productrice", "the producer", false}, {"la réalisatrice", "the director", false}, {"la scénariste", "the writer", false}},
	"rejoint": {{"rejoint le casting de", "joins the cast of", false}, {"rejoint la distribution de", "joins the cast of", false},
		{"rejoint le casting", "joins the cast", false}, {"rejoint la distribution", "joins the cast", false},
		{"rejoint la série", "joins the series", false}, {"rejoint le film", "joins the film", false}},
	"rejoindra": {{"rejoindra le casting de", "will join cast of", false}, {"rejoindra le casting", "will join cast", false}, {"rejoindra la distribution", "will join cast", false},
		{"rejoindra la série", "will join series", false}, {"rejoindra le film", "will join film", false}},
	"junto": {{"junto con", "alongside", false}, {"junto a", "alongside", false}},
	"como": {
		{"como la antagonista", "as the antagonist", false}, {"como el antagonista", "as the antagonist", false},
		{"como la protagonista", "as the protagonist", false}, {"como el protagonista", "as the protagonist", false},
		{"como la villana", "as the villain", false}, {"como el villano", "as the villain", false},
	},
	"compone":   {{"compone la música", "composes music", false}},
	"compondrá": {{"compondrá la música", "will compose music", false}},
	"realiza":   {{"realiza los diseños de personajes", "is handling character design", false}, {"realiza el diseño de personajes", "is handling character design", false}},
	"da":        {{"da vida a", "plays", false}},
	"dará":      {{"dará vida a", "will play", false}},
	"dio":       {{"dio vida a", "played", false}},
	"basada":    {{"basada en la novela de", "based on the novel by", false}, {"basada en el libro de", "based on the book by", false}},
	"basado":    {{"basado en la novela de", "based on the novel by", false}, {"basado en el libro de", "based on the book by", false}},
	"adaptée":   {{"adaptée du roman de", "based on novel by", false}},
	"adapté":    {{"adapté du roman de", "based on novel by", false}},
}, moreForeignPhrases, swedishPhrases, germanPhrases, castMadeOfPhrases, idiomPhrases, castPhrases, subjectPhrases, chargePhrases, widerCastPhrases, labelPhrases, widerCrewPhrases, indonesianPhrases, seenAsPhrases, knownForPhrases, careerPhrases, castMorePhrases, castTeamPhrases, workByPhrases, knownForRolesPhrases, characterPhrases, tracesPhrases, namedPhrases, appearedPhrases, roleInShowPhrases, inCastPhrases, leadsPhrases, afterAppearingPhrases, passivePhrases, cameraPhrases, protagonistPhrases, arrivalPhrases, dutchRolePhrases, hiredPhrases, teamPhrases, welcomePhrases, germanCrewPhrases, creatorPhrases, leadRolePhrases, leadTakenPhrases, alsoTakePartPhrases, ensemblePhrases, knownByPhrases, forRolePhrases, romancePhrases)

// foreignPhrase is one of foreignPhrases: its words, and the English words
// it reads as, each a single space apart.
type foreignPhrase struct {
	words, english string
	beforeName     bool // read only before a capitalized word: "producción de X"
}

// phraseAt reports how many tokens from k spell the words of p (0 where
// they do not).
func phraseAt(toks []token, k int, words string) int {
	n := 0
	for len(words) > 0 {
		w := words
		if i := indexByte(words, ' '); i >= 0 {
			w, words = words[:i], words[i+1:]
		} else {
			words = ""
		}
		if k+n < len(toks) && toks[k+n].low != w && n > 0 && k+n+1 < len(toks) && toks[k+n+1].low == w && phraseFiller(toks[k+n].low) {
			n++ // "En el reparto también figuran": an adverb inside the phrase (languagefill.go)
		} else if n > 0 && k+n < len(toks) && toks[k+n].low != w {
			if m := againAt(toks, k+n); m > 0 && k+n+m < len(toks) && toks[k+n+m].low == w {
				n += m // "apparaîtra pour la deuxième fois dans": a time inside the phrase (languageagain.go)
			}
		}
		if k+n >= len(toks) || toks[k+n].low != w {
			return 0
		}
		n++
	}
	return n
}

// indexByte is strings.IndexByte.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// readForeignCues rewrites, in place, the tokens from first on of a
// sentence tokenized into toks, and returns toks without the tokens it
// drops ("por" after a participle read as "starring").
func readForeignCues(toks []token, first int) []token {
	if first < len(toks) {
		if t := &toks[first]; t.kind == tWord && t.cap && mayBeForeignCue(t) && germanArticlesIDs.get(t.id) != "" {
			readGermanNoun(toks, first, t) // "Die neue Krimiserie": "The new series"
		}
		readForeignOpener(toks, first)
		readQuotedIn(toks, first) // "I «T» møter vi A": "In “T”" (languagequotedin.go)
	}
	drop := -1 // a word read as part of a phrase before the loop reaches it
	// "A, vue dans T, sera C": "A, seen in T, plays C" (languageagain.go)
	readAsideBe(toks, first)
	if first < len(toks) && toks[first].low == "alongside" {
		drop = readFrontedAlongside(toks, first, first+1) // "Neben A spielen B": "Starring A, B" (languagealongside.go)
	}
	k := first
	for k < len(toks) && !mayBeForeignCue(&toks[k]) {
		k++ // the tokens before the first that may be a cue stay as they are
	}
	if k < len(toks) && readCompoundJobNouns(toks, first) {
		// "Kultregisseur X": "director X" (compoundjobnouns.go), asked
		// only of a sentence with a word that may be another language's
		for k = first; k < len(toks) && !mayBeForeignCue(&toks[k]); k++ {
		}
	}
	n := k
	dutch := false // a phrase of Dutch read: "A en B" is "A and B"
	sv := 0        // a sentence of Swedish: 1 yes, 2 no, 0 not looked at yet
	// drop: a German participle read at "von" already: "von A gespielt"
	for ; k < len(toks); k++ {
		if k == drop && toks[k].cue == 0 && !toks[k].cap && n > first && (toks[n-1].low == "and" || toks[n-1].text == ",") {
			continue // "Aux côtés de A, on retrouve B": "retrouve", no cue word, dropped after the list's "and" (languagealongside.go)
		}
		if !mayBeForeignCue(&toks[k]) {
			if n != k {
				toks[n] = toks[k]
			}
			n++
			continue
		}
		cue := uint8(0)
		if toks[k].kind == tWord {
			if cue = toks[k].cue; cue == 0 {
				if n != k {
					toks[n] = toks[k] // an English word of the same bit
				}
				n++
				continue
			}
		}
		t := toks[k]
		if k == drop {
			continue
		}
		if t.kind == tWord && !t.cap && cue&cueSecondVerb != 0 { // germanSecondVerbsIDs.has(t.id) || secondVerbsIDs.has(t.id) || germanJoinVerbsIDs.has(t.id)
			if c, e := playInPartEnd(toks, k); c > 0 {
				swapPlayIn(toks, k, c, e) // "A spielt in „T“ die Kommissarin C": "A plays the Kommissarin C in “T”" (languageplayin.go)
			}
			if germanJoinVerbsIDs.has(t.id) && drop < k {
				if s, e := germanJoinedList(toks, k); e > 0 {
					readGermanJoined(toks, k, s) // "wirken in den Folgen A und B mit": languagemit.go
					drop = e
					k--
					continue
				}
			}
			if e, g := titledSubjectEnd(toks, first, n, k); e > 0 {
				n = readTitledSubject(toks, n, k, e, g, t) // "In der Krimiserie T spielt A": languagev2.go
				k = e - 2
				continue
			}
			if e := germanSubjectEnd(toks, first, n, k); e > 0 {
				// "Daneben spielt A die Rolle von C": "Daneben A plays the role of C"
				if toks[n-1].has(cGenreNouns) && (n == first+3 && toks[n-2].low == "the" && toks[n-3].low == "in" || n == first+2 && (toks[n-2].low == "in" || toks[n-2].low == "i")) {
					n = first // "In der Serie spielt A", "Im Film spielt A", "I serien spiller A": "A plays", in the show of the sentence before
				} else if determinedNoun(toks, first, n-1) {
					toks[n-1].cap = false // "In dieser Szene mimt A": a noun, no part of the name
					toks[n-1].flags &^= fName | fChar
				} else if n == first+1 && toks[first].cap {
					toks[first].cap = false // "Daneben": an adverb, no part of the name
					toks[first].flags &^= fName | fChar
				}
				n0, s := n, k+1
				if germanAdverbAfter(toks, k) {
					s++ // "übernimmt wieder A": the adverb dropped
				}
				n += copy(toks[n:], toks[s:e])
				toks[e-1] = t
				subjectAnds(toks[n0:n])
				k = e - 2
				continue
			}
		}
		if t.kind == tPunct {
			switch t.text {
			case "„", "«":
				if t.text == "„" {
					closeGermanQuote(toks, k)
				} else if closesOnWord(toks, k) {
					t.text, t.low = "”", "”" // »T«: the German order, « closing
					break
				}
				t.text, t.low = "“", "“" // „T“, «T»: a title in German or French quotes
			case "»":
				if opensOnWord(toks, k) {
					t.text, t.low = "“", "“" // »T«: the German order, » opening
					break
				}
				t.text, t.low = "”", "”"
			case "”":
				if openingQuote(toks, first, n, k) {
					t.text, t.low = "“", "“" // ”T”: a title in Swedish quotes
				}
			case "¿", "¡":
				if invertedTitle(toks, first, n, k) {
					t.text, t.low = "“", "“" // "la telenovela ¿T?": a title in Spanish marks
				}
			}
		}
		if t.kind == tWord && !t.cap && sinceAfterPlay(toks, first, n, k) {
			k++ // "A incarne depuis 2005 C": the year dropped (languagesince.go)
			continue
		}
		if t.kind == tWord && cue&cuePhrase != 0 && foreignPhraseMay(toks, k) { // a key of foreignPhrases
			if m, e := foreignPhraseAt(toks, k, foreignPhrasesIDs.get(t.id)); m > 0 {
				dutch = dutch || dutchPhrase(toks[k:k+m])
				for i := 0; len(e) > 0; i++ {
					w := e
					if j := indexByte(e, ' '); j >= 0 {
						w, e = e[:j], e[j+1:]
					} else {
						e = ""
					}
					u := toks[k+i]
					setLow(&u, w)
					// a cue word, no part of a name: "Die" of "Die Hauptrollen
					// übernehmen"; "A (Regie)" reads as "A (director)", a job, no title
					u.cap = i == 0 && t.cap && toks[k+1].text != ")"
					u.flags &^= fName | fChar
					toks[n] = u
					n++
				}
				k += m - 1
				if n == first+1 && toks[first].low == "alongside" && drop < k {
					drop = readFrontedAlongside(toks, first, k+1) // "Accanto a A recitano B": "Starring A, B" (languagealongside.go)
				}
				if toks[k].low == "des" {
					uncapGenitiveRole(toks, k) // "die Rolle des Anwalts C": "plays lawyer C"
				}
				continue
			}
		}
		if (t.kind == tWord && cue&cuePhrase != 0 || t.low == "im" || t.low == "nella") && (n == first || toks[n-1].text == ":" || toks[n-1].text == ";") {
			if j := castPlaceAt(toks, k); j > 0 {
				dutch = dutch || toks[k+1].low == "de" || toks[k+1].low == "het"
				n = readCastPlace(toks, n, k, &t) // "En el reparto continúan A": "cast includes A" (languagecastplace.go)
				k = j - 1
				continue
			}
		}
		if t.kind == tWord && (t.cap || n > first && toks[n-1].text == "-") {
			if m, ok := readCompoundJob(toks, first, n, k, &t); ok {
				n = m // "„T“-Autorin A": "“T” writer A" (languagecompound.go)
				toks[n] = t
				n++
				continue
			}
		}
		if ok, skip := readCameraSecond(toks, k, &t); ok {
			n = first // the adverbial before the verb dropped: no title "Derzeit"
			t.cap = true
			toks[n] = t // "An 26 Drehtagen stehen u.a. A und B für „T“ vor der Kamera": "starring A and B in “T”" (languagecamera.go)
			n++
			k += skip
			continue
		}
		if ok, j := readCameraVerb(toks, first, n, k, &t); ok {
			drop = j // "A steht für „T“ vor der Kamera": "A appears in “T”" (languagecamera.go)
			toks[n] = t
			n++
			continue
		}
		if j, adverb := germanSeenAs(toks, first, n, k); j > 0 {
			drop = j // "A ist als C zu sehen", "B wird C spielen": "A plays C" (languageseen.go)
			readSeenAs(toks, k, j, &t, adverb)
			toks[n] = t
			n++
			continue
		}
		if cue&cuePhraseOnly != 0 {
			toks[n] = t // "in", "an": no phrase, and no cue alone
			n++
			continue
		}
		if t.kind == tWord && !t.cap && len(t.low) >= 5 && joinVerb(t.low) {
			if j := joinPlaceAt(toks, first, n, k); j > 0 {
				n = readJoinPlace(toks, n, k, &t) // "A entra no elenco de T": "A joins the cast of T" (languagecastplace.go)
				k = j - 1
				continue
			}
		}
		if t.kind == tWord && elidedTitleAt(toks, first, n, k) {
			toks[n] = elidedTitle(toks, k) // "vu dans l'Agence Bleue": "l'Agence" one word, as "L'Agence" is (languageroles.go)
			n++
			k += 2
			continue
		}
		if t.kind == tWord && elidedAt(toks, k, &t) {
			toks[n] = t
			n++
			k++ // "d’Everwood": "of Everwood", the apostrophe dropped
			continue
		} else if _, ok := germanArticlesIDs.lookup(t.id); ok && !t.cap && readGermanNoun(toks, k, &t) {
			// "ein Film mit A", "die neue Krimiserie": "a film with A", "the new series"
		} else if t.low == "von" && !t.cap && genreOfAt(toks, first, n, k) == 1 {
			setLow(&t, "by") // "die neue Serie von X": "the new series by X" (languageof.go)
		} else if t.low == "von" && !t.cap {
			if j, e := germanPassiveEnd(toks, first, n, k); j > 0 {
				readGermanPassive(toks, k, j, e, &t) // "C wird von A gespielt": "C is played by A"
				drop = j
			} else if germanSourceBy(toks, first, n, k) {
				setLow(&t, "by") // "nach den Bestseller-Erzählungen von X": "after the stories by X" (languagesourcede.go)
			}
		} else if m, e := personsCharacterAt(toks, first, n, k); m > 0 {
			n, k = m, e // "filho da personagem de A": "son of A's character" (languagecharof.go)
			continue
		} else if characterOfAt(toks, first, n, k) {
			setLow(&t, "played") // "Estela, personagem de A": "Estela, played by A"
			t.flags &^= fName | fChar
			setLow(&toks[k+1], "by")
		} else if e, ok := foreignNounsIDs.lookup(t.id); ok && t.kind == tWord {
			readForeignNoun(toks, first, n, k, &t, e)
			if k+2 < len(toks) && genreAdjectivesIDs.has(toks[k+1].id) && !toks[k+1].cap && toks[k+2].cap && (e == "film" || e == "series") {
				toks[n] = toks[k+1] // "la película mexicana T": "the Mexican film T", the adjective first (genretitles.go)
				n++
				toks[k+1] = t
				continue
			}
			if e == "series" && k+1 < len(toks) && toks[k+1].low == "tv" {
				toks[n] = toks[k+1] // "la nuova serie tv": "the new tv series" (languagesource.go)
				n++
				toks[k+1] = t
				continue
			}
		} else if e, ok := foreignOrdinalsIDs.lookup(t.id); ok && t.kind == tWord && k+1 < len(toks) && isForeignSeason(toks[k+1].low) {
			setLow(&t, e)
			t.flags &^= fName | fChar
		} else if t.kind == tWord && !t.cap && len(t.low) <= 14 {
			if e := germanWillPlayIDs.get(t.id); e != "" && willPlayIn(toks, first, n, k) > 0 {
				drop = willPlayIn(toks, first, n, k)
				setLow(&t, e) // "A wird in „T“ eine C spielen": "A stars in “T”", "spielen" dropped (languagecompound.go)
			} else if e, ok := foreignCuesIDs.lookup(t.id); ok {
				if t.low == "y" {
					if j := gappedAsAt(toks, first, n, k); j > 0 {
						toks[j].kind = tWord // "; y E, F, una mujer": "; and E as F" (languagegapped.go)
						setLow(&toks[j], "as")
					}
				}
				if b := foreignBetweenNamesIDs.get(t.id); b != "" && n > first && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord && toks[n-1].cap && toks[n-1].kind == tWord {
					e = b // "A è C", "A es C": "A plays C"
				}
				if _, ok := swedishCuesIDs.lookup(t.id); ok && sv == 0 {
					sv = 1 // "och", "spelar": a sentence of Swedish
				}
				setLow(&t, e)
			} else if e, ok := foreignByCuesIDs.lookup(t.id); ok && k+1 < len(toks) && foreignByIDs.has(toks[k+1].id) {
				setLow(&t, e)
				if b := beforeByVerbsIDs.get(toks[n-1].id); n > first && b != "" {
					setLow(&toks[n-1], b) // "C sarà interpretato da A": "C is played by A" (languagenames.go)
				}
				if e == "starring" {
					toks[n] = t
					n++
					k++ // "por": "starring X"
					continue
				}
				if m := describedAfterBy(toks, k+1); m > 0 {
					setLow(&toks[k+1], "by")
					toks[n] = t
					toks[n+1] = toks[k+1]
					n += 2
					k += 1 + m // "interprété par l'énergique A": "played by A" (languageagain.go)
					continue
				}
				setLow(&toks[k+1], "by")
			} else if e, ok := foreignByCuesIDs.lookup(t.id); ok && e != "starring" && coordinatedByAt(toks, k) {
				setLow(&t, e) // "scritta e diretta da X": "written and directed by X" (languageensemble.go)
				setLow(&toks[k+1], "and")
			} else if swedishAsIDs.has(t.id) && n > first && toks[n-1].cap && toks[n-1].kind == tWord && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord && swedishSentence(&sv, toks[first:n], toks[k+1:]) {
				setLow(&t, "as") // "A som C, B som D og E som F": "A as C, B as D and E as F" (languagesv.go)
			} else if e, ok := swedishInContextIDs.lookup(t.id); ok && swedishSentence(&sv, toks[first:n], toks[k+1:]) {
				setLow(&t, e) // "roller i ”T”": "roles in “T”"
			} else if m := bracketJobOf(toks, first, n, k); m >= 0 {
				setLow(&t, "of") // "A (Director de episodios en T)": "A (director of T)" (languageasjob.go)
				k += m
			} else if n > first && (toks[n-1].low == "character" || toks[n-1].low == "role" || toks[n-1].low == "cast") && partOf(t.low) && (toks[n-1].text != toks[n-1].low && k+1 < len(toks) && (toks[k+1].cap || titleOpenQuote(toks[k+1].text)) || castOfForeign(toks, first, n, k, dutch)) {
				setLow(&t, "of") // "le personnage de C", "el papel de C", "die Rolle der C", "el elenco de “T”", "de cast van ‘T’": "the character of C", "the cast of “T”" (roleafter.go)
			} else if titleArticlesIDs.has(t.id) && n > first+1 && toks[n-1].low == "in" && (toks[n-2].low == "seen" || toks[n-2].low == "appeared") && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord {
				t.cap = true // "vu dans le Châlet": the article opens the title
			} else if listArticlesIDs.has(t.id) && n > first && (toks[n-1].low == "and" || toks[n-1].text == ",") && describedName(toks, k+1) {
				setLow(&t, "the") // "A, B y la querida C": "A, B and the beloved C"
			} else if foreignWhereIDs.has(t.id) && n > first && foreignWhereAt(toks, k+1) {
				setLow(&t, "where") // "T, donde interpretó a C", "T, où il incarne C": "T, where (he) played C"
			} else if foreignWhoIDs.has(t.id) && n > first+1 && (toks[n-1].text == "," && toks[n-2].cap || toks[n-1].cap && toks[n-1].kind == tWord) && (foreignPlayAt(toks, k+1) || livedAt(toks, k+1)) {
				setLow(&t, "who") // "A, quien interpreta a C": "A, who plays C"
			} else if foreignWithIDs.has(t.id) && n > first && nameAfterWith(toks, k) && (toks[n-1].text == "," || toks[n-1].has(cGenreNouns) || isCloseQuote(toks[n-1].text) || afterGenreTitle(toks, first, n) && k+2 < len(toks) && toks[k+2].kind == tWord && toks[k+2].cap && isName(&toks[k+2])) {
				setLow(&t, "starring") // "T, con A y B, llega": "T, starring A and B, arrives"
			} else if (t.low == "de" || t.low == "het" || t.low == "een") && !nameParticleAt(toks, first, n, k) && (dutch || soundsDutch(toks[first:n]) || soundsDutch(toks[k+1:])) {
				dutch = true
				setLow(&t, dutchArticlesIDs.get(t.id)) // "de film T van A": "the film T by A"
			} else if t.low == "en" && n > first && toks[n-1].cap && toks[n-1].kind == tWord && k+1 < len(toks) && isName(&toks[k+1]) && (dutch || castLabelLine(toks, first) || soundsDutch(toks[first:n]) || soundsDutch(toks[k+1:])) {
				setLow(&t, "and") // "met in de hoofdrollen A en B": "starring A and B"
			} else if sourceByAt(toks, first, n, k) {
				setLow(&t, "by") // "il manga di X", "del manga T, de X": "the manga by X" (languagesource.go)
			} else if m := genreOfAt(toks, first, n, k); m == 1 {
				setLow(&t, "by") // "la comedy di Chuck Lorre": "the comedy by Chuck Lorre" (languageof.go)
			} else if m == 2 {
				toks[n-1], toks[k+1] = toks[k+1], toks[n-1] // "la telenovela de Telemundo T": "the Telemundo telenovela T", "de" dropped
				continue
			} else if foreignMakerByIDs.has(t.id) && n > first && (isCloseQuote(toks[n-1].text) || (t.low == "van" || t.low == "von") && afterKindTitle(toks[first:n])) && k+1 < len(toks) && isName(&toks[k+1]) && (dutch || soundsForeign(toks[first:])) {
				setLow(&t, "by") // "la película “T” de A": "the film “T” by A"
			} else if (t.low == "de" || t.low == "di") && kinOfAt(toks, first, n, k) {
				setLow(&t, "of") // "C, la hermana de D y E": "C, the sister of D and E" (languagekinof.go)
			} else if foreignInIDs.has(t.id) && n > first && toks[n-1].cap && toks[n-1].kind == tWord && k+1 < len(toks) && (toks[k+1].kind == tWord && (!toks[k+1].cap || capInIDs.has(t.id)) || titleOpenQuote(toks[k+1].text)) {
				setLow(&t, "in") // "A viverá C na novela", "A joue C dans «T»": "A plays C in the novela", "in “T”"
			} else if e, ok := foreignBetweenNamesIDs.lookup(t.id); ok && n > first && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord && (toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")" && e == "plays" && bracketAfterName(toks, first, n)) {
				setLow(&t, e)
			} else if len(t.low) >= 5 && careerAt(toks, k) {
				setLow(&t, "appeared") // "A trabalhou em “T”", "A ya estuvo en T": "A appeared in T" (languagecareerverbs.go)
				setLow(&toks[k+1], "in")
			} else if e := futureRoleAt(toks, first, n, k); e > 0 {
				setLow(&t, "plays") // "A sarà la madre di C", "B será una detective": "A plays the mother of C" (languagefill.go)
				if e == 2 {
					setLow(&t, "also")
					setLow(&toks[k+1], "plays") // "C sarà invece un medico": "C also plays a medico"
				}
			} else if p := namesLikeAt(toks, first, n, k); p >= 0 {
				// "outros nomes, como A, B ou C": "other names, starring A, B
				// or C" (languagenames.go); "bekannte Gesichter wie A": the
				// German noun no title
				setLow(&t, "starring")
				toks[p].cap = p == first && toks[p].cap
				toks[p].flags &^= fName | fChar
			} else if foreignOrIDs.has(t.id) && orBetweenNames(toks, first, n, k) || t.low == "o" && listOrAt(toks, first, n, k) {
				setLow(&t, "or")
			} else if foreignLikeIDs.has(t.id) && n > first && k+1 < len(toks) && (toks[k+1].cap || titleOpenQuote(toks[k+1].text)) && (worksPlural(&toks[n-1]) && (t.low != "come" || soundsForeign(toks[first:])) || (t.low == "come" || t.low == "wie") && toks[n-1].low == "film") {
				setLow(&t, "like") // "en series como T1, T2 y T3": "in series like T1, T2 and T3"
				if toks[n-1].low == "film" {
					setLow(&toks[n-1], "films") // Italian "film come T1 e T2", German "Filmen wie T"
				}
			} else if foreignAndIDs.has(t.id) && n > first && toks[n-1].kind == tPunct && isCloseQuote(toks[n-1].text) && k+1 < len(toks) && titleOpenQuote(toks[k+1].text) {
				setLow(&t, "and") // "in «T1» e «T2»": a list of quoted titles (languagecareer.go)
			} else if foreignAndIDs.has(t.id) && n > first && toks[n-1].kind == tWord && !toks[n-1].cap && k+1 < len(toks) && toks[k+1].cap && toks[k+1].kind == tWord && toks[k+1].low != "al" && foreignLikeBefore(toks[first:n]) {
				setLow(&t, "and") // "como Mar de fundo e Terra nossa": the list's last title after one in sentence case
			} else if (foreignAsIDs.has(t.id) || foreignAndIDs.has(t.id)) && n > first && k+1 < len(toks) && toks[k+1].kind == tWord && (toks[k+1].cap && (t.low != "come" || soundsForeign(toks[first:])) || foreignAsIDs.has(t.id) && asJobAt(toks, k)) &&
				(toks[n-1].cap && toks[n-1].kind == tWord || toks[n-1].text == ")" || foreignAsIDs.has(t.id) && foreignJobsIDs.has(toks[k+1].id) && toks[n-1].low == "returns") {
				if foreignAndIDs.has(t.id) {
					setLow(&t, "and")
				} else {
					setLow(&t, "as")
				}
			}
		}
		toks[n] = t
		n++
	}
	return toks[:n]
}

// foreignCueWords are the words readForeignCues reads at, all its sets in
// one: a word of none of them is passed over by its token's cue (the
// word class table holds foreignCueKinds), not with a lookup a set. Each set
// readForeignCues looks a word up in must be here.
var foreignCueWords = func() map[string]bool {
	m := maps.Clone(foreignWordCues)
	addKeys(m, foreignPhrases)
	return m
}()

// foreignWordCues are the words of all readForeignCues' sets but
// foreignPhrases: those it reads at alone, not as a phrase's first word.
var foreignWordCues = func() map[string]bool {
	m := map[string]bool{}
	addKeys(m, foreignCues)
	addKeys(m, foreignByCues)
	addKeys(m, foreignAs)
	addKeys(m, foreignAnd)
	addKeys(m, foreignNouns)
	addKeys(m, foreignOrdinals)
	addKeys(m, foreignBetweenNames)
	addKeys(m, foreignWho)
	addKeys(m, foreignWith)
	addKeys(m, foreignIn)
	addKeys(m, foreignMakerBy)
	addKeys(m, dutchArticles)
	addKeys(m, swedishInContext)
	addKeys(m, swedishAs)
	addKeys(m, foreignCharacterOf)
	addKeys(m, foreignLike)
	addKeys(m, foreignOr)
	addKeys(m, listOr)
	addKeys(m, compoundJobs)
	addKeys(m, germanWillPlay)
	addKeys(m, foreignWhere)
	addKeys(m, elided)
	addKeys(m, listArticles)
	addKeys(m, titleArticles)
	addKeys(m, germanArticles)
	addKeys(m, germanSecondVerbs)
	addKeys(m, secondVerbs)
	addKeys(m, germanJoinVerbs)
	addKeys(m, germanCameraVerbs)
	addKeys(m, sinceWords)
	addKeys(m, arrivalVerbs)
	addKeys(m, careerVerbs)
	return m
}()

// foreignCueKinds is, for each of foreignCueWords, cuePhraseOnly where
// the word is a phrase's first word and nothing else readForeignCues reads
// ("in", "an", "war" of German and Dutch phrases, and of most English
// sentences): past its phrases, readForeignCues keeps it as it is, without
// the lookups of each set; else cueWord. The words it compares by
// themselves ("de", "von", ...) are cueWord. With either, cuePhrase where
// the word is a key of foreignPhrases and cueSecondVerb where it is one of
// germanSecondVerbs or secondVerbs: the one lookup of a cue word answers
// what readForeignCues asks of every cue word before its own sets ("in",
// "a" and "on" of English copy are cue words).
var foreignCueKinds = func() map[string]uint8 {
	m := make(map[string]uint8, len(foreignCueWords))
	for w := range foreignCueWords {
		var kind uint8 = cueWord
		switch w {
		case "de", "von", "van", "het", "een", "en", "come", "wie":
		default:
			if !foreignWordCues[w] {
				kind = cuePhraseOnly
			}
		}
		if _, ok := foreignPhrases[w]; ok {
			kind |= cuePhrase
		}
		if germanSecondVerbs[w] || secondVerbs[w] || germanJoinVerbs[w] {
			kind |= cueSecondVerb
		}
		m[w] = kind
	}
	return m
}()

const (
	cueWord       = 1
	cuePhraseOnly = 2
	cuePhrase     = 4 // a key of foreignPhrases
	cueSecondVerb = 8 // one of germanSecondVerbs, secondVerbs or germanJoinVerbs
)

// addKeys adds the keys of set to m.
func addKeys[V any](m map[string]bool, set map[string]V) {
	for k := range set {
		m[k] = true
	}
}

// cueFlag is fForeign for a word whose foreignCueKinds is cue, where
// that is not 0: the tokenizer sets it with the word's classes.
func cueFlag(cue uint8) uint8 {
	if cue != 0 {
		return fForeign
	}
	return 0
}

// mayBeForeignCue reports whether readForeignCues may read t: a word of
// fForeign, or a German, French or Swedish quotation mark.
func mayBeForeignCue(t *token) bool {
	if t.kind == tWord {
		return t.flags&fForeign != 0
	}
	return t.kind == tPunct && len(t.text) >= 2 && (t.text == "„" || t.text == "«" || t.text == "»" || t.text == "”" || t.text == "¿" || t.text == "¡")
}

// foreignPhraseAt is the number of tokens from k that one of ps spells,
// and the English words it reads as; 0 where none does.
func foreignPhraseAt(toks []token, k int, ps []foreignPhrase) (int, string) {
	if !foreignPhraseMay(toks, k) {
		return 0, "" // "in" and "die" of English copy: no phrase's second word after them
	}
	for _, p := range ps {
		if m := phraseAt(toks, k, p.words); m > 0 && (m < 2 || toks[k+1].text != ":" || labelColon(toks, k)) {
			m += fillerAfter(toks, k+m) // "Zum Cast gehören auch A": the adverb dropped
			if !p.beforeName || k+m < len(toks) && toks[k+m].cap {
				return m, p.english
			}
		}
	}
	return 0, ""
}

// foreignPhraseMay reports whether a phrase of foreignPhrases may start at
// k: the word at k and the word after it, or after a filler, may be a
// phrase's first two words (foreignPhrasePairs), or a label's colon or a
// closing bracket follows ("A (Regie)": languagecrewlabels.go). It is asked
// before the phrases of the word at k are looked up.
func foreignPhraseMay(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	w := toks[k].wbit
	if phrasePairMay(w, toks[k+1].wbit) || labelColon(toks, k) || toks[k+1].text == ")" || k+2 < len(toks) && phraseFiller(toks[k+1].low) && phrasePairMay(w, toks[k+2].wbit) {
		return true
	}
	m := againAt(toks, k+1) // "apparaîtra pour la deuxième fois dans" (languageagain.go)
	return m > 0 && k+1+m < len(toks) && phrasePairMay(w, toks[k+1+m].wbit)
}

// foreignPhrasePairs has a bit (phrasePairBit) for the word bits of the
// first two words of each phrase of foreignPhrases: every phrase has two
// words or more, one space apart, the first its key. "in" of English copy
// is the key of a dozen phrases, whose second words' bits alone let a third
// of the words after it through; the pair lets few.
var foreignPhrasePairs = func() (f [1 << 10]uint64) {
	for key, ps := range foreignPhrases {
		for _, p := range ps {
			second := p.words[indexByte(p.words, ' ')+1:]
			if i := indexByte(second, ' '); i >= 0 {
				second = second[:i]
			}
			b := phrasePairBit(wordBit(key), wordBit(second))
			f[b>>6] |= 1 << (b & 63)
		}
	}
	return f
}()

// phrasePairBit is the bit in foreignPhrasePairs of two words of the bits
// a and b (wordBit).
func phrasePairBit(a, b uint16) uint16 {
	return uint16((uint32(a)<<10 | uint32(b)) * 0x9e3779b1 >> 16)
}

// phrasePairMay reports whether two words of the bits a and b may be the
// first two of a phrase of foreignPhrases.
func phrasePairMay(a, b uint16) bool {
	p := phrasePairBit(a, b)
	return foreignPhrasePairs[p>>6]&(1<<(p&63)) != 0
}

// setLow gives t the lower case form w, with w's word class and bit.
func setLow(t *token, w string) {
	h := classHash(w)
	c, cue, id := wordClasses.getCue(h, w)
	t.low, t.class, t.wbit, t.cue, t.flags, t.id = w, c, hashBit(h), cue, t.flags&^fForeign|cueFlag(cue), id
}

// opensOnWord reports whether the mark at k opens a quotation: a space or
// the sentence's start before it, and a word right after it ("»Tatort«").
func opensOnWord(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].start == toks[k].end && toks[k+1].kind != tPunct && (k == 0 || toks[k-1].end < toks[k].start)
}

// closesOnWord reports whether the mark at k closes a quotation: right
// after a word, and no word right after it ("»Tatort« läuft").
func closesOnWord(toks []token, k int) bool {
	return k > 0 && toks[k-1].end == toks[k].start && toks[k-1].kind != tPunct && (k+1 == len(toks) || toks[k+1].start > toks[k].end || toks[k+1].kind == tPunct)
}
