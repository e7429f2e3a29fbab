package numlist

import (
	"fmt"
	"testing"
)

func TestJoin(t *testing.T) {
	tests := []struct {
		in   []int
		want string
	}{
		{nil, ""},
		{[]int{2019}, "2019"},
		{[]int{33, 34}, "33, 34"},
		{[]int{2015, 2016, 2019, 2020, 2021}, "2015, 2016, 2019–2021"},
		{[]int{1, 3, 5}, "1, 3, 5"},
		{[]int{-2, -1, 0, 1}, "-2–1"},
	}
	for _, tt := range tests {
		if got := Join(tt.in); got != tt.want {
			t.Errorf("Join(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func ExampleJoin() {
	fmt.Println(Join([]int{2017, 2018, 2019, 2022, 2023}))
	// Output: 2017–2019, 2022, 2023
}
