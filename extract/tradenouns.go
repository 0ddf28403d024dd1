// Trade and work nouns of other languages before a name, which are no part
// of it: "Star-Produzent A", "Rundfunk-acteur B", "Hauptdarsteller C"
// (German capitalizes its nouns), and a work's noun before the particle of
// its maker, "Manga de D", "Drehbuch von E", "Regia di F".

package extract

// foreignTrades are performers' and makers' nouns of other languages, in
// lower case: the last part of a hyphenated noun ("Star-Produzent"), or a
// capitalized noun alone ("Hauptdarsteller", "Regisseurin") before a name.
var foreignTrades = set(`schauspieler schauspielerin darsteller darstellerin hauptdarsteller hauptdarstellerin
	nebendarsteller nebendarstellerin schauspielern darstellern hauptdarstellern hauptdarstellerinnen schauspielerinnen regisseur regisseurin produzent produzentin drehbuchautor drehbuchautorin
	autor autorin moderator moderatorin sänger sängerin komiker komikerin filmemacher filmemacherin
	acteur actrice producent presentator presentatrice zanger zangeres cabaretier cabaretière scenarist
	comédien comédienne réalisateur réalisatrice producteur productrice scénariste animateur animatrice chanteur chanteuse
	actriz ator atriz attore attrice regista directora diretor diretora productor productora produtor produtora
	produttore produttrice guionista roteirista sceneggiatore sceneggiatrice presentador presentadora
	apresentador apresentadora conduttore conduttrice cantante cantora
	skådespelare skådespelerska regissör manusförfattare programledare skuespiller instruktør`)

// foreignTrade reports whether w, in lower case, is one of foreignTrades.
// Each ends in one of a few letters: a word ending otherwise is passed
// over without a lookup.
func foreignTrade(w string) bool {
	if len(w) < 4 {
		return false
	}
	switch w[len(w)-1] {
	case 'r', 'n', 'e', 'z', 'a', 't':
	default:
		return false
	}
	return foreignTrades[w]
}

// foreignTradeAt reports whether the capitalized word at i is a trade noun
// of another language before a name ("Hauptdarsteller A B"): no name
// starts at it. With a hyphen ("Star-Produzent C D") the word is no name
// word at all (hyphenNoun).
func (x *extractor) foreignTradeAt(i int) bool {
	t := &x.toks[i]
	return t.kind == tWord && !t.has(cNameStart) && i+1 < len(x.toks) && isName(&x.toks[i+1]) && foreignTradesIDs.has(t.id) // a given name is no trade; foreignTrade(t.low) by the word's id
}

// makerWorks are the nouns of a work or of a part of one, in the languages
// read, that a particle of its maker follows: "Manga de A", "Drehbuch von
// B", "Regia di C", "Roman de D" is not taken ("Roman" is a given name).
var makerWorks = set(`manga anime webtoon novela novella romanzo livro libro buch drehbuch vorlage obra opera werk
	film filme película pelicula serie série saga comic cómic fumetto regie regia dirección direccion direção direcao
	réalisation realisation realización realizacion guion guión roteiro sceneggiatura scénario scenario drehbuchvorlage
	idee idée musik música musica musique produktion producción produccion produzione produção producao
	adaptación adaptacion adaptation adattamento adaptação adaptacao verfilmung kamera fotografía fotografia
	montage montaje soggetto texte texto episodio épisode folge temporada stagione saison staffel telenovela miniserie`)

// workBeforeParticle reports whether the capitalized word at i is the noun
// of a work before a particle in lower case and a name ("Manga de A B",
// "Drehbuch von C D"): the noun is no part of the name after it.
func (x *extractor) workBeforeParticle(i int) bool {
	if i+2 >= len(x.toks) {
		return false
	}
	p := &x.toks[i+1]
	return !p.cap && p.has(cParticle) && x.toks[i].kind == tWord && makerWorksIDs.has(x.toks[i].id)
}
