package extract

// dutchLeadsConstructions are TestConstructions' cases for a Dutch noun of
// the leads opening a list of names, a plural verb after the list, and
// "is" after a title in sentence case.
var dutchLeadsConstructions = []construction{
	{
		name: "De cast van de serie T is weer samengekomen; Hoofdrolspelers A, B en C doen allemaal mee: cast in T, the title ending before is",
		text: "Harbor-acteurs blikken terug\n\nDe cast van de serie Harbor is onlangs weer samengekomen in Rotmeer.\n\nHoofdrolspelers Ana Selo, Bo Rinn en Cy van Tessel doen allemaal mee aan de reünie.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||", "cast|Cy van Tessel|Harbor||"},
	},
	{
		name: "De serie T is terug. In de hoofdrollen zijn A en B gaan ...: cast in T, the list ending at a plural verb",
		text: "Nieuwe serie\n\nDe serie Harbor is terug. In de hoofdrollen zijn Ana Selo en Bo Rinn gaan weer samen spelen.",
		want: []string{"cast|Ana Selo|Harbor||", "cast|Bo Rinn|Harbor||"},
	},
}
