package session

import (
	"bytes"
	_ "embed"
)

//go:embed data/history.json
var historyJSON []byte

// History returns the embedded record of KK/JKK Sosek Malindo as far as
// public sources show it: the forums (GBC, HLC, central and the three
// regional series), the Kalimantan Barat–Sarawak sessions 33, 34, 36, 37
// and 38 with the meetings that prepared them, a few sessions of the other
// series and the items whose course the sources report. Every entry names
// its source; what no source gives is left empty, and entries a source
// announces without confirming are marked Unconfirmed. data/README.md
// lists what was searched for and not found (the 35th session, the
// earlier eight fields).
//
// Each call returns a new Dataset that the caller may change.
func History() *Dataset {
	d, err := ReadJSON(bytes.NewReader(historyJSON))
	if err != nil {
		// The embedded file is checked by the tests; this cannot happen in
		// a released build.
		panic("session: embedded history is invalid: " + err.Error())
	}
	return d
}
