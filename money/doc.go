// Package money holds exact amounts of money and writes and reads them the
// way Indonesian, Malay and English documents do.
//
// An [Amount] is an integer count of hundredths of one ISO 4217 currency
// ([currency.Unit] from golang.org/x/text). Arithmetic never wraps and never
// mixes currencies: [Amount.Add], [Amount.Sub], [Amount.Cmp], [Amount.Mul]
// and [Sum] return [ErrOverflow] or [ErrCurrencyMismatch] instead. Ratios are
// float64; money never is.
//
//	var total money.Amount // no currency yet: adopts the first one added
//	for _, v := range []money.Amount{money.Rupiah(5000), money.Rupiah(2500)} {
//		total, _ = total.Add(v)
//	}
//	fmt.Println(total) // IDR 7500
package money
