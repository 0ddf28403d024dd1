package extract

// workLists3Constructions are TestConstructions' cases for a person's other
// works named in a list that a counted noun of works opens.
var workLists3Constructions = []construction{
	{
		name: "X has many films due soon, including T1, T2 and T3; Y has three projects lined up, including T4 and T5: the list's titles are the subject's",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Bo Rinn has three projects lined up, including Salt Hollow and Pale Orchard. Meanwhile, Selo has many films that are expected to release soon, including 'Red Mile,' 'Grey Lantern' and 'Low Tide.'",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||", "cast|Ana Selo|Low Tide||", "cast|Bo Rinn|Salt Hollow||", "cast|Bo Rinn|Pale Orchard||"},
	},
	{
		name: "X has several films in the pipeline, including “T1” and “T2”: quoted titles; Y has played many parts, including C: no works noun, no title",
		text: "Harbor adds cast\n\nThe drama Harbor has added Ana Selo and Bo Rinn. Selo has several films in the pipeline, including “Red Mile” and “Grey Lantern”. Rinn has met many people, including Cy Tessel and Ida Venn.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Ana Selo|Red Mile||", "cast|Ana Selo|Grey Lantern||"},
	},
}
