package trade

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A zero amount is left out when written; it reads back in the balance's
// currency, so that a document writes and reads back equal.
func TestBalanceZeroRoundTrip(t *testing.T) {
	for _, in := range []string{
		`{"reporter": "61", "balances": [{"period": "2015", "reporter": "61", "exports": "IDR 0", "imports": "IDR 5000", "net": "IDR -5000"}]}`,
		`{"reporter": "61", "balances": [{"period": "2015", "reporter": "61", "exports": "IDR 5000", "imports": "IDR 5000", "net": "IDR 0"}]}`,
		`{"reporter": "61", "balances": [{"period": "2015", "reporter": "61", "exports": "IDR 5000", "no_imports": true}]}`,
	} {
		d, err := ReadJSON(bytes.NewReader([]byte(in)))
		if err != nil {
			t.Fatalf("%s: %v", in, err)
		}
		var b bytes.Buffer
		if err := WriteJSON(&b, d); err != nil {
			t.Fatal(err)
		}
		back, err := ReadJSON(&b)
		if err != nil {
			t.Fatalf("%s: reading back %s: %v", in, b.String(), err)
		}
		if diff := cmp.Diff(d.Balances, back.Balances); diff != "" {
			t.Errorf("%s: round trip mismatch (-want +got):\n%s", in, diff)
		}
	}
}
