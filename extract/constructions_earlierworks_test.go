package extract

// earlierWorkConstructions are TestConstructions' cases for a maker's
// earlier work named through a pronoun or an appositive, and for titles
// such constructions name.
var earlierWorkConstructions = []construction{
	{
		name: "director X is known for her films “T1” and “T2”; Y, nicknamed “N” for his films “T3” and “T4”: each title is the holder's, crew as the article gives them",
		text: "Harbor starts shooting\n\nThe drama Harbor starts shooting in May. Director Ana Selo is known for her films \"Oldtown\" and \"Hunger.\" Director Pim Varr, nicknamed \"Venice Pim\" for his films \"Grey Mile\" and \"Salt,\" will direct the second unit.",
		want: []string{"crew|Ana Selo|Harbor||director", "crew|Ana Selo|Oldtown||", "crew|Ana Selo|Hunger||", "crew|Pim Varr|Harbor||director", "crew|Pim Varr|Grey Mile||", "crew|Pim Varr|Salt||"},
	},
	{
		name: "her first film My 20th Century: an ordinal inside a title keeps the title whole",
		text: "Harbor starts shooting\n\nThe drama Harbor, directed by Ida Enzo, starts shooting in May. Enzo debuted in Cannes in 1989 when her first film My 20th Summer was selected.",
		want: []string{"crew|Ida Enzo|Harbor||director", "crew|Ida Enzo|My 20th Summer||"},
	},
	{
		name: "the festival closes with “T,” X's directorial debut; U, Y's directorial debut: the title before the appositive is the debut, not the sentence's show",
		text: "Festival line-up\n\nThe festival opens with “Red Mile,” starring Ona Berg. It will close with “Wildness,” Pol Danner’s directorial debut and Sundance entry. Also screening is Low Tide, Kit Moreno’s directorial debut.",
		want: []string{"cast|Ona Berg|Red Mile||", "crew|Pol Danner|Wildness||director", "crew|Kit Moreno|Low Tide||director"},
	},
	{
		name: "directed by X, whose previous film T won at Berlin: T is X's, crew when the article credits X off screen; Y, whose last outing U flopped: a performer's outing is cast",
		text: "Harbor starts shooting\n\nThe drama Harbor is directed by Cal Moro, whose previous film Dust Road won at Berlin. It stars Vin Amar, whose last outing Night Chase was an average grosser.",
		want: []string{"crew|Cal Moro|Harbor||director", "crew|Cal Moro|Dust Road||", "cast|Vin Amar|Harbor||", "cast|Vin Amar|Night Chase||"},
	},
	{
		name: "written in collaboration with A (T1) and B (Jack Stone); Director C (Lou Grant) will helm: a name-shaped bracket after a crew name is its title, not its actor; a plot's children's author X (Actor) stays a character",
		text: "Harbor starts shooting\n\nThe drama Harbor starts shooting in May. The series is created by Shel Birk (The Code), who wrote in collaboration with Mat Fore (Hiding) and Mat Camer (Jack Stone). Director Ola Venn (Lou Grant) will helm the series. The story follows children's author Jon Hale (Ben Mills), who loses his career overnight.",
		want: []string{"crew|Shel Birk|The Code||", "crew|Shel Birk|Harbor||creator", "crew|Mat Fore|Hiding||", "crew|Mat Fore|Harbor||writer", "crew|Mat Camer|Jack Stone||", "crew|Mat Camer|Harbor||writer", "crew|Ola Venn|Lou Grant||", "crew|Ola Venn|Harbor||director", "cast|Ben Mills|Harbor|Jon Hale|"},
	},
	{
		name: "headline A & B's “T”, then T starring A and B: the stars' show, no credit off screen; C's “U” with C not in its cast stays C's work",
		text: "First Script Read: Ana Sol & Bo Rin’s “Good Harbor”\n\nThe network unveiled the first script reading of the new drama Good Harbor starring Ana Sol, Bo Rin, and Cy Dane. Han Lee’s “Red Mile” premiered last year.",
		want: []string{"cast|Ana Sol|Good Harbor||", "cast|Bo Rin|Good Harbor||", "cast|Cy Dane|Good Harbor||", "crew|Han Lee|Red Mile||"},
	},
	{
		name: "X's Venice prize-winner “T”, Y's Oscar-nominated “U”, Z's new “V”: describing words and a praise noun between a maker's possessive and a quoted title",
		text: "Festival line-up\n\nThe festival opens with “Red Mile,” starring Ona Berg. Other screenings will include Karen Kusamo’s Venice prize-winner “The Paragon,” Dev Patil's Oscar-nominated “Ravager” and Ana Lee's new “Salt Mile.”",
		want: []string{"cast|Ona Berg|Red Mile||", "crew|Karen Kusamo|The Paragon||", "crew|Dev Patil|Ravager||", "crew|Ana Lee|Salt Mile||"},
	},
	{
		name: "the comedy pilot “T” from The Office creator X; the comedy U from Severance creator Y: X and Y made T and U too, and the title stops at \"from\"",
		text: "Pilot orders\n\nThe network has set the cast for its comedy pilot “The Circle” from Low Tide creator Greg Danes. It also ordered the comedy Night Shift from Red Mile creator Ana Lee. Letters from Home director Bo Kim will direct it.",
		want: []string{"crew|Greg Danes|Low Tide||creator", "crew|Greg Danes|The Circle||creator", "crew|Ana Lee|Red Mile||creator", "crew|Ana Lee|Night Shift||creator", "crew|Bo Kim|Letters from Home||director", "crew|Bo Kim|Night Shift||director"},
	},
	{
		name: "Narration is provided by actor X; Y provides the narration; Z narrates.: narrators are cast with no character; an audiobook narration by W is another work's",
		text: "Harbor premieres\n\nThe documentary series Harbor premieres in May. Narration is provided by actor Col Darvo. In the second season Ana Vell provides the narration. For the finale, Bo Kimm narrates. Fans also loved the audiobook narration by Jul Stenson.",
		want: []string{"cast|Col Darvo|Harbor||", "cast|Ana Vell|Harbor||", "cast|Bo Kimm|Harbor||"},
	},
	{
		name: "written by Dr. X, directed by Professor Y: a rank before a crew name is no part of it; Prof. C played by Z stays the character",
		text: "Harbor starts shooting\n\nThe drama Harbor is written by Dr. Ana Lemm and directed by Professor Bo Kimm. It follows Prof. Kay Torr, played by Jen Spenz.",
		want: []string{"crew|Ana Lemm|Harbor||writer", "crew|Bo Kimm|Harbor||director", "cast|Jen Spenz|Harbor|Prof. Kay Torr|"},
	},
	{
		name: "Writing the script will be X; Producing the series are A and B; Directing T will be Y: a fronted job gerund names the people after the verb; not \"Writing is a hobby for Z\" nor a company's one word",
		text: "Harbor starts shooting\n\nThe drama Harbor starts shooting in May. Writing the script will be Ana Lemm. Producing the series are Bo Kimm and Cy Dano. Directing Red Mile will be Eva Rost. Writing is a hobby for Ida Venn. Producing the film is Stonegate.",
		want: []string{"crew|Ana Lemm|Harbor||writer", "crew|Bo Kimm|Harbor||producer", "crew|Cy Dano|Harbor||producer", "crew|Eva Rost|Red Mile||director"},
	},
	{
		name: "X, who also wrote the screenplay for the popular TV series T: a network word between describing words and the genre noun before a title",
		text: "Harbor starts shooting\n\nThe drama Harbor starts shooting in May. The screenplay is by Kem Doran, who also wrote the screenplay for the popular TV series Ezelo.",
		want: []string{"crew|Kem Doran|Harbor||writer", "crew|Kem Doran|Ezelo||writer"},
	},
	{
		name: "title-case headline Director X Explores Criminal Underworld in Debut Film “T”: the name stops at the headline's present verb",
		text: "Director Ana Lemm Explores Criminal Underworld in Debut Film \"Harbor\"\n\nDirector Ana Lemm has delved into the criminal underworld for her directorial debut, \"Harbor,\" set to release in May.",
		want: []string{"crew|Ana Lemm|Harbor||director"},
	},
	{
		name: "A of Company, along with B of Company, will executive produce the series; C, along with D, will direct it: the aside's people share the verb",
		text: "Harbor ordered\n\nThe network has ordered the drama Harbor. Ana Lemm of Stonegate Films, along with Cy Dano of Skydance Television, will executive produce the series. Bo Kimm, along with Eva Rost, will direct it.",
		want: []string{"crew|Ana Lemm|Harbor||producer", "crew|Cy Dano|Harbor||producer", "crew|Bo Kimm|Harbor||director", "crew|Eva Rost|Harbor||director"},
	},
}
