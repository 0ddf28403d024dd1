package extract

// Staff lines in Spanish, Portuguese, French and German: a bulleted line of
// a staff list, a job's noun, a colon and the names that hold it, ended by
// a full stop: "- Dirección: A.", "- Guion: B.", "- Arte: C, D.",
// "- Réalisation : E.", "- Drehbuch: F und G.". Each name is crew on the
// article's show; the job is taken where the noun alone names one
// ("Dirección" is the director's, "Dirección artística" the art
// director's, no director's job).

import "github.com/castgraph/castgraph/graph"

// foreignStaffNouns are the nouns of a staff line's job, with the job
// each names alone ("" where none).
var foreignStaffNouns = map[string]string{
	"dirección": graph.JobDirector, "direção": graph.JobDirector, "réalisation": graph.JobDirector, "regie": graph.JobDirector,
	"guion": graph.JobWriter, "guión": graph.JobWriter, "roteiro": graph.JobWriter, "scénario": graph.JobWriter, "drehbuch": graph.JobWriter,
	"producción": graph.JobProducer, "produção": graph.JobProducer, "production": graph.JobProducer, "produktion": graph.JobProducer,
	"composición": "", "diseño": "", "diseños": "", "música": "", "musique": "", "musik": "", "arte": "", "edición": "", "edição": "",
	"montaje": "", "montage": "", "schnitt": "", "fotografía": "", "fotografia": "", "photographie": "", "kamera": "", "sonido": "",
	"regia": graph.JobDirector, "regi": graph.JobDirector, "sceneggiatura": graph.JobWriter, "manus": graph.JobWriter, "buch": graph.JobWriter, "scenario": graph.JobWriter,
	"produzione": graph.JobProducer, "productie": graph.JobProducer,
	"realização": graph.JobDirector, "serieskaper": graph.JobCreator, "serieskaber": graph.JobCreator, "serieskapare": graph.JobCreator,
	"animación": "", "animação": "", "supervisión": "", "color": "", "dibujo": "", "scénarios": "", "trilha": "",
}

// foreignStaffLine reads the bulleted line (b past its bullet, 0 where it
// has none) whose job ends at the colon sep, the names after it ending at
// a full stop, and reports whether it was such a line.
func (x *extractor) foreignStaffLine(b, sep int) bool {
	t := x.toks
	if b == 0 || sep == b || sep > b+4 || t[sep].text != ":" || x.s.head || t[len(t)-1].text != "." {
		return false
	}
	job, ok := foreignStaffNounsIDs.lookup(t[b].id)
	if !ok {
		return false
	}
	if sep > b+1 {
		job = "" // "Dirección artística", "Dirección de sonido": no director's job
	}
	end := len(t) - 1
	for k := sep + 1; k < end; k++ {
		if t[k].text == "(" {
			end = k // "A (Studio)": the bracket no part of the names
			break
		}
	}
	var names [8][2]int
	n := 0
	for k := sep + 1; k < end; {
		pe := x.personAt(k)
		if pe <= k+1 || pe > end || n == len(names) {
			return false
		}
		names[n] = [2]int{k, pe}
		n++
		k = pe
		if k < end && (t[k].text == "," || t[k].low == "and" || t[k].low == "e" || t[k].low == "et") {
			k++
		} else if k < end {
			return false
		}
	}
	for _, nm := range names[:n] {
		x.add(graph.KindCrew, x.span(nm[0], nm[1]), x.sshow, "", job)
	}
	return n > 0
}
