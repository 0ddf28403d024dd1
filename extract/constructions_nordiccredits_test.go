package extract

// nordicCreditConstructions are TestConstructions' cases for Swedish,
// Danish and Norwegian credit copy (languagenordic.go).
var nordicCreditConstructions = []construction{
	{
		name: `sv: "I huvudrollerna ses A och B": the leads`,
		text: "Ny säsong av ”Harbor”\n\nSerien är tillbaka. I huvudrollerna ses Ana Selo och Bram Vunk.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||"},
	},
	{
		name: `da: "I hovedrollerne ses A og B": the leads`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. I hovedrollerne ses Ana Selo og Bram Vunk.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||"},
	},
	{
		name: `no: "I rollene ser vi A, B og C": the cast`,
		text: "Ny sesong av «Harbor»\n\nSerien er tilbake. I rollene ser vi Ana Selo, Bram Vunk og Cor Tels.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||", "cast|Cor Tels|Harbor||"},
	},
	{
		name: `da: "Medvirkende: A, B og C": the cast label`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. Medvirkende: Ana Selo, Bram Vunk og Cor Tels.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bram Vunk|Harbor||", "cast|Cor Tels|Harbor||"},
	},
	{
		name: `da, sv: "A, der spiller C, er tilbage", "A, som spelar C,": a relative clause of playing`,
		text: "Ny sæson af 'Harbor'\n\nSerien vender tilbage. Ana Selo, der spiller Gerda Holm, er tilbage.",
		want: []string{"cast|Ana Selo|Harbor|Gerda Holm|"},
	},
	{
		name: `sv: "A, som spelar C, är tillbaka"`,
		text: "Ny säsong av ”Harbor”\n\nSerien är tillbaka. Ana Selo, som spelar Gerda Holm, är tillbaka.",
		want: []string{"cast|Ana Selo|Harbor|Gerda Holm|"},
	},
	{
		name: `no, sv: "A skal spille C", "B ska spela D": the future`,
		text: "Ny sesong av «Harbor»\n\nSerien er tilbake. Ana Selo skal spille Gerda Holm.",
		want: []string{"cast|Ana Selo|Harbor|Gerda Holm|"},
	},
	{
		name: `sv: "A får rollen som C": a role given`,
		text: "Ny säsong av ”Harbor”\n\nSerien är tillbaka. Ana Selo får rollen som Gerda Holm.",
		want: []string{"cast|Ana Selo|Harbor|Gerda Holm|"},
	},
	{
		name: `sv: "X har skrivit manus och Y regisserar", "Manus är skrivet av Z": the script's writer`,
		text: "Ny säsong av ”Harbor”\n\nSerien är tillbaka. Emil Rast har skrivit manus och Dora Pelt regisserar. Manus är skrivet av Cy Dar.",
		want: []string{"crew|Emil Rast|Harbor||writer", "crew|Dora Pelt|Harbor||director", "crew|Cy Dar|Harbor||writer"},
	},
}

func init() {
	languageNamedConstructions = append(languageNamedConstructions, nordicCreditConstructions...)
}
