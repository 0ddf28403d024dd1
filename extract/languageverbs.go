package extract

import "strings"

// The verbs of a credit in Spanish, Portuguese, Italian, French, German,
// Dutch and Swedish, in the forms news writes them (present, future,
// past, imperfect; singular and plural), read as the English verb: "A
// dirige la serie", "A dirigiu a série", "A réalise la série", "A
// speelde in T", "A regisserar T" as "A directs the series", "A directed
// T"; so for playing ("interpretará a C", "jouait dans T"), starring
// ("protagonizou T"), writing ("escribe T", "schreibt T"), producing
// ("produjo T") and hosting ("conduce il programma"). A form that an
// English word spells ("produce") or that another set of languages.go
// reads already is left out (withVerbForms).

// creditVerbForms are the forms of each English verb, grouped by the
// English form they read as.
var creditVerbForms = map[string]string{
	"plays":    "interpretan interpretarán encarnan encarnarán interpretam interpretarão encarnam encarnará encarnarão interpretano interpreteranno incarne incarnent incarneront interprètent interpréteront joue jouent joueront spielt spelar spiller",
	"played":   "interpretaron interpretaban encarnaron encarnaba encarnaban interpretaram interpretavam encarnou encarnaram encarnava interpretarono interpretavano incarnaient interprétaient jouait jouaient spielten speelde speelden vertolkte spelade spilte spillede",
	"stars":    "protagoniza protagonizam protagonizará protagonizarão protagonizzano protagonizzeranno",
	"starred":  "protagonizou protagonizaram protagonizava protagonizaba protagonizzò protagonizzava",
	"directs":  "dirige dirigen dirigirá dirigirán dirigem dirigirão dirigono dirigerà dirigeranno dirigent dirigera réalise réalisent réalisera regisseren regisserar regisserer",
	"directed": "dirigió dirigieron dirigía dirigiu dirigiram dirigia diresse dirigeva dirigea dirigeait réalisa réalisait regisseerde regisserade regisserte",
	"writes":   "escribe escriben escribirá escribirán escreve escrevem escreverá escreverão scrive scrivono scriverà écrira schreibt schrijft skriver",
	"wrote":    "escribió escribieron escribía escreveu escreveram escrevia scrisse scriveva écrivit écrivait schrieb schreef skrev",
	"produces": "producirá produz produzem produzirá produrrà produira produceert producerar",
	"produced": "produjo produjeron produziu produziram produsse produisit produceerde producerade",
	"hosts":    "conduce conducirá condurrà moderiert presenteert",
	"hosted":   "condujo condusse conduceva moderierte presenteerde",
}

// withVerbForms adds to cues each form of creditVerbForms that is no word
// of cues, of foreignByCues or of English (a word the word class table
// knows), and returns cues.
func withVerbForms(cues map[string]string) map[string]string {
	for e, forms := range creditVerbForms {
		for _, w := range strings.Fields(forms) {
			if _, ok := cues[w]; ok {
				continue
			}
			if _, ok := foreignByCues[w]; ok {
				continue
			}
			cues[w] = e
		}
	}
	return cues
}
