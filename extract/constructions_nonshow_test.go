package extract

// nonshowConstructions are TestConstructions' cases for names that are no
// show (services, theme songs) and for lists of a person's works.
var nonshowConstructions = []construction{
	{
		name: "Opening Theme: T by X and Ending Theme: T by Y lines name songs and their singers: no credit",
		text: "Harbor the Animation reveals its cast\n\nThe anime Harbor the Animation announced more cast on Sunday.\n\nOpening Theme: KELVIN-NOID by Ana Selo\nEnding Theme: Quietude by Rolo Mart",
		want: []string{},
	},
	{
		name: "His movie credits, ‘T1’, ‘T2’ and ‘T3’: a verbless list of quoted titles after credits and a comma, the person the lead's appositive names",
		text: "Veteran actor Pol Arden dies at 70\n\nA veteran Nollywood actor, Pol Arden, has died.\n\nThe late actor was a seasoned filmmaker. His movie credits, ‘Harbor’, ‘Blue Lantern’, ‘Stone Gate’ and ‘Kelvin Road’.",
		want: []string{"cast|Pol Arden|Harbor||", "cast|Pol Arden|Blue Lantern||", "cast|Pol Arden|Stone Gate||", "cast|Pol Arden|Kelvin Road||"},
	},
	{
		name: "credits, ‘T’, with one quoted title is no list",
		text: "Veteran actor Pol Arden dies at 70\n\nVeteran actor Pol Arden has died.\n\nHis credits, ‘Harbor’ among them, were many.",
		want: []string{},
	},
	{
		name: "Zelomax director X under a headline's some Zelomax movies: a service before a job noun, no show of a crew credit",
		text: "Director explains why some Zelomax movies only last 40 minutes\n\nZelomax director Ana Selo explained why some movies on the streaming site are short.\n\nSelo directed “Harbor,” which is now available on the streaming platform.",
		want: []string{"crew|Ana Selo|Harbor||director"},
	},
	{
		name: "a headline's some Zelomax movies makes Zelomax no candidate for the article's show: the bracketed actors are cast in the quoted title",
		text: "Director explains why some Zelomax movies only last 40 minutes\n\n— Zelomax director Ana Selo explained why some movies on the streaming site are short.\n\nIn an interview after the press conference for the movies “Harbor” and “Blue Lantern,” Selo said that some Zelomax viewers wanted short movies.\n\nIn “Harbor,” Mira (Tess Varo) needs help.",
		want: []string{"cast|Tess Varo|Harbor|Mira|"},
	},
}
