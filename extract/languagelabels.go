package extract

// A credits line's label in another language, read by languages.go as
// the English label: "Elenco: A, B y C", "Reparto: A", "Besetzung: A und
// B", "Casting : A, B", "Distribution : A et B", "Interpreti: A e B" as
// "Cast: A, B and C"; "Avec : A et B", "Mit: A und B", "Con: A y B" as
// "Starring: A and B"; "Créée par : A, B", "Creada por: A y B", "Ideata
// da: A" as "Created by A, B" (the colon dropped), and so for the other
// participles of making a show ("Réalisée par :", "Escrita por:").

// labelPhrases are read as foreignPhrases': a label's word and its colon.
var labelPhrases = map[string][]foreignPhrase{
	"elenco":          {{"elenco :", "cast :", true}},
	"reparto":         {{"reparto :", "cast :", true}},
	"besetzung":       {{"besetzung :", "cast :", true}},
	"darsteller":      {{"darsteller :", "cast :", true}},
	"casting":         {{"casting :", "cast :", true}},
	"distribution":    {{"distribution :", "cast :", true}},
	"interpreti":      {{"interpreti :", "cast :", true}},
	"rolverdeling":    {{"rolverdeling :", "cast :", true}},
	"medverkande":     {{"medverkande :", "cast :", true}},
	"avec":            {{"avec :", "starring :", true}},
	"mit":             {{"mit :", "starring :", true}},
	"con":             {{"con :", "starring :", true}},
	"com":             {{"com :", "starring :", true}},
	"met":             {{"met :", "starring :", true}},
	"protagonistas":   {{"protagonistas :", "starring :", true}},
	"protagonisti":    {{"protagonisti :", "starring :", true}},
	"hauptdarsteller": {{"hauptdarsteller :", "starring :", true}},
	"créée":           {{"créée par :", "created by", true}, {"créée par", "created by", true}},
	"créé":            {{"créé par :", "created by", true}, {"créé par", "created by", true}},
	"creada":          {{"creada por :", "created by", true}, {"creada por", "created by", true}},
	"creado":          {{"creado por :", "created by", true}, {"creado por", "created by", true}},
	"criada":          {{"criada por :", "created by", true}, {"criada por", "created by", true}},
	"criado":          {{"criado por :", "created by", true}, {"criado por", "created by", true}},
	"creata":          {{"creata da :", "created by", true}, {"creata da", "created by", true}},
	"creato":          {{"creato da :", "created by", true}, {"creato da", "created by", true}},
	"ideata":          {{"ideata da :", "created by", true}, {"ideata da", "created by", true}},
	"ideato":          {{"ideato da :", "created by", true}, {"ideato da", "created by", true}},
	"réalisée":        {{"réalisée par :", "directed by", true}, {"réalisée par", "directed by", true}},
	"réalisé":         {{"réalisé par :", "directed by", true}, {"réalisé par", "directed by", true}},
	"dirigida":        {{"dirigida por :", "directed by", true}, {"dirigida por", "directed by", true}},
	"dirigido":        {{"dirigido por :", "directed by", true}, {"dirigido por", "directed by", true}},
	"écrite":          {{"écrite par :", "written by", true}, {"écrite par", "written by", true}},
	"écrit":           {{"écrit par :", "written by", true}, {"écrit par", "written by", true}},
	"escrita":         {{"escrita por :", "written by", true}, {"escrita por", "written by", true}},
	"escrito":         {{"escrito por :", "written by", true}, {"escrito por", "written by", true}},
}

// labelColon reports whether the word at k is a label of labelPhrases
// before its colon: an English word of them ("Casting", "Distribution",
// which in English copy name the casting director and the distributor)
// only where a space stands before the colon, as French copy sets it
// ("Casting : A, B").
func labelColon(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k+1].text != ":" {
		return false
	}
	switch toks[k].low {
	case "casting", "distribution":
		return toks[k+1].start > toks[k].end
	}
	return true
}

// castLabelLine reports whether the sentence from first opens with a cast
// label and its colon ("Cast: A, B en C"): "en" between two names of it is
// Dutch "and".
func castLabelLine(toks []token, first int) bool {
	return first+1 < len(toks) && toks[first+1].text == ":" && (toks[first].low == "cast" || toks[first].low == "starring")
}
