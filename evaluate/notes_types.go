package evaluate

// JSON of the types with Ratio fields: their fields as tagged, and a note
// beside each undefined ratio that says why (see notes.go).

type tradePeriodJSON TradePeriod

// MarshalJSON writes the fields of t as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (t TradePeriod) MarshalJSON() ([]byte, error) { return marshalNotes(tradePeriodJSON(t)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (t *TradePeriod) UnmarshalJSON(b []byte) error { return unmarshalNotes(b, (*tradePeriodJSON)(t)) }

type growthSpanJSON GrowthSpan

// MarshalJSON writes the fields of g as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (g GrowthSpan) MarshalJSON() ([]byte, error) { return marshalNotes(growthSpanJSON(g)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (g *GrowthSpan) UnmarshalJSON(b []byte) error { return unmarshalNotes(b, (*growthSpanJSON)(g)) }

type likeForLikeJSON LikeForLike

// MarshalJSON writes the fields of l as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (l LikeForLike) MarshalJSON() ([]byte, error) { return marshalNotes(likeForLikeJSON(l)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (l *LikeForLike) UnmarshalJSON(b []byte) error { return unmarshalNotes(b, (*likeForLikeJSON)(l)) }

type changeJSON Change

// MarshalJSON writes the fields of c as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (c Change) MarshalJSON() ([]byte, error) { return marshalNotes(changeJSON(c)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (c *Change) UnmarshalJSON(b []byte) error { return unmarshalNotes(b, (*changeJSON)(c)) }

type implementationJSON Implementation

// MarshalJSON writes the fields of i as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (i Implementation) MarshalJSON() ([]byte, error) { return marshalNotes(implementationJSON(i)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (i *Implementation) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*implementationJSON)(i))
}

type forumEvaluationJSON ForumEvaluation

// MarshalJSON writes the fields of f as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (f ForumEvaluation) MarshalJSON() ([]byte, error) { return marshalNotes(forumEvaluationJSON(f)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (f *ForumEvaluation) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*forumEvaluationJSON)(f))
}

type concentrationJSON Concentration

// MarshalJSON writes the fields of c as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (c Concentration) MarshalJSON() ([]byte, error) { return marshalNotes(concentrationJSON(c)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (c *Concentration) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*concentrationJSON)(c))
}

type spendingJSON Spending

// MarshalJSON writes the fields of s as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (s Spending) MarshalJSON() ([]byte, error) { return marshalNotes(spendingJSON(s)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (s *Spending) UnmarshalJSON(b []byte) error { return unmarshalNotes(b, (*spendingJSON)(s)) }

type welfarePeriodJSON WelfarePeriod

// MarshalJSON writes the fields of w as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (w WelfarePeriod) MarshalJSON() ([]byte, error) { return marshalNotes(welfarePeriodJSON(w)) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (w *WelfarePeriod) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*welfarePeriodJSON)(w))
}
