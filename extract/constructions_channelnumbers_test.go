package extract

// channelNumberConstructions are TestConstructions' cases for a channel
// named "TV" and its number: a network, no show.
var channelNumberConstructions = []construction{
	{
		name: `"A can be seen in the TV 5 sitcom “T”": "TV 5" is a network, the credit T's`,
		text: "Night Watch Opens Friday\n\nNight Watch stars Ana Selo as Mia Tell. Currently, Ana Selo can be seen in the TV 5 sitcom “Harbor Gate”.",
		want: []string{"cast|Ana Selo|Night Watch|Mia Tell|", "cast|Ana Selo|Harbor Gate||"},
	},
}
