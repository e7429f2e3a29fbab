// Package numlist writes lists of whole numbers (years, session numbers)
// as reports write them: "2015, 2016, 2019–2022".
package numlist

import "strconv"

// Join writes xs, which must be in increasing order, separated by ", ",
// with runs of three or more consecutive numbers as a range joined by an
// en dash: Join([]int{2015, 2016, 2019, 2020, 2021}) is "2015, 2016,
// 2019–2021". An empty list is "".
func Join(xs []int) string {
	return string(Append(nil, xs))
}

// Append is Join appending to b.
func Append(b []byte, xs []int) []byte {
	for i := 0; i < len(xs); {
		j := i
		for j+1 < len(xs) && xs[j+1] == xs[j]+1 {
			j++
		}
		if i > 0 {
			b = append(b, ", "...)
		}
		switch {
		case j-i >= 2:
			b = strconv.AppendInt(b, int64(xs[i]), 10)
			b = append(b, "–"...)
			b = strconv.AppendInt(b, int64(xs[j]), 10)
		case j == i+1:
			b = strconv.AppendInt(b, int64(xs[i]), 10)
			b = append(b, ", "...)
			b = strconv.AppendInt(b, int64(xs[j]), 10)
		default:
			b = strconv.AppendInt(b, int64(xs[i]), 10)
		}
		i = j + 1
	}
	return b
}
