package extract

import "testing"

// roleLabelConstructions are TestRoleLabelConstructions' cases for a
// roundup of actors, one entry each, its heading the person's name over a
// label line of the person's parts.
var roleLabelConstructions = []construction{
	{
		name: "'3. A' over 'Notable Roles: Co-host of variety show T1, C in T2 (1995 – 2001, 2003)', '4. B' over 'Notable Roles: Had a bit role in T3.': the heading's person is cast in each show, as the character before 'in'",
		text: "The best actors of harbor television, ranked\n\nThese actors shaped local television for two decades.\n\n3. Tala Brenning\n\nNotable Roles: Co-host of long running variety show Comedy Hour, Tan Ah Teck in Under One Sky (1995 – 2001, 2003)\n\nWhy: She was always the funniest one on the screen.\n\n4. Sam Rowe\n\nNotable Roles: Had a bit role in Kessel Affairs II.",
		want: []string{"cast|Sam Rowe|Kessel Affairs II||", "cast|Tala Brenning|Comedy Hour||", "cast|Tala Brenning|Under One Sky|Tan Ah Teck|"},
	},
	{
		name: "'Known for: T1 (2016), Love in Kessel (2019)' under a person's heading: bare titles, one word before 'in' part of the title",
		text: "Ten actors to watch this year\n\nThese are the faces of the new season.\n\n1. Mira Oswald\n\nKnown for: Harbor Lights (2016), Love in Kessel (2019)\n\nShe trained as a dancer before acting.",
		want: []string{"cast|Mira Oswald|Harbor Lights||", "cast|Mira Oswald|Love in Kessel||"},
	},
	{
		name: "a label line with no full stop, 'Known for: T1, T2', under a person's heading: a line of its own read as the person's parts, not a heading",
		text: "Ten actors to watch this year\n\nThese are the faces of the new season.\n\n4. Sam Rowe\n\nKnown for: Kessel Affairs, Harbor Lights\n\nHe was a teacher first.",
		want: []string{"cast|Sam Rowe|Harbor Lights||", "cast|Sam Rowe|Kessel Affairs||"},
	},
}

func TestRoleLabelConstructions(t *testing.T) {
	for _, tt := range roleLabelConstructions {
		t.Run(tt.name, func(t *testing.T) { checkConstruction(t, tt) })
	}
}
