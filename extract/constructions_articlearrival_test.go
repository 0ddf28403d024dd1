package extract

// articleArrivalConstructions are TestConstructions' cases for the
// article's show named as where a newcomer arrives ("A newcomer is on their
// way to T"), and for a show a person joined years ago, which takes no
// focus from it.
var articleArrivalConstructions = []construction{
	{
		name: "'A newcomer is on their way to T': T is the article's show, not the soap the newcomer 'joined the cast of' years ago",
		text: "A NEWCOMER is on their way to Harbor and may be a familiar face to soap fans.\n\nThe BBC soap has cast actress Ana Selo, best known for playing Mira Tal in daytime soap Lantern.\n\nAna joined the cast of Lantern in 2015 and has remained with the show since.\n\nAna will make her first appearance next week, playing the guest character Odo Brask, a new friend of Lido Marsk (played by Jorin Malvek).",
		want: []string{"cast|Ana Selo|Harbor|Odo Brask|", "cast|Ana Selo|Lantern|Mira Tal|", "cast|Jorin Malvek|Harbor|Lido Marsk|"},
	},
	{
		name: "'X is heading to T': the show the first sentence says the actor is heading to is the article's show",
		text: "Nelda Quorlan is heading to Gullwater Lights this spring.\n\nThe actress will play Brisk, the new harbour master.",
		want: []string{"cast|Nelda Quorlan|Gullwater Lights|Brisk|"},
	},
}
