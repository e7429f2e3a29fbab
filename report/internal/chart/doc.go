// Package chart draws the charts of the HTML report as inline SVG: grouped
// bars with a zero axis (exports, imports and balance per year), a timeline
// of meetings, and horizontal bars of counts (agreements by status).
//
// Each chart is a plain value turned into SVG bytes by its SVG method, with
// no state, no JavaScript and no external assets, so the result can be
// pasted into an HTML page or saved as an .svg file and printed.
//
//	svg := chart.Bars{
//		Title:  "Neraca perdagangan PLBN Entikong",
//		Series: []chart.Series{{Name: "Ekspor"}, {Name: "Impor"}, {Name: "Neraca", Signed: true}},
//		Groups: []chart.Group{{Label: "2015", Values: []chart.Value{
//			{V: 100387357175, Label: "Rp100.387.357.175", Valid: true}, …}}},
//	}.SVG()
//
// Design decisions:
//   - Values are exact int64 in the caller's unit (hundredths of a currency
//     for money) and every label is formatted by the caller, so money never
//     passes through a float except to compute a pixel position, and the
//     chart needs no knowledge of languages or currencies.
//   - All text from data (titles, labels, tooltips) is escaped with
//     encoding/xml; the output is well-formed XML that a browser renders the
//     same inline in HTML as standalone.
//   - Colours come from the Okabe–Ito palette (safe for colour-blind
//     readers); partial periods are pale with a dashed outline and an
//     asterisk, so they read as partial in greyscale print as well.
//   - Sizes are fixed pixel layouts with a viewBox, so the charts scale to
//     the page width and print on A4.
package chart
