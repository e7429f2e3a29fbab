package emptyslice_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kerjasama/kerjasama/internal/emptyslice"
)

type leaf struct {
	Tags []string
}

type node struct {
	Name     string
	Tags     []string
	Leaves   []leaf
	Pair     [2]leaf
	Next     *node
	Embedded // an exported embedded struct is entered
	hidden   []int
}

type Embedded struct {
	Notes []string
}

func TestNil(t *testing.T) {
	tests := []struct {
		name string
		in   node
		want node
	}{
		{"zero", node{}, node{}},
		{"top level", node{Tags: []string{}, Leaves: []leaf{}}, node{}},
		{"kept", node{Tags: []string{"a"}}, node{Tags: []string{"a"}}},
		{"in elements", node{Leaves: []leaf{{Tags: []string{}}, {Tags: []string{"b"}}}},
			node{Leaves: []leaf{{}, {Tags: []string{"b"}}}}},
		{"in arrays", node{Pair: [2]leaf{{Tags: []string{}}, {}}}, node{}},
		{"through pointers", node{Next: &node{Tags: []string{}, Next: &node{Leaves: []leaf{}}}},
			node{Next: &node{Next: &node{}}}},
		{"embedded", node{Embedded: Embedded{Notes: []string{}}}, node{}},
		{"unexported left alone", node{hidden: []int{}}, node{hidden: []int{}}},
	}
	for _, tt := range tests {
		got := tt.in
		emptyslice.Nil(&got)
		// cmp.Diff tells a nil slice from an empty one.
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(node{})); diff != "" {
			t.Errorf("%s: mismatch (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestNilNotPointer(t *testing.T) {
	n := node{Tags: []string{}}
	emptyslice.Nil(n)            // not a pointer: nothing happens, no panic
	emptyslice.Nil((*node)(nil)) // nil pointer: likewise
	emptyslice.Nil(nil)
	if n.Tags == nil {
		t.Error("Nil changed a value passed by copy")
	}
}

func BenchmarkNil(b *testing.B) {
	ns := make([]node, 100_000)
	for i := range ns {
		ns[i] = node{Name: "x", Tags: []string{"a", "b"}, Leaves: []leaf{{Tags: []string{"c"}}}}
	}
	b.ReportAllocs()
	for b.Loop() {
		emptyslice.Nil(&ns)
	}
}

func ExampleNil() {
	var v struct {
		Meetings []string `json:"meetings"`
	}
	_ = json.Unmarshal([]byte(`{"meetings": []}`), &v)
	fmt.Println(v.Meetings == nil)
	emptyslice.Nil(&v)
	fmt.Println(v.Meetings == nil)
	// Output:
	// false
	// true
}
