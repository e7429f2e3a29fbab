package evaluate

// JSON of the types with Ratio fields: their fields as tagged, and a note
// beside each undefined ratio that says why (see notes.go). Each type
// lists its Ratio fields explicitly in ratioFields; TestRatioFieldsListed
// checks the lists against the types.

type tradePeriodJSON TradePeriod

// ratioFields lists the Ratio fields of t by their JSON names.
func (t *TradePeriod) ratioFields() []ratioField {
	return []ratioField{{"coverage", &t.Coverage}, {"export_growth", &t.ExportGrowth}, {"import_growth", &t.ImportGrowth}, {"balance_growth", &t.BalanceGrowth}, {"deficit_change", &t.DeficitChange}}
}

// MarshalJSON writes the fields of t as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (t TradePeriod) MarshalJSON() ([]byte, error) {
	return marshalNotes(tradePeriodJSON(t), t.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (t *TradePeriod) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*tradePeriodJSON)(t), t.ratioFields())
}

type growthSpanJSON GrowthSpan

// ratioFields lists the Ratio fields of g by their JSON names.
func (g *GrowthSpan) ratioFields() []ratioField {
	return []ratioField{{"rate", &g.Rate}}
}

// MarshalJSON writes the fields of g as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (g GrowthSpan) MarshalJSON() ([]byte, error) {
	return marshalNotes(growthSpanJSON(g), g.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (g *GrowthSpan) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*growthSpanJSON)(g), g.ratioFields())
}

type likeForLikeJSON LikeForLike

// ratioFields lists the Ratio fields of l by their JSON names.
func (l *LikeForLike) ratioFields() []ratioField {
	return []ratioField{{"change", &l.Change}}
}

// MarshalJSON writes the fields of l as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (l LikeForLike) MarshalJSON() ([]byte, error) {
	return marshalNotes(likeForLikeJSON(l), l.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (l *LikeForLike) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*likeForLikeJSON)(l), l.ratioFields())
}

type changeJSON Change

// ratioFields lists the Ratio fields of c by their JSON names.
func (c *Change) ratioFields() []ratioField {
	return []ratioField{{"rate", &c.Rate}}
}

// MarshalJSON writes the fields of c as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (c Change) MarshalJSON() ([]byte, error) { return marshalNotes(changeJSON(c), c.ratioFields()) }

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (c *Change) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*changeJSON)(c), c.ratioFields())
}

type implementationJSON Implementation

// ratioFields lists the Ratio fields of i by their JSON names.
func (i *Implementation) ratioFields() []ratioField {
	return []ratioField{{"share", &i.Share}}
}

// MarshalJSON writes the fields of i as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (i Implementation) MarshalJSON() ([]byte, error) {
	return marshalNotes(implementationJSON(i), i.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (i *Implementation) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*implementationJSON)(i), i.ratioFields())
}

type forumEvaluationJSON ForumEvaluation

// ratioFields lists the Ratio fields of f by their JSON names.
func (f *ForumEvaluation) ratioFields() []ratioField {
	return []ratioField{{"regularity", &f.Regularity}}
}

// MarshalJSON writes the fields of f as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (f ForumEvaluation) MarshalJSON() ([]byte, error) {
	return marshalNotes(forumEvaluationJSON(f), f.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (f *ForumEvaluation) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*forumEvaluationJSON)(f), f.ratioFields())
}

type concentrationJSON Concentration

// ratioFields lists the Ratio fields of c by their JSON names.
func (c *Concentration) ratioFields() []ratioField {
	return []ratioField{{"index", &c.Index}}
}

// MarshalJSON writes the fields of c as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (c Concentration) MarshalJSON() ([]byte, error) {
	return marshalNotes(concentrationJSON(c), c.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (c *Concentration) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*concentrationJSON)(c), c.ratioFields())
}

type spendingJSON Spending

// ratioFields lists the Ratio fields of s by their JSON names.
func (s *Spending) ratioFields() []ratioField {
	return []ratioField{{"food_share", &s.FoodShare}}
}

// MarshalJSON writes the fields of s as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (s Spending) MarshalJSON() ([]byte, error) {
	return marshalNotes(spendingJSON(s), s.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (s *Spending) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*spendingJSON)(s), s.ratioFields())
}

type welfarePeriodJSON WelfarePeriod

// ratioFields lists the Ratio fields of w by their JSON names.
func (w *WelfarePeriod) ratioFields() []ratioField {
	return []ratioField{{"food_share", &w.FoodShare}, {"non_food_share", &w.NonFoodShare}, {"growth", &w.Growth}}
}

// MarshalJSON writes the fields of w as tagged, and beside each
// undefined Ratio its reason: "…": null, "…_note": "zero base".
func (w WelfarePeriod) MarshalJSON() ([]byte, error) {
	return marshalNotes(welfarePeriodJSON(w), w.ratioFields())
}

// UnmarshalJSON reads what MarshalJSON writes, reasons included.
func (w *WelfarePeriod) UnmarshalJSON(b []byte) error {
	return unmarshalNotes(b, (*welfarePeriodJSON)(w), w.ratioFields())
}
