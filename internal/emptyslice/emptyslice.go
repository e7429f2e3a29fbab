// Package emptyslice makes an empty slice and a nil one the same after
// decoding. encoding/json reads "list": [] as an empty, non-nil slice and
// an absent key as nil, while the writers of this module leave both out
// (omitempty). Readers call Nil on what they decoded so that a record read,
// written and read again is equal to itself, under cmp.Diff and
// reflect.DeepEqual alike; an empty list carries nothing an absent key
// does not.
package emptyslice

import (
	"reflect"
	"sync"
)

// Nil sets to nil every empty slice reachable from ptr through exported
// struct fields, slice elements, arrays and pointers. Maps and interfaces
// are not entered, and unexported fields are left as they are. A pointer
// cycle would not end; the data models of this module have none. Nil does
// nothing if ptr is not a non-nil pointer.
func Nil(ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return
	}
	walk(v.Elem())
}

func walk(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walk(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Field(i); f.CanSet() {
				walk(f)
			}
		}
	case reflect.Array:
		for i := range v.Len() {
			walk(v.Index(i))
		}
	case reflect.Slice:
		if v.Len() == 0 {
			if !v.IsNil() && v.CanSet() {
				v.SetZero()
			}
			return
		}
		if holdsSlices(v.Type().Elem()) {
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
}

// holdsSlices reports whether a value of type t can reach a slice through
// what walk enters, so that long slices of strings or numbers are not
// walked element by element.
func holdsSlices(t reflect.Type) bool {
	if r, ok := reaches.Load(t); ok {
		return r.(bool)
	}
	r := reach(t, map[reflect.Type]bool{})
	reaches.Store(t, r)
	return r
}

// reaches caches holdsSlices by type.
var reaches sync.Map

func reach(t reflect.Type, seen map[reflect.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Slice:
		return true
	case reflect.Pointer, reflect.Array:
		return reach(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && reach(f.Type, seen) {
				return true
			}
		}
	}
	return false
}
