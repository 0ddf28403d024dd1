package extract

// cameraSecondConstructions are TestConstructions' cases for German "vor
// der Kamera" with the verb before its subject (languagecamera.go).
var cameraSecondConstructions = []construction{
	{
		name: `de: "An 26 Drehtagen stehen u.a. A, B und C für den Kinofilm „T“ vor der Kamera": the list after the verb, "u.a." no full stop`,
		text: "Dreh für „Harbor“\n\nDer Kinofilm „Harbor“ wird gedreht. An 26 Drehtagen stehen u.a. Ana Selo, Bram Vunk und Cor Tels für den Kinofilm „Kessel“ vor der Kamera.",
		want: []string{"cast|Ana Selo|Kessel||", "cast|Bram Vunk|Kessel||", "cast|Cor Tels|Kessel||"},
	},
	{
		name: `de: "Derzeit stehen A und B für „T“ vor der Kamera": no title "Derzeit"`,
		text: "Dreh für „Harbor“\n\nDer Kinofilm „Harbor“ wird gedreht. Derzeit stehen Ana Selo und Bram Vunk für „Kessel“ vor der Kamera.",
		want: []string{"cast|Ana Selo|Kessel||", "cast|Bram Vunk|Kessel||"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, cameraSecondConstructions...)
}
