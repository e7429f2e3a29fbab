package evaluate

import (
	"bytes"
	"encoding/json"
)

// Reasons in JSON. A Ratio marshals to a number, or to null when it is
// undefined; a null alone does not say why. Every struct of this package
// with Ratio fields therefore writes, beside each undefined one, a field
// named after it with "_note" appended that holds the reason, the text of
// the sentinel error of Ratio.Err:
//
//	"growth": null, "growth_note": "zero base"
//
// The notes are "no data", "zero base", "negative base", "negative end
// value", "partial period", "periods not consecutive", "negative value"
// and "sign change". Each comes right after its field; defined ratios have
// none. Reading such JSON back restores the reason.
//
// No reflection: each type names its Ratio fields explicitly in a method
// ratioFields (notes_types.go), and marshalNotes and unmarshalNotes take
// that list.

// noteSuffix is appended to the JSON name of a Ratio field to name its
// note.
const noteSuffix = "_note"

// ratioField names one Ratio field of a struct: its JSON name and where it
// is. Each type with Ratio fields lists them all explicitly in a method
// ratioFields (notes_types.go); a test checks by reflection that no field
// is left out of its list.
type ratioField struct {
	name string
	r    *Ratio
}

// marshalNotes marshals v, a struct value of a type without methods (the
// alias of one of this package's types), and writes the note of each of
// the undefined Ratio fields listed in fields right after the field.
func marshalNotes(v any, fields []ratioField) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var notes map[string]string
	for _, f := range fields {
		if !f.r.OK() {
			if notes == nil {
				notes = make(map[string]string, len(fields))
			}
			notes[f.name] = f.r.Err().Error()
		}
	}
	if len(notes) == 0 {
		return b, nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return b, err
	}
	out := make([]byte, 0, len(b)+len(notes)*32)
	out = append(out, '{')
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key, _ := t.(string)
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			return nil, err
		}
		if len(out) > 1 {
			out = append(out, ',')
		}
		out = appendMember(out, key, val)
		if note, ok := notes[key]; ok {
			n, _ := json.Marshal(note)
			out = append(out, ',')
			out = appendMember(out, key+noteSuffix, n)
		}
	}
	return append(out, '}'), nil
}

func appendMember(out []byte, key string, val []byte) []byte {
	k, _ := json.Marshal(key)
	out = append(out, k...)
	out = append(out, ':')
	return append(out, val...)
}

// unmarshalNotes reads JSON into ptr, a pointer to the alias of one of
// this package's struct types, and restores the reason of each undefined
// Ratio field listed in fields (fields of *ptr) from its note, if any.
func unmarshalNotes(b []byte, ptr any, fields []ratioField) error {
	if err := json.Unmarshal(b, ptr); err != nil {
		return err
	}
	if !bytes.Contains(b, []byte(noteSuffix)) {
		return nil
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for _, f := range fields {
		var note string
		if m, ok := raw[f.name+noteSuffix]; !ok || json.Unmarshal(m, &note) != nil {
			continue
		}
		if !f.r.OK() {
			*f.r = undefined(stateOf(note))
		}
	}
	return nil
}

// stateOf returns the state whose sentinel error reads note; an unknown
// note is lack of data.
func stateOf(note string) ratioState {
	for s, err := range stateErr {
		if err != nil && err.Error() == note {
			return ratioState(s)
		}
	}
	return stateNoData
}
