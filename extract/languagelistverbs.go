package extract

// "Hoofdrolspelers A, B en C doen allemaal mee", "A, B und C spielen mit":
// the plural verb that follows a list of names as its subject ends the
// list. pluralVerbs are such verbs of Dutch and German news copy;
// foreignListEnd reads them in a sentence of another language only.
var pluralVerbs = set(`doen gaan komen keren spelen staan zitten maken nemen zullen kunnen moeten willen blikken vertellen
	treten kehren stehen gehen machen werden können sollen wollen`)
