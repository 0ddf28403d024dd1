package extract

// nordicRoleCastConstructions are TestConstructions' cases for credit copy
// of other languages: a Danish title opened with the closing mark
// ("’Havnefolk’", closingquotes.go), the lead held in Danish, Norwegian and Swedish ("A
// har hovedrollen i ’T’"), the cast after its names ("A och B syns i
// rollerna"), the French "une série emmenée par A et B", a dated roundup's
// entry line ("22/9 ”T” (SVT).") and a run-in title that opens with its
// article ("Les nuits du port. La série ...").
var nordicRoleCastConstructions = []construction{
	{
		name: `da: "A har hovedrollen i ’T’": the lead held`,
		text: "Nye serier på TV 2\n\nTV 2 viser nye serier i foråret. Ana Selo har hovedrollen i ’Havnefolk’.",
		want: []string{"cast|Ana Selo|Havnefolk||"},
	},
	{
		name: `sv: "A och B har huvudrollerna i ”T”": the leads held`,
		text: "Nya serier på SVT\n\nSVT visar nya serier i höst. Ana Selo och Bram Vunk har huvudrollerna i ”Skuggornas stad”.",
		want: []string{"cast|Ana Selo|Skuggornas stad||", "cast|Bram Vunk|Skuggornas stad||"},
	},
	{
		name: `sv: "A och B syns i rollerna": the cast after its names, the paragraph's show`,
		text: "Nya serier på SVT\n\nSVT visar ”Skuggornas stad” i höst. Serien utspelar sig i en liten stad. Ana Selo och Bram Vunk syns i rollerna.",
		want: []string{"cast|Ana Selo|Skuggornas stad||", "cast|Bram Vunk|Skuggornas stad||"},
	},
	{
		name: `fr: "T est une série française, diffusée par X et emmenée par A et B": starring`,
		text: "Les séries de la rentrée\n\n« Les eaux noires » est une série française, diffusée par TF1 et emmenée par Ana Selo et Bram Vunk.",
		want: []string{"cast|Ana Selo|Les eaux noires||", "cast|Bram Vunk|Les eaux noires||"},
	},
	{
		name: `sv: a dated roundup's entry line ("22/9 ”T” (SVT).") is the show of the prose under it, not the entry before`,
		text: "Här är tre tv-serier i höst\n\n14/9 ”Varg” (HBO Max).\n\nBrittisk thrillerserie om en polis som söker sin brors mördare.\n\n15/9 ”Vildmark” (Prime Video).\n\nEtt ungt par (Ana Selo och Bram Vunk) ger sig ut på en vandring.\n\n22/9 ”Tälje” (SVT).\n\nSVT:s stora höstdrama utspelas i Södertälje. Cor Tels och Dina Ros syns i rollerna.",
		want: []string{"cast|Ana Selo|Vildmark||", "cast|Bram Vunk|Vildmark||", "cast|Cor Tels|Tälje||", "cast|Dina Ros|Tälje||"},
	},
	{
		name: `fr: run-in titles that open with their article ("Les nuits du port. Présentée ..."): each paragraph's show`,
		text: "Dix séries pour la rentrée\n\nLe bureau des ombres. Cette série française est attendue en 2015 sur Canal +. Avec Ana Selo dans le rôle-titre, on devrait retenir son souffle.\n\nLes nuits du port. Présentée partout comme la série la plus prometteuse de l’année, elle est emmenée par Bram Vunk et Cor Tels.",
		want: []string{"cast|Ana Selo|Le bureau des ombres||", "cast|Bram Vunk|Les nuits du port||", "cast|Cor Tels|Les nuits du port||"},
	},
	{
		name: "da: a title opened with the closing mark ('den nye krimi ’Havnefolk’ med A og B'): the title without its marks",
		text: "Harbor adds Cal Dorne\n\nTV 2 viser nye serier. Den nye krimi ’Havnefolk’ med Peter Mosgaard og Lise Brandt kommer om søndagen.",
		want: []string{"cast|Peter Mosgaard|Havnefolk||", "cast|Lise Brandt|Havnefolk||"},
	},
	{
		name: "elisions after a space are no quotes ('det er ’em og rock ’n’ roll i ’t Hof, sagde A'): no title",
		text: "Harbor adds Cal Dorne\n\nDet er ’em og rock ’n’ roll i ’t Hof, sagde Peter Mosgaard, som spiller Olav.",
		want: []string{"cast|Peter Mosgaard|Harbor|Olav|"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, nordicRoleCastConstructions...)
}
