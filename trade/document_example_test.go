package trade_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/kerjasama/kerjasama/trade"
)

// A trade file for one border post says the reporter and the post once;
// every record read carries them. A misspelt key is an error where it is.
func ExampleReadJSON() {
	const file = `{
  "subject": "PLBN Entikong",
  "reporter": "61",
  "post": "entikong",
  "records": [
    {"period": "2015", "flow": "ekspor", "partner": "MY-13", "value": "IDR 100387357175"},
    {"period": "2015", "flow": "impor", "partner": "MY-13", "scheme": "KILB", "value": "IDR 171793920000"}
  ]
}`
	doc, err := trade.ReadJSON(strings.NewReader(file))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range doc.Records {
		fmt.Println(trade.Period(r.Period), r.Flow, r.Reporter, r.Post, r.Value)
	}
	if err := trade.WriteJSON(os.Stdout, &trade.Document{Subject: doc.Subject, Records: doc.Records[:1]}); err != nil {
		fmt.Println(err)
	}

	_, err = trade.ReadJSON(strings.NewReader(`[
  {"period": "2016", "flow": "export", "pots": "aruk", "value": "IDR 5"}
]`))
	fmt.Println(err)
	// Output:
	// 2015 export 61 entikong IDR 100387357175
	// 2015 import 61 entikong IDR 171793920000
	// {
	//   "subject": "PLBN Entikong",
	//   "records": [
	//     {"period":"2015","flow":"export","reporter":"61","partner":"MY-13","post":"entikong","value":"IDR 100387357175"}
	//   ]
	// }
	// 2:40: pots: unknown key in a record (want period, flow, reporter, partner, post, basis, scheme, hs, classification, code, value, net_weight, quantity or source)
}
