package trade

import (
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/kerjasama/kerjasama/date"
	"github.com/kerjasama/kerjasama/internal/fold"
	"github.com/kerjasama/kerjasama/internal/input"
	"github.com/kerjasama/kerjasama/internal/lang"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
)

// The columns of a file of purchases.
const (
	pcHolder = iota
	pcDate
	pcPost
	pcValue
	pcCurrency
	pcDocument
	numPurchaseCols
)

var purchaseColNames = [numPurchaseCols]string{"holder", "date", "post", "value", "currency", "document"}

// purchaseHeaders maps the folded headers of purchase files to their
// column and language.
var purchaseHeaders = func() map[string]column {
	m := make(map[string]column)
	add := func(c int, l lang.Lang, names ...string) {
		for _, n := range names {
			m[fold.Key(n)] = column{role: role(c), lang: l}
		}
	}
	id, ms, en := lang.Indonesian, lang.Malay, lang.English
	add(pcHolder, id, "pemegang", "nomor kilb", "no kilb", "kilb", "nomor kartu", "no kartu", "nomor pas", "no pas", "nomor pas lintas batas", "pemegang kartu")
	add(pcHolder, ms, "pemegang kad", "no kad", "nombor kad", "nombor pas")
	add(pcHolder, en, "holder", "card", "card number", "pass number", "card holder")
	add(pcDate, id, "tanggal", "tgl", "tanggal pembelian", "tanggal belanja", "tanggal melintas")
	add(pcDate, ms, "tarikh", "tarikh pembelian")
	add(pcDate, en, "date", "purchase date")
	add(pcPost, id, "pos", "pos lintas batas", "plbn", "pos perbatasan")
	add(pcPost, ms, "pos kawalan", "pos sempadan", "pintu masuk")
	add(pcPost, en, "post", "border post", "crossing")
	add(pcValue, id, "nilai", "nilai belanja", "belanja", "nilai pembelian", "jumlah belanja")
	add(pcValue, ms, "nilai belian", "jumlah belian")
	add(pcValue, en, "value", "amount", "purchase value")
	add(pcCurrency, id, "mata uang", "valuta")
	add(pcCurrency, ms, "mata wang")
	add(pcCurrency, en, "currency")
	add(pcDocument, id, "dokumen", "jenis dokumen", "skema")
	add(pcDocument, ms, "skim")
	add(pcDocument, en, "document", "scheme")
	return m
}()

// Purchases returns the purchases of border residents in the CSV file r,
// for CheckLimit: one purchase per row, with a holder (the number of a
// KILB card or border pass: pemegang, nomor kilb, no kartu, holder), a
// date (tanggal, tarikh, date: "2017-08-03", "3/8/2017", "3 Agustus 2017"),
// a value (nilai, belanja, value) and optionally a currency (mata_uang), a
// border post (pos) and a document (dokumen: KILB, pas lintas batas).
// Dates and numbers are read in the language of the header unless Lang is
// set; values without a currency marker or column take Currency, or the
// ringgit of the agreement. Rows are reported as in Records; Layout,
// Period, Flow, Basis, Scheme, Reporter and Source do not apply.
func (c CSVReader) Purchases(r io.Reader) iter.Seq2[Purchase, error] {
	return readRows(r, c.Comma, c.Strict, func(h string) bool {
		_, ok := purchaseHeaders[fold.Key(h)]
		return ok
	}, func(header []string) (rowFunc[Purchase], error) {
		return c.purchasePlan(header)
	})
}

func (c CSVReader) purchasePlan(header []string) (rowFunc[Purchase], error) {
	p := &plan{c: c, header: append([]string(nil), header...)}
	var cols [numPurchaseCols]int
	var votes [4]int
	var errs []error
	for i, h := range header {
		col, ok := purchaseHeaders[fold.Key(h)]
		if !ok {
			continue
		}
		if cols[col.role] != 0 {
			errs = append(errs, fmt.Errorf("columns %d and %d both hold the %s", cols[col.role], i+1, purchaseColNames[col.role]))
			continue
		}
		cols[col.role] = i + 1
		p.maxCol = max(p.maxCol, i+1)
		votes[col.lang]++
	}
	for _, need := range []int{pcHolder, pcDate, pcValue} {
		if cols[need] == 0 {
			errs = append(errs, fmt.Errorf("no %s column: %w", purchaseColNames[need], ErrMissingColumn))
		}
	}
	if err := joinHeaderErrors(errs); err != nil {
		return nil, err
	}
	p.lang = c.Lang
	if p.lang == (language.Tag{}) {
		p.lang = language.Indonesian
		switch {
		case votes[lang.English] > votes[lang.Indonesian] && votes[lang.English] > votes[lang.Malay]:
			p.lang = language.English
		case votes[lang.Malay] > votes[lang.Indonesian]:
			p.lang = language.Malay
		}
	}
	p.cur = c.Currency
	if p.cur == (currency.Unit{}) {
		p.cur = BTA1970.Amount.Currency()
	}
	p.cols[colCurrency] = cols[pcCurrency]
	field := func(fields []string, c int) (string, int) {
		i := cols[c] - 1
		if i < 0 || i >= len(fields) {
			return "", i
		}
		return trimSpace(fields[i]), i
	}
	return func(rd *input.Reader, fields []string) (Purchase, error) {
		var bad []*RowError // every bad field of the row, as in Records
		fail := func(c, i int, text string, err error) {
			h := purchaseColNames[c]
			if i >= 0 && i < len(p.header) {
				h = p.header[i]
			}
			if i < 0 || i >= len(fields) {
				i = len(fields) - 1
			}
			bad = append(bad, rowError(rd, i, h, text, err))
		}
		if len(fields) < p.maxCol {
			fail(pcHolder, len(fields)-1, "", fmt.Errorf("row has %d fields, the header needs %d", len(fields), p.maxCol))
			return Purchase{}, bad[0]
		}
		var pu Purchase
		s, i := field(fields, pcHolder)
		if s == "" {
			fail(pcHolder, i, s, errors.New("no holder"))
		}
		pu.Holder = s
		s, i = field(fields, pcDate)
		if d, err := date.Parse(s, p.lang); err != nil {
			fail(pcDate, i, s, err)
		} else {
			pu.Date = d
		}
		if s, _ := field(fields, pcPost); s != "" {
			pu.Post = p.post(s)
		}
		if s, i := field(fields, pcDocument); s != "" {
			v, err := ParseScheme(s)
			if err == nil && !v.IsBorderTrade() {
				err = fmt.Errorf("%v is not a border trade document", v)
			}
			if err != nil {
				fail(pcDocument, i, s, err)
			} else {
				pu.Document = v
			}
		}
		cur, curOK := p.cur, true
		if cs, j := field(fields, pcCurrency); cs != "" {
			var err error
			if cur, err = parseCurrency(cs); err != nil {
				fail(pcCurrency, j, cs, err)
				curOK = false
			}
		}
		if s, i = field(fields, pcValue); curOK {
			v, err := p.value(s, cur)
			if err != nil {
				fail(pcValue, i, s, err)
			}
			pu.Value = v
		}
		if bad != nil {
			return Purchase{}, joinRowErrors(bad)
		}
		return pu, nil
	}, nil
}
