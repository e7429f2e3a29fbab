package date

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// English and Malay news put the weekday after the date, after a comma
// (issue #15): it is read and checked like one before the date.
func TestParseWeekdayAfterComma(t *testing.T) {
	tests := []struct {
		in   string
		tag  language.Tag
		want Date
		err  error
	}{
		{"March 5, 2019, Tuesday", tagEN, Date{2019, 3, 5}, nil},
		{"March 5, 2019, Tue.", tagEN, Date{2019, 3, 5}, nil},
		{"5 March 2019, Tuesday", tagEN, Date{2019, 3, 5}, nil},
		{"5 Mac 2019, Selasa", tagMS, Date{2019, 3, 5}, nil},
		{"7 Agustus 2019, Rabu", tagID, Date{2019, 8, 7}, nil},
		{"March 5, 2019, Wednesday", tagEN, Date{}, ErrWeekday},
		{"Tuesday, March 5, 2019, Tuesday", tagEN, Date{}, ErrSyntax}, // one weekday
		{"March 2019, Friday", tagEN, Date{}, ErrSyntax},              // no day to check it against
	}
	for _, tt := range tests {
		got, err := Parse(tt.in, tt.tag)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("Parse(%q) = %v, %v; want error %v", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Parse(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
