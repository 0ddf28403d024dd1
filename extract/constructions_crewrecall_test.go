package extract

// crewRecallConstructions are cases for crew credits read where a shared
// reading was too narrow: a maker's earlier work after a crew verb with no
// article before its genre noun, a maker named again as "The filmmaker",
// describing words in a maker's possessive after a title, a work adapted
// into a new show of its title, a date or a prize that is no title.
var crewRecallConstructions = []construction{
	{
		name: "X, who penned historical drama T, said; Y directed crime drama T2 and wrote romantic comedy T3 (no article before the genre noun)",
		text: "Nettle Row is a new BBC drama.\n\nPell Marrow, who penned historical drama Quill Hollow, said of the show: “It is a gift.” Corin Tash directed crime drama Dusk Meridian and wrote romantic comedy Sorrel Fane.",
		want: []string{"crew|Pell Marrow|Quill Hollow||writer", "crew|Corin Tash|Dusk Meridian||director", "crew|Corin Tash|Sorrel Fane||writer"},
	},
	{
		name: "X wrote project T: a genre noun that may be the sentence's show is no kind of work alone",
		text: "Nettle Row is a new BBC drama.\n\nIsmay Droe wrote project Quill Hollow.",
		want: nil,
	},
	{
		name: "The filmmaker made his feature film debut with T; The director previously helmed T2: the maker the sentence before credited",
		text: "Nettle Row is a new Netflix series\n\nThe show is written by Odo Pell, with Harl Benning serving as the director. The filmmaker made his feature film debut with the 2007 Italian romantic comedy ‘Quill Hollow.’ The director previously helmed Dusk Meridian.",
		want: []string{"crew|Odo Pell|Nettle Row||writer", "crew|Harl Benning|Nettle Row||director", "crew|Harl Benning|Quill Hollow||director", "crew|Harl Benning|Dusk Meridian||director"},
	},
	{
		name: "The director previously helmed T after a sentence about a performer: no credit for the performer",
		text: "Nettle Row is a new Netflix series\n\nIsmay Droe stars as Kit in the series. The director previously helmed Dusk Meridian.",
		want: []string{"cast|Ismay Droe|Nettle Row|Kit|"},
	},
	{
		name: "has joined the cast of T, X's upcoming original series for Paramount+: X made T; X's upcoming project alone names no title",
		text: "Nettle Row is a new Netflix series\n\nIsmay Droe has joined the cast of Dusk Meridian, Pell Marrow's upcoming original series for Paramount+. Corin Tash has started shooting for Odo Pell's upcoming project with Ismay Droe.",
		want: []string{"cast|Ismay Droe|Dusk Meridian||", "crew|Pell Marrow|Dusk Meridian||"},
	},
	{
		name: "X's horror thriller ‘T’, Y's crime drama series T2: two genre nouns between the possessive and the title",
		text: "Festival line-up revealed\n\nThe list includes Pell Marrow’s horror thriller ‘Quill Hollow’. The list also includes Maria Tovell’s crime drama series Dusk Meridian.",
		want: []string{"crew|Pell Marrow|Quill Hollow||", "crew|Maria Tovell|Dusk Meridian||"},
	},
	{
		name: "W will adapt X's novel “T” into a four-part drama; W2 will adapt the novel T2 by X2 into a six-part series: the adaptation is T, not the slate's show before it",
		text: "BBC One announces new dramas\n\nBBC One has announced four new dramas. Nettle Row is a thriller. Pell Marrow will adapt Ismay Droe’s novel “Quill Hollow” into a four-part drama. Corin Tash will adapt the novel Dusk Meridian by Harl Benning into a six-part series.",
		want: []string{"crew|Pell Marrow|Quill Hollow||writer", "crew|Ismay Droe|Quill Hollow||original author", "crew|Corin Tash|Dusk Meridian||writer", "crew|Harl Benning|Dusk Meridian||original author"},
	},
	{
		name: "director X's October release “T”: the date is no title; the first directing Oscar of his career: the prize is no title",
		text: "Nettle Row is a new film\n\nFans still await director Pell Marrow's October release “Quill Hollow,” the filmmaker's last. Pell Marrow was awarded the first directing Oscar of his career last year.",
		want: []string{"crew|Pell Marrow|Quill Hollow||director"},
	},
	{
		name: "its director X is the creator of hit dramas -- “T1” and “T2” -- while; Y is the director of the acclaimed film T3",
		text: "Nettle Row is a new drama\n\nFans look forward to \"Nettle Row\" as its director Pell Marrow is the creator of hit dramas -- \"Quill Hollow\" and \"Dusk Meridian\" -- while fans wait. Corin Tash is the director of the acclaimed film Sorrel Fane.",
		want: []string{"crew|Pell Marrow|Nettle Row||director", "crew|Pell Marrow|Quill Hollow||creator", "crew|Pell Marrow|Dusk Meridian||creator", "crew|Corin Tash|Sorrel Fane||director"},
	},
	{
		name: "X and Y are responsible for the show's direction; Z is responsible for the script; W was responsible for its music; not responsible for a death",
		text: "Nettle Row is a new animated series\n\nPell Marrow and Maria Tovell are responsible for the show’s direction. Corin Tash is responsible for the script. Ismay Droe was responsible for its music. In the story, Kit is responsible for Alex's death.",
		want: []string{"crew|Pell Marrow|Nettle Row||director", "crew|Maria Tovell|Nettle Row||director", "crew|Corin Tash|Nettle Row||writer", "crew|Ismay Droe|Nettle Row||"},
	},
	{
		name: "based on the original story (and comic book series) by X: a bracket between the source noun and by",
		text: "Nettle Row greenlit\n\nNetflix has greenlit “Nettle Row,” which is based on the original story (and comic book series) by Pell Marrow.",
		want: []string{"crew|Pell Marrow|Nettle Row||original author"},
	},
	{
		name: "an interview's “respectful of X, our director, but”: the director of the speaker's show",
		text: "Nettle Row star talks\n\nIsmay Droe plays Kit in Nettle Row. “She was always very respectful of Pell Marrow, our director, but she was very collaborative,” Droe said.",
		want: []string{"cast|Ismay Droe|Nettle Row|Kit|", "crew|Pell Marrow|Nettle Row||director"},
	},
	{
		name: "One of the directors of the series, X, said; One of the writers of T, Y, says",
		text: "Nettle Row is a new drama\n\nOne of the directors of the series, Pell Marrow, said he was proud. One of the writers of Quill Hollow, Corin Tash, says it was fun.",
		want: []string{"crew|Pell Marrow|Nettle Row||director", "crew|Corin Tash|Quill Hollow||writer"},
	},
}
