package input

// Cells a spreadsheet would run. A CSV cell that starts with =, +, -, @,
// a tab or a CR is taken by spreadsheets for a formula (CSV injection, in
// OWASP's words): "=HYPERLINK(…)" opens a link, "+cmd|…" may run a
// command. Writers of the project put a single quote in front of such a
// cell, which a spreadsheet shows as text, and readers take it off again,
// so that what is written reads back as it was.

// isFormulaStart reports whether a spreadsheet may run a cell that starts
// with c as a formula.
func isFormulaStart(c byte) bool {
	return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
}

// formulaCell reports whether s is a cell that Neutralise prefixed, or
// would prefix, with a single quote: single quotes (at least one if
// prefixed), then the start of a formula.
func formulaCell(s string, prefixed bool) bool {
	i := 0
	for i < len(s) && s[i] == '\'' {
		i++
	}
	if prefixed && i == 0 {
		return false
	}
	return i < len(s) && isFormulaStart(s[i])
}

// Neutralise returns the cell s with a single quote in front when a
// spreadsheet would run it as a formula: when it starts with =, +, -, @,
// a tab or a CR, after any number of single quotes (a cell that is
// already a quote and a formula gets one quote more, so that Unneutralise
// gives it back). Other cells are returned as they are.
func Neutralise(s string) string {
	if formulaCell(s, false) {
		return "'" + s
	}
	return s
}

// Unneutralise undoes Neutralise: it takes one single quote off a cell
// that starts with single quotes and then the start of a formula. For
// every s, Unneutralise(Neutralise(s)) == s.
func Unneutralise(s string) string {
	if formulaCell(s, true) {
		return s[1:]
	}
	return s
}
