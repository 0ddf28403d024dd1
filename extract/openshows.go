package extract

// A sentence whose opening the second reading reads anew (rereadWhole
// found a question of it answered otherwise) most often changed past its
// show: the subject's surname now names a full name ("Cooke" once "Olivia
// Cooke" is credited). The first reading keeps the state its opening had
// reached once the sentence's show was read, and where its questions had
// reached in the log; where the state before the opening is the first
// reading's and the questions up to there are answered as before
// (rereadWhole notes it in showKept), the second reading takes that state
// rather than reading the show again. Reading the show changes no one
// whom the sentences before name and marks no token used.

// openShow reads the sentence's show (sentenceShow), or takes it from the
// first reading where showKept says it would read it the same; the first
// reading keeps it.
func (x *extractor) openShow() {
	r := &x.memo.rr
	if r.showKept && !x.first {
		r.showKept = false
		x.sentState.restoreOpening(&r.shown[x.sentAt])
		x.sseasons = x.mentionedSeasons() // as sentenceShow reads them in the second reading
		return
	}
	x.sentenceShow()
	if x.first && rereadRules && x.sentAt < len(r.reads) && x.know.log == &r.log {
		r.keep(&r.shown[x.sentAt], &x.sentState)
		r.reads[x.sentAt].showAsks = int32(len(r.log.asks)) + 1
	}
}
