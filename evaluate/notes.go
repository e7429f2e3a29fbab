package evaluate

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
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
// and "sign change". They come after the struct's own fields; defined ratios have
// none. Reading such JSON back restores the reason.

var ratioType = reflect.TypeFor[Ratio]()

// noteSuffix is appended to the JSON name of a Ratio field to name its
// note.
const noteSuffix = "_note"

// ratioFields calls f with the JSON name and the value of each Ratio field
// of the struct v.
func ratioFields(v reflect.Value, f func(name string, r reflect.Value)) {
	t := v.Type()
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Type != ratioType || !sf.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = sf.Name
		}
		f(name, v.Field(i))
	}
}

// marshalNotes marshals v, a struct value of a type without methods (the
// alias of one of this package's types), and writes the note of each of
// its undefined Ratio fields right after the field.
func marshalNotes(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	notes := map[string]string{}
	ratioFields(reflect.ValueOf(v), func(name string, rv reflect.Value) {
		if r := rv.Interface().(Ratio); !r.OK() {
			notes[name] = r.Err().Error()
		}
	})
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
// Ratio field from its note, if any.
func unmarshalNotes(b []byte, ptr any) error {
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
	ratioFields(reflect.ValueOf(ptr).Elem(), func(name string, rv reflect.Value) {
		var note string
		if m, ok := raw[name+noteSuffix]; !ok || json.Unmarshal(m, &note) != nil {
			return
		}
		if r := rv.Interface().(Ratio); !r.OK() {
			rv.Set(reflect.ValueOf(undefined(stateOf(note))))
		}
	})
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
